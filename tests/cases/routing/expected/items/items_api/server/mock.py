# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Items API for tests: checks auth, validates requests
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
        name="fetch_item",
        method="GET",
        path="/items/{item-id}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("item-id", "path", True, {"type": "string"}),),
        security=(),
        success_status=200,
        success_body={"id": "x", "status": "available"},
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        name="fetch_user",
        method="GET",
        path="/users/{user.name}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("user.name", "path", True, {"type": "string"}),),
        security=(),
        success_status=200,
        success_body={"name": "x"},
        errors={
            400: ErrorTemplate(400, None, None),
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
        name="label_array",
        method="GET",
        path="/styles/label/{ids}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec(
                "ids",
                "path",
                True,
                {"type": "array", "items": {"type": "integer"}},
                style="label",
                explode=True,
            ),
        ),
        security=(),
        success_status=204,
        success_body=None,
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        name="log_in",
        method="GET",
        path="/users/login",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("remember", "query", False, {"type": "boolean"}),),
        security=(),
        success_status=200,
        success_body={"token": "x"},
        errors={
            400: ErrorTemplate(400, None, None),
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
        name="matrix_object",
        method="GET",
        path="/styles/matrix/{point}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec(
                "point",
                "path",
                True,
                {
                    "type": "object",
                    "required": ["x", "y"],
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                },
                style="matrix",
                explode=True,
            ),
        ),
        security=(),
        success_status=204,
        success_body=None,
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        name="query_styles",
        method="GET",
        path="/styles/query",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec(
                "X-Point",
                "header",
                False,
                {
                    "type": "object",
                    "required": ["x", "y"],
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                },
                explode=True,
            ),
            ParamSpec(
                "codes",
                "query",
                False,
                {"type": "array", "items": {"type": "string", "maxLength": 3}},
                style="pipeDelimited",
                explode=False,
            ),
            ParamSpec(
                "ids",
                "query",
                False,
                {"type": "array", "items": {"type": "integer"}},
                style="form",
                explode=False,
            ),
            ParamSpec(
                "point",
                "query",
                False,
                {
                    "type": "object",
                    "required": ["x", "y"],
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                },
            ),
            ParamSpec(
                "range",
                "query",
                False,
                {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "min": {"type": "integer", "minimum": 0},
                        "max": {"type": "integer"},
                    },
                },
                style="deepObject",
                explode=True,
            ),
        ),
        security=(),
        success_status=204,
        success_body=None,
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        name="search_by_status",
        method="GET",
        path="/items/findByStatus",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(
            ParamSpec("X-Trace.Id", "header", False, {"type": "string", "minLength": 2}),
            ParamSpec("big", "query", False, {"type": "integer"}),
            ParamSpec("flag", "query", False, {"type": "boolean"}),
            ParamSpec("page_size", "query", False, {"type": "integer", "enum": [10, 20]}),
            ParamSpec("small", "query", False, {"type": "integer", "format": "int32"}),
            ParamSpec(
                "status",
                "query",
                True,
                {"type": "array", "items": {"type": "string", "enum": ["available", "sold"]}},
            ),
        ),
        security=(),
        success_status=200,
        success_body=[],
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        name="simple_array",
        method="GET",
        path="/styles/simple/{ids}",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(ParamSpec("ids", "path", True, {"type": "array", "items": {"type": "integer"}}),),
        security=(),
        success_status=204,
        success_body=None,
        errors={
            400: ErrorTemplate(400, {"code": "invalid", "message": ""}, "/message"),
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
        title="Mock Items",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
