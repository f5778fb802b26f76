"""Vendors that are slow, huge or broken: the call's deadline bounds reading the body, the
decoded body is bounded (gzip bombs included), error bodies are read only as far as they are
kept, and every error crosses a process boundary (pickle)."""

from __future__ import annotations

import asyncio
import inspect
import pickle
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.client.fakes import invoke, ops_by_method
from tests.conftest import API_IDS, package
from tests.helpers import api, auth_kwargs
from tests.servers import serve

API_ID = "graas"  # the runtime is the same file in every package; one API drives the socket


def _get_op(api_id: str = API_ID) -> Any:
    return ops_by_method(api_id)["GET"]


def _client(base_url: str, *, is_async: bool = False, **options: Any) -> Any:
    a = api(API_ID)
    cls = getattr(package(API_ID), a.async_client_class if is_async else a.client_class)
    return cls(base_url=base_url, rate_limiter=False, **auth_kwargs(a), **options)


def _run(client: Any, op: Any, is_async: bool) -> Any:
    result = invoke(API_ID, client, op, is_async=is_async)
    if is_async:
        asyncio.run(client.aclose())
    else:
        client.close()
    return result


def _streaming_app(status: int, chunks: Any, headers: list[tuple[bytes, bytes]]) -> Any:
    """An ASGI app answering every request with `chunks()` (an async iterator of bytes),
    stopping as soon as the client goes away."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch())
        await send({"type": "http.response.start", "status": status, "headers": headers})
        async for chunk in chunks():
            if gone.is_set():
                break
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if not gone.is_set():
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        watcher.cancel()

    return app


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_deadline_bounds_a_drip_fed_body(is_async: bool) -> None:
    """A valid body sent one byte every 50 ms (about 10 s in all) against a 0.5 s deadline: the
    call fails with a timeout instead of succeeding when the vendor is done."""
    op = _get_op()
    body = b" " * 200 + op.mock_body.encode()

    async def drip() -> Any:
        for i in range(len(body)):
            yield body[i : i + 1]
            await asyncio.sleep(0.05)

    app = _streaming_app(op.mock_status, drip, [(b"content-type", b"application/json")])
    errors = package(API_ID).errors
    retry = package(API_ID)._retry.RetryPolicy(deadline=0.5)
    with serve(app) as base_url, pytest.raises(errors.TimeoutError):
        _run(_client(base_url, is_async=is_async, retry=retry), op, is_async)


def test_gzip_bomb_is_refused_at_the_decoded_limit() -> None:
    """200 MiB of zeros gzipped (about 200 KiB on the wire), built while it is sent."""

    async def bomb() -> Any:
        gzip = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(1024 * 1024)
        for _ in range(200):
            yield gzip.compress(zeros)
        yield gzip.flush()

    headers = [(b"content-type", b"application/json"), (b"content-encoding", b"gzip")]
    op = _get_op()
    errors = package(API_ID).errors
    app = _streaming_app(op.mock_status, bomb, headers)
    with serve(app) as base_url, pytest.raises(errors.ResponseTooLargeError) as caught:
        _run(_client(base_url), op, False)
    assert caught.value.limit == 32 * 1024 * 1024


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_body_over_max_response_bytes_is_refused(is_async: bool) -> None:
    op = _get_op()
    body = b" " * 5000 + op.mock_body.encode()
    errors = package(API_ID).errors

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(op.mock_status, content=body)

    def client(limit: int) -> Any:
        transport = httpx.MockTransport(handler)
        return _client(
            "https://vendor.test", is_async=is_async, transport=transport, max_response_bytes=limit
        )

    assert _run(client(len(body)), op, is_async) is not None
    with pytest.raises(errors.ResponseTooLargeError):
        _run(client(len(body) - 1), op, is_async)


class _Endless(httpx.SyncByteStream):
    """100 MiB of an error body, produced lazily; counts how much was pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"message": "' + b"x" * 65536
        for _ in range(1600):
            self.pulled += 65536
            yield b"x" * 65536


def test_error_body_is_read_only_as_far_as_it_is_kept() -> None:
    op = _get_op()
    stream = _Endless()
    errors = package(API_ID).errors

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, stream=stream)

    retry = package(API_ID)._retry.RetryPolicy(max_retries=0)
    client = _client("https://vendor.test", transport=httpx.MockTransport(handler), retry=retry)
    with pytest.raises(errors.ServerError) as caught:
        _run(client, op, False)
    assert len(caught.value.text) == 2000
    assert stream.pulled <= 128 * 1024, stream.pulled


def _error_classes(api_id: str) -> list[type[BaseException]]:
    errors = package(api_id).errors
    return [getattr(errors, name) for name in errors.__all__]


