# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Secured as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme, TokenExchange
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://secured.example"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="basicAuth",
        header="Authorization",
        kind="basic",
        arguments=(
            (
                "basic_auth_username",
                "basic_auth_password",
            ),
        ),
    ),
    AuthScheme(
        id="bearerAuth",
        header="Authorization",
        kind="bearer",
        arguments=(("bearer_auth",),),
    ),
    AuthScheme(
        id="clientOauth",
        header="Authorization",
        kind="bearer",
        arguments=(
            ("client_oauth",),
            (
                "client_oauth_client_id",
                "client_oauth_client_secret",
            ),
        ),
        exchange=TokenExchange(
            operation="clientOauth token request",
            path="/oauth/token",
            credentials={
                "client_id": "clientOauth.client_id",
                "client_secret": "clientOauth.client_secret",
            },
            token_pointer="/access_token",
            expires_pointer="/expires_in",
            expires_format="seconds-from-now",
            refresh_margin=60.0,
            encoding="form",
            fields={"grant_type": "client_credentials", "scope": "orders:read"},
        ),
    ),
    AuthScheme(
        id="codeOauth",
        header="Authorization",
        kind="bearer",
        arguments=(("code_oauth",),),
    ),
    AuthScheme(
        id="cookieKey",
        header="session",
        kind="header",
        location="cookie",
        arguments=(("cookie_key",),),
    ),
    AuthScheme(
        id="headerKey",
        header="X-Api-Key",
        kind="header",
        arguments=(("header_key",),),
    ),
    AuthScheme(
        id="mtls",
        header="",
        kind="tls",
        arguments=(),
    ),
    AuthScheme(
        id="oidc",
        header="Authorization",
        kind="bearer",
        arguments=(("oidc",),),
    ),
    AuthScheme(
        id="queryKey",
        header="api_key",
        kind="header",
        location="query",
        arguments=(("query_key",),),
    ),
    AuthScheme(
        id="relativeOauth",
        header="Authorization",
        kind="bearer",
        arguments=(
            ("relative_oauth",),
            (
                "relative_oauth_client_id",
                "relative_oauth_client_secret",
            ),
        ),
        exchange=TokenExchange(
            operation="relativeOauth token request",
            path="auth/token",
            credentials={
                "client_id": "relativeOauth.client_id",
                "client_secret": "relativeOauth.client_secret",
            },
            token_pointer="/access_token",
            expires_pointer="/expires_in",
            expires_format="seconds-from-now",
            refresh_margin=60.0,
            encoding="form",
            fields={"grant_type": "client_credentials", "scope": "stock:read"},
        ),
    ),
    AuthScheme(
        id="tokenAuth",
        header="Authorization",
        kind="http",
        prefix="Token",
        arguments=(("token_auth",),),
    ),
)

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

BASIC_ONLY = Operation(
    name="basic_only",
    method="GET",
    path="/basic",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("basicAuth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

BEARER_ONLY = Operation(
    name="bearer_only",
    method="GET",
    path="/bearer",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("bearerAuth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

CLIENT_CREDENTIALS = Operation(
    name="client_credentials",
    method="GET",
    path="/orders",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("clientOauth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

CODE_FLOW = Operation(
    name="code_flow",
    method="GET",
    path="/profile",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("codeOauth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

CUSTOM_SCHEME = Operation(
    name="custom_scheme",
    method="GET",
    path="/custom",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("tokenAuth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

EITHER = Operation(
    name="either",
    method="GET",
    path="/either",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(
        ("basicAuth",),
        (
            "headerKey",
            "queryKey",
        ),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

KEY_IN_COOKIE = Operation(
    name="key_in_cookie",
    method="GET",
    path="/cookie-key",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("cookieKey",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

KEY_IN_HEADER = Operation(
    name="key_in_header",
    method="GET",
    path="/header-key",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("headerKey",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

KEY_IN_QUERY = Operation(
    name="key_in_query",
    method="GET",
    path="/query-key",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("queryKey",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

MUTUAL_TLS = Operation(
    name="mutual_tls",
    method="GET",
    path="/mtls",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("mtls",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

OPEN_ID = Operation(
    name="open_id",
    method="GET",
    path="/me",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("oidc",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

OPTIONAL_AUTH = Operation(
    name="optional_auth",
    method="GET",
    path="/optional",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(
        (),
        ("bearerAuth",),
    ),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

PUBLIC = Operation(
    name="public",
    method="GET",
    path="/public",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

RELATIVE_TOKEN_URL = Operation(
    name="relative_token_url",
    method="GET",
    path="/stock",
    success_model=models.Granted,
    success_name="Granted",
    errors={
        "401": ErrorSpec(models.Problem, "/errors"),
    },
    security=(("relativeOauth",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)
