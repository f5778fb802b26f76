"""Every security scheme type, end to end: the generated client of tests/cases/security against
its generated mock over real HTTP on 127.0.0.1 (an OAuth2 token endpoint included), sync and
async; the generated webhook receivers; and mypy --strict on a package without credentials."""

from __future__ import annotations

import asyncio
import base64
import importlib
import logging
import pickle
import subprocess
import sys
import threading
import traceback
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import serve

CASES = Path(__file__).resolve().parent.parent / "cases"
SECURED = CASES / "security" / "expected" / "secured"
OPEN = CASES / "no_auth" / "expected" / "open_api"
sys.path.insert(0, str(SECURED))

api = importlib.import_module("secured_api")
server = importlib.import_module("secured_api.server")
errors = api.errors

# Each a unique canary, so a leak anywhere is found by its text.
KEYS = {
    "header_key": "canary-hk-Zq8!/+=",
    "query_key": "canary-qk-Zq8!/+=",
    "cookie_key": "canary-ck-Zq8",
    "basic_auth_username": "canary-user",
    "basic_auth_password": "canary-pw-Zq8!/+=",
    "bearer_auth": "canary-bt-Zq8",
    "token_auth": "canary-tt-Zq8",
    "code_oauth": "canary-code-Zq8",
    "oidc": "canary-oidc-Zq8",
    "client_oauth_client_id": "canary-cid",
    "client_oauth_client_secret": "canary-cs-Zq8!/+=",
    "relative_oauth_client_id": "canary-rcid",
    "relative_oauth_client_secret": "canary-rcs-Zq8!/+=",
}
ACCEPTED = {
    "headerKey": KEYS["header_key"],
    "queryKey": KEYS["query_key"],
    "cookieKey": KEYS["cookie_key"],
    "basicAuth": f"{KEYS['basic_auth_username']}:{KEYS['basic_auth_password']}",
    "bearerAuth": KEYS["bearer_auth"],
    "tokenAuth": KEYS["token_auth"],
    "codeOauth": KEYS["code_oauth"],
    "oidc": KEYS["oidc"],
    "clientOauth.client_id": KEYS["client_oauth_client_id"],
    "clientOauth.client_secret": KEYS["client_oauth_client_secret"],
    "relativeOauth.client_id": KEYS["relative_oauth_client_id"],
    "relativeOauth.client_secret": KEYS["relative_oauth_client_secret"],
}
OPERATIONS = [
    "key_in_header",
    "key_in_query",
    "key_in_cookie",
    "basic_only",
    "bearer_only",
    "custom_scheme",
    "client_credentials",
    "relative_token_url",
    "code_flow",
    "open_id",
    "either",
    "optional_auth",
    "public",
    "mutual_tls",
]


