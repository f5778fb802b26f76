"""OpenAPI 3.0 schemas read as 3.1: one schema node (`normalise`, shared with the diff) and
every schema of a 3.0 document (`normalise_document`)."""

from __future__ import annotations

from typing import Any

from ..problems import escape_pointer_token

# Keys whose values are data, not OpenAPI objects: nothing inside them is a schema.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})
_SUBSCHEMA = ("items", "additionalProperties", "not")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMA_MAPS = ("properties", "patternProperties")
# Annotations that stay on a nullable schema wrapped in `anyOf` (they describe the field).
_OUTER = ("title", "description", "default", "examples", "readOnly", "writeOnly", "deprecated")


def normalise(schema: Any, is_30: bool) -> dict[str, Any]:
    """One schema node as OpenAPI 3.1 says it (boolean schemas as objects; for 3.0: `nullable`
    as a `null` type, boolean exclusive bounds as numbers, `example` as `examples`)."""
    if schema is False:
        return {"not": {}}
    if not isinstance(schema, dict):
        return {}
    if not is_30:
        return schema
    result = dict(schema)
    nullable = result.pop("nullable", False) is True
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(result.get(exclusive), bool) and result.pop(exclusive) and bound in result:
            result[exclusive] = result.pop(bound)
    if "example" in result:
        result["examples"] = [result.pop("example")]
    if nullable:
        result = _nullable(result)
    return result


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """3.0's `nullable: true` as 3.1 says it: `null` added to the type (and to an enum), or,
    for a schema without a type (a `$ref`, a composition), `anyOf` the schema or `null`."""
    kind = schema.get("type")
    if isinstance(kind, str):
        result = {**schema, "type": [kind, "null"]}
        if isinstance(result.get("enum"), list) and None not in result["enum"]:
            result["enum"] = [*result["enum"], None]
        return result
    if isinstance(schema.get("enum"), list):
        return {**schema, "enum": [*schema["enum"], None]} if None not in schema["enum"] else schema
    if not schema:
        return schema  # any value, null included
    inner = {k: v for k, v in schema.items() if k not in _OUTER}
    outer = {k: v for k, v in schema.items() if k in _OUTER}
    return {"anyOf": [inner, {"type": "null"}], **outer}


def normalise_document(data: dict[str, Any]) -> dict[str, str]:
    """Rewrite every schema of the 3.0 document `data` in place as 3.1; the document says
    `openapi: 3.1.0` afterwards. Returns normalised pointer -> original pointer for the nodes
    that moved (`example` -> `examples/0`, a nullable schema -> `anyOf/0`)."""
    origins: dict[str, str] = {}
    _walk_document(data, "", origins)
    data["openapi"] = "3.1.0"
    return origins


def _walk_document(node: Any, ptr: str, origins: dict[str, str]) -> None:
    if isinstance(node, list):
        for index, item in enumerate(node):
            _walk_document(item, f"{ptr}/{index}", origins)
        return
    if not isinstance(node, dict):
        return
    for key, value in list(node.items()):
        child = f"{ptr}/{escape_pointer_token(key)}"
        if key.startswith("x-") or key in _DATA_KEYS:
            continue
        if key == "schema" or (key == "schemas" and ptr == "/components"):
            if key == "schema":
                node[key] = _walk_schema(value, child, origins)
            elif isinstance(value, dict):
                for name in list(value):
                    where = f"{child}/{escape_pointer_token(name)}"
                    value[name] = _walk_schema(value[name], where, origins)
        elif key in ("content", "headers", "responses", "parameters", "paths", "callbacks"):
            _walk_names(value, child, origins)
        else:
            _walk_document(value, child, origins)


def _walk_names(node: Any, ptr: str, origins: dict[str, str]) -> None:
    """A map of names (or a list) whose values are OpenAPI objects, whatever the names are."""
    if isinstance(node, dict):
        for name, item in node.items():
            _walk_document(item, f"{ptr}/{escape_pointer_token(name)}", origins)
    else:
        _walk_document(node, ptr, origins)


def _wrapped(schema: dict[str, Any]) -> bool:
    """Whether `normalise` wraps this 3.0 schema in `anyOf` (see `_nullable`)."""
    rest = {k for k in schema if k != "nullable"}
    return (
        schema.get("nullable") is True
        and not isinstance(schema.get("type"), str)
        and not isinstance(schema.get("enum"), list)
        and bool(rest)
    )


def _walk_schema(schema: Any, ptr: str, origins: dict[str, str]) -> Any:
    if not isinstance(schema, dict):
        return schema
    result = normalise(schema, True)
    if "example" in schema:
        origins[f"{ptr}/examples/0"] = f"{ptr}/example"
    base = ptr
    if _wrapped(schema):
        origins[f"{ptr}/anyOf/0"] = ptr
        base = f"{ptr}/anyOf/0"
        target = result["anyOf"][0]
    else:
        target = result
    for key in _SUBSCHEMA:
        if isinstance(target.get(key), dict):
            target[key] = _walk_schema(target[key], f"{base}/{key}", origins)
    for key in _SUBSCHEMA_LISTS:
        if isinstance(target.get(key), list):
            target[key] = [
                _walk_schema(item, f"{base}/{key}/{index}", origins)
                for index, item in enumerate(target[key])
            ]
    for key in _SUBSCHEMA_MAPS:
        if isinstance(target.get(key), dict):
            target[key] = {
                name: _walk_schema(item, f"{base}/{key}/{escape_pointer_token(name)}", origins)
                for name, item in target[key].items()
            }
    return result
