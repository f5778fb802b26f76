"""Inputs that would move or corrupt a request, and a vendor that echoes the request back:
dot-segment path values and CR/LF idempotency keys are refused at the call, credentials with
CR/LF/NUL when the client is built, and no credential survives in an error, its chain or a log
record, over a real socket on 127.0.0.1 (httpcore and h11 logging at DEBUG included)."""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

import httpx
import pytest

from tests.client.fakes import invoke, make_client
from tests.conftest import API_IDS, package
from tests.helpers import api, build, call_kwargs, request_body
from tests.servers import serve

PATH_CASES = [
    (a, op, value)
    for a in API_IDS
    for op in api(a).operations
    if any(p.location == "path" for p in op.call_params)
    for value in ("", ".", "..")
]


def _refusing_handler(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url.path}")


@pytest.mark.parametrize(
    ("api_id", "op", "value"),
    PATH_CASES,
    ids=[f"{a}-{o.py_name}-{v or 'empty'}" for a, o, v in PATH_CASES],
)
def test_dot_segment_path_values_are_refused(api_id: str, op: Any, value: str) -> None:
    param = next(p for p in op.call_params if p.location == "path")
    client = make_client(api_id, _refusing_handler)
    call = op.calls[0]
    args = []
    if call.request_model:
        model = getattr(package(api_id).models, call.request_model)
        args.append(build(model, request_body(api_id, op, call)))
    kwargs = {**call_kwargs(op), param.py_name: value}
    # "" breaks minLength where the spec sets one (RequestValidationError names the parameter)
    with pytest.raises(ValueError, match=param.name):
        getattr(client, call.py_name)(*args, **kwargs)


IDEMPOTENT = [(a, op) for a in API_IDS for op in api(a).operations if op.idempotency]


@pytest.mark.parametrize("key", ["k\r\nX-Evil: 1", "k\n", "k\x00"])
@pytest.mark.parametrize(
    ("api_id", "op"), IDEMPOTENT, ids=[f"{a}-{o.py_name}" for a, o in IDEMPOTENT]
)
def test_control_characters_in_idempotency_key_are_refused(api_id: str, op: Any, key: str) -> None:
    client = make_client(api_id, _refusing_handler)
    with pytest.raises(ValueError, match="idempotency_key"):
        invoke(api_id, client, op, idempotency_key=key)


@pytest.mark.parametrize("tail", ["\n", "\r\n", "\r", "\x00"])
@pytest.mark.parametrize("api_id", API_IDS)
def test_credentials_with_line_breaks_are_refused_at_construction(api_id: str, tail: str) -> None:
    a = api(api_id)
    for keyword, _ in a.credential_kwargs:
        secret = f"canary-refused-{keyword}{tail}"
        with pytest.raises(ValueError) as caught:
            make_client(api_id, _refusing_handler, credentials={keyword: secret})
        assert secret.strip() not in str(caught.value)
        assert "CR, LF or NUL" in str(caught.value)


def _echo_app(exchange_paths: set[str], token: str) -> Any:
    """A vendor that answers 400 with every request header echoed in its error body, and
    issues `token` on its token-exchange paths."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["path"] in exchange_paths:
            status, body = 200, {"access_token": token, "expires_at": "2999-01-01T00:00:00Z"}
        else:
            echoed = {k.decode(): v.decode() for k, v in scope["headers"]}
            status, body = 400, {"message": f"bad request {echoed}", "echo": echoed}
        payload = json.dumps(body).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


@pytest.mark.parametrize("api_id", API_IDS)
def test_echoing_vendor_over_a_socket_leaks_no_credential(
    api_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    a = api(api_id)
    credentials = {k: f"canary-echo-{api_id}-{k}-9Qx" for k, _ in a.credential_kwargs}
    token = f"canary-echo-{api_id}-token-4Lm"
    exchange_paths = {s.exchange.path for s in a.schemes if s.exchange}
    given = {
        k: v
        for k, v in credentials.items()
        if not any(s.exchange and s.py_name == k for s in a.schemes)
    }
    op = next(o for o in a.operations if not o.variants and o.security and () not in o.security)
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "h11", "uvicorn", *logging.root.manager.loggerDict):
        logging.getLogger(name).setLevel(logging.DEBUG)
    pkg = package(api_id)
    with serve(_echo_app(exchange_paths, token)) as base_url:
        cls = getattr(pkg, a.client_class)
        client = cls(base_url=base_url, rate_limiter=False, **given)
        with pytest.raises(pkg.errors.ApiError) as caught:
            invoke(api_id, client, op)
        client.close()
    assert caught.value.status == 400 and "bad request" in caught.value.text
    texts = [repr(client)]
    for exc in _chain(caught.value):
        texts += [str(exc), repr(exc), repr(vars(exc)), getattr(exc, "text", "")]
        texts.append("".join(traceback.format_exception(exc)))
        assert not any(isinstance(v, httpx.Request | httpx.Response) for v in vars(exc).values())
    texts += [f"{r.getMessage()} {r.__dict__!r}" for r in caplog.records]
    assert any(r.name.startswith("httpcore") for r in caplog.records), "httpcore did not log"
    for secret in [*given.values(), *([token] if exchange_paths else [])]:
        for text in texts:
            assert secret not in text, f"{secret!r} leaked"


@pytest.mark.parametrize("api_id", API_IDS)
def test_no_request_in_a_transport_error_chain(api_id: str) -> None:
    a = api(api_id)
    op = next(o for o in a.operations if not o.variants and o.security and () not in o.security)

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = make_client(api_id, handler)
    with pytest.raises(package(api_id).errors.ClientError) as caught:
        invoke(api_id, client, op)
    for exc in _chain(caught.value):
        request = getattr(exc, "_request", None)
        assert request is None, f"{type(exc).__name__} holds the request"
