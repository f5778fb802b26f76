# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Shop API for tests: checks auth, validates requests
against the spec, answers with the documented examples."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import _operations as ops
from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, Route, build_mock_app
from ._support import ParamSpec

__all__ = ["ROUTES", "create_mock_app"]

ROUTES: tuple[Route, ...] = (
    Route(
        name="get_token",
        method="POST",
        path="/token",
        body_model=models.TokenRequest,
        body_schema="TokenRequest",
        body_required=True,
        params=(),
        security=(),
        success_status=200,
        success_body={"access_token": "x", "expires_at": "2024-01-01T00:00:00Z"},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="list_orders",
        method="GET",
        path="/orders",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec("page", "query", False, {"type": "integer", "minimum": 1}),
            ParamSpec("size", "query", False, {"type": "integer", "minimum": 1, "maximum": 100}),
            ParamSpec("sku", "query", False, {"type": "string", "pattern": "^[a-z0-9-]+$"}),
            ParamSpec("status", "query", False, {"type": "string", "enum": ["open", "shipped"]}),
        ),
        security=(("token",),),
        success_status=200,
        success_body={"orders": [], "total": 0},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="update_orders",
        method="PUT",
        path="/orders",
        body_model=models.OrderChange,
        body_schema="OrderChange",
        body_required=True,
        params=(ParamSpec("Idempotency-Key", "header", False, {"type": "string"}),),
        security=(("token",),),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header="Idempotency-Key",
        idempotency_ttl=3600.0,
        variants=(
            (models.Accept, {}),
            (models.Cancel, {}),
        ),
    ),
)


def create_mock_app(
    *,
    credentials: Mapping[str, str] | None = None,
    emulate_rate_limit: bool = False,
    emulate_idempotency: bool = False,
    clock: Callable[[], float] = time.monotonic,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """A FastAPI app mocking every inbound operation.

    `credentials` maps security scheme ids to the values the mock accepts (any non-empty
    value when omitted). `emulate_rate_limit` answers 429 with Retry-After beyond the
    documented limit. `emulate_idempotency` replays the first response to a repeated
    idempotency key with the same payload (for its documented lifetime) and rejects the key
    with a different payload.
    """
    return build_mock_app(
        ROUTES,
        ops.AUTH_SCHEMES,
        title="Mock Shop",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
