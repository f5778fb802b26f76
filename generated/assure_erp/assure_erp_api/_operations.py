# Generated from specs/assure_erp.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Assure Magic V2 API for ERP Systems as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._pagination import Paging
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://staging-oltp.increff.com/assure-magic2"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="authPassword",
        header="authPassword",
        kind="header",
        arguments=(("auth_password",),),
    ),
    AuthScheme(
        id="authUsername",
        header="authUsername",
        kind="header",
        arguments=(("auth_username",),),
    ),
)

RATE_LIMIT: RateLimit | None = RateLimit(limit=200, period=60.0)
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

ADD_CUSTOMER_LOCATION = Operation(
    name="add_customer_location",
    method="POST",
    path="/master/customers/{customerCode}/locations",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CustomerLocation",
    failure_when=(),
)

ADD_VENDOR_LOCATION = Operation(
    name="add_vendor_location",
    method="POST",
    path="/master/vendors/{vendorCode}/locations",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="VendorLocation",
    failure_when=(),
)

CREATE_CUSTOMER_MASTER = Operation(
    name="create_customer_master",
    method="POST",
    path="/master/customers",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CustomerMaster",
    failure_when=(),
)

CREATE_INWARD_ORDER = Operation(
    name="create_inward_order",
    method="POST",
    path="/orders/inward",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateInwardOrderRequest",
    failure_when=(),
)

CREATE_MANUFACTURABLE_SKU = Operation(
    name="create_manufacturable_sku",
    method="POST",
    path="/master/sku/manufacturable",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="ManufacturableSkuRequest",
    failure_when=(),
)

CREATE_OUTWARD_ORDER = Operation(
    name="create_outward_order",
    method="POST",
    path="/orders/outward",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateOutwardOrderRequest",
    failure_when=(),
)

CREATE_OUTWARD_ORDER_USING_PARTNER_CODES = Operation(
    name="create_outward_order_using_partner_codes",
    method="POST",
    path="/orders/outward/partner-code",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateOutwardOrderUsingPartnerCodesRequest",
    failure_when=(),
)

CREATE_SKU_LISTINGS = Operation(
    name="create_sku_listings",
    method="POST",
    path="/master/sku-listings",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateSkuListingsRequest",
    failure_when=(),
)

CREATE_VENDOR_MASTER = Operation(
    name="create_vendor_master",
    method="POST",
    path="/master/vendors",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="VendorMaster",
    failure_when=(),
)

POST_MASTER_ARTICLES = Operation(
    name="post_master_articles",
    method="POST",
    path="/master/articles",
    success_model=models.ArticlesPostResponse,
    success_name="ArticlesPostResponse",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="ArticlesPostRequest",
    failure_when=(),
)

CREATE_ARTICLE_MASTER = Operation(
    name="create_article_master",
    method="POST",
    path="/master/articles",
    success_model=models.EmptyBody,
    success_name="EmptyBody",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateArticleMasterRequest",
    failure_when=(),
)

CREATE_VIRTUAL_SKU_DEFINITION = Operation(
    name="create_virtual_sku_definition",
    method="POST",
    path="/master/articles",
    success_model=models.EmptyBody,
    success_name="EmptyBody",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CreateVirtualSkuDefinitionRequest",
    failure_when=(),
)

SEARCH_VIRTUAL_SKU_DEFINITION = Operation(
    name="search_virtual_sku_definition",
    method="POST",
    path="/master/articles",
    success_model=models.SearchVirtualSkuDefinitionResponse,
    success_name="SearchVirtualSkuDefinitionResponse",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="SearchVirtualSkuDefinitionRequest",
    failure_when=(),
)

PUSH_CUSTOMER_CANCELLATION = Operation(
    name="push_customer_cancellation",
    method="PUT",
    path="/orders/{orderCode}/cancel",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CustomerCancellationRequest",
    failure_when=(),
)

