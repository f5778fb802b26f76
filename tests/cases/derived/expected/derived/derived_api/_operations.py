# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Derived Shop as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://shop.example.com/v1"

AUTH_SCHEMES: tuple[AuthScheme, ...] = ()

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

CANCEL_ORDER = Operation(
    name="cancel_order",
    method="DELETE",
    path="/orders/{orderId}",
    success_model=models.CancelOrderResponse,
    success_name="CancelOrderResponse",
    errors={
        "default": ErrorSpec(models.CancelOrderResponse, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

CREATE_ORDER = Operation(
    name="create_order",
    method="POST",
    path="/orders",
    success_model=models.CartFull,
    success_name="CartFull",
    errors={},
    security=(),
    idempotency_header=None,
    request_schema="CreateOrderRequest",
    failure_when=(),
)

GET_ORDERS_ORDER_ID = Operation(
    name="get_orders_order_id",
    method="GET",
    path="/orders/{orderId}",
    success_model=models.CartFull,
    success_name="CartFull",
    errors={
        "404": ErrorSpec(models.GetOrdersOrderId404Response, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

LIST_ORDERS = Operation(
    name="list_orders",
    method="GET",
    path="/orders",
    success_model=models.ListOrdersResponse,
    success_name="ListOrdersResponse",
    errors={},
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)
