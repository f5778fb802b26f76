# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Open as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://open.example"

AUTH_SCHEMES: tuple[AuthScheme, ...] = ()

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

PING = Operation(
    name="ping",
    method="GET",
    path="/ping",
    success_model=models.Pong,
    success_name="Pong",
    errors={},
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)