def _instance(cls: type[BaseException], body: Any) -> BaseException:
    """An instance of `cls` with every constructor field set to a distinctive value."""
    values = {
        "message": "m-" + cls.__name__,
        "operation": "op",
        "status": 418,
        "body": body,
        "text": "vendor text",
        "request_id": "rid-1",
        "messages": ("a", "b"),
        "retry_after": 7.5,
        "limit": 99,
        "raw": b"raw body",
        "problems": ("/a: problem",),
        "pages": 3,
        "alternatives": (("a",), ("b", "c")),
    }
    params = _params(cls)
    args = [values[p] for p in params if p == "message"]
    kwargs = {p: values[p] for p in params if p != "message"}
    return cls(*args, **kwargs)


def _params(cls: type[BaseException]) -> list[str]:
    """The constructor's parameters, following `**kwargs` up to the parent's constructor."""
    names: list[str] = []
    for klass in cls.__mro__:
        if "__init__" not in vars(klass):
            continue
        params = inspect.signature(klass.__init__).parameters.values()
        names += [
            p.name
            for p in params
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
            and p.name != "self"
            and p.name not in names
        ]
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            return names
    return names


@pytest.mark.parametrize("api_id", API_IDS)
def test_every_error_class_survives_pickle(api_id: str) -> None:
    errors = package(api_id).errors
    classes = _error_classes(api_id)
    assert len(classes) >= 15
    body = next(
        (
            m.model_construct()
            for m in vars(package(api_id).models).values()
            if isinstance(m, type)
            and m.__module__.endswith("models")
            and hasattr(m, "model_fields")
            and not m.model_fields
        ),
        None,
    )
    for cls in classes:
        error = _instance(cls, body)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is cls
        assert str(copy) == str(error)
        assert vars(copy) == vars(error), cls.__name__
        assert isinstance(copy, errors.ClientError)


def test_a_2xx_declared_a_failure_raises_vendor_failure_error() -> None:
    """graas get_authorization_url: a 200 whose body says `"status": "failure"` (x-failure-when)
    raises VendorFailureError carrying the body; `"status": "success"` returns the model."""
    op = next(o for o in api("graas").operations if o.py_name == "get_authorization_url")
    answer: dict[str, Any] = {"status": "failure", "url": ""}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    errors = package("graas").errors
    client = _graas_client(handler)
    with pytest.raises(errors.VendorFailureError) as caught:
        invoke("graas", client, op)
    assert caught.value.status == 200 and caught.value.body == answer
    answer["status"] = "success"
    answer["url"] = "https://signup.example/"
    assert invoke("graas", client, op) is not None


@pytest.mark.parametrize(
    "op_name", ["update_quantities", "update_product_master", "get_orders", "create_asn"]
)
def test_a_2xx_with_the_error_body_raises_vendor_failure_error(op_name: str) -> None:
    """graas: a 200 carrying the documented error body (`{"errorMessage": ...}`, x-failure-when
    /errorMessage) is a failure, not an empty success (the documented success examples still
    parse: tests/contract/test_client_against_mock.py)."""
    op = next(o for o in api("graas").operations if o.py_name == op_name)
    answer = {"errorMessage": "Record Not Found"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    errors = package("graas").errors
    with pytest.raises(errors.VendorFailureError) as caught:
        invoke("graas", _graas_client(handler), op)
    assert caught.value.status == 200 and caught.value.body == answer


def _graas_client(handler: Any) -> Any:
    transport = httpx.MockTransport(handler)
    return _client("https://vendor.test", transport=transport)


@pytest.mark.parametrize("op_name", ["create_seller_order", "add_new_order"])
def test_avasam_order_refused_inside_a_200_raises_vendor_failure_error(op_name: str) -> None:
    """avasam: `"ErrorCode": 1` in the 200 of an order creation is the documented refusal
    (x-failure-when /ErrorCode = 1, doc l.138, 669); `"ErrorCode": 0` returns the model."""
    from tests.functional.test_client_transport import _client as client_for

    op = next(o for o in api("avasam").operations if o.py_name == op_name)
    answer: dict[str, Any] = {"ErrorCode": 1, "Message": "Invalid SKU", "id": 0}
    token = {"access_token": "t", "expires_at": "2099-01-01T00:00:00Z"}

    def handler(request: httpx.Request) -> httpx.Response:
        exchange = request.url.path.endswith("request-token")
        return httpx.Response(200, json=token if exchange else answer)

    errors = package("avasam").errors
    with client_for("avasam", handler) as client:
        with pytest.raises(errors.VendorFailureError) as caught:
            invoke("avasam", client, op)
        assert caught.value.status == 200 and caught.value.body == answer
        answer["ErrorCode"] = 0
        assert invoke("avasam", client, op) is not None