class Clock:
    """A wall clock the test moves by hand: token expiry without sleeping."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[str, Any]]:
    app = server.create_mock_app(credentials=ACCEPTED)
    with serve(app) as url:
        yield url, app.state.token_issuer


def _client(url: str, **keys: str) -> Any:
    return api.SecuredClient(base_url=url, **keys)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_scheme_accepted_sync(mock: tuple[str, Any], operation: str) -> None:
    url, _ = mock
    with _client(url, **KEYS) as client:
        assert getattr(client, operation)().ok is True


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_scheme_accepted_async(mock: tuple[str, Any], operation: str) -> None:
    url, _ = mock

    async def run() -> Any:
        async with api.AsyncSecuredClient(base_url=url, **KEYS) as client:
            return await getattr(client, operation)()

    assert asyncio.run(run()).ok is True


@pytest.mark.parametrize(
    ("operation", "keyword"),
    [
        ("key_in_header", "header_key"),
        ("key_in_query", "query_key"),
        ("key_in_cookie", "cookie_key"),
        ("basic_only", "basic_auth_password"),
        ("bearer_only", "bearer_auth"),
        ("custom_scheme", "token_auth"),
        ("code_flow", "code_oauth"),
        ("open_id", "oidc"),
    ],
)
def test_a_wrong_value_is_refused_by_the_mock(
    mock: tuple[str, Any], operation: str, keyword: str
) -> None:
    """The mock really checks the placement and the value: a wrong one is a 401."""
    url, _ = mock
    client = _client(url, **{**KEYS, keyword: "wrong-value"})
    with client, pytest.raises(errors.UnauthorizedError):
        getattr(client, operation)()


def test_alternatives_first_held_is_used(mock: tuple[str, Any]) -> None:
    url, _ = mock
    basic = {k: KEYS[k] for k in ("basic_auth_username", "basic_auth_password")}
    keys = {k: KEYS[k] for k in ("header_key", "query_key")}
    with _client(url, **basic) as client:
        assert client.either().ok
    with _client(url, **keys) as client:
        assert client.either().ok
    with _client(url) as client:  # `{}` among the alternatives, or no requirement at all
        assert client.optional_auth().ok and client.public().ok


def test_missing_credentials_name_alternatives_and_keywords(mock: tuple[str, Any]) -> None:
    url, _ = mock
    client = _client(url, header_key=KEYS["header_key"])  # half of alternative 2
    with client, pytest.raises(errors.MissingCredentialsError) as caught:
        client.either()
    message = str(caught.value)
    assert "basicAuth (basic_auth_username + basic_auth_password)" in message
    assert "headerKey (header_key) and queryKey (query_key)" in message
    assert KEYS["header_key"] not in message and not isinstance(caught.value, KeyError)
    assert caught.value.alternatives == (("basicAuth",), ("headerKey", "queryKey"))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == message and copy.alternatives == caught.value.alternatives
    with _client(url) as client, pytest.raises(errors.MissingCredentialsError) as caught:
        client.client_credentials()
    assert "client_oauth or client_oauth_client_id + client_oauth_client_secret" in str(
        caught.value
    )


def test_client_credentials_token_cached_and_refreshed_before_expiry(
    mock: tuple[str, Any],
) -> None:
    url, issuer = mock
    clock = Clock()
    secret = {k: KEYS[k] for k in ("client_oauth_client_id", "client_oauth_client_secret")}
    with api.SecuredClient(base_url=url, wall_clock=clock, **secret) as client:
        before = issuer.requests
        client.client_credentials()
        client.client_credentials()
        assert issuer.requests == before + 1  # cached
        clock.now += 3600 - 60 - 1  # the mock's expires_in, less the refresh margin
        client.client_credentials()
        assert issuer.requests == before + 1
        clock.now += 2  # now inside the refresh margin: fetched again before it expires
        client.client_credentials()
        assert issuer.requests == before + 2


def test_one_token_fetch_for_concurrent_callers_sync(mock: tuple[str, Any]) -> None:
    url, issuer = mock
    secret = {k: KEYS[k] for k in ("client_oauth_client_id", "client_oauth_client_secret")}
    callers = 8
    barrier = threading.Barrier(callers)
    results: list[Any] = []
    with _client(url, **secret) as client:
        before = issuer.requests

        def call() -> None:
            barrier.wait()
            results.append(client.client_credentials())

        threads = [threading.Thread(target=call) for _ in range(callers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(results) == callers and all(r.ok for r in results)
    assert issuer.requests == before + 1


def test_one_token_fetch_for_concurrent_callers_async(mock: tuple[str, Any]) -> None:
    url, issuer = mock
    secret = {k: KEYS[k] for k in ("client_oauth_client_id", "client_oauth_client_secret")}

    async def run() -> list[Any]:
        async with api.AsyncSecuredClient(base_url=url, **secret) as client:
            return await asyncio.gather(*(client.client_credentials() for _ in range(8)))

    before = issuer.requests
    results = asyncio.run(run())
    assert len(results) == 8 and all(r.ok for r in results)
    assert issuer.requests == before + 1


def test_wrong_client_secret_is_an_error_without_the_secret(mock: tuple[str, Any]) -> None:
    url, _ = mock
    wrong = "canary-wrong-secret-Zq8"
    with _client(url, client_oauth_client_id=KEYS["client_oauth_client_id"]) as client:
        client.update_credentials(client_oauth_client_secret=wrong)
        with pytest.raises(errors.UnauthorizedError) as caught:
            client.client_credentials()
    assert wrong not in repr(caught.value) and wrong not in str(caught.value)


def test_the_token_request_is_a_form_with_scopes() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "tok-123", "expires_in": 600})
        return httpx.Response(200, json={"ok": True})

    secret = {k: KEYS[k] for k in ("client_oauth_client_id", "client_oauth_client_secret")}
    with api.SecuredClient(transport=httpx.MockTransport(handler), **secret) as client:
        client.client_credentials()
    token, call = seen
    assert token.method == "POST" and str(token.url) == "https://secured.example/oauth/token"
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    form = dict(httpx.QueryParams(token.content.decode()))
    assert form == {"grant_type": "client_credentials", "scope": "orders:read"}
    # The client authenticates with HTTP basic, id and secret form-encoded (RFC 6749 2.3.1).
    scheme, _, encoded = token.headers["authorization"].partition(" ")
    user, _, password = base64.b64decode(encoded).decode().partition(":")
    assert scheme == "Basic" and urllib.parse.unquote_plus(user) == KEYS["client_oauth_client_id"]
    assert urllib.parse.unquote_plus(password) == KEYS["client_oauth_client_secret"]
    assert call.headers["authorization"] == "Bearer tok-123"


def test_placement_on_the_wire() -> None:
    """Each kind goes where the scheme says, in the form it says."""
    seen: dict[str, httpx.Request] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = request
        return httpx.Response(200, json={"ok": True})

    with api.SecuredClient(transport=httpx.MockTransport(handler), **KEYS) as client:
        for operation in OPERATIONS:
            if operation not in ("client_credentials", "relative_token_url"):
                getattr(client, operation)()
    pair = f"{KEYS['basic_auth_username']}:{KEYS['basic_auth_password']}".encode()
    assert seen["/header-key"].headers["x-api-key"] == KEYS["header_key"]
    assert seen["/query-key"].url.params["api_key"] == KEYS["query_key"]
    assert seen["/cookie-key"].headers["cookie"] == f"session={KEYS['cookie_key']}"
    assert seen["/basic"].headers["authorization"] == f"Basic {base64.b64encode(pair).decode()}"
    assert seen["/custom"].headers["authorization"] == f"Token {KEYS['token_auth']}"
    assert seen["/me"].headers["authorization"] == f"Bearer {KEYS['oidc']}"
    assert seen["/either"].headers["authorization"].startswith("Basic ")  # the first held
    assert "authorization" not in seen["/public"].headers
    assert "authorization" not in seen["/mtls"].headers  # mutualTLS: the transport's job


class Handlers(server.SecuredWebhookHandlers):  # type: ignore[misc, name-defined]
    async def payment_done(self, body: Any) -> None:
        return None

    async def refund_done(self, body: Any) -> None:
        return None


def test_receivers_check_the_same_rules(tmp_path: Path) -> None:
    secrets = {"hookBasic": "vendor:hook-pw-123", "hookQuery": "sig-123", "hookCustom": "s-456"}
    store = server.SQLiteDeliveryStore(tmp_path / "deliveries.sqlite3")
    app = server.create_webhook_app(Handlers(), secrets=secrets, store=store)
    body = {"paymentId": "p-1"}
    basic = base64.b64encode(b"vendor:hook-pw-123").decode()
    with serve(app) as url, httpx.Client(base_url=url) as http:

        def status(path: str, **kwargs: Any) -> int:
            return http.post(path, json=body, **kwargs).status_code

        assert status("/hooks/payment", headers={"Authorization": f"Basic {basic}"}) == 200
        assert status("/hooks/payment", params={"signature": "sig-123"}) == 200
        assert status("/hooks/payment", params={"signature": "sig-999"}) == 401
        assert status("/hooks/payment", headers={"Authorization": "Basic dmVuZG9yOng="}) == 401
        assert status("/hooks/payment") == 401
        assert status("/hooks/refund", headers={"Authorization": "Signature s-456"}) == 200
        assert status("/hooks/refund", headers={"Authorization": "Bearer s-456"}) == 401
        # No secret was given for hookCookie: that alternative never authenticates.
        assert status("/hooks/refund", headers={"Cookie": "hook_session=anything"}) == 401
    with pytest.raises(ValueError, match=r"needs secrets for: hookCookie or hookCustom$"):
        server.create_webhook_app(Handlers(), secrets={"hookBasic": "vendor:pw"}, store=store)


def test_packages_without_credentials_and_with_every_scheme_are_mypy_strict(
    tmp_path: Path,
) -> None:
    """An API without a credential the client can hold rendered `names = {}` (issue 11)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(OPEN / "pyproject.toml"),
            "-p",
            "open_api_api",
            "-p",
            "secured_api",
        ],
        cwd=OPEN,
        env={"MYPYPATH": f"{OPEN}:{SECURED}", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _forms(secret: str) -> list[str]:
    return [
        secret,
        base64.b64encode(secret.encode()).decode(),
        base64.urlsafe_b64encode(secret.encode()).decode().rstrip("="),
        urllib.parse.quote(secret),
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
    ]


def _texts(exc: BaseException) -> list[str]:
    found = []
    current: BaseException | None = exc
    while current is not None:
        found += [str(current), repr(current), repr(vars(current))]
        found.append("".join(traceback.format_exception(current)))
        current = current.__cause__ or current.__context__
    return found


@pytest.mark.parametrize(
    "scenario", ["success", "unauthorized", "echo", "token-echo", "redirect", "transport"]
)
def test_no_canary_anywhere(scenario: str, caplog: pytest.LogCaptureFixture) -> None:
    """Basic passwords, client secrets, query and cookie keys and issued tokens never reach a
    log record (httpx's own included), a repr or an exception chain, whatever happens."""
    issued = "canary-issued-token-Zq8"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path in ("/oauth/token", "/auth/token"):
            if scenario == "token-echo":  # a token endpoint echoing the request into its error
                echoed = [request.content.decode(), request.headers["authorization"]]
                return httpx.Response(401, json={"error": echoed})
            return httpx.Response(200, json={"access_token": issued, "expires_in": 600})
        if scenario == "unauthorized":
            return httpx.Response(401, json={"errors": ["no"]})
        if scenario == "echo":  # a vendor echoing the request into its error body
            echoed = [str(request.url), *(f"{k}: {v}" for k, v in request.headers.items())]
            return httpx.Response(401, json={"errors": echoed})
        if scenario == "redirect":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/"})
        if scenario == "transport":
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={"ok": True})

    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        for name in ["", "httpx", "httpcore", *logging.root.manager.loggerDict]:
            logging.getLogger(name).setLevel(logging.DEBUG)
        client = api.SecuredClient(transport=httpx.MockTransport(handler), **KEYS)
        texts.append(repr(client))
        for operation in OPERATIONS:
            try:
                getattr(client, operation)()
            except errors.ClientError as exc:
                texts.extend(_texts(exc))
        texts.append(repr(client))
        client.close()
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert any("HTTP Request" in text for text in texts), "httpx logged nothing: proves nothing"
    pair = f"{KEYS['basic_auth_username']}:{KEYS['basic_auth_password']}"
    for secret in [*KEYS.values(), issued, pair]:
        if secret == KEYS["basic_auth_username"]:
            continue  # a user name is not a secret (and the echo scenario shows it scrubbed)
        for form in _forms(secret):
            for text in texts:
                assert form not in text, f"{form!r} leaked"


def test_token_urls_points_the_token_request_elsewhere() -> None:
    """`token_urls` replaces a scheme's tokenUrl (e.g. with the mock's); any other scheme id
    is refused by name."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/t":
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 600})
        return httpx.Response(200, json={"ok": True})

    secret = {k: KEYS[k] for k in ("client_oauth_client_id", "client_oauth_client_secret")}
    urls = {"clientOauth": "https://auth.other.example/t"}
    transport = httpx.MockTransport(handler)
    with api.SecuredClient(transport=transport, token_urls=urls, **secret) as client:
        assert client.client_credentials().ok
    assert seen == ["https://auth.other.example/t", "https://secured.example/orders"]
    with pytest.raises(ValueError, match="token_urls: bearerAuth is not an OAuth2"):
        api.SecuredClient(token_urls={"bearerAuth": "https://x.example/t"})
