# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Derived Shop API for tests: checks auth, validates requests
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
        name="cancel_order",
        method="DELETE",
        path="/orders/{orderId}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("orderId", "path", True, {"type": "string"}),),
        security=(),
        success_status=200,
        success_body={},
        errors={
            400: ErrorTemplate(400, {}, None),
            401: ErrorTemplate(401, {}, None),
            404: ErrorTemplate(404, {}, None),
            405: ErrorTemplate(405, {}, None),
            413: ErrorTemplate(413, {}, None),
            415: ErrorTemplate(415, {}, None),
            429: ErrorTemplate(429, {}, None),
            500: ErrorTemplate(500, {}, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="create_order",
        method="POST",
        path="/orders",
        body_model=models.CreateOrderRequest,
        body_schema="CreateOrderRequest",
        body_required=True,
        params=(),
        security=(),
        success_status=201,
        success_body={"id": "x", "lines": []},
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, {"message": ""}, "/message"),
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
        name="get_orders_order_id",
        method="GET",
        path="/orders/{orderId}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("orderId", "path", True, {"type": "string"}),),
        security=(),
        success_status=200,
        success_body={"id": "x", "lines": []},
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, {"message": ""}, "/message"),
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
        params=(ParamSpec("pageSize", "query", False, {"type": "integer", "minimum": 1}),),
        security=(),
        success_status=200,
        success_body=[],
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, {"message": ""}, "/message"),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
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
        title="Mock Derived Shop",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
