"""A URL's user name and password in the client (runtime/_userinfo.py): a base_url holding them
is refused when a session or client is built, naming neither; a URL that arrives from a vendor
has them masked in error texts and in httpx's and httpcore's log records."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from vendorgen.runtime import errors
from vendorgen.runtime._auth import Credentials
from vendorgen.runtime._redact import mask_userinfo_in_logs, redact_query_params
from vendorgen.runtime._runtime import AsyncSession, SyncSession
from vendorgen.runtime._userinfo import MASK, has_userinfo, mask_userinfo

from tests.conftest import API_IDS, package
from tests.helpers import api

USER, SECRET = "alice-Xu7", "hunter2-Kq9"

HOLDING = [
    f"https://{USER}:{SECRET}@api.example/v1",
    f"https://{USER}@api.example",
    f"https://:{SECRET}@api.example",
    f"http://{USER}:{SECRET}@127.0.0.1:8000/",
    f"//{USER}:{SECRET}@api.example/v1",
    f"https://{USER}:p@{SECRET}@api.example/",  # a raw `@` in the password: the last one ends it
    f"https://api.example/?next=https://{USER}:{SECRET}@other.example/",
]
CLEAN = [
    "https://api.example/v1",
    "https://api.example/users/@me",
    "https://api.example/v1?contact=a@b.example",
    "https://api.example/v1#a@b",
    "http://127.0.0.1:8000",
    "/v1",
]


@pytest.mark.parametrize("url", HOLDING)
def test_a_url_with_userinfo_is_found_and_masked_whole(url: str) -> None:
    assert has_userinfo(url)
    masked = mask_userinfo(url)
    assert SECRET not in masked and USER not in masked
    assert f"//{MASK}@" in masked


@pytest.mark.parametrize("url", CLEAN)
def test_an_at_sign_outside_the_authority_is_left_alone(url: str) -> None:
    assert not has_userinfo(url)
    assert mask_userinfo(url) == url


def test_every_url_of_a_text_is_masked() -> None:
    text = f"moved: http://{USER}:{SECRET}@a.example/x\nsee https://b.example/y and //u:{SECRET}@c/"
    masked = mask_userinfo(text)
    assert SECRET not in masked and USER not in masked
    assert "https://b.example/y" in masked and masked.count(MASK) == 2


def _no_transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("session", [SyncSession, AsyncSession])
@pytest.mark.parametrize("url", HOLDING)
def test_a_session_refuses_a_base_url_with_userinfo(session: Any, url: str) -> None:
    with pytest.raises(ValueError, match="base_url holds a user name or password") as caught:
        session(base_url=url, credentials=Credentials([], {}))
    assert SECRET not in str(caught.value) and USER not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api_id", API_IDS)
def test_every_generated_client_refuses_a_base_url_with_userinfo(
    api_id: str, is_async: bool
) -> None:
    a = api(api_id)
    cls = getattr(package(api_id), a.async_client_class if is_async else a.client_class)
    with pytest.raises(ValueError, match="base_url holds a user name or password") as caught:
        cls(base_url=HOLDING[0], transport=_no_transport())
    assert SECRET not in str(caught.value) and USER not in str(caught.value)


@pytest.mark.parametrize("session", [SyncSession, AsyncSession])
def test_a_clean_base_url_is_kept_and_shown(session: Any) -> None:
    built = session(base_url="https://api.example/v1", credentials=Credentials([], {}))
    assert "https://api.example/v1" in repr(built)
    close = built.close()
    if asyncio.iscoroutine(close):
        asyncio.run(close)


def _logged(logger: str, msg: str, *args: object) -> logging.LogRecord:
    record = logging.LogRecord(logger, logging.DEBUG, __file__, 1, msg, args, None)
    assert logging.getLogger(logger).filter(record)  # the logger's filters, as a log call runs them
    return record


def test_httpx_records_show_no_userinfo_and_no_query_key() -> None:
    redact_query_params({"api_key"})
    url = httpx.URL(f"https://{USER}:{SECRET}@api.example/x?api_key=k-{SECRET}&page=2")
    record = _logged("httpx", 'HTTP Request: %s %s "%s %d %s"', "GET", url, "HTTP/1.1", 200, "OK")
    shown = record.getMessage()
    assert SECRET not in shown and USER not in shown
    assert f"https://{MASK}@api.example/x?api_key=" in shown and "&page=2" in shown


@pytest.mark.parametrize("logger", ["httpcore.http11", "httpcore.http2", "httpcore.connection"])
def test_httpcore_traces_of_response_headers_show_no_userinfo(logger: str) -> None:
    """httpcore formats its DEBUG trace itself: a vendor's Location is in the message text."""
    mask_userinfo_in_logs()
    headers = [(b"location", f"http://{USER}:{SECRET}@127.0.0.1:1/next".encode())]
    trace = f"receive_response_headers.complete return_value={(b'HTTP/1.1', 302, headers)!r}"
    shown = _logged(logger, trace).getMessage()
    assert SECRET not in shown and USER not in shown
    assert f"http://{MASK}@127.0.0.1:1/next" in shown


def test_an_api_error_masks_userinfo_in_its_text_and_messages() -> None:
    link = f"https://{USER}:{SECRET}@vendor.example/login"
    error = errors.UnexpectedStatusError(
        operation="op",
        status=302,
        body=None,
        text=f'<a href="{link}">moved</a>' + "x" * 3000,
        request_id=None,
        messages=(f"log in at {link}",),
    )
    rate = errors.RateLimitedError(
        retry_after=None, operation="op", status=429, body=None, text=link, request_id=None
    )
    for shown in (
        str(error),
        repr(error),
        error.text,
        *error.messages,
        rate.text,
        repr(vars(rate)),
    ):
        assert SECRET not in shown and USER not in shown
    assert f"https://{MASK}@vendor.example/login" in error.text


@pytest.mark.parametrize(
    "make",
    [
        lambda text: errors.InvalidResponseError(
            "op: bad body", operation="op", status=200, text=text
        ),
        lambda text: errors.VendorFailureError(
            "op: failed", operation="op", status=200, body=None, text=text
        ),
    ],
    ids=["invalid-response", "vendor-failure"],
)
def test_other_errors_with_vendor_text_mask_it(make: Any) -> None:
    error = make(f"next: https://{USER}:{SECRET}@vendor.example/p2")
    assert SECRET not in error.text and USER not in error.text
