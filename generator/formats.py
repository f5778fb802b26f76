"""String formats the validator checks in examples, matching what the generated models accept."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from jsonschema import FormatChecker

FORMAT_CHECKER = FormatChecker(formats=())

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@FORMAT_CHECKER.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.date.fromisoformat(value))


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMAT_CHECKER.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    """RFC 3339: a UTC offset is required (a local time names no instant)."""
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    head, _, rest = value.partition(".")
    digits = "".join(c for c in rest if c.isdigit()) if rest else ""
    offset = value[len(head) + 1 + len(digits) :] if rest else value[19:]
    fraction = f".{digits[:6]}" if digits else ""
    return bool(dt.datetime.fromisoformat(head[:19] + fraction + offset.replace("z", "Z")))


@FORMAT_CHECKER.checks("time", raises=ValueError)
def _time(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.time.fromisoformat(value))


@FORMAT_CHECKER.checks("email")
def _email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


@FORMAT_CHECKER.checks("uri")
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


@FORMAT_CHECKER.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMAT_CHECKER.checks("int64")
def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@FORMAT_CHECKER.checks("uuid", raises=ValueError)
def _uuid(value: object) -> bool:
    """RFC 9562 text form: 32 hex digits in 8-4-4-4-12 groups."""
    return not isinstance(value, str) or bool(_UUID.match(value))


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
