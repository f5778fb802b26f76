# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""The mock's side of authentication: the same schemes and alternatives the client uses, and
an OAuth2 token endpoint for each clientCredentials scheme.

`credentials` (the mock's option) maps a scheme id to the one value it accepts: the API key or
token, `username:password` for basic, and `<id>.client_id` / `<id>.client_secret` for an
OAuth2 client; a scheme without an entry accepts any non-empty value. Tokens the mock's token
endpoint issued are accepted for their scheme too.

Where the token endpoint is served: the mock serves every operation at its spec path, without
the server URL's base path, so a client is pointed at the mock's root. The client resolves a
tokenUrl against its base URL (RFC 3986; _tokens.token_url), so pointed at the root it posts to
the tokenUrl resolved against `/`: `/oauth/token`, `token` and `./token` at `/oauth/token` and
`/token`, `../auth/token` at `/auth/token`, whatever base path the spec's server URL has. That
is where the mock serves it. (Against the vendor's `https://api.example.com/v2/`, `token` is
`/v2/token`: the mock drops the base path for the token endpoint as for the operations.) An
absolute tokenUrl (another host) is served at its path, for a client given
`token_urls={id: mock_url + path}`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import parse_qsl, unquote_plus, urljoin, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .._auth import AuthScheme

__all__ = ["TokenIssuer", "check_auth", "install_token_endpoints"]

TOKEN_LIFETIME = 3600  # seconds, the expires_in of every token the mock issues
_MAX_ISSUED = 10_000


class TokenIssuer:
    """The tokens the mock's token endpoints issued, per scheme, and how many were asked for
    (`requests`, which tests read to see the client's cache and single flight at work)."""

    def __init__(self) -> None:
        self.issued: dict[str, set[str]] = {}
        self.requests = 0
        self.lock = threading.Lock()

    def issue(self, scheme_id: str) -> str:
        token = secrets.token_urlsafe(24)
        with self.lock:
            tokens = self.issued.setdefault(scheme_id, set())
            if len(tokens) >= _MAX_ISSUED:
                tokens.clear()
            tokens.add(token)
        return token

    def valid(self, scheme_id: str, token: str) -> bool:
        return token in self.issued.get(scheme_id, ())


def check_auth(
    security: tuple[tuple[str, ...], ...],
    request: Request,
    schemes: Mapping[str, AuthScheme],
    credentials: Mapping[str, str] | None,
    issuer: TokenIssuer | None = None,
) -> bool:
    """True when one security alternative is fully present (and matches, when configured)."""
    if not security or () in security:
        return True
    return any(
        all(
            s in schemes and _credential_ok(schemes[s], request, credentials or {}, issuer)
            for s in alt
        )
        for alt in security
    )


def _same(value: str, expected: str) -> bool:
    return hmac.compare_digest(value.encode(), expected.encode())


def _credential_ok(
    scheme: AuthScheme,
    request: Request,
    credentials: Mapping[str, str],
    issuer: TokenIssuer | None,
) -> bool:
    if scheme.kind == "tls":
        return True  # a client certificate is checked by the TLS terminator, not by the app
    if scheme.location == "query":
        value = request.query_params.get(scheme.header, "")
    elif scheme.location == "cookie":
        value = request.cookies.get(scheme.header, "")
    else:
        value = request.headers.get(scheme.header.lower(), "")
    if scheme.kind != "header":
        word = {"bearer": "bearer", "basic": "basic"}.get(scheme.kind, scheme.prefix.lower())
        prefix, _, value = value.partition(" ")
        if prefix.lower() != word:
            return False
        value = value.strip()
    if scheme.kind == "basic":
        value = _basic_pair(value)
    if not value:
        return False
    if issuer is not None and scheme.exchange is not None and issuer.valid(scheme.id, value):
        return True
    expected = credentials.get(scheme.id)
    return expected is None or _same(value, expected)


def _basic_pair(value: str) -> str:
    """`username:password` from a Basic credential; empty when malformed or without a user."""
    try:
        pair = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
    user, colon, _ = pair.partition(":")
    return pair if user and colon else ""


def install_token_endpoints(
    app: FastAPI,
    schemes: tuple[AuthScheme, ...],
    credentials: Mapping[str, str] | None,
    issuer: TokenIssuer,
) -> None:
    """POST <tokenUrl resolved against the root> for each OAuth2 clientCredentials scheme
    (RFC 6749 4.4): a form with grant_type=client_credentials and the client's id and secret
    (in the form, or as HTTP basic), answered with a Bearer token valid TOKEN_LIFETIME seconds.
    (A relative tokenUrl's own text, `token`, is no route: Starlette needs a leading `/`.)"""
    for scheme in schemes:
        if scheme.exchange is not None and scheme.exchange.encoding == "form":
            path = urlsplit(urljoin("http://mock/", scheme.exchange.path)).path or "/"
            app.add_api_route(
                path, _token_endpoint(scheme, credentials or {}, issuer), methods=["POST"]
            )


def _token_endpoint(
    scheme: AuthScheme, credentials: Mapping[str, str], issuer: TokenIssuer
) -> Callable[[Request], Awaitable[JSONResponse]]:
    async def token(request: Request) -> JSONResponse:
        with issuer.lock:
            issuer.requests += 1
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        # HTTP basic, id and secret each form-encoded (RFC 6749 2.3.1), or the form's fields.
        pair = _basic_pair(request.headers.get("authorization", "").removeprefix("Basic "))
        client_id, _, client_secret = (unquote_plus(part) for part in pair.partition(":"))
        client_id = form.get("client_id", client_id)
        client_secret = form.get("client_secret", client_secret)
        for key, given in (("client_id", client_id), ("client_secret", client_secret)):
            expected = credentials.get(f"{scheme.id}.{key}")
            if not given or (expected is not None and not _same(given, expected)):
                return JSONResponse({"error": "invalid_client"}, status_code=401)
        body = {
            "access_token": issuer.issue(scheme.id),
            "token_type": "Bearer",
            "expires_in": TOKEN_LIFETIME,
        }
        if "scope" in form:
            body["scope"] = form["scope"]
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    return token
