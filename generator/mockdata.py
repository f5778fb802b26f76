"""Data the mock servers answer with: the documented example, or the smallest valid instance."""

from __future__ import annotations

import re
from typing import Any

from .mockchoice import choose
from .runtime._mediatypes import preferred
from .walk import deref

_FORMAT_SAMPLES = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "time": "00:00:00",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-0000-0000-000000000000",
}
_PATTERN_CANDIDATES = (
    "0",
    "1",
    "0.0",
    "A",
    "a",
    "AA",
    "A1",
    "00:00",
    "01/01/2024 00:00",
    "2024-01-01",
    "x",
)


def mock_response(document: dict[str, Any], operation: dict[str, Any]) -> tuple[int, Any]:
    """(status, JSON body) of the operation's first documented success response."""
    responses = operation.get("responses", {})
    status = min(
        (code for code in map(str, responses) if code.startswith("2") and code.isdigit()),
        default="200",
    )
    response = deref(document, responses.get(status, {}))
    content = response.get("content") or {}
    if not content:
        return int(status), None
    media_type = preferred(list(content)) or ""
    return int(status), example_or_sample(document, content[media_type])


def example_or_sample(document: dict[str, Any], media: dict[str, Any]) -> Any:
    for example in (media.get("examples") or {}).values():
        example = deref(document, example)
        if "value" in example:
            return example["value"]
    if "example" in media:
        return media["example"]
    return sample(document, media.get("schema", {}))


def sample(document: dict[str, Any], schema: Any, depth: int = 0, full: bool = False) -> Any:
    """The smallest instance of `schema`: required properties only (every property when
    `full`), minimum sizes; for a union, one its `oneOf`/`anyOf` really accepts."""
    schema = deref(document, schema)
    if not isinstance(schema, dict) or depth > 32:
        return None
    for key in ("const",):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return choose(document, schema, key, depth, sample)
    if schema.get("allOf"):
        return _all_of(document, schema, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        names = [*properties, *(n for n in required if n not in properties)] if full else required
        return {name: sample(document, properties.get(name, {}), depth + 1) for name in names}
    if kind == "array":
        return [
            sample(document, schema.get("items", {}), depth + 1)
            for _ in range(schema.get("minItems", 0))
        ]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    if kind == "string":
        return _string(schema)
    return None


def _all_of(document: dict[str, Any], schema: dict[str, Any], depth: int) -> Any:
    """An instance of every part: objects merged (with the schema's own properties); a part that
    is no object (an enum, a string with a format, ...) is the value itself."""
    values = [sample(document, part, depth + 1) for part in schema["allOf"]]
    rest = {k: v for k, v in schema.items() if k != "allOf"}
    if rest.get("properties") or rest.get("required"):
        values.append(sample(document, rest, depth + 1))
    objects = [v for v in values if isinstance(v, dict)]
    others = [v for v in values if v is not None and not isinstance(v, dict)]
    if others and not objects:
        return others[0]
    merged: dict[str, Any] = {}
    for value in objects:
        merged.update(value)
    return merged


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") in _FORMAT_SAMPLES:
        return _FORMAT_SAMPLES[schema["format"]]
    pattern = schema.get("pattern")
    if pattern:
        for candidate in _PATTERN_CANDIDATES:
            if re.search(pattern, candidate):
                return candidate
    return "x" * max(int(schema.get("minLength", 1)), 1)
