"""Date and date-time parameters of tests/cases/routing (items.yaml, `list_changes`) against the
generated mock over real HTTP on 127.0.0.1, sync and async: the client takes a `datetime` or a
`date` as well as the text, writes it as RFC 3339 (a zero offset as `Z`, a date as YYYY-MM-DD)
before the spec's check, and the mock accepts that text. A naive datetime, and a datetime where a
date is due, are refused with nothing sent; mypy refuses a value of another type."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.conftest import ROOT
from tests.servers import serve

CASE = ROOT / "tests" / "cases" / "routing" / "expected" / "items"
SYNC_ASYNC = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
UTC = dt.UTC
PLUS_2 = dt.timezone(dt.timedelta(hours=2))


class _Recording:
    """The mock app, keeping each request's raw query string and the status it answered."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.queries: list[str] = []
        self.statuses: list[int] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.queries.append(scope["query_string"].decode())

        async def recorded(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.statuses.append(message["status"])
            await send(message)

        await self.app(scope, receive, recorded)


@pytest.fixture(scope="module")
def mock(items: ModuleType) -> Iterator[tuple[str, _Recording]]:
    server = importlib.import_module("items_api.server")
    recording = _Recording(server.create_mock_app())
    with serve(recording) as base:
        yield base, recording


def _call(items: ModuleType, url: str, is_async: bool, **params: Any) -> None:
    if not is_async:
        with items.ItemsClient(base_url=url, rate_limiter=False) as client:
            client.list_changes(**params)
        return

    async def run() -> None:
        async with items.AsyncItemsClient(base_url=url, rate_limiter=False) as client:
            await client.list_changes(**params)

    asyncio.run(run())


def _sent(items: ModuleType, mock: tuple[str, _Recording], is_async: bool, **params: Any) -> Any:
    """The query pairs the mock received (decoded), after it answered 204 (its check passed)."""
    url, recording = mock
    before = len(recording.queries)
    _call(items, url, is_async, **params)
    assert len(recording.queries) == before + 1 and recording.statuses[-1] == 204
    return parse_qsl(recording.queries[-1], keep_blank_values=True)


@SYNC_ASYNC
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(2026, 12, 7, 9, 30, tzinfo=PLUS_2), "2026-12-07T09:30:00+02:00"),
        (dt.datetime(2026, 12, 7, 9, 30, 1, 250000, tzinfo=UTC), "2026-12-07T09:30:01.250Z"),
        (  # an offset RFC 3339 cannot write (seconds): the same instant in UTC
            dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(seconds=1172))),
            "2026-12-07T09:10:28Z",
        ),
        (dt.datetime(2026, 12, 7, 9, 30, 0, 7, tzinfo=UTC), "2026-12-07T09:30:00.000007Z"),
        ("2026-12-07T09:30:00-05:00", "2026-12-07T09:30:00-05:00"),  # text: sent as given
    ],
    ids=["offset", "utc-milliseconds", "seconds-offset", "utc-microseconds", "text"],
)
def test_a_date_time_is_sent_as_rfc3339(
    items: ModuleType, mock: tuple[str, _Recording], is_async: bool, value: Any, text: str
) -> None:
    assert _sent(items, mock, is_async, since=value) == [("since", text)]


@SYNC_ASYNC
def test_dates_and_lists_of_dates_are_sent_as_full_dates(
    items: ModuleType, mock: tuple[str, _Recording], is_async: bool
) -> None:
    sent = _sent(
        items, mock, is_async, day=dt.date(2026, 1, 2), days=[dt.date(2026, 3, 4), "2026-05-06"]
    )
    assert sent == [("day", "2026-01-02"), ("days", "2026-03-04"), ("days", "2026-05-06")]
    assert _sent(items, mock, is_async, day="2026-12-31") == [("day", "2026-12-31")]


def _refused(items: ModuleType, mock: tuple[str, _Recording], is_async: bool, **params: Any) -> Any:
    """The problems of a call refused before anything was sent."""
    url, recording = mock
    before = len(recording.queries)
    with pytest.raises(items.errors.RequestValidationError) as raised:
        _call(items, url, is_async, **params)
    assert len(recording.queries) == before  # nothing sent
    return raised.value.problems


@SYNC_ASYNC
def test_a_naive_datetime_is_refused_and_nothing_sent(
    items: ModuleType, mock: tuple[str, _Recording], is_async: bool
) -> None:
    problems = _refused(items, mock, is_async, since=dt.datetime(2026, 12, 7, 9, 30))
    assert problems == (
        "/parameters/query/since: a datetime without a timezone is not RFC 3339 (it names no "
        "instant); give it one, e.g. datetime.timezone.utc",
    )


@SYNC_ASYNC
def test_a_datetime_where_a_date_is_due_is_refused(
    items: ModuleType, mock: tuple[str, _Recording], is_async: bool
) -> None:
    """Taking its date silently could name another day than meant (the offset decides it)."""
    aware = dt.datetime(2026, 12, 7, 23, 30, tzinfo=UTC)
    problems = _refused(
        items, mock, is_async, day=aware, days=[dt.date(2026, 1, 1), dt.datetime(2026, 1, 2)]
    )
    rule = 'must satisfy format "date"; a datetime was given: pass its .date()'
    assert problems == (f"/parameters/query/day: {rule}", f"/parameters/query/days/1: {rule}")


@SYNC_ASYNC
def test_text_is_still_checked_against_its_format(
    items: ModuleType, mock: tuple[str, _Recording], is_async: bool
) -> None:
    problems = _refused(items, mock, is_async, since="2026-12-07 09:30", day="07/12/2026")
    assert problems == (
        '/parameters/query/day: must satisfy format "date"',
        '/parameters/query/since: must satisfy format "date-time"',
    )


def test_the_client_methods_take_datetimes_and_dates(items: ModuleType) -> None:
    for client in (items.ItemsClient, items.AsyncItemsClient):
        hints = client.list_changes.__annotations__
        assert hints["since"] == "dt.datetime | str | None"
        assert hints["day"] == "dt.date | str | None"
        assert hints["days"] == "SequenceNotStr[dt.date | str] | None"


def test_mypy_refuses_a_value_of_another_type(tmp_path: Path) -> None:
    script = tmp_path / "caller.py"
    script.write_text(
        "import datetime\n\n"
        "from items_api import ItemsClient\n\n\n"
        "def call(client: ItemsClient) -> None:\n"
        "    client.list_changes(since=datetime.datetime.now(datetime.UTC))\n"
        "    client.list_changes(day=datetime.date(2026, 1, 2), days=[datetime.date(2026, 1, 3)])\n"
        "    client.list_changes(since=1)\n"
        "    client.list_changes(days=[2])\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(script)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(CASE), "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if line.startswith(f"{script}:")]
    assert [line.split(":")[1] for line in errors] == ["9", "10"], result.stdout + result.stderr
    assert 'Argument "since" to "list_changes"' in errors[0]
