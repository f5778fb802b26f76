# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Shop as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._pagination import Paging
from ._auth import AuthScheme, TokenExchange
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://shop.example/v1"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="token",
        header="Authorization",
        kind="bearer",
        arguments=(
            ("token",),
            (
                "client_id",
                "client_secret",
            ),
        ),
        exchange=TokenExchange(
            operation="get_token",
            path="/token",
            credentials={"client_id": "client_id", "client_secret": "client_secret"},
            token_pointer="/access_token",
            expires_pointer="/expires_at",
            expires_format="iso-8601",
            refresh_margin=60.0,
        ),
    ),
)

RATE_LIMIT: RateLimit | None = RateLimit(limit=10, period=1.0)
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

GET_TOKEN = Operation(
    name="get_token",
    method="POST",
    path="/token",
    success_model=models.TokenResponse,
    success_name="TokenResponse",
    errors={},
    security=(),
    idempotency_header=None,
    request_schema="TokenRequest",
    failure_when=(),
)

LIST_ORDERS = Operation(
    name="list_orders",
    method="GET",
    path="/orders",
    success_model=models.OrderPage,
    success_name="OrderPage",
    errors={
        "400": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("token",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

UPDATE_ORDERS = Operation(
    name="update_orders",
    method="PUT",
    path="/orders",
    success_model=models.Done,
    success_name="Done",
    errors={
        "400": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("token",),),
    idempotency_header="Idempotency-Key",
    request_schema="OrderChange",
    failure_when=(),
)

ACCEPT_ORDER = Operation(
    name="accept_order",
    method="PUT",
    path="/orders",
    success_model=models.Done,
    success_name="Done",
    errors={
        "400": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("token",),),
    idempotency_header="Idempotency-Key",
    request_schema="Accept",
    failure_when=(),
)

CANCEL_ORDER = Operation(
    name="cancel_order",
    method="PUT",
    path="/orders",
    success_model=models.Done,
    success_name="Done",
    errors={
        "400": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("token",),),
    idempotency_header="Idempotency-Key",
    request_schema="Cancel",
    failure_when=(),
)

LIST_ORDERS_PAGING = Paging(
    style="page-number",
    page_param="page",
    size_param="size",
    params_in="query",
    first_page=1,
    items="/orders",
    has_more=None,
    total="/total",
)
