# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Request bodies and parameters checked against the spec's own JSON Schemas (schemas.json):
exactly what the vendor documents — nulls, formats, patterns, closed objects. The models only
describe shape (they read what vendors send tolerantly); this is where values are checked: by
the client before a request leaves (`request_problems`, `parameter_problems`) and by the mock
before its models parse (`schema_problems`). Messages name the failing location and rule, never
the offending value."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jsonschema  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._jsonpointer import pointer
from ._params import plain

__all__ = ["component_schema", "parameter_problems", "request_problems", "schema_problems"]

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


@FORMATS.checks("uuid", raises=ValueError)  # type: ignore[untyped-decorator]
def _uuid(value: object) -> bool:
    """RFC 9562 text form: 32 hex digits in 8-4-4-4-12 groups."""
    return not isinstance(value, str) or bool(_UUID.match(value))


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


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
    return _validator_at(f"/components/schemas/{schema_name}")


@functools.cache
def _validator_at(pointer: str) -> Any:
    """A validator of the schema at `pointer` in schemas.json. Built on the schema itself (its
    local `$ref`s made absolute), not on a `$ref` to it: resolving that outer `$ref` on every
    call would cost more than the rest of the client's per-call work."""
    node = _registry().contents("urn:spec")
    for part in pointer.split("/")[1:]:
        node = node[part]
    schema = _absolute(node)
    return jsonschema.Draft202012Validator(schema, registry=_registry(), format_checker=FORMATS)


def _absolute(node: Any) -> Any:
    """A copy whose local `$ref`s (`#/...`) point into schemas.json (`urn:spec#/...`)."""
    if isinstance(node, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


@functools.cache
def _parameter_locations(operation: str) -> tuple[str, ...]:
    contents = _registry().contents("urn:spec")
    return tuple(contents.get("parameters", {}).get(operation, {}))


def component_schema(schema: str | dict[str, Any]) -> dict[str, Any]:
    """A component schema by name, or `schema` with its `$ref`s to components followed."""
    components = _registry().contents("urn:spec").get("components", {}).get("schemas", {})
    seen = 0
    node: Any = components.get(schema) if isinstance(schema, str) else schema
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        node = components.get(node["$ref"].rsplit("/", 1)[-1])
        seen += 1
    return node if isinstance(node, dict) else {}


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


def _problems(validator: Any, instance: Any, prefix: str = "") -> list[str]:
    """Every error as "JSON pointer: rule"; a missing required property is pointed at itself."""
    problems = []
    for error in validator.iter_errors(instance):
        at = prefix + pointer(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict) and prefix:
            missing = [n for n in error.validator_value if n not in error.instance]
            problems += [f"{at}{pointer([n])}: must satisfy required" for n in missing]
            continue
        rule = json.dumps(error.validator_value, ensure_ascii=True)
        problems.append(f"{at or '/'}: must satisfy {error.validator} {rule[:80]}")
    return sorted(problems)


def _json_value(value: Any) -> Any:
    """A parameter value as the JSON value its schema describes: enum members by value, lists
    item by item; anything else as given (a str where an integer is due is a type problem)."""
    return plain(value)


def parameter_problems(
    operation: str,
    values: Mapping[str, Mapping[str, Any] | None],
    datetimes: Mapping[str, str] | None = None,
) -> list[str]:
    """Every reason the parameters about to be sent (location -> wire name -> value; None means
    absent) break the operation's parameter schemas, each as "/parameters/<location>/<name>:
    rule" — empty when they are valid or the spec declares none. `datetimes`: where a datetime
    was given ("naive" or "aware", from `_params.wire_dates`), to say what to pass instead."""
    problems = []
    for location in _parameter_locations(operation):
        given = values.get(location) or {}
        instance = {k: _json_value(v) for k, v in given.items() if v is not None}
        validator = _validator_at(f"/parameters/{operation}/{location}")
        found = _problems(validator, instance, f"/parameters/{location}")
        texts = {
            pointer(["parameters", location, k]) for k, v in given.items() if isinstance(v, _TEXT)
        }
        problems += [_text_for_array(problem, texts) for problem in found]
    return _explained(problems, datetimes) if datetimes else problems


_TEXT = (str, bytes, bytearray)
_ONE_TEXT = "; a str (or bytes) is one value, not an array: pass a list or a tuple of its items"


def _text_for_array(problem: str, texts: set[str]) -> str:
    """A str (or bytes) given where an array is due, said plainly: a sequence of characters
    to Python, but no array to the spec, so neither sent as one item nor split. `texts`: the
    pointers of the parameters given as text."""
    at, _, rule = problem.partition(": ")
    is_array_rule = rule.startswith("must satisfy type") and '"array"' in rule
    return problem + _ONE_TEXT if is_array_rule and at in texts else problem


_NAIVE = (
    "a datetime without a timezone is not RFC 3339 (it names no instant); "
    "give it one, e.g. datetime.timezone.utc"
)
_NOT_A_DATE = 'must satisfy format "date"; a datetime was given: pass its .date()'


def _explained(problems: list[str], datetimes: Mapping[str, str]) -> list[str]:
    """The problems with a given datetime said plainly. A naive one is refused whatever its
    schema (its text would name no instant); its other problems are left out. An aware one where
    a date is due is refused too: dropping its time of day and offset silently could name
    another day than the caller's; `.date()` says which day is meant."""
    date_rule = 'must satisfy format "date"'
    explained = []
    for problem in problems:
        pointer, _, rule = problem.partition(": ")
        kind = datetimes.get(pointer)
        if kind == "naive":
            continue
        explained.append(f"{pointer}: {_NOT_A_DATE}" if kind and rule == date_rule else problem)
    for pointer, kind in datetimes.items():
        if kind == "naive":
            wants_date = f"{pointer}: {date_rule}" in problems
            explained.append(f"{pointer}: {_NOT_A_DATE if wants_date else _NAIVE}")
    return sorted(explained)


def request_problems(schema_name: str, instance: Any) -> list[str]:
    """Every reason `instance` (the JSON about to be sent) is not a valid `schema_name`, each
    as "JSON pointer: rule" — empty when it is valid or the spec has no such schema."""
    if schema_name not in _schema_names():
        return []
    return _problems(_validator(schema_name), instance)
