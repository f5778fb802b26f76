"""Array arguments take any sequence but a str (`SequenceNotStr`), against the generated mocks
over real HTTP on 127.0.0.1, sync and async: a tuple (or a deque) is sent exactly as the same
list — query and path parameters of tests/cases/routing (`items_api`), a body-field keyword and a
JSON list body of aska, form and multipart fields of tests/cases/media — and a bare str where an
array is due is refused with nothing sent."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from tests.conftest import GENERATED, package
from tests.functional.conftest import ROUTING_CASE
from tests.helpers import api, auth_kwargs
from tests.servers import serve

MEDIA_CASE = ROUTING_CASE.parents[2] / "media" / "expected" / "media"

SYNC_ASYNC = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


class _Recording:
    """The mock app, keeping each request as (raw path, query string, body) and its status."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests: list[tuple[str, str, bytes]] = []
        self.statuses: list[int] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        messages = []
        while True:
            message = await receive()
            messages.append(message)
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        self.requests.append((scope["raw_path"].decode(), scope["query_string"].decode(), body))

        async def replay() -> Any:
            return messages.pop(0) if messages else await receive()

        async def recorded(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.statuses.append(message["status"])
            await send(message)

        await self.app(scope, replay, recorded)


@pytest.fixture(scope="module")
def items_mock(items: ModuleType) -> Iterator[tuple[str, _Recording]]:
    recording = _Recording(importlib.import_module("items_api.server").create_mock_app())
    with serve(recording) as base:
        yield base, recording


@pytest.fixture(scope="module")
def aska_mock() -> Iterator[tuple[str, _Recording]]:
    recording = _Recording(package("aska").server.create_mock_app())
    with serve(recording) as base:
        yield base, recording


@pytest.fixture(scope="module")
def media() -> ModuleType:
    """The media case's generated package (`media_api`), imported from its goldens."""
    sys.path.insert(0, str(MEDIA_CASE))
    try:
        return importlib.import_module("media_api")
    finally:
        sys.path.remove(str(MEDIA_CASE))


@pytest.fixture(scope="module")
def media_mock(media: ModuleType) -> Iterator[tuple[str, _Recording]]:
    recording = _Recording(importlib.import_module("media_api.server").create_mock_app())
    with serve(recording) as base:
        yield base, recording


def _call(client_class: Any, url: str, method: str, is_async: bool, **kwargs: Any) -> None:
    options = {"base_url": url, "rate_limiter": False, **kwargs.pop("_auth", {})}
    if not is_async:
        with client_class(**options) as client:
            getattr(client, method)(**kwargs)
        return

    async def run() -> None:
        async with client_class(**options) as client:
            await getattr(client, method)(**kwargs)

    asyncio.run(run())


def _sent(
    mock: tuple[str, _Recording], client_class: Any, method: str, is_async: bool, **kwargs: Any
) -> tuple[str, str, bytes]:
    """The request the mock received, after it answered 2xx (its own checks passed)."""
    url, recording = mock
    before = len(recording.requests)
    _call(client_class, url, method, is_async, **kwargs)
    assert len(recording.requests) == before + 1
    assert 200 <= recording.statuses[-1] < 300, recording.statuses[-1]
    return recording.requests[-1]


def _same_as_list(
    mock: tuple[str, _Recording], client_class: Any, method: str, is_async: bool, **kwargs: Any
) -> tuple[str, str, bytes]:
    """The request sent with each sequence argument as given, checked equal to the request
    sent with them as lists (and not empty: the arguments did reach the wire)."""
    as_lists = {
        k: list(v) if isinstance(v, tuple | collections.deque) else v for k, v in kwargs.items()
    }
    given = _sent(mock, client_class, method, is_async, **kwargs)
    assert given == _sent(mock, client_class, method, is_async, **as_lists)
    return given


def _aska(**kwargs: Any) -> dict[str, Any]:
    return {"_auth": auth_kwargs(api("aska")), **kwargs}


@SYNC_ASYNC
def test_query_arrays_take_tuples_and_deques(
    items: ModuleType, items_mock: tuple[str, _Recording], is_async: bool
) -> None:
    """pipeDelimited and form (not exploded); an array of dates, its items written as text."""
    client_class = items.AsyncItemsClient if is_async else items.ItemsClient
    codes, ids = ("a", "b c"), collections.deque([1, 2])
    _, query, _ = _same_as_list(
        items_mock, client_class, "query_styles", is_async, codes=codes, ids=ids
    )
    assert query == "codes=a%7Cb%20c&ids=1,2"
    days = (dt.date(2026, 3, 4), "2026-05-06")
    _, query, _ = _same_as_list(items_mock, client_class, "list_changes", is_async, days=days)
    assert query == "days=2026-03-04&days=2026-05-06"


@SYNC_ASYNC
@pytest.mark.parametrize("method", ["label_array", "simple_array"])
def test_path_arrays_take_tuples(
    items: ModuleType, items_mock: tuple[str, _Recording], is_async: bool, method: str
) -> None:
    client_class = items.AsyncItemsClient if is_async else items.ItemsClient
    path, _, _ = _same_as_list(items_mock, client_class, method, is_async, ids=(3, 4))
    assert path.endswith(".3.4" if method == "label_array" else "/3,4"), path


@SYNC_ASYNC
def test_body_field_arrays_take_tuples(aska_mock: tuple[str, _Recording], is_async: bool) -> None:
    aska = package("aska")
    client_class = aska.AsyncAskaClient if is_async else aska.AskaClient
    _, _, body = _same_as_list(
        aska_mock, client_class, "mark_unavailable", is_async, **_aska(stock_ids=("T1", "T2"))
    )
    assert body == b'{"stockIds":["T1","T2"]}'
    stones = (aska.models.Stone(ref_stock_id="S1"), {"refStockId": "S2"})
    _, _, body = _same_as_list(
        aska_mock, client_class, "insert_stock", is_async, **_aska(stones=stones)
    )
    assert body == b'{"stones":[{"refStockId":"S1"},{"refStockId":"S2"}]}'


@SYNC_ASYNC
def test_a_json_list_body_takes_a_tuple(aska_mock: tuple[str, _Recording], is_async: bool) -> None:
    aska = package("aska")
    client_class = aska.AsyncAskaClient if is_async else aska.AskaClient
    stones = (aska.models.DiamondStock(), {})
    _, _, body = _same_as_list(
        aska_mock, client_class, "upload_stock", is_async, **_aska(body=stones)
    )
    assert body == b"[{},{}]"


@SYNC_ASYNC
def test_form_and_multipart_arrays_take_tuples(
    media: ModuleType, media_mock: tuple[str, _Recording], is_async: bool
) -> None:
    """An exploded form field, a form field joined by its encoding object, multipart text parts
    and files: each part as for the list (the multipart boundary aside, new on each call)."""
    client_class = media.AsyncMediaClient if is_async else media.MediaClient
    auth = {"_auth": {"key": "k"}}
    form = {"name": "n", "count": 1, "tags": ("a", "b c"), "codes": (1, 2)}
    _, _, body = _same_as_list(media_mock, client_class, "submit_form", is_async, **auth, **form)
    assert body == b"name=n&count=1&tags=a&tags=b+c&codes=1%2C2"
    file = importlib.import_module("media_api._files").File
    extras = (file(b"1", filename="a.bin"), file(b"2", filename="b.bin"))
    parts = {"title": "t", "file": file(b"x"), "labels": ("x", "y"), "extras": extras}
    url, recording = media_mock
    sent = []
    for given in (parts, {**parts, "labels": list(parts["labels"]), "extras": list(extras)}):
        _call(client_class, url, "upload_document", is_async, **auth, **given)
        assert 200 <= recording.statuses[-1] < 300, recording.statuses[-1]
        body = recording.requests[-1][2]
        sent.append(body.replace(body.split(b"\r\n", 1)[0], b"--B"))
    assert sent[0] == sent[1]
    assert sent[0].count(b'name="labels"') == 2 and sent[0].count(b'name="extras"') == 2


def _nothing_sent(mock: tuple[str, _Recording], expected: type[Exception], call: Any) -> Any:
    url, recording = mock
    before = len(recording.requests)
    with pytest.raises(expected) as raised:
        call(url)
    assert len(recording.requests) == before  # nothing sent
    return raised.value


@SYNC_ASYNC
@pytest.mark.parametrize("text", ["ab", b"ab"], ids=["str", "bytes"])
def test_a_bare_str_for_a_parameter_array_is_refused(
    items: ModuleType, items_mock: tuple[str, _Recording], is_async: bool, text: Any
) -> None:
    """Not sent as `codes=ab`, nor split into its characters: the spec's check refuses it."""
    client_class = items.AsyncItemsClient if is_async else items.ItemsClient
    error = _nothing_sent(
        items_mock,
        items.errors.RequestValidationError,
        lambda url: _call(client_class, url, "query_styles", is_async, codes=text),
    )
    assert error.problems == (
        '/parameters/query/codes: must satisfy type "array"; a str (or bytes) is one value, not '
        "an array: pass a list or a tuple of its items",
    )


@SYNC_ASYNC
def test_a_bare_str_for_a_body_field_array_is_refused(
    aska_mock: tuple[str, _Recording], is_async: bool
) -> None:
    """A body is validated by its model first, as any wrong body field is: pydantic names the
    model and the field."""
    aska = package("aska")
    client_class = aska.AsyncAskaClient if is_async else aska.AskaClient
    error = _nothing_sent(
        aska_mock,
        pydantic.ValidationError,
        lambda url: _call(client_class, url, "mark_unavailable", is_async, **_aska(stock_ids="T1")),
    )
    assert error.title == "MarkUnavailableRequest"
    assert [(e["loc"], e["type"]) for e in error.errors()] == [(("stock_ids",), "list_type")]


CALLER = """\
import collections
import datetime

from aska_api import AskaClient, AsyncAskaClient, models
from items_api import ItemsClient


def call(aska: AskaClient, items: ItemsClient) -> None:
    stones: list[models.Stone] = [models.Stone(ref_stock_id="S1")]
    aska.insert_stock(stones=stones)
    aska.mark_unavailable(stock_ids=("a", "b"))
    stock: list[models.DiamondStock] = [models.DiamondStock()]
    aska.upload_stock(body=stock)
    aska.upload_stock(body=tuple(stock))
    days: list[datetime.date] = [datetime.date(2026, 1, 2)]
    items.list_changes(days=days)
    items.query_styles(codes=("a", "b"), ids=collections.deque([1, 2]))
    items.label_array(ids=range(3))
    aska.mark_unavailable(stock_ids="abc")
    items.query_styles(codes="abc")


async def call_async(aska: AsyncAskaClient) -> None:
    stones: list[models.Stone] = [models.Stone(ref_stock_id="S1")]
    await aska.insert_stock(stones=stones)
    await aska.mark_unavailable(stock_ids=b"abc")
"""


def test_mypy_takes_any_sequence_but_a_str(tmp_path: Path) -> None:
    """What an integrator writes first type-checks under --strict: a `list[Stone]` for a
    `Stone | dict` array, a tuple, a deque, a range, a `list[date]`; a bare str or bytes not."""
    script = tmp_path / "caller.py"
    script.write_text(CALLER, encoding="utf-8")
    path = os.pathsep.join([str(GENERATED / "aska"), str(ROUTING_CASE)])
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(script)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": path, "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    lines = result.stdout.splitlines()
    errors = [line for line in lines if line.startswith(f"{script}:") and ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["19", "20", "26"], result.stdout
    assert 'Argument "stock_ids" to "mark_unavailable"' in errors[0]
    assert 'Argument "codes" to "query_styles"' in errors[1]
    assert '"bytes"' in errors[2]
