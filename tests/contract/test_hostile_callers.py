"""Hostile callers against receivers and mocks: deep JSON, non-JSON media types, NaN/Infinity,
empty or short secrets, JWS `crit` headers and `iat`-only tokens. Every refusal is a documented
error status with a JSON body, never a 500."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx
import pytest

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import WEBHOOK_APIS, deliveries, recording_handlers
from tests.helpers import api, auth_kwargs, signed_delivery, webhook_secrets
from tests.servers import serve

DEEP = b'{"a":' * 5000 + b"1" + b"}" * 5000


def _send(url: str, op: Any, content: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.request(op.method, url + op.webhook_path, content=content, headers=headers)


@pytest.mark.parametrize("api_id", WEBHOOK_APIS)
def test_receivers_refuse_hostile_bodies(api_id: str) -> None:
    a = api(api_id)
    handlers = recording_handlers(api_id)
    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(a))
    with serve(app) as url:
        for op in [o for o in a.webhooks if o.body]:
            secured = bool(op.security) and () not in op.security
            headers, body = signed_delivery(a, op, deliveries(api_id, op)[0][1], time.time())
            json_headers = {**headers, "content-type": "application/json"}
            deep = _send(url, op, DEEP, json_headers)
            in_body_token = any(
                s.token_pointer for s in a.webhook_schemes if s.id in (op.security or [()])[0]
            )
            # a token inside an unparseable body does not authenticate: 401 comes first
            assert deep.status_code == (401 if in_body_token else 400), op.py_name
            assert isinstance(deep.json(), dict | list)
            plain = _send(
                url, op, json.dumps(body).encode(), {**headers, "content-type": "text/plain"}
            )
            # a token in a body of a type the callback does not read is no token: 401 first
            assert plain.status_code == (401 if in_body_token else 415), op.py_name
            nan = json.dumps(body).encode().replace(b"{", b'{"x": NaN, ', 1)
            refused = _send(url, op, nan, json_headers)
            assert refused.status_code in ((401, 400) if in_body_token else (400,)), op.py_name
            if secured:
                anonymous = _send(url, op, DEEP, {"content-type": "application/json"})
                assert anonymous.status_code == 401, op.py_name
    assert handlers.calls == []


@pytest.mark.parametrize("api_id", [a for a in WEBHOOK_APIS if api(a).webhook_schemes])
def test_empty_or_short_secrets_are_refused_without_echo(api_id: str) -> None:
    a = api(api_id)
    server = package(api_id).server
    for scheme in a.webhook_schemes:
        for bad in ("", "   ") + (("short-key-123",) if scheme.kind == "jwt" else ()):
            secrets = {**webhook_secrets(a), scheme.id: bad}
            with pytest.raises(ValueError) as error:
                server.create_webhook_app(recording_handlers(api_id), secrets=secrets)
            assert scheme.id in str(error.value)
            assert not bad.strip() or bad not in str(error.value)


def _jwt(header: dict[str, Any], payload: dict[str, Any], secret: str) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    signing = f"{part(header)}.{part(payload)}"
    mac = hmac.new(secret.encode(), signing.encode(), hashlib.sha256).digest()
    return signing + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def test_crit_headers_and_stale_iat_only_tokens_are_rejected() -> None:
    api_id = next(a for a in WEBHOOK_APIS if any(s.kind == "jwt" for s in api(a).webhook_schemes))
    verify = package(api_id).server._webhooks.verify_jwt
    secret, now = "a-long-enough-secret-key", 1_000_000.0
    good = {"alg": "HS256", "typ": "JWT"}
    assert verify(_jwt(good, {"iat": now - 10}, secret), secret, "HS256", now) is not None
    crit = {**good, "crit": ["exp"]}
    assert verify(_jwt(crit, {"iat": now - 10}, secret), secret, "HS256", now) is None
    # iat only, no exp, no spec max age: bounded by the 300 s default
    assert verify(_jwt(good, {"iat": now - 301}, secret), secret, "HS256", now) is None
    assert verify(_jwt(good, {"iat": now - 301}, secret), secret, "HS256", now, 600) is not None


@pytest.mark.parametrize("api_id", API_IDS)
def test_mocks_refuse_hostile_bodies(api_id: str) -> None:
    a = api(api_id)
    ops = [op for op in a.operations if op.body and "{" not in op.path]
    if not ops:
        pytest.skip("no operation with a body")
    op = ops[0]
    headers: dict[str, str] = {}
    for scheme_id in op.security[0] if op.security else ():
        scheme = next(s for s in a.schemes if s.id == scheme_id)
        value = auth_kwargs(a)[scheme.py_name]
        headers[scheme.header] = f"Bearer {value}" if scheme.kind == "bearer" else value
    with serve(package(api_id).server.create_mock_app()) as url:
        deep = httpx.request(
            op.method,
            url + op.path,
            content=DEEP,
            headers={**headers, "content-type": "application/json"},
        )
        assert deep.status_code == 400
        # the body is the documented one; a 400 documented without a body stays bodiless
        documented = next(t for t in op.error_templates if t.status == 400)
        assert (deep.content == b"") == (documented.body_literal == "None"), deep.content
        if deep.content:
            assert isinstance(deep.json(), dict | list)
        plain = httpx.request(
            op.method,
            url + op.path,
            content=b"{}",
            headers={**headers, "content-type": "text/plain"},
        )
        assert plain.status_code == 415
        nan = httpx.request(
            op.method,
            url + op.path,
            content=b'{"x": NaN}',
            headers={**headers, "content-type": "application/json"},
        )
        assert nan.status_code == 400


def _query_params_by_kind(kind: str) -> list[tuple[str, Any, Any]]:
    """(api, operation, param) for every query parameter of the mocks of that schema type."""
    found = []
    for api_id in API_IDS:
        for op in api(api_id).operations:
            for param in op.params:
                if param.location == "query" and param.type_hint.removesuffix(" | None") == kind:
                    found.append((api_id, op, param))
    return found


@pytest.mark.parametrize(
    ("kind", "bad"),
    [("int", "1_000"), ("int", "9223372036854775808"), ("int", "+5"), ("bool", "yes")],
)
def test_mock_query_values_are_read_exactly_as_the_schema_says(kind: str, bad: str) -> None:
    from tests.helpers import sample_param

    candidates = _query_params_by_kind(kind)
    assert candidates, f"no {kind} query parameter in any spec"
    api_id, op, param = candidates[0]
    a = api(api_id)
    headers: dict[str, str] = {}
    for scheme_id in op.security[0] if op.security else ():
        scheme = next(s for s in a.schemes if s.id == scheme_id)
        value = auth_kwargs(a)[scheme.py_name]
        headers[scheme.header] = f"Bearer {value}" if scheme.kind == "bearer" else value
    params = {p.name: sample_param(p) for p in op.params if p.location == "query" and p.required}
    path = op.path
    for p in op.params:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", str(sample_param(p)))
    body = {"content": b"{}", "headers": {**headers, "content-type": "application/json"}}
    with serve(package(api_id).server.create_mock_app()) as url:
        kwargs = body if op.body else {"headers": headers}
        good = {**params, param.name: sample_param(param)}
        accepted = httpx.request(op.method, url + path, params=good, **kwargs)
        response = httpx.request(
            op.method, url + path, params={**params, param.name: bad}, **kwargs
        )
    assert accepted.status_code < 400, (op.py_name, accepted.text)  # only the value differs
    assert response.status_code == 400, (op.py_name, param.name, response.text)
    assert bad not in response.text  # never echoed


def test_mock_idempotency_cache_is_bounded() -> None:
    api_id = API_IDS[0]
    support = package(api_id).server._support
    replay = support._Replay(max_entries=3)
    for i in range(10):
        replay.add(f"k{i}", ("digest", 1e12, (200, None)), 0.0)
    assert list(replay.entries) == ["k7", "k8", "k9"]
    replay.add("fresh", ("digest", 3e12, (200, None)), 2e12)  # every older entry has expired
    assert list(replay.entries) == ["fresh"]
