"""Where an OAuth2 token request goes: the tokenUrl (or the caller's `token_urls` entry) as an
RFC 3986 reference resolved against the client's base URL (OpenAPI 3.1, "Relative References in
API URLs"); where the mock serves it; and the server URL's trailing slash, which changes the
result, kept in the generated BASE_URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI
from vendorgen.build import build_api
from vendorgen.load import Spec
from vendorgen.runtime._auth import AuthScheme, Credentials, TokenExchange
from vendorgen.runtime._tokens import token_url
from vendorgen.runtime.server._mock_auth import TokenIssuer, install_token_endpoints

API = "https://api.example.com/v2"

# (base URL the client was built with, tokenUrl, where the token request goes)
RESOLVED = [
    (API, "/oauth/token", "https://api.example.com/oauth/token"),
    (API + "/", "/oauth/token", "https://api.example.com/oauth/token"),
    (API, "token", "https://api.example.com/token"),
    (API + "/", "token", "https://api.example.com/v2/token"),
    (API, "./token", "https://api.example.com/token"),
    (API + "/", "./token", "https://api.example.com/v2/token"),
    (API, "../auth/token", "https://api.example.com/auth/token"),
    (API + "/", "../auth/token", "https://api.example.com/auth/token"),
    (API + "/x/", "../auth/token", "https://api.example.com/v2/auth/token"),
    (API, "../../../auth/token", "https://api.example.com/auth/token"),
    (API, "https://auth.example.com/token", "https://auth.example.com/token"),
    (API + "/", "https://auth.example.com/token", "https://auth.example.com/token"),
    (API, "//auth.example.com/token", "https://auth.example.com/token"),
    (API, "token?audience=api", "https://api.example.com/token?audience=api"),
    (API, "token#section", "https://api.example.com/token"),
    ("http://127.0.0.1:8000", "token", "http://127.0.0.1:8000/token"),
    ("http://127.0.0.1:8000", "/oauth/token", "http://127.0.0.1:8000/oauth/token"),
]


def _exchange(path: str, encoding: str = "form") -> TokenExchange:
    return TokenExchange(
        operation="cc token request",
        path=path,
        credentials={"client_id": "cc.client_id", "client_secret": "cc.client_secret"},
        token_pointer="/access_token",
        expires_pointer="/expires_in",
        encoding=encoding,
    )


def _scheme(path: str, encoding: str = "form") -> AuthScheme:
    return AuthScheme("cc", "Authorization", "bearer", _exchange(path, encoding))


@pytest.mark.parametrize(("base", "reference", "expected"), RESOLVED)
def test_token_url_is_resolved_against_the_base_url(
    base: str, reference: str, expected: str
) -> None:
    assert token_url(base, _exchange(reference)) == expected


def test_an_x_token_exchange_operation_path_stays_an_operation_path() -> None:
    """The project's token operation is a path of the spec: httpx appends it to the base path,
    as it does every operation's, so it is not resolved here."""
    assert token_url(API, _exchange("/auth/login", encoding="json")) == "/auth/login"


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("https://auth.other.example/t", "https://auth.other.example/t"),
        ("/other/token", "https://api.example.com/other/token"),
        ("token2", "https://api.example.com/token2"),
    ],
)
def test_token_urls_override_is_absolute_or_resolved_the_same_way(
    override: str, expected: str
) -> None:
    credentials = Credentials([_scheme("/oauth/token")], {}, token_urls={"cc": override})
    exchange = credentials.schemes["cc"].exchange
    assert exchange is not None
    assert token_url(API, exchange) == expected


@pytest.mark.parametrize(
    "url", ["https://id:hunter2-Zq8@auth.example.com/t", "//id@auth.example.com/t"]
)
def test_a_token_url_with_user_info_is_refused_without_showing_it(url: str) -> None:
    for given, override in ((url, None), ("/oauth/token", {"cc": url})):
        with pytest.raises(ValueError, match="token URL of cc holds a user name") as caught:
            Credentials([_scheme(given)], {}, token_urls=override)
        assert "hunter2" not in str(caught.value) and "auth.example.com" not in str(caught.value)


@pytest.mark.parametrize(
    ("reference", "served"),
    [
        ("/oauth/token", "/oauth/token"),
        ("token", "/token"),
        ("./token", "/token"),
        ("../auth/token", "/auth/token"),
        ("https://auth.example.com/issue", "/issue"),
        ("//auth.example.com/issue?x=1", "/issue"),
    ],
)
def test_the_mock_serves_the_token_url_resolved_against_its_root(
    reference: str, served: str
) -> None:
    """Where a client pointed at the mock's root posts (see the module docstring)."""
    app = FastAPI()
    install_token_endpoints(app, (_scheme(reference),), None, TokenIssuer())
    paths = [getattr(route, "path", None) for route in app.router.routes]
    assert served in paths
    if not reference.startswith(("https:", "//")):  # same host: where the client posts
        posted = urlsplit(token_url("http://127.0.0.1:8000", _exchange(reference)))
        assert (posted.netloc, posted.path) == ("127.0.0.1:8000", served)


def _document(server: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": server}],
        "paths": {"/p": {"get": {"operationId": "p", "responses": {"200": {"description": "ok"}}}}},
    }


@pytest.mark.parametrize(
    ("server", "base_url"),
    [
        ("https://api.example.com/v2/", "https://api.example.com/v2/"),
        ("https://api.example.com/v2", "https://api.example.com/v2"),
        ("https://api.example.com/", "https://api.example.com"),
        ("https://api.example.com", "https://api.example.com"),
    ],
)
def test_base_url_keeps_the_trailing_slash_of_a_base_path(server: str, base_url: str) -> None:
    """RFC 3986: `token` against /v2/ is /v2/token, against /v2 it is /token."""
    api = build_api(Spec("t", Path("t.yaml"), _document(server), {}, ()))
    assert api.base_url == base_url
