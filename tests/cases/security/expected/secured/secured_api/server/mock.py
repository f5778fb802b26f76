# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""A mock of the Secured API for tests: checks auth, validates requests
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
        name="basic_only",
        method="GET",
        path="/basic",
        body_model=None,
        body_required=False,
        params=(),
        security=(("basicAuth",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="bearer_only",
        method="GET",
        path="/bearer",
        body_model=None,
        body_required=False,
        params=(),
        security=(("bearerAuth",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="client_credentials",
        method="GET",
        path="/orders",
        body_model=None,
        body_required=False,
        params=(),
        security=(("clientOauth",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="code_flow",
        method="GET",
        path="/profile",
        body_model=None,
        body_required=False,
        params=(),
        security=(("codeOauth",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="custom_scheme",
        method="GET",
        path="/custom",
        body_model=None,
        body_required=False,
        params=(),
        security=(("tokenAuth",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="either",
        method="GET",
        path="/either",
        body_model=None,
        body_required=False,
        params=(),
        security=(
            ("basicAuth",),
            (
                "headerKey",
                "queryKey",
            ),
        ),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="key_in_cookie",
        method="GET",
        path="/cookie-key",
        body_model=None,
        body_required=False,
        params=(),
        security=(("cookieKey",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="key_in_header",
        method="GET",
        path="/header-key",
        body_model=None,
        body_required=False,
        params=(),
        security=(("headerKey",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="key_in_query",
        method="GET",
        path="/query-key",
        body_model=None,
        body_required=False,
        params=(),
        security=(("queryKey",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="mutual_tls",
        method="GET",
        path="/mtls",
        body_model=None,
        body_required=False,
        params=(),
        security=(("mtls",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="open_id",
        method="GET",
        path="/me",
        body_model=None,
        body_required=False,
        params=(),
        security=(("oidc",),),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="optional_auth",
        method="GET",
        path="/optional",
        body_model=None,
        body_required=False,
        params=(),
        security=(
            (),
            ("bearerAuth",),
        ),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
        },
        idempotency_header=None,
        idempotency_ttl=0.0,
    ),
    Route(
        name="public",
        method="GET",
        path="/public",
        body_model=None,
        body_required=False,
        params=(),
        security=(),
        success_status=200,
        success_body={"ok": True},
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            413: ErrorTemplate(413, {"errors": []}, "/errors"),
            429: ErrorTemplate(429, {"message": ""}, "/message"),
            500: ErrorTemplate(500, {"message": ""}, "/message"),
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

    A basic scheme's value is `username:password`. An OAuth2 clientCredentials scheme's
    token endpoint is served here (its tokenUrl's path); it checks `<id>.client_id` and
    `<id>.client_secret` when given, and the tokens it issues are accepted.
    """
    return build_mock_app(
        ROUTES,
        ops.AUTH_SCHEMES,
        title="Mock Secured",
        credentials=credentials,
        rate_limit=ops.RATE_LIMIT if emulate_rate_limit else None,
        emulate_idempotency=emulate_idempotency,
        retry_after_default=None,
        clock=clock,
        max_body_bytes=max_body_bytes,
    )