REMOVE_MANUFACTURABLE_SKU = Operation(
    name="remove_manufacturable_sku",
    method="POST",
    path="/master/sku/manufacturable/remove",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="ManufacturableSkuRequest",
    failure_when=(),
)

SEARCH_ARTICLE_MASTER = Operation(
    name="search_article_master",
    method="POST",
    path="/master/articles/search",
    success_model=models.SearchArticleMasterResponse,
    success_name="SearchArticleMasterResponse",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="SearchArticleMasterRequest",
    failure_when=(),
)

SEARCH_CUSTOMER_LOCATION = Operation(
    name="search_customer_location",
    method="GET",
    path="/master/customers/{customerCode}/locations/{customerLocationCode}",
    success_model=models.CustomerLocationDetails,
    success_name="CustomerLocationDetails",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

SEARCH_CUSTOMER_MASTER = Operation(
    name="search_customer_master",
    method="GET",
    path="/master/customers/{customerCode}",
    success_model=models.CustomerMasterDetails,
    success_name="CustomerMasterDetails",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

SEARCH_INVENTORY = Operation(
    name="search_inventory",
    method="POST",
    path="/inventories",
    success_model=models.SearchInventoryResponse,
    success_name="SearchInventoryResponse",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="SearchInventoryRequest",
    failure_when=(),
)

SEARCH_SKU_ATTRIBUTES = Operation(
    name="search_sku_attributes",
    method="POST",
    path="/master/sku-attributes/search",
    success_model=models.SearchSkuAttributesResponse,
    success_name="SearchSkuAttributesResponse",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="SearchSkuAttributesRequest",
    failure_when=(),
)

SEARCH_VENDOR_LOCATION = Operation(
    name="search_vendor_location",
    method="GET",
    path="/master/vendors/{vendorCode}/locations/{vendorLocationCode}",
    success_model=models.VendorLocationDetails,
    success_name="VendorLocationDetails",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

SEARCH_VENDOR_MASTER = Operation(
    name="search_vendor_master",
    method="GET",
    path="/master/vendors/{vendorCode}",
    success_model=models.VendorMasterDetails,
    success_name="VendorMasterDetails",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

UPDATE_ARTICLE_MASTER = Operation(
    name="update_article_master",
    method="PUT",
    path="/master/articles",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="UpdateArticleMasterRequest",
    failure_when=(),
)

UPDATE_CUSTOMER_LOCATION = Operation(
    name="update_customer_location",
    method="PUT",
    path="/master/customers/{customerCode}/locations",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CustomerLocation",
    failure_when=(),
)

UPDATE_CUSTOMER_MASTER = Operation(
    name="update_customer_master",
    method="PUT",
    path="/master/customers",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="CustomerMaster",
    failure_when=(),
)

UPDATE_ORDER_PROPERTIES = Operation(
    name="update_order_properties",
    method="PUT",
    path="/orders/{orderCode}",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="UpdateOrderPropertiesRequest",
    failure_when=(),
)

UPDATE_VENDOR_LOCATION = Operation(
    name="update_vendor_location",
    method="PUT",
    path="/master/vendors/{vendorCode}/locations",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="VendorLocation",
    failure_when=(),
)

UPDATE_VENDOR_MASTER = Operation(
    name="update_vendor_master",
    method="PUT",
    path="/master/vendors",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="VendorMaster",
    failure_when=(),
)

UPSERT_SKU_ATTRIBUTES = Operation(
    name="upsert_sku_attributes",
    method="PUT",
    path="/master/sku-attributes",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.AssureError, "/message"),
        "401": ErrorSpec(None, None),
        "404": ErrorSpec(None, None),
        "429": ErrorSpec(None, None),
        "500": ErrorSpec(models.AssureError, "/message"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="UpsertSkuAttributesRequest",
    failure_when=(),
)

SEARCH_INVENTORY_PAGING = Paging(
    style="has-more",
    page_param="pageNumber",
    size_param=None,
    params_in="body",
    first_page=1,
    items="/inventories",
    has_more="/hasMore",
    total=None,
)
