"""Python type hints of parameters, from their schemas: scalars, lists and objects."""

from __future__ import annotations

from typing import Any

from . import naming
from .walk import deref

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# What the client takes for a string of these formats besides its text (module `datetime` is
# imported as `dt`: a method named `datetime` would shadow it in the class body).
_DATES = {"date-time": "dt.datetime | str", "date": "dt.date | str"}


def type_hint(
    data: dict[str, Any],
    schema: dict[str, Any],
    models: bool = True,
    dates: bool = False,
    sequences: bool = False,
) -> str:
    """The parameter's Python type: a scalar, a list, or an object as its model (a `$ref` to a
    component, `models=True`) or as a dict (the servers hand objects over as dicts). `dates`:
    a `date-time` / `date` string may also be given as a `datetime` / `date` (the client
    writes it as RFC 3339 text); the servers read the text as it came. `sequences`: an array
    is any sequence but a str (`SequenceNotStr[...]`, covariant: a `list[str]` or a tuple
    will do), as the client takes it; the servers hand over lists."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    schema = deref(data, schema)
    if "enum" in schema and all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in schema["enum"]
    ):
        return "typing.Literal[" + ", ".join(naming.literal(v) for v in schema["enum"]) + "]"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        items = type_hint(data, schema.get("items", {}), models, dates, sequences)
        return f"SequenceNotStr[{items}]" if sequences else f"list[{items}]"
    if kind == "object" or (kind is None and "properties" in schema):
        if models and isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return "models." + ref.rsplit("/", 1)[1]
        return "dict[str, typing.Any]"
    if dates and kind in ("string", None) and schema.get("format") in _DATES:
        return _DATES[schema["format"]]
    return _SCALARS.get(str(kind), "str")


# Keys that document a schema without constraining it: left out of the servers' copy.
_ANNOTATIONS = frozenset({"description", "title", "examples", "example", "deprecated"})


def param_schema(data: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The parameter's JSON Schema as the generated servers validate it: references inlined
    (a parameter's schema is small; recursion is cut at a fixed depth), annotations and `x-`
    extensions left out."""
    schema = deref(data, schema)
    if isinstance(schema, list):
        return [param_schema(data, item, depth + 1) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if depth > 12:
        return {}
    return {
        key: value if key in ("enum", "const", "default") else param_schema(data, value, depth + 1)
        for key, value in schema.items()
        if key not in _ANNOTATIONS and not key.startswith("x-")
    }
