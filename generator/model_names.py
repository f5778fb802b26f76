"""Names of the model classes, fields and enum members, decided here rather than by
datamodel-code-generator.

Left to itself, datamodel-code-generator names an inline schema after its property, singularises
list items (`TicketidStatus` -> `TicketidStatu`), numbers clashes (`Status1`) and names integer
enum members `INTEGER_0`. Instead, every inline enum or object under a property becomes a named
component before the document is handed over: named after its property, or, when that name is
taken or means different things in different places, after its place (`Order` + `Status`).
Field names come from `naming.field_name` and are passed as aliases.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from . import naming

_ENUM_NAME_KEYS = ("x-enum-varnames", "x-enumNames")


class NamingError(ValueError):
    """Two inline schemas would get the same class name wherever they are named from."""


def name_inline_schemas(schemas: dict[str, Any]) -> dict[str, Any]:
    """`schemas` with every inline enum or object found under a property (or as the items of
    a list property) moved into its own named component and referenced from there."""
    found: list[tuple[list[str], str, dict[str, Any]]] = []  # (owner path, property, schema)
    copies = {name: _collect(schema, [name], found) for name, schema in schemas.items()}
    names = _choose_names(found, set(schemas))
    result: dict[str, Any] = {}
    for (_, _, schema), name in zip(found, names, strict=True):
        schema["$ref-name"] = name  # replaced by a $ref below, once every name is known
    for owner, copy in copies.items():  # a named schema just before the first that uses it
        for (path, _, schema), name in zip(found, names, strict=True):
            if path[0] == owner:
                result.setdefault(name, schema)
        result[owner] = copy
    return {name: _replace_marked(schema, top=True) for name, schema in result.items()}


def _is_named_kind(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("enum" in schema or isinstance(schema.get("properties"), dict))
    )


def _collect(schema: Any, path: list[str], found: list[Any]) -> Any:
    """A copy of `schema` whose inline enums/objects under properties are recorded in `found`
    (the copy's dicts are the recorded ones, so marking them marks the copy)."""
    if isinstance(schema, list):
        return [_collect(item, path, found) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copy: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            copy[key] = {prop: _property(sub, path, prop, found) for prop, sub in value.items()}
        else:
            copy[key] = _collect(value, path, found)
    return copy


def _property(schema: Any, path: list[str], prop: str, found: list[Any]) -> Any:
    if not isinstance(schema, dict):
        return schema
    if _is_named_kind(schema):
        inner = _collect(schema, [*path, prop], found)
        found.append((path, prop, inner))
        return inner
    items = schema.get("items")
    if schema.get("type") == "array" and _is_named_kind(items):
        inner = _collect(items, [*path, prop], found)
        found.append((path, prop, inner))
        return {
            **_collect({k: v for k, v in schema.items() if k != "items"}, path, found),
            "items": inner,
        }
    return _collect(schema, path, found)


def _choose_names(found: list[Any], taken: set[str]) -> list[str]:
    """One class name per found schema: the property's name when it is free and means one
    thing; otherwise prefixed by more and more of its place until it is unique."""
    depth = [0] * len(found)
    while True:
        names = [_candidate(path, prop, d) for (path, prop, _), d in zip(found, depth, strict=True)]
        groups: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(names):
            groups[name].append(index)
        clashes = [
            index
            for name, members in groups.items()
            if name in taken or len({_key(found[i][2]) for i in members}) > 1
            for index in members
        ]
        if not clashes:
            return names
        for index in clashes:
            if depth[index] >= len(found[index][0]):
                path, prop, _ = found[index]
                raise NamingError(
                    f"the inline schema at {'.'.join([*path, prop])} cannot be given a class "
                    f"name that no other schema has ({names[index]}); make it a component"
                )
            depth[index] += 1


def _candidate(path: list[str], prop: str, depth: int) -> str:
    place = path[len(path) - depth :] if depth else []
    return "".join(naming.pascal(part) for part in [*place, prop])


def _key(schema: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in schema.items() if k != "$ref-name"}, sort_keys=True)


def _replace_marked(schema: Any, *, top: bool = False) -> Any:
    if isinstance(schema, list):
        return [_replace_marked(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref-name" in schema and not top:
        ref = {"$ref": f"#/components/schemas/{schema['$ref-name']}"}
        # The field keeps its description (a docstring) beside the reference.
        return ref | ({"description": schema["description"]} if "description" in schema else {})
    return {k: _replace_marked(v) for k, v in schema.items() if k != "$ref-name"}


def enum_member_names(schema: dict[str, Any], owner: str) -> list[str] | None:
    """Member names for an enum: the spec's `x-enum-varnames` / `x-enumNames`, or for integer
    codes the doc does not name, the enum's name and the code (`LIMIT_10`, not `INT_10`)."""
    values = schema.get("enum")
    if not isinstance(values, list):
        return None
    for key in _ENUM_NAME_KEYS:
        given = schema.get(key)
        if isinstance(given, list) and len(given) == len(values):
            return naming.unique([_member(str(name), "VALUE") for name in given])
    named = [_member(v, "") if isinstance(v, str) else "" for v in values]
    if all(name and not name[0].isdigit() for name in named):
        return None  # every value names itself well; datamodel-code-generator's names stand
    stem = _member(owner, "VALUE")
    coded = [
        name
        or ("EMPTY" if v == "" else f"{stem}_{str(v).replace('-', 'MINUS_').replace('.', '_')}")
        for name, v in zip(named, values, strict=True)
    ]
    return naming.unique(
        [
            f"{name}_STRING" if isinstance(v, str) and coded.count(name) > 1 else name
            for name, v in zip(coded, values, strict=True)
        ]
    )


def _member(text: str, fallback: str) -> str:
    """An UPPER_SNAKE member name; with no fallback, "" when the text makes no good name."""
    name = "_".join(w.upper() for w in naming.words(text))
    if not fallback:
        return "" if not name or name[0].isdigit() else name
    name = name or fallback
    return f"{fallback}_{name}" if name[0].isdigit() else name


def field_names(document: dict[str, Any]) -> dict[str, str]:
    """property name -> Python field name, for every property of every schema whose field
    name differs from it (the others need no alias). Two properties of one object that would
    share a field (`id`, `id_`) keep them apart: the later one keeps its own spelling,
    lower-cased, with trailing underscores added until it is free."""
    objects: list[list[str]] = []
    stack: list[Any] = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("properties"), dict):
                objects.append([str(p) for p in item["properties"]])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    fields = {name: naming.field_name(name) for names in objects for name in names}
    kept: set[str] = set()  # disambiguated: told even when equal to the property name
    for names in objects:
        used: set[str] = set()
        for name in names:
            while fields[name] in used:
                fields[name] += "_"
                kept.add(name)
            used.add(fields[name])
    return {name: field for name, field in sorted(fields.items()) if field != name or name in kept}
