# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Parameters as the client writes them: by their style and explode (OpenAPI 3.1 §4.8.12.4, the
style values table), for scalars, arrays and objects, percent-encoded per RFC 3986 where they
travel in the URL (reserved characters too, unless the spec allows them in a query).

A `datetime` or `date` is written once, before the check, as its RFC 3339 text (`wire_dates`):
the check and the encoders see only that text. In the same walk any sequence given for an array
(a tuple, a `deque`: the clients take `SequenceNotStr`) becomes a list, so the check and the
encoders see only lists; a `str` or `bytes` stays itself, for the check to refuse where an array
is due.

Defaults are the spec's: path and header parameters are `simple`, query and cookie ones
`form`; explode is true for `form` only. The generated mock decodes exactly these shapes
(`server/_params.py`), so every style round-trips. Values are checked against their schemas
before they get here (`_validation.parameter_problems`, on `plain` values).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

from ._jsonpointer import pointer
from ._types import datetime_text

__all__ = [
    "ParamStyle",
    "cookie_text",
    "header_text",
    "path_text",
    "plain",
    "query_pairs",
    "rfc3339",
    "wire_dates",
]

_DEFAULT_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}
_RESERVED = ":/?#[]@!$&'()*+,;="  # RFC 3986 gen-delims and sub-delims
# Characters a cookie value may carry as they are (RFC 6265 cookie-octet, minus `%` and `,`).
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


@dataclass(frozen=True)
class ParamStyle:
    """How one parameter is written, as documented (empty / None: the spec's default)."""

    style: str = ""
    explode: bool | None = None
    allow_reserved: bool = False

    def resolved(self, location: str) -> tuple[str, bool]:
        style = self.style or _DEFAULT_STYLE.get(location, "simple")
        return style, self.explode if self.explode is not None else style == "form"


def plain(value: Any) -> Any:
    """The value as the JSON its schema describes: a model by alias (unset and None fields
    left out), enum members by value, lists and dicts member by member."""
    if isinstance(value, BaseModel):
        return plain(value.model_dump(mode="json", by_alias=True, exclude_none=True))
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items() if v is not None}
    return value


def rfc3339(value: dt.datetime) -> str:
    """An aware datetime as RFC 3339, in the form the models write it in bodies
    (`_types.datetime_text`: `isoformat()`, a zero offset as `Z`, milliseconds when whole), so
    that an instant reads the same in a body and in a parameter, with no `+` a server might
    decode as a space. An offset with seconds (old local mean times in `zoneinfo`), which RFC
    3339 cannot write, is sent as the same instant in UTC. A naive one is a ValueError."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a naive datetime names no instant")
    if offset % dt.timedelta(minutes=1):
        value = value.astimezone(dt.UTC)
    return datetime_text(value)


def wire_dates(
    values: Mapping[str, Mapping[str, Any] | None],
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The parameters (location -> wire name -> value) with every `datetime` and `date` written
    as its RFC 3339 text (`YYYY-MM-DD` for a date), in sequences (made lists) and dicts too;
    and the JSON pointer (`/parameters/<location>/<name>[/<index>]`) of each datetime given,
    "naive" (no tzinfo: written without an offset, for the check to refuse) or "aware", so that
    the problems can say what to pass instead (`_validation.parameter_problems`)."""
    datetimes: dict[str, str] = {}
    wire = {
        location: {
            name: _wire_date(value, pointer(["parameters", location, name]), datetimes)
            for name, value in (given or {}).items()
        }
        for location, given in values.items()
    }
    return wire, datetimes


def _wire_date(value: Any, at: str, datetimes: dict[str, str]) -> Any:
    """One value as sent: dates as text, any sequence but text as a list, member by member."""
    if isinstance(value, dt.datetime):
        naive = value.utcoffset() is None
        datetimes[at] = "naive" if naive else "aware"
        return value.isoformat() if naive else rfc3339(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Sequence) and not isinstance(value, _TEXT):
        return [_wire_date(v, f"{at}/{i}", datetimes) for i, v in enumerate(value)]
    if isinstance(value, Mapping):
        return {k: _wire_date(v, at + pointer([k]), datetimes) for k, v in value.items()}
    return value


# Sequences that are one value, never an array's items (`"abc"` is no ["a", "b", "c"]).
_TEXT = (str, bytes, bytearray, memoryview)


def _text(value: Any) -> str:
    """One item's text: booleans as JSON writes them, null as nothing, a nested array or
    object (the spec leaves them undefined) as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _pieces(value: Any, explode: bool, enc: Callable[[str], str]) -> list[str]:
    """An array's encoded items; an object's `k=v` pieces (explode) or `k, v` pieces."""
    if isinstance(value, dict):
        if explode:
            return [f"{enc(k)}={enc(_text(v))}" for k, v in value.items()]
        return [enc(piece) for k, v in value.items() for piece in (k, _text(v))]
    return [enc(_text(v)) for v in value]


def _encoder(allow_reserved: bool = False) -> Callable[[str], str]:
    safe = _RESERVED if allow_reserved else ""
    return lambda text: quote(text, safe=safe)


def path_text(name: str, value: Any, how: ParamStyle) -> str:
    """The path segment (already percent-encoded) that replaces `{name}`."""
    style, explode = how.resolved("path")
    value, enc = plain(value), _encoder()
    compound = isinstance(value, list | dict)
    if style == "label":
        if not compound:
            return "." + enc(_text(value))
        return "." + ("." if explode else ",").join(_pieces(value, explode, enc))
    if style == "matrix":
        key = enc(name)
        if not compound:
            text = enc(_text(value))
            return f";{key}={text}" if text else f";{key}"
        if explode and isinstance(value, dict):
            return "".join(";" + piece for piece in _pieces(value, True, enc))
        if explode:
            return "".join(f";{key}={piece}" for piece in _pieces(value, False, enc))
        return f";{key}=" + ",".join(_pieces(value, False, enc))
    if not compound:
        return enc(_text(value))
    return ",".join(_pieces(value, explode, enc))


def query_pairs(name: str, value: Any, how: ParamStyle) -> list[str]:
    """The `name=value` pieces of the query string (already percent-encoded)."""
    style, explode = how.resolved("query")
    value, enc = plain(value), _encoder(how.allow_reserved)
    key = quote(name, safe="")
    if isinstance(value, dict) and style == "deepObject":
        return [f"{key}[{quote(k, safe='')}]={enc(_text(v))}" for k, v in value.items()]
    if not isinstance(value, list | dict):
        return [f"{key}={enc(_text(value))}"]
    if explode and isinstance(value, dict):
        return _pieces(value, True, enc)
    if explode:
        return [f"{key}={piece}" for piece in _pieces(value, False, enc)]
    separator = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}.get(style, ",")
    return [f"{key}=" + separator.join(_pieces(value, False, enc))]


def header_text(value: Any, how: ParamStyle) -> str:
    """A header's value, `simple` style (headers are not percent-encoded)."""
    _, explode = how.resolved("header")
    value = plain(value)
    if not isinstance(value, list | dict):
        return _text(value)
    return ",".join(_pieces(value, explode, str))


def cookie_text(value: Any) -> str:
    """A cookie's value: each item percent-encoded where RFC 6265 would not allow it, items
    (and an object's names and values) comma-joined, as the mock reads them."""
    value = plain(value)
    if not isinstance(value, list | dict):
        return _cookie_safe(_text(value))
    return ",".join(_pieces(value, False, _cookie_safe))


def _cookie_safe(text: str) -> str:
    return quote(text, safe=_COOKIE_SAFE)
