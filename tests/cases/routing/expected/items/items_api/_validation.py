# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Request bodies checked against the spec's own JSON Schemas (schemas.json): exactly what the
vendor documents — nulls, formats, patterns, closed objects. The models only describe shape
(they read what vendors send tolerantly); this is where values are checked: by the client before
a request leaves (`request_problems`) and by the mock before its models parse (`schema_problems`).
Messages name the failing location and rule, never the offending value."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jsonschema  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["request_problems", "schema_problems"]

FORMATS = jsonschema.FormatChecker(formats=())
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@FORMATS.checks("date", raises=ValueError)  # type: ignore[untyped-decorator]
def _date(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.date.fromisoformat(value))


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator]
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


@FORMATS.checks("time", raises=ValueError)  # type: ignore[untyped-decorator]
def _time(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.time.fromisoformat(value))


@FORMATS.checks("email")  # type: ignore[untyped-decorator]
def _email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


@FORMATS.checks("uri")  # type: ignore[untyped-decorator]
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path)) and not any(
        c.isspace() for c in value
    )


@FORMATS.checks("int32")  # type: ignore[untyped-decorator]
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")  # type: ignore[untyped-decorator]
def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@functools.cache
def _registry() -> Registry[Any]:
    text = resources.files(__package__).joinpath("schemas.json").read_text(encoding="utf-8")
    resource: Resource[Any] = DRAFT202012.create_resource(json.loads(text))
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return registry


@functools.cache
def _schema_names() -> frozenset[str]:
    contents = _registry().contents("urn:spec")
    return frozenset(contents.get("components", {}).get("schemas", {}))


@functools.cache
def _validator(schema_name: str) -> Any:
    schema = {"$ref": f"urn:spec#/components/schemas/{schema_name}"}
    return jsonschema.Draft202012Validator(schema, registry=_registry(), format_checker=FORMATS)


def schema_problems(schema_name: str, raw: bytes) -> list[str]:
    """Why `raw` is not a valid `schema_name` (empty when it is)."""
    try:
        instance = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return ["body: not valid JSON"]
    problems = []
    for error in itertools.islice(_validator(schema_name).iter_errors(instance), 20):
        where = ".".join(str(part) for part in error.absolute_path) or "body"
        rule = json.dumps(error.validator_value, ensure_ascii=True)
        problems.append(f"{where}: must satisfy {error.validator} {rule[:80]}")
    return problems


def request_problems(schema_name: str, instance: Any) -> list[str]:
    """Every reason `instance` (the JSON about to be sent) is not a valid `schema_name`, each
    as "JSON pointer: rule" — empty when it is valid or the spec has no such schema."""
    if schema_name not in _schema_names():
        return []
    problems = []
    for error in _validator(schema_name).iter_errors(instance):
        pointer = "".join(
            "/" + str(part).replace("~", "~0").replace("/", "~1") for part in error.absolute_path
        )
        rule = json.dumps(error.validator_value, ensure_ascii=True)
        problems.append(f"{pointer or '/'}: must satisfy {error.validator} {rule[:80]}")
    return sorted(problems)
