"""Relative tokenUrls end to end: the generated client of tests/cases/security posts its OAuth2
token request to the tokenUrl resolved against its base URL (RFC 3986), sync and async, against
the generated mock over real HTTP on 127.0.0.1 behind a base path; and a token endpoint on
another host gets the exchange's headers only, none of the API's credentials."""

from __future__ import annotations

import asyncio
import base64
import importlib
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import serve

SECURED = Path(__file__).resolve().parent.parent / "cases" / "security" / "expected" / "secured"
sys.path.insert(0, str(SECURED))

api = importlib.import_module("secured_api")
server = importlib.import_module("secured_api.server")

OAUTH = {
    "client_oauth_client_id": "cid-1",
    "client_oauth_client_secret": "cs-1",
    "relative_oauth_client_id": "rcid-1",
    "relative_oauth_client_secret": "rcs-1",
}
ACCEPTED = {
    "clientOauth.client_id": "cid-1",
    "clientOauth.client_secret": "cs-1",
    "relativeOauth.client_id": "rcid-1",
    "relativeOauth.client_secret": "rcs-1",
}
PREFIX = "/v2"


class BehindBasePath:
    """The mock as a vendor's server with base path /v2 would be reached: `/v2/...` goes to the
    mock without the prefix (where it serves the operations), anything else as it is. Records
    each request's method and path as it arrived."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[tuple[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.seen.append((scope["method"], scope["path"]))
            if scope["path"].startswith(PREFIX + "/"):
                path = scope["path"][len(PREFIX) :]
                scope = {**scope, "path": path, "raw_path": path.encode()}
        await self.app(scope, receive, send)


@pytest.fixture()
def mock() -> Iterator[tuple[str, BehindBasePath]]:
    app = BehindBasePath(server.create_mock_app(credentials=ACCEPTED))
    with serve(app) as url:
        yield url, app


# (base path the client is given, tokenUrl `auth/token` resolves to, `/oauth/token` resolves to)
CASES = [
    (PREFIX, "/auth/token", "/oauth/token"),
    (PREFIX + "/", PREFIX + "/auth/token", "/oauth/token"),
]


def _expected(base_path: str, relative: str, rooted: str) -> list[tuple[str, str]]:
    stock, orders = base_path.rstrip("/") + "/stock", base_path.rstrip("/") + "/orders"
    return [("POST", relative), ("GET", stock), ("POST", rooted), ("GET", orders)]


@pytest.mark.parametrize(("base_path", "relative", "rooted"), CASES)
def test_relative_token_urls_resolved_against_a_base_path_sync(
    mock: tuple[str, BehindBasePath], base_path: str, relative: str, rooted: str
) -> None:
    url, app = mock
    with api.SecuredClient(base_url=url + base_path, **OAUTH) as client:
        assert client.relative_token_url().ok is True
        assert client.client_credentials().ok is True
    assert app.seen == _expected(base_path, relative, rooted)


@pytest.mark.parametrize(("base_path", "relative", "rooted"), CASES)
def test_relative_token_urls_resolved_against_a_base_path_async(
    mock: tuple[str, BehindBasePath], base_path: str, relative: str, rooted: str
) -> None:
    url, app = mock

    async def run() -> None:
        async with api.AsyncSecuredClient(base_url=url + base_path, **OAUTH) as client:
            assert (await client.relative_token_url()).ok is True
            assert (await client.client_credentials()).ok is True

    asyncio.run(run())
    assert app.seen == _expected(base_path, relative, rooted)


def test_a_relative_token_urls_override_is_resolved_the_same_way(
    mock: tuple[str, BehindBasePath],
) -> None:
    """`token_urls={id: "oauth/token"}` from base .../v2 is /oauth/token (not /v2/oauth/token)."""
    url, app = mock
    urls = {"clientOauth": "oauth/token"}
    with api.SecuredClient(base_url=url + PREFIX, token_urls=urls, **OAUTH) as client:
        assert client.client_credentials().ok is True
    assert app.seen == [("POST", "/oauth/token"), ("GET", PREFIX + "/orders")]


def _sessions(handler: Any, **options: Any) -> Iterator[Any]:
    """One call of client_credentials, sync then async, through `handler`."""
    extra = {"X-Trace": "trace-1"}  # a caller's header for the API's calls
    with api.SecuredClient(transport=httpx.MockTransport(handler), **options) as client:
        yield client.with_options(extra_headers=extra).client_credentials()

    async def run() -> Any:
        transport = httpx.MockTransport(handler)
        async with api.AsyncSecuredClient(transport=transport, **options) as client:
            return await client.with_options(extra_headers=extra).client_credentials()

    yield asyncio.run(run())


def test_a_token_endpoint_on_another_host_gets_only_the_exchange_headers() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.host == "auth.example.com":
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 600})
        return httpx.Response(200, json={"ok": True})

    options = {
        **OAUTH,
        "header_key": "hk-1",
        "cookie_key": "ck-1",
        "bearer_auth": "bt-1",
        "base_url": "https://api.example.com/v2",
        "token_urls": {"clientOauth": "https://auth.example.com/token"},
    }
    for result in _sessions(handler, **options):
        assert result.ok is True
    assert [str(r.url) for r in requests] == [
        "https://auth.example.com/token",
        "https://api.example.com/v2/orders",
    ] * 2
    for token in requests[::2]:
        sent = {k.lower() for k in token.headers}
        assert sent.isdisjoint({"x-api-key", "cookie", "x-trace"}), sent
        scheme, _, pair = token.headers["authorization"].partition(" ")
        assert scheme == "Basic"
        assert base64.b64decode(pair).decode() == "cid-1:cs-1"
        form = dict(urllib.parse.parse_qsl(token.content.decode()))
        assert form == {"grant_type": "client_credentials", "scope": "orders:read"}
    for call in requests[1::2]:
        assert call.headers["authorization"] == "Bearer tok-1"
