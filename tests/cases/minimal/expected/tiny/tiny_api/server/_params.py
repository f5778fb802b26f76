# Generated from specs/tiny.yaml by vendorgen. Do not edit: regenerate instead.
"""Parameters of inbound requests, read as OpenAPI says: decoded by their style and explode
(simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject; scalars, arrays and
objects), then each piece of text typed by the parameter's schema, then the whole value
validated against that schema (JSON Schema, formats included).

Typing is strict on purpose, the mock plays the vendor: an integer is decimal digits (`1_000`
and `+5` are not integers), a boolean is `true` or `false`, and integer bounds come from the
schema alone (`format: int64` / `int32`, `minimum`, ...). Messages name the parameter and the
rule, never the offending value.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, unquote_plus

import jsonschema  # type: ignore[import-untyped,unused-ignore]
from starlette.requests import Request

from .._validation import FORMATS
from ._routing import RAW_PATH_PARAMS

__all__ = ["ParamSpec", "parse_params"]

_DEFAULT_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


@dataclass(frozen=True, eq=False)
class ParamSpec:
    """One documented parameter: where it travels, how it is written, what it must be."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Any = field(default_factory=dict)  # JSON Schema, references inlined
    style: str = ""  # empty: the location's default (simple / form)
    explode: bool | None = None  # None: OpenAPI's default (true for form only)
    py_name: str = ""  # the handler's keyword, for webhook receivers
    _validator: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        validator = jsonschema.Draft202012Validator(self.schema, format_checker=FORMATS)
        object.__setattr__(self, "_validator", validator)

    @property
    def written(self) -> tuple[str, bool]:
        style = self.style or _DEFAULT_STYLE.get(self.location, "simple")
        return style, self.explode if self.explode is not None else style == "form"


class _Malformed(ValueError):
    """The text is not written the way the parameter's style says."""


def parse_params(
    params: tuple[ParamSpec, ...], request: Request
) -> tuple[dict[str, Any], list[str]]:
    """The typed value of every parameter present, and the problems to answer 400 with."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    query = _query_pairs(request)
    claimed = {p.name for p in params if p.location == "query"}
    for spec in params:
        where = f"{spec.location} parameter {spec.name!r}"
        try:
            text = _extract(spec, request, query, claimed)
        except _Malformed as exc:
            problems.append(f"{where}: {exc}")
            continue
        if text is None:
            if spec.required:
                problems.append(f"{where} is required")
            continue
        value = _typed(text, spec.schema)
        errors = list(itertools.islice(spec._validator.iter_errors(value), 3))
        if errors:
            problems.extend(f"{where}: {_rule(error, spec.schema)}" for error in errors)
            continue
        values[spec.name] = value
    return values, problems


def _rule(error: Any, schema: Any) -> str:
    """Where inside the value and which rule failed; a property name the caller chose (one the
    schema does not declare) is not repeated back."""
    declared = set(_member(schema, "object").get("properties") or {})
    inside = "".join(
        f"[{part!r}]" if isinstance(part, int) or part in declared else "[...]"
        for part in error.absolute_path
    )
    rule = json.dumps(error.validator_value, ensure_ascii=True)[:80]
    return f"{inside + ' ' if inside else ''}must satisfy {error.validator} {rule}"


# --- decoding by style -------------------------------------------------------------------


def _extract(
    spec: ParamSpec, request: Request, query: list[tuple[str, str]], claimed: set[str]
) -> Any:
    """The parameter's text as sent: a str, a list of str or a dict of str, or None."""
    shape = _shape(spec.schema)
    style, explode = spec.written
    if spec.location == "path":
        raw = request.scope.get(RAW_PATH_PARAMS, {}).get(spec.name)
        if raw is None and spec.name in request.path_params:
            raw = quote(str(request.path_params[spec.name]), safe="")
        return None if raw is None else _from_path(spec.name, raw, shape, style, explode)
    if spec.location == "query":
        return _from_query(spec.name, query, shape, style, explode, spec.schema, claimed)
    header = (
        request.cookies.get(spec.name)
        if spec.location == "cookie"
        else request.headers.get(spec.name)
    )
    if header is None:
        return None
    if spec.location == "cookie" and shape != "scalar":
        return _compound(header.split(","), shape, explode=False, decode=unquote)
    if spec.location == "cookie":
        return unquote(header)  # the generated client percent-encodes cookie values
    return _compound(header.split(","), shape, explode, str.strip) if shape != "scalar" else header


def _from_path(name: str, raw: str, shape: str, style: str, explode: bool) -> Any:
    if style == "label":
        if not raw.startswith("."):
            raise _Malformed("must be written in label style (a leading '.')")
        raw = raw[1:]
        pieces = raw.split("." if explode else ",")
    elif style == "matrix":
        if not raw.startswith(";"):
            raise _Malformed("must be written in matrix style (a leading ';')")
        parts = raw[1:].split(";")
        if shape == "object" and explode:
            pieces = parts
        else:
            pieces = [_after(name, part) for part in parts]
            if not explode or shape == "scalar":
                pieces = [p for piece in pieces for p in piece.split(",")]
    else:
        pieces = raw.split(",")
    if shape == "scalar":
        return unquote(raw if style != "matrix" else ",".join(pieces))
    return _compound(pieces, shape, explode, unquote)


