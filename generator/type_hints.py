"""Python type hints of parameters, from their schemas (simple: parameters are scalars or lists)."""

from __future__ import annotations

from typing import Any

from . import naming
from .walk import deref

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def type_hint(data: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = deref(data, schema)
    if "enum" in schema and all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in schema["enum"]
    ):
        return "typing.Literal[" + ", ".join(naming.literal(v) for v in schema["enum"]) + "]"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        return f"list[{type_hint(data, schema.get('items', {}))}]"
    return _SCALARS.get(str(kind), "str")


_PYDANTIC_CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "minItems": "min_length",
    "maxItems": "max_length",
    "multipleOf": "multiple_of",
}


def validator_hint(data: dict[str, Any], schema: dict[str, Any]) -> str:
    """The parameter's type with its constraints, as the generated servers validate it."""
    schema = deref(data, schema)
    hint = type_hint(data, schema)
    if hint.startswith("list[") and isinstance(schema.get("items"), dict):
        hint = f"list[{validator_hint(data, schema['items'])}]"
    constraints = [
        f"{name}={naming.literal(schema[key])}"
        for key, name in sorted(_PYDANTIC_CONSTRAINTS.items())
        if key in schema and not isinstance(schema[key], bool)
    ]
    if not constraints:
        return hint
    return f"typing.Annotated[{hint}, pydantic.Field({', '.join(constraints)})]"
