"""JWT-authenticated webhooks (Avasam's stock update): forged, expired, alg-none, wrong-key and
tampered deliveries are all rejected with 401; the valid one is accepted; replays run once."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import API_IDS, package
from tests.contract.test_webhooks import recording_handlers
from tests.helpers import api, b64url, make_jwt, webhook_secrets
from tests.servers import serve

JWT_CASES = [
    (a, op, scheme)
    for a in API_IDS
    for op in api(a).webhooks
    for alt in op.security[:1]
    for scheme in api(a).webhook_schemes
    if scheme.id in alt and scheme.kind == "jwt"
]
NOW = time.time()


def _forgeries(secret: str, alg: str, request_id: str) -> list[tuple[str, Any, str]]:
    """(label, token, requestId in the body). Every one of them must be refused."""
    good = {"requestId": request_id, "exp": int(NOW) + 300, "iat": int(NOW)}
    signed = make_jwt(secret, good, alg=alg)
    head, body, sig = signed.split(".")
    cases: list[tuple[str, Any, str]] = [
        (
            "alg none, no signature",
            f"{b64url(json.dumps({'alg': 'none'}).encode())}.{body}.",
            request_id,
        ),
        (
            "alg none, signature kept",
            f"{b64url(json.dumps({'alg': 'none'}).encode())}.{body}.{sig}",
            request_id,
        ),
        ("alg None capitalised", make_jwt(secret, good, header={"alg": "None"}), request_id),
        ("alg missing", make_jwt(secret, good, header={"typ": "JWT"}), request_id),
        ("alg RS256 claimed", make_jwt(secret, good, header={"alg": "RS256"}), request_id),
        (
            "expired an hour ago",
            make_jwt(secret, {**good, "exp": int(NOW) - 3600}, alg=alg),
            request_id,
        ),
        (
            "expired a second ago",
            make_jwt(secret, {**good, "exp": int(NOW) - 1}, alg=alg),
            request_id,
        ),
        ("no exp and no iat", make_jwt(secret, {"requestId": request_id}, alg=alg), request_id),
        (
            "issued in the future",
            make_jwt(secret, {"requestId": request_id, "iat": int(NOW) + 3600}, alg=alg),
            request_id,
        ),
        ("exp as string", make_jwt(secret, {**good, "exp": "9999999999"}, alg=alg), request_id),
        ("exp as boolean", make_jwt(secret, {**good, "exp": True}, alg=alg), request_id),
        ("payload is a list", make_jwt(secret, [1, 2], alg=alg), request_id),  # type: ignore[arg-type]
        ("requestId mismatch", signed, request_id + "-other"),
        ("requestId claim missing", make_jwt(secret, {"exp": good["exp"]}, alg=alg), request_id),
        (
            "requestId claim wrong type",
            make_jwt(secret, {**good, "requestId": 1}, alg=alg),
            request_id,
        ),
        (
            "tampered payload",
            f"{head}.{b64url(json.dumps({**good, 'requestId': 'x'}).encode())}.{sig}",
            "x",
        ),
        (
            "tampered header",
            f"{b64url(json.dumps({'alg': alg, 'kid': 'x'}).encode())}.{body}.{sig}",
            request_id,
        ),
        (
            "signature flipped",
            f"{head}.{body}.{sig[:-2]}{'A' if sig[-2] != 'A' else 'B'}{sig[-1]}",
            request_id,
        ),
        ("signature empty", f"{head}.{body}.", request_id),
        (
            "signature of other token",
            f"{head}.{body}.{make_jwt(secret, {'a': 1}, alg=alg).split('.')[2]}",
            request_id,
        ),
        ("two segments", f"{head}.{body}", request_id),
        ("four segments", f"{signed}.{sig}", request_id),
        ("empty string", "", request_id),
        ("whitespace", "   ", request_id),
        ("number", 12345, request_id),
        ("null", None, request_id),
        ("object", {"alg": alg}, request_id),
        ("garbage base64", "!!!.@@@.###", request_id),
        ("header not JSON", f"{b64url(b'not json')}.{body}.{sig}", request_id),
        ("payload not JSON", f"{head}.{b64url(b'not json')}.{sig}", request_id),
        ("padding added", f"{head}=.{body}.{sig}", request_id),
        ("unicode", "é.é.é", request_id),
        ("bearer prefix inside body", f"Bearer {signed}", request_id),
        ("very long token", "a" * 100_000, request_id),
    ]
    for wrong in ("", "x", secret[:-1], secret + "x", secret.upper(), "canary-webhook-secret"):
        cases.append((f"wrong key {wrong!r:.20}", make_jwt(wrong, good, alg=alg), request_id))
    for other in ("HS384", "HS512"):
        if other != alg:
            cases.append(
                (f"algorithm swapped to {other}", make_jwt(secret, good, alg=other), request_id)
            )
    return cases


@pytest.fixture(scope="module", params=JWT_CASES, ids=[f"{c[0]}-{c[1].py_name}" for c in JWT_CASES])
def jwt_server(request: pytest.FixtureRequest) -> Iterator[tuple[Any, str, Any, Any, str]]:
    api_id, op, scheme = request.param
    handlers = recording_handlers(api_id)
    secret = webhook_secrets(api(api_id))[scheme.id]
    app = package(api_id).server.create_webhook_app(handlers, secrets=webhook_secrets(api(api_id)))
    with serve(app) as url:
        yield op, url, handlers, scheme, secret


def _deliver(url: str, op: Any, scheme: Any, token: Any, request_id: str) -> httpx.Response:
    body = {"requestId": request_id, "data": []}
    body[scheme.token_pointer.lstrip("/")] = token
    return httpx.request(op.method, url + op.webhook_path, json=body, timeout=10)


def test_forged_tokens_are_rejected(jwt_server: tuple[Any, str, Any, Any, str]) -> None:
    op, url, handlers, scheme, secret = jwt_server
    cases = _forgeries(secret, scheme.algorithm, "req-42")
    assert len(cases) >= 40
    handlers.calls.clear()
    for label, token, request_id in cases:
        response = _deliver(url, op, scheme, token, request_id)
        assert response.status_code == 401, label
    assert handlers.calls == []


def test_valid_token_is_accepted_and_replays_run_once(
    jwt_server: tuple[Any, str, Any, Any, str],
) -> None:
    op, url, handlers, scheme, secret = jwt_server
    handlers.calls.clear()
    token = make_jwt(
        secret, {"requestId": "req-7", "exp": int(time.time()) + 300}, alg=scheme.algorithm
    )
    first = _deliver(url, op, scheme, token, "req-7")
    assert first.status_code == op.mock_status
    again = _deliver(url, op, scheme, token, "req-7")
    assert (again.status_code, again.content) == (first.status_code, first.content)
    expected_calls = 1 if op.dedupe_pointers else 2
    assert len(handlers.calls) == expected_calls


def test_concurrent_replays_run_once(jwt_server: tuple[Any, str, Any, Any, str]) -> None:
    op, url, handlers, scheme, secret = jwt_server
    handlers.calls.clear()
    token = make_jwt(
        secret, {"requestId": "req-9", "exp": int(time.time()) + 300}, alg=scheme.algorithm
    )

    async def burst() -> list[int]:
        async with httpx.AsyncClient(timeout=10) as http:
            body = {"requestId": "req-9", "data": [], scheme.token_pointer.lstrip("/"): token}
            responses = await asyncio.gather(
                *(http.post(url + op.webhook_path, json=body) for _ in range(20))
            )
        return [r.status_code for r in responses]

    assert set(asyncio.run(burst())) == {op.mock_status}
    # With a documented delivery key the burst is one delivery; without one, twenty.
    assert len(handlers.calls) == (1 if op.dedupe_pointers else 20)
