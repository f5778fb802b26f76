# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Avasam Seller API as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._pagination import Paging
from ._auth import AuthScheme, TokenExchange
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://app.avasam.com"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="avasamToken",
        header="Authorization",
        kind="bearer",
        arguments=(
            ("avasam_token",),
            (
                "consumer_key",
                "secret_key",
            ),
        ),
        exchange=TokenExchange(
            operation="request_token",
            path="/api/auth/request-token",
            credentials={"consumer_key": "consumer_key", "secret_key": "secret_key"},
            token_pointer="/access_token",
            expires_pointer="/expires_at",
            expires_format="iso-8601",
            refresh_margin=60.0,
        ),
    ),
)

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

ACKNOWLEDGE_STOCK_UPDATE = Operation(
    name="acknowledge_stock_update",
    method="POST",
    path="/api-seller/Product/AcknowledgeStockUpdate",
    success_model=None,
    success_name="",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="AcknowledgeStockUpdateRequest",
    failure_when=(),
    accept=None,
)

ADD_NEW_ORDER = Operation(
    name="add_new_order",
    method="POST",
    path="/apiseeker/OrdersCreation/AddNewOrder",
    success_model=models.OrderResult,
    success_name="OrderResult",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="AddNewOrderRequest",
    failure_when=(
        (
            "/ErrorCode",
            True,
            1,
        ),
    ),
)

CREATE_SELLER_ORDER = Operation(
    name="create_seller_order",
    method="POST",
    path="/apiseeker/Order/CreateSellerOrder",
    success_model=models.OrderResult,
    success_name="OrderResult",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="CreateSellerOrderRequest",
    failure_when=(
        (
            "/ErrorCode",
            True,
            1,
        ),
    ),
)

GET_INVENTORY_LIST_WITH_FILTER = Operation(
    name="get_inventory_list_with_filter",
    method="POST",
    path="/apiseeker/ProductModule/GetInventoryListWithFilter",
    success_model=models.InventoryListResponse,
    success_name="InventoryListResponse",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="InventoryFilterRequest",
    failure_when=(),
)

GET_PROCESS_ORDER_LIST = Operation(
    name="get_process_order_list",
    method="POST",
    path="/apiseeker/OrdersView/SeekerGetOrdersListWithFilter",
    success_model=models.ProcessOrderListResponse,
    success_name="ProcessOrderListResponse",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="ProcessOrderListRequest",
    failure_when=(),
)

GET_SELLER_PRODUCT_LIST = Operation(
    name="get_seller_product_list",
    method="POST",
    path="/apiseeker/Products/GetSellerProductList",
    success_model=models.SellerProductList,
    success_name="SellerProductList",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="SellerProductListRequest",
    failure_when=(),
)

REQUEST_TOKEN = Operation(
    name="request_token",
    method="POST",
    path="/api/auth/request-token",
    success_model=models.RequestTokenResponse,
    success_name="RequestTokenResponse",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(),
    idempotency_header=None,
    request_schema="RequestTokenRequest",
    failure_when=(),
)

SELLER_STOCK_LIST = Operation(
    name="seller_stock_list",
    method="POST",
    path="/apiseeker/Products/SellerStockList",
    success_model=models.SellerStockList,
    success_name="SellerStockList",
    errors={
        "default": ErrorSpec(None, None),
    },
    security=(("avasamToken",),),
    idempotency_header=None,
    request_schema="SellerStockListRequest",
    failure_when=(),
)

GET_INVENTORY_LIST_WITH_FILTER_PAGING = Paging(
    style="page-limit",
    page_param="page",
    size_param="limit",
    params_in="body",
    first_page=0,
    items="/data",
    has_more=None,
    total="/total",
)

GET_PROCESS_ORDER_LIST_PAGING = Paging(
    style="page-limit",
    page_param="page",
    size_param="limit",
    params_in="body",
    first_page=0,
    items="/data",
    has_more=None,
    total="/total",
)

GET_SELLER_PRODUCT_LIST_PAGING = Paging(
    style="page-limit",
    page_param="Page",
    size_param="Limit",
    params_in="body",
    first_page=0,
    items="",
    has_more=None,
    total=None,
)

SELLER_STOCK_LIST_PAGING = Paging(
    style="page-limit",
    page_param="page",
    size_param="limit",
    params_in="body",
    first_page=0,
    items="",
    has_more=None,
    total=None,
)
