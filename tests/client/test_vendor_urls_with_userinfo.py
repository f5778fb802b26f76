"""A vendor that sends URLs holding a user name and password back, over a real socket on
127.0.0.1: a redirect's `Location` (never followed), a next-page `Link` header on a success,
and an error body linking to one. The secret is in no exception text, repr, `__cause__` /
`__context__` chain, nor any log record (httpx, httpcore and h11 at DEBUG)."""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from typing import Any

import pytest

from tests.client.fakes import invoke
from tests.conftest import API_IDS, package
from tests.helpers import api
from tests.servers import serve

USER, SECRET = "vendor-user-J4p", "vendor-pass-Wn2"
_CANARIES = (USER, SECRET)


def _url(base_url: str, path: str) -> str:
    return base_url.replace("http://", f"http://{USER}:{SECRET}@") + path


def _vendor(kind: str, success: bytes) -> Any:
    """An ASGI app answering every request the `kind` way, each link holding the userinfo."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        host = next(v.decode() for k, v in scope["headers"] if k == b"host")
        link = _url(f"http://{host}", "/next?page=2")
        headers = [(b"content-type", b"application/json")]
        if kind == "redirect":
            status, body = 302, json.dumps({"message": f"moved to {link}"}).encode()
            headers.append((b"location", link.encode()))
        elif kind == "next-link":
            status, body = 200, success
            headers.append((b"link", f'<{link}>; rel="next"'.encode()))
        else:
            status = 400
            body = json.dumps({"message": f"log in at {link}", "error": link}).encode()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def _chain(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _operation(api_id: str) -> Any:
    return next(
        o
        for o in api(api_id).operations
        if not o.variants and o.mock_status == 200 and o.mock_body != "null"
    )


def _call(api_id: str, base_url: str, is_async: bool) -> tuple[Any, BaseException | None, str]:
    """(result, raised error, repr of the client) of one call of the operation."""
    a, pkg = api(api_id), package(api_id)
    cls = getattr(pkg, a.async_client_class if is_async else a.client_class)
    credentials = {k: f"own-{k}" for k, _ in a.credential_kwargs}
    client = cls(base_url=base_url, rate_limiter=False, **credentials)
    shown = repr(client)
    result: Any = None
    error: BaseException | None = None
    try:
        if is_async:

            async def run() -> Any:
                try:
                    return await invoke(api_id, client, _operation(api_id))
                finally:
                    await client.aclose()

            result = asyncio.run(run())
        else:
            try:
                result = invoke(api_id, client, _operation(api_id))
            finally:
                client.close()
    except pkg.errors.ClientError as exc:
        error = exc
    return result, error, shown


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["redirect", "next-link", "error-body"])
@pytest.mark.parametrize("api_id", API_IDS)
def test_vendor_urls_with_userinfo_leak_nowhere(
    api_id: str, kind: str, is_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "h11", *logging.root.manager.loggerDict):
        logging.getLogger(name).setLevel(logging.DEBUG)
    success = _operation(api_id).mock_body.encode()
    with serve(_vendor(kind, success)) as base_url:
        result, error, client_repr = _call(api_id, base_url, is_async)
    if kind == "next-link":
        assert error is None, error  # a success: the Link header is never followed
    else:
        assert error is not None and getattr(error, "status", None) == (
            302 if kind == "redirect" else 400
        )
    texts = [client_repr, repr(result)]
    for exc in _chain(error):
        texts += [str(exc), repr(exc), repr(vars(exc)), "".join(traceback.format_exception(exc))]
    records = [f"{r.getMessage()} {r.__dict__!r}" for r in caplog.records]
    assert any(r.name.startswith("httpcore") for r in caplog.records), "httpcore did not log"
    for text in texts + records:
        for canary in _CANARIES:
            assert canary not in text, f"{canary!r} leaked: {text[:300]}"
    if kind != "error-body":  # the header reached httpcore's trace, masked
        assert any("//**********@127.0.0.1" in r for r in records)
