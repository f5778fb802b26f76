"""Credentials never leak: every credential is a unique canary; with every logger at DEBUG the
client succeeds, fails, retries and exchanges tokens, and no canary — raw, base64 or URL-encoded —
appears in any log record, repr, exception message or traceback."""

from __future__ import annotations

import base64
import logging
import traceback
import urllib.parse

import httpx
import pytest

from tests.client.fakes import invoke, make_client, success
from tests.conftest import API_IDS, package
from tests.helpers import api


def _forms(secret: str) -> list[str]:
    return [
        secret,
        base64.b64encode(secret.encode()).decode(),
        base64.urlsafe_b64encode(secret.encode()).decode().rstrip("="),
        urllib.parse.quote(secret),
        urllib.parse.quote_plus(secret),
    ]


def _credentials(api_id: str) -> dict[str, str]:
    return {
        keyword: f"canary-{api_id}-{keyword}-Zq8!/+="
        for keyword, _ in api(api_id).credential_kwargs
    }


def _texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), repr(vars(exc)), "".join(traceback.format_exception(exc))]


SCENARIOS = [
    "success",
    "unauthorized",
    "server-error-retried",
    "transport-error",
    "redirect",
    "bad-response",
]


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("api_id", API_IDS)
def test_no_canary_anywhere(api_id: str, scenario: str, caplog: pytest.LogCaptureFixture) -> None:
    a = api(api_id)
    credentials = _credentials(api_id)
    issued_token = f"canary-{api_id}-issued-token"
    exchange_paths = {s.exchange.path for s in a.schemes if s.exchange}
    op = next(o for o in a.operations if not o.variants and o.security and () not in o.security)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path in exchange_paths:
            return httpx.Response(
                200, json={"access_token": issued_token, "expires_at": "2999-01-01T00:00:00Z"}
            )
        if scenario == "success":
            return success(op)
        if scenario == "unauthorized":
            return httpx.Response(401, json={"message": "no"})
        if scenario == "server-error-retried":
            return httpx.Response(503, json={}, headers={"Retry-After": "0"})
        if scenario == "redirect":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/"})
        if scenario == "bad-response":
            return httpx.Response(op.mock_status, content=b"<html>not json</html>")
        raise httpx.ConnectError("connection refused")

    # Only the exchange inputs for token schemes, so the token really is exchanged.
    given = {
        k: v
        for k, v in credentials.items()
        if not any(s.exchange and s.py_name == k for s in a.schemes)
    }
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        for name in list(logging.root.manager.loggerDict):
            logging.getLogger(name).setLevel(logging.DEBUG)
        client = make_client(api_id, handler, credentials=given)
        texts.append(repr(client))
        try:
            invoke(api_id, client, op)
        except package(api_id).errors.ClientError as exc:
            texts.extend(_texts(exc))
            cause: BaseException | None = exc.__cause__ or exc.__context__
            while cause is not None:
                texts.extend(_texts(cause))
                cause = cause.__cause__ or cause.__context__
        texts.append(repr(client))
    texts.extend(record.getMessage() for record in caplog.records)
    texts.extend(repr(record.__dict__) for record in caplog.records)
    assert caplog.records, "DEBUG logging produced nothing: the test would prove nothing"
    secrets = [*credentials.values(), issued_token]
    for secret in secrets:
        for form in _forms(secret):
            for text in texts:
                assert form not in text, f"{form!r} leaked"


def test_repr_of_credentials_and_tokens_is_redacted() -> None:
    for api_id in API_IDS:
        pkg = package(api_id)
        creds = pkg._auth.Credentials(
            pkg._operations.AUTH_SCHEMES, {s.id: "canary-repr" for s in api(api_id).schemes}
        )
        assert "canary-repr" not in repr(creds) and "canary-repr" not in str(vars(creds))
        token = pkg._auth.Token(pkg._auth.SecretStr("canary-token"), 0.0)
        assert "canary-token" not in repr(token)
