# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""The tolerant field types the models use: what a vendor sends is read without loss.

Models describe shape; values are checked on send against the spec (see `_validation.py`).
So the types here accept every value of the right JSON type:

- `OpenEnum[Status]` / `OpenIntEnum[Code]`: a listed value becomes the enum member (it compares
  equal to the raw value); an unlisted one is kept as the plain `str`/`int` and logged at
  WARNING once per (enum, value) — vendors add values before they document them.
- `DateTime` / `Date`: parsed when they parse (a date-time without offset too), else the raw
  string is kept. A parsed value remembers its wire text and goes back out as exactly that text;
  a value the caller builds goes out in the documents' form (`Z` for UTC, milliseconds when the
  microseconds are whole milliseconds).
- `Number`: a JSON number; a whole one goes out without `.0` (`10`, not `10.0`).

And one type the clients take: `SequenceNotStr[T]`, what a method's array argument is annotated
with (the models keep `list[...]`: they are what is read).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Protocol, SupportsIndex, TypeVar

from pydantic import PlainSerializer, TypeAdapter, WrapValidator
from pydantic_core import PydanticCustomError

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

_E = TypeVar("_E", bound=Enum)
_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """Any read-only sequence but `str` and `bytes`: what a client method takes for an array.

    `list[...]` would be invariant (a `list[Stone]` is no `list[Stone | dict]` to mypy) and would
    refuse a tuple; `Sequence[str]` would let a bare `"abc"` through, itself a sequence of str.
    `str` and `bytes` do not match this protocol because their `__contains__` takes only their
    own type, never any `object` (the trick of python/typing#256, as openai-python's
    `SequenceNotStr`). Only the methods every sequence has (no slicing, `index`, `count`: a
    `deque` or a `range` is welcome too). The client sends any of them exactly as the same list."""

    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

    def __contains__(self, value: object, /) -> bool: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[_T_co]: ...

    def __reversed__(self) -> Iterator[_T_co]: ...


_seen: set[tuple[str, object]] = set()
_seen_lock = threading.Lock()


def _warn_once(enum: type[Enum], value: object) -> None:
    """Log an unlisted enum value once per (enum, value): visible, but no flood per page."""
    key = (f"{enum.__module__}.{enum.__qualname__}", value)
    with _seen_lock:
        if key in _seen:
            return
        _seen.add(key)
    logger.warning("%s: unlisted value %r kept as it was sent", enum.__qualname__, value)


def _open_validator(enum: type[Enum], base: type) -> Any:
    members = {member.value: member for member in enum}

    def validate(value: Any) -> Any:
        if isinstance(value, enum):
            return value
        if type(value) is bool or not isinstance(value, base):
            # bool is an int in Python, never in JSON
            raise PydanticCustomError(
                "open_enum_type",
                "Input should be a valid {kind}",
                {"kind": "string" if base is str else "integer"},
            )
        if value in members:
            return members[value]
        _warn_once(enum, value)
        return base(value)

    return validate


def _open_enum(enum: type[Enum], base: type) -> Any:
    validate = _open_validator(enum, base)
    return Annotated[
        enum | base,
        WrapValidator(lambda value, _handler: validate(value)),
        PlainSerializer(lambda v: v.value if isinstance(v, Enum) else v, when_used="json"),
    ]


if TYPE_CHECKING:
    OpenEnum = Annotated[_E | str, "open enum"]
    OpenIntEnum = Annotated[_E | int, "open enum"]
else:

    class OpenEnum:
        """`OpenEnum[Status]`: the member for a listed value, the `str` itself otherwise."""

        def __class_getitem__(cls, enum: type[Enum]) -> Any:
            return _open_enum(enum, str)

    class OpenIntEnum:
        """`OpenIntEnum[Code]`: the member for a listed value, the `int` itself otherwise."""

        def __class_getitem__(cls, enum: type[Enum]) -> Any:
            return _open_enum(enum, int)


class WireDateTime(datetime):
    """A `datetime` read from the wire; `wire` is the text it came as (sent back unchanged)."""

    wire: str


class WireDate(date):
    """A `date` read from the wire; `wire` is the text it came as (sent back unchanged)."""

    wire: str


_DATETIME = TypeAdapter(datetime)
_DATE = TypeAdapter(date)


def _read_datetime(value: Any, _handler: Any) -> datetime | str:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("date_time_type", "Input should be a date-time string")
    try:
        parsed = _DATETIME.validate_python(value)
    except ValueError:
        return value  # kept as sent: nothing is lost
    wired = WireDateTime(
        parsed.year,
        parsed.month,
        parsed.day,
        parsed.hour,
        parsed.minute,
        parsed.second,
        parsed.microsecond,
        parsed.tzinfo,
        fold=parsed.fold,
    )
    wired.wire = value
    return wired


def _read_date(value: Any, _handler: Any) -> date | str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("date_type", "Input should be a date string")
    try:
        parsed = _DATE.validate_python(value, strict=True)
    except ValueError:
        return value
    wired = WireDate(parsed.year, parsed.month, parsed.day)
    wired.wire = value
    return wired


def datetime_text(value: datetime) -> str:
    """A date-time in the documents' form: `Z` for UTC, milliseconds when whole milliseconds."""
    wire = getattr(value, "wire", None)
    if isinstance(wire, str):
        return wire
    micro = value.microsecond
    timespec = "seconds" if not micro else "milliseconds" if micro % 1000 == 0 else "microseconds"
    text = value.isoformat(timespec=timespec)
    if value.utcoffset() == timedelta(0) and text.endswith("+00:00"):
        text = text[: -len("+00:00")] + "Z"
    return text


def _write_datetime(value: datetime | str) -> str:
    return value if isinstance(value, str) else datetime_text(value)


def _write_date(value: date | str) -> str:
    if isinstance(value, str):
        return value
    wire = getattr(value, "wire", None)
    return wire if isinstance(wire, str) else value.isoformat()


def _write_number(value: float) -> float | int:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


DateTime = Annotated[
    datetime | str,
    WrapValidator(_read_datetime),
    PlainSerializer(_write_datetime, when_used="json"),
]
Date = Annotated[
    date | str,
    WrapValidator(_read_date),
    PlainSerializer(_write_date, when_used="json"),
]
Number = Annotated[float, PlainSerializer(_write_number, when_used="json")]
