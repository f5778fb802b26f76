# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Graas API as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._pagination import Paging
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://api.graas-api-domain.invalid"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="accountNumber",
        header="accountNumber",
        kind="header",
        arguments=(("account_number",),),
    ),
    AuthScheme(
        id="appKey",
        header="appKey",
        kind="header",
        arguments=(("app_key",),),
    ),
    AuthScheme(
        id="longToken",
        header="Authorization",
        kind="bearer",
        arguments=(("long_token",),),
    ),
)

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

CREATE_ASN = Operation(
    name="create_asn",
    method="POST",
    path="/v1/asn",
    success_model=models.CreateAsnResponse,
    success_name="CreateAsnResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateAsnRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

CREATE_KARTROCKET_ACCOUNT = Operation(
    name="create_kartrocket_account",
    method="POST",
    path="/v1/accounts/channels/kartrocket",
    success_model=models.ChannelAccountResponse,
    success_name="ChannelAccountResponse",
    errors={
        "400": ErrorSpec(models.AccountErrorBody, "/status"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(("appKey",),),
    idempotency_header=None,
    request_schema="KartrocketAccountRequest",
    failure_when=(
        (
            "/status",
            True,
            "failure",
        ),
    ),
)

CREATE_LAZADA_ACCOUNT = Operation(
    name="create_lazada_account",
    method="POST",
    path="/v1/accounts/channels/lazada",
    success_model=models.ChannelAccountResponse,
    success_name="ChannelAccountResponse",
    errors={
        "400": ErrorSpec(models.AccountErrorBody, "/status"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(("appKey",),),
    idempotency_header=None,
    request_schema="LazadaAccountRequest",
    failure_when=(
        (
            "/status",
            True,
            "failure",
        ),
    ),
)

CREATE_PRODUCT_MASTER = Operation(
    name="create_product_master",
    method="POST",
    path="/v1/productMaster/item",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="ProductMasterCreateRequest",
    failure_when=(),
)

GET_ASN = Operation(
    name="get_asn",
    method="GET",
    path="/v1/asn/{asnID}",
    success_model=models.AsnDetail,
    success_name="AsnDetail",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_ASN_IDS = Operation(
    name="get_asn_ids",
    method="GET",
    path="/v1/asn",
    success_model=models.AsnIdsResponse,
    success_name="AsnIdsResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_AUTHORIZATION_URL = Operation(
    name="get_authorization_url",
    method="POST",
    path="/services/account/auth",
    success_model=models.AccountAuthResponse,
    success_name="AccountAuthResponse",
    errors={
        "400": ErrorSpec(models.AccountErrorBody, "/status"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(("appKey",),),
    idempotency_header=None,
    request_schema="AccountAuthRequest",
    failure_when=(
        (
            "/status",
            True,
            "failure",
        ),
    ),
)

GET_LONG_TOKEN = Operation(
    name="get_long_token",
    method="GET",
    path="/services/account/longToken",
    success_model=models.LongTokenResponse,
    success_name="LongTokenResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(("appKey",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_ORDER = Operation(
    name="get_order",
    method="GET",
    path="/v1/order/{nickNameID}/{orderID}",
    success_model=models.Order,
    success_name="Order",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_ORDERS = Operation(
    name="get_orders",
    method="GET",
    path="/v1/orders",
    success_model=models.GetOrdersResponse,
    success_name="GetOrdersResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_SHORT_TOKEN = Operation(
    name="get_short_token",
    method="GET",
    path="/services/account/shortToken",
    success_model=models.ShortTokenResponse,
    success_name="ShortTokenResponse",
    errors={
        "400": ErrorSpec(models.AccountErrorBody, "/status"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(("longToken",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

UPDATE_ORDERS = Operation(
    name="update_orders",
    method="PUT",
    path="/v1/orders",
    success_model=models.OrderUpdateResponse,
    success_name="OrderUpdateResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="OrderUpdateRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

ACCEPT_ORDER = Operation(
    name="accept_order",
    method="PUT",
    path="/v1/orders",
    success_model=models.AcceptOrderResponse,
    success_name="AcceptOrderResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="AcceptOrderRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

CANCEL_ORDER = Operation(
    name="cancel_order",
    method="PUT",
    path="/v1/orders",
    success_model=models.CancelOrderResponse,
    success_name="CancelOrderResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="CancelOrderRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

UPDATE_PRODUCT_MASTER = Operation(
    name="update_product_master",
    method="PUT",
    path="/v1/productMaster/item",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="ProductMasterUpdateRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

UPDATE_QUANTITIES = Operation(
    name="update_quantities",
    method="PUT",
    path="/v1/productMaster/quantitiesList",
    success_model=models.BulkQuantityResponse,
    success_name="BulkQuantityResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="BulkQuantitiesRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

UPDATE_QUANTITY_DIFFS = Operation(
    name="update_quantity_diffs",
    method="PUT",
    path="/v1/productMaster/quantityDiffList",
    success_model=models.BulkQuantityResponse,
    success_name="BulkQuantityResponse",
    errors={
        "400": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "401": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "403": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "404": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "429": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "500": ErrorSpec(models.ErrorBody, "/errorMessage"),
        "default": ErrorSpec(models.ErrorBody, "/errorMessage"),
    },
    security=(
        (
            "accountNumber",
            "appKey",
        ),
        (
            "appKey",
            "longToken",
        ),
    ),
    idempotency_header=None,
    request_schema="BulkQuantityDiffsRequest",
    failure_when=(
        (
            "/errorMessage",
            False,
            None,
        ),
    ),
)

GET_ORDERS_PAGING = Paging(
    style="page-number",
    page_param="pageNumber",
    size_param="pageSize",
    params_in="query",
    first_page=1,
    items="/history",
    has_more=None,
    total="/numberOfRecords",
)
