"""The spec's component schemas prepared for datamodel-code-generator.

Objects stay open unless the spec closes them (vendors add fields; models keep them), `x-`
extensions are dropped (they would leak into field metadata), constrained scalars inside unions
become named root models (datamodel-code-generator would write `constr(...)` there, which type
checkers reject).

Models describe shape, not values: value constraints (patterns, lengths, bounds, formats other
than date and date-time) are stripped here, so what a vendor sends is read without loss; the
spec's full schema checks what the client sends (the runtime's `_validation.py`).
"""

from __future__ import annotations

import json
from typing import Any

from . import model_names, naming


def schema_document(data: dict[str, Any]) -> str:
    """The spec reduced to what the models need: its component schemas, without `x-`
    extensions (datamodel-code-generator would carry unknown keys into field metadata), and
    with objects open unless the spec closes them: vendors add fields, models keep them."""
    schemas = _recursive_items_named((data.get("components") or {}).get("schemas") or {})
    schemas = model_names.name_inline_schemas(schemas)
    hoisted: dict[str, Any] = {}
    taken = set(schemas)  # once: built per schema, it made this step quadratic in the spec
    models = {name: _model_schema(schema, name, hoisted, taken) for name, schema in schemas.items()}
    models.update(hoisted)
    document = {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": models},
    }
    return json.dumps(document, ensure_ascii=True)


def _recursive_items_named(schemas: dict[str, Any]) -> dict[str, Any]:
    """A list schema whose inline items refer back to the list (`A: {type: array, items:
    {additionalProperties: {$ref: A}}}`) gets its items named `<A>Item`: left inline,
    datamodel-code-generator cannot type them and writes a bare `RootModel[list]`."""
    result: dict[str, Any] = {}
    for name, schema in schemas.items():
        items = schema.get("items") if isinstance(schema, dict) else None
        item_name = f"{name}Item"
        own_ref = f'"#/components/schemas/{name}"'
        if (
            isinstance(items, dict)
            and "$ref" not in items
            and own_ref in json.dumps(items)
            and item_name not in schemas
        ):
            result[item_name] = items
            schema = {**schema, "items": {"$ref": f"#/components/schemas/{item_name}"}}
        result[name] = schema
    return result


_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
_CONSTRAINTS = frozenset(
    {
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)


# Value constraints the models leave to the send-side JSON Schema check.
_VALUE_CONSTRAINTS = _CONSTRAINTS | {
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "format",
}
# The formats that still choose a model type (`DateTime` / `Date` in the runtime's `_types.py`,
# `Base64` / `File` in its `_files.py`).
_TYPED_FORMATS = frozenset({"date-time", "date", "byte", "binary"})
_STRING_CONSTRAINTS = frozenset({"pattern", "minLength", "maxLength", "format"})


def _split_type_list(schema: dict[str, Any]) -> dict[str, Any]:
    """`type: [integer, string]` with constraints -> `anyOf` of one schema per type, each with
    the constraints that apply to it (so each can become a named, checkable type)."""
    kinds = schema.get("type")
    if not (isinstance(kinds, list) and len(kinds) > 1 and _CONSTRAINTS & schema.keys()):
        return schema
    shared = {k: v for k, v in schema.items() if k not in _CONSTRAINTS | {"type", "format"}}
    members = []
    for kind in kinds:
        keep = _STRING_CONSTRAINTS if kind == "string" else _CONSTRAINTS - _STRING_CONSTRAINTS
        members.append({"type": kind, **{k: v for k, v in schema.items() if k in keep}})
    return {**shared, "anyOf": members}


def _shape_only(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without value constraints: a property named `pattern` or `format` is a
    property, not a keyword, so only the schema's own keys are dropped."""
    if schema.get("contentEncoding") == "base64" and "format" not in schema:
        schema = {**schema, "format": "byte"}  # 3.1's spelling of `format: byte`
    return {
        key: value
        for key, value in schema.items()
        if (key not in _VALUE_CONSTRAINTS or (key == "format" and value in _TYPED_FORMATS))
        and key not in ("contentEncoding", "contentMediaType")
    }


def _model_schema(schema: Any, owner: str, hoisted: dict[str, Any], taken: set[str]) -> Any:
    if not isinstance(schema, dict):
        return schema
    schema = _shape_only(schema)
    schema = _split_type_list(schema)
    result: dict[str, Any] = {}
    members = model_names.enum_member_names(schema, owner)
    if members:
        result["x-enum-varnames"] = members  # datamodel-code-generator names members from it
    for key, value in schema.items():
        if key.startswith("x-"):
            continue
        if key in ("anyOf", "oneOf") and isinstance(value, list):
            value = [_union_member(v, owner, hoisted, taken) for v in value]
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            value = [_model_schema(v, owner, hoisted, taken) for v in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            value = {name: _model_schema(v, owner, hoisted, taken) for name, v in value.items()}
        elif key in _SUBSCHEMAS:
            value = _model_schema(value, owner, hoisted, taken)
        elif key in ("description", "title") and isinstance(value, str):
            value = naming.clean_text(value)  # prose for docstrings: no bidi or control characters
        result[key] = value
    money = schema.get("x-money")
    if isinstance(money, dict) and money.get("unit") == "minor":
        currency = (
            f" of the currency in `{money['currency-field']}`"
            if money.get("currency-field")
            else ""
        )
        note = f"An amount in minor units{currency} (10.99 is sent as 1099)."
        result["description"] = (
            f"{result['description']}\n\n{note}" if result.get("description") else note
        )
    if (
        result.get("type") == "object" or "properties" in result
    ) and "additionalProperties" not in result:
        result["additionalProperties"] = True
    return result


def _union_member(schema: Any, owner: str, hoisted: dict[str, Any], taken: set[str]) -> Any:
    """A constrained scalar inside a union becomes a named root model: datamodel-code-generator
    would otherwise write `constr(...)` there, which type checkers reject."""
    member = _model_schema(schema, owner, hoisted, taken)
    if not (isinstance(member, dict) and "$ref" not in member and _CONSTRAINTS & member.keys()):
        return member
    name = f"{owner}{naming.pascal(str(member.get('type', 'value')))}"  # AmountString
    while name in taken or (name in hoisted and hoisted[name] != member):
        name = f"{name}Value"
    hoisted[name] = member
    return {"$ref": f"#/components/schemas/{name}"}