def _after(name: str, part: str) -> str:
    key, equals, value = part.partition("=")
    if not equals or unquote(key) != name:
        raise _Malformed(f"must be written in matrix style (';{name}=...')")
    return value


def _from_query(
    name: str,
    query: list[tuple[str, str]],
    shape: str,
    style: str,
    explode: bool,
    schema: Any,
    claimed: set[str],
) -> Any:
    if style == "deepObject":
        prefix = name + "["
        found = {
            key[len(prefix) : -1]: unquote_plus(value)
            for key, value in query
            if key.startswith(prefix) and key.endswith("]")
        }
        return found or None
    if shape == "object" and explode:
        known = set(_member(schema, "object").get("properties") or {})
        found = {
            key: unquote_plus(value)
            for key, value in query
            if ((key in known) if known else (key not in claimed))
        }
        return found or None
    values = [value for key, value in query if key == name]
    if not values:
        return None
    if shape == "scalar":
        return unquote_plus(values[0])
    if explode and shape == "array":
        return [unquote_plus(value) for value in values]
    if style in ("spaceDelimited", "pipeDelimited"):
        separator = " " if style == "spaceDelimited" else "|"
        return _compound(unquote_plus(values[0]).split(separator), shape, False, str)
    return _compound(values[0].split(","), shape, False, unquote_plus)


def _compound(pieces: list[str], shape: str, explode: bool, decode: Any) -> Any:
    """An array's items, or an object from `k,v,k,v` (explode false) or `k=v,k=v` pieces."""
    if shape == "array":
        return [decode(piece) for piece in pieces]
    if explode:
        pairs = [piece.partition("=") for piece in pieces]
        if not all(equals for _, equals, _ in pairs):
            raise _Malformed("must list its properties as name=value")
        return {decode(k): decode(v) for k, _, v in pairs}
    if len(pieces) % 2:
        raise _Malformed("must list its properties as name,value pairs")
    return {decode(k): decode(v) for k, v in zip(pieces[::2], pieces[1::2], strict=True)}


def _query_pairs(request: Request) -> list[tuple[str, str]]:
    """(decoded name, still-encoded value) of every query pair, in order."""
    pairs = []
    for part in request.url.query.split("&"):
        if part:
            key, _, value = part.partition("=")
            pairs.append((unquote_plus(key), value))
    return pairs


# --- typing by schema --------------------------------------------------------------------


def _typed(text: Any, schema: Any) -> Any:
    """The decoded text typed as the schema says, strictly (see the module docstring)."""
    if isinstance(text, list):
        items = _member(schema, "array").get("items")
        return [_scalar(item, items if isinstance(items, dict) else {}) for item in text]
    if isinstance(text, dict):
        member = _member(schema, "object")
        properties = member.get("properties") or {}
        extra = member.get("additionalProperties")
        return {
            key: _scalar(value, properties.get(key, extra if isinstance(extra, dict) else {}))
            for key, value in text.items()
        }
    return _scalar(text, schema)


def _scalar(text: str, schema: Any) -> Any:
    kinds = _kinds(schema)
    if "integer" in kinds and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in kinds and _NUMBER.fullmatch(text):
        return int(text) if _INTEGER.fullmatch(text) else float(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    if text == "" and "null" in kinds and "string" not in kinds:
        return None  # the client writes null as nothing (a string schema keeps "")
    return text


def _shape(schema: Any) -> str:
    kinds = _kinds(schema)
    if "array" in kinds:
        return "array"
    if "object" in kinds:
        return "object"
    return "scalar"


def _kinds(schema: Any, depth: int = 0) -> set[str]:
    """Every JSON type the schema (or a member of its compositions) allows."""
    if not isinstance(schema, dict) or depth > 16:
        return set()
    declared = schema.get("type")
    kinds = set(declared if isinstance(declared, list) else [declared] if declared else [])
    if "properties" in schema:
        kinds.add("object")
    for value in list(schema.get("enum") or []) + ([schema["const"]] if "const" in schema else []):
        kinds.add(_json_type(value))
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            kinds |= _kinds(member, depth + 1)
    return kinds


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "null"


def _member(schema: Any, kind: str, depth: int = 0) -> dict[str, Any]:
    """The (sub)schema that describes values of JSON type `kind` (through compositions)."""
    if not isinstance(schema, dict) or depth > 16:
        return {}
    declared = schema.get("type")
    if kind in (declared if isinstance(declared, list) else [declared]) or (
        kind == "object" and "properties" in schema
    ):
        return schema
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            found = _member(member, kind, depth + 1)
            if found:
                return found
    return {}
