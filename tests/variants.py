"""Mechanical variants of a documented example, for the tolerant-read property test.

A change is (kind, edits): edits are (path, new value) applied in order to a copy of the example.
Kinds: `unknown` (a property added), `null` (an optional property set to null), `enum` (an
unlisted value), `empty` (a formatted string set to ""), `offset-less` (a date-time without its
offset), `branch` (a oneOf/anyOf value replaced by another branch's example or smallest
instance). Every array item is walked, and the variants are derived again inside each branch."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from vendorgen.mockdata import sample
from vendorgen.walk import deref

UNKNOWN = "x_vendorgen_unknown"
Path = tuple[Any, ...]
Change = tuple[str, tuple[tuple[Path, Any], ...]]
_JSON_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def resolved(data: Any, schema: Any) -> dict[str, Any]:
    """The schema with its $ref and allOf resolved into one object schema."""
    schema = deref(data, schema) if isinstance(schema, dict) else {}
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolved(data, part)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += part.get("required") or []
        return {**schema, **merged}
    return schema


def _branches(data: Any, schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolved(data, b) for b in schema.get("oneOf") or schema.get("anyOf") or ()]


def _fits(data: Any, schema: dict[str, Any], value: Any) -> bool:
    """Whether `value` can be an instance of `schema` by JSON type and required keys."""
    if _branches(data, schema):
        return any(_fits(data, b, value) for b in _branches(data, schema))
    types = schema.get("type") or ("object" if "properties" in schema else None)
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(_is(value, t) for t in types):
            return False
    return not isinstance(value, dict) or set(schema.get("required") or ()) <= set(value)


def _is(value: Any, json_type: str) -> bool:
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _JSON_TYPES.get(json_type, object))


def _branch_instance(data: Any, branch: dict[str, Any]) -> Any:
    if "example" in branch:
        return branch["example"]
    if isinstance(branch.get("examples"), list) and branch["examples"]:
        return branch["examples"][0]
    return sample(data, branch)


def changes(data: Any, schema: Any, value: Any, path: Path = ()) -> Iterator[Change]:
    """Every mechanical change of `value` under `schema` (see the module docstring)."""
    schema = resolved(data, schema)
    branches = _branches(data, schema)
    if branches:
        fitting = [b for b in branches if _fits(data, b, value)]
        chosen = fitting[0] if fitting else {}
        for branch in branches:
            if branch is chosen:
                continue
            other = _branch_instance(data, branch)
            if other == value:
                continue
            yield ("branch", ((path, other),))
            for kind, edits in changes(data, branch, other, path):
                yield (kind, ((path, other), *edits))
        yield from changes(data, chosen, value, path)
    elif isinstance(value, dict):
        yield ("unknown", (((*path, UNKNOWN), "kept"),))
        props = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        for key, item in value.items():
            if key in props:
                if key not in required and item is not None:
                    yield ("null", (((*path, key), None),))
                yield from changes(data, props[key], item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from changes(data, schema.get("items"), item, (*path, index))
    else:
        yield from _scalar_changes(schema, value, path)


def _scalar_changes(schema: dict[str, Any], value: Any, path: Path) -> Iterator[Change]:
    if isinstance(value, str) and "enum" in schema:
        yield ("enum", ((path, "VENDORGEN_UNLISTED"),))
    elif isinstance(value, int) and not isinstance(value, bool) and "enum" in schema:
        yield ("enum", ((path, 987654),))
    elif isinstance(value, str) and schema.get("format") == "date-time":
        yield ("offset-less", ((path, value[:19]),))
        yield ("empty", ((path, ""),))
    elif isinstance(value, str) and schema.get("format"):
        yield ("empty", ((path, ""),))


def apply(value: Any, edits: tuple[tuple[Path, Any], ...]) -> Any:
    """A copy of `value` with each edit made (an empty path replaces the whole value)."""
    result = copy.deepcopy(value)
    for path, new in edits:
        if not path:
            result = copy.deepcopy(new)
            continue
        node = result
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = copy.deepcopy(new)
    return result


def subset(found: list[Change], per_kind: int) -> list[Change]:
    """Every kind, at most `per_kind` of each, spread over the example."""
    chosen = []
    for kind in sorted({c[0] for c in found}):
        of_kind = [c for c in found if c[0] == kind]
        step = max(1, len(of_kind) // per_kind)
        chosen += of_kind[::step][:per_kind]
    return chosen


def label(change: Change) -> str:
    kind, edits = change
    return f"{kind}-{'/'.join(map(str, edits[-1][0])) or 'root'}"
