# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Open API for tests: checks auth, validates requests
against the spec, answers with the documented examples."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import _operations as ops
from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate, Route, build_mock_app

__all__ = ["ROUTES", "create_mock_app"]

ROUTES: tuple[Route, ...] = (
    Route(
        name="ping",
        method="GET",
        path="/ping",
        body_model=None,
        body_schema=None,
        body_required=False,
        params=(),
        security=(),
        success_status=200,
        success_body={"ok": True},
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
        title="Mock Open",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
