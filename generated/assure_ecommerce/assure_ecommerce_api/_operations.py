# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Assure Magic API for custom e-commerce platforms as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://assure-magic-base-url.invalid"

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

RATE_LIMIT: RateLimit | None = RateLimit(limit=10, period=1.0)
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

PUSH_ORDER = Operation(
    name="push_order",
    method="POST",
    path="/order",
    success_model=models.OrderPush,
    success_name="OrderPush",
    errors={
        "400": ErrorSpec(models.ErrorData, "/description"),
        "401": ErrorSpec(models.ErrorData, "/description"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="OrderPush",
    failure_when=(),
)

PUSH_ORDER_CANCELLATION = Operation(
    name="push_order_cancellation",
    method="PUT",
    path="/cancel-order",
    success_model=models.OrderCancellationPush,
    success_name="OrderCancellationPush",
    errors={
        "400": ErrorSpec(models.ErrorData, "/description"),
        "401": ErrorSpec(models.ErrorData, "/description"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="OrderCancellationPush",
    failure_when=(),
)

PUSH_RETURN_ORDER = Operation(
    name="push_return_order",
    method="POST",
    path="/return-order",
    success_model=models.ReturnOrderPush,
    success_name="ReturnOrderPush",
    errors={
        "400": ErrorSpec(models.ErrorData, "/description"),
        "401": ErrorSpec(models.ErrorData, "/description"),
    },
    security=(
        (
            "authPassword",
            "authUsername",
        ),
    ),
    idempotency_header=None,
    request_schema="ReturnOrderPush",
    failure_when=(),
)
