"""Date and date-time parameters, without HTTP: the client's type hints (`datetime` / `date`
besides the text, in lists too, never for the servers) and the one conversion to wire text
(`wire_dates`) with the pointers of the datetimes given, which the check's messages rely on.
Over HTTP against a mock: tests/functional/test_date_params.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from vendorgen.runtime._params import rfc3339, wire_dates
from vendorgen.type_hints import type_hint

DATA: dict[str, Any] = {
    "components": {"schemas": {"Day": {"type": "string", "format": "date"}}},
}


@pytest.mark.parametrize(
    ("schema", "client", "server"),
    [
        ({"type": "string", "format": "date-time"}, "dt.datetime | str", "str"),
        ({"type": "string", "format": "date"}, "dt.date | str", "str"),
        ({"type": ["string", "null"], "format": "date"}, "dt.date | str", "str"),
        ({"$ref": "#/components/schemas/Day"}, "dt.date | str", "str"),
        (
            {"type": "array", "items": {"$ref": "#/components/schemas/Day"}},
            "SequenceNotStr[dt.date | str]",
            "list[str]",
        ),
        ({"type": "string", "format": "time"}, "str", "str"),
        (
            {"type": "string", "format": "date", "enum": ["2026-01-01"]},
            'typing.Literal["2026-01-01"]',
            'typing.Literal["2026-01-01"]',
        ),
    ],
)
def test_type_hints(schema: dict[str, Any], client: str, server: str) -> None:
    assert type_hint(DATA, schema, dates=True, sequences=True) == client
    assert type_hint(DATA, schema, models=False) == server


def test_rfc3339_writes_utc_as_z_and_refuses_naive() -> None:
    assert rfc3339(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)) == "2026-01-02T03:04:05Z"
    minus = dt.timezone(-dt.timedelta(hours=3, minutes=30))
    assert rfc3339(dt.datetime(2026, 1, 2, 3, 4, tzinfo=minus)) == "2026-01-02T03:04:00-03:30"
    with pytest.raises(ValueError, match="naive"):
        rfc3339(dt.datetime(2026, 1, 2))


def test_wire_dates_converts_once_and_points_at_each_datetime() -> None:
    aware = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    wire, datetimes = wire_dates(
        {
            "query": {"a/b": aware, "days": (dt.date(2026, 1, 1), "x", None), "n": 3},
            "header": {"X-When": {"at": dt.datetime(2026, 1, 2)}},
            "path": None,
        }
    )
    assert wire == {
        "query": {"a/b": "2026-01-02T03:04:00Z", "days": ["2026-01-01", "x", None], "n": 3},
        "header": {"X-When": {"at": "2026-01-02T00:00:00"}},
        "path": {},
    }
    assert datetimes == {"/parameters/query/a~1b": "aware", "/parameters/header/X-When/at": "naive"}
