"""Walk an OpenAPI document's keywords, skipping the parts that are data (examples, defaults)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .problems import escape_pointer_token, unescape_pointer_token

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose values are data, not OpenAPI: never look for `$ref` or `x-` inside them.
_DATA_KEYS = frozenset({"example", "default", "const", "enum", "value"})
# Maps whose keys are names (of properties, paths, schemas...), not keywords.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "paths",
        "webhooks",
        "responses",
        "securitySchemes",
        "headers",
        "content",
        "callbacks",
        "links",
        "requestBodies",
        "pathItems",
        "variables",
        "mapping",
        "encoding",
        "examples",
    }
)
# Name maps where a name starting with `x-` is still just a name (a response header called
# `x-request-id` is a header): all but the Paths and Responses Objects, which allow extensions.
_PURE_NAME_MAPS = _NAME_MAPS - {"paths", "responses"}


def iter_keywords(node: Any, ptr: str = "") -> Iterator[tuple[str, str, Any]]:
    """Yield (pointer of the owning object, keyword, value) for every keyword of the document."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_keywords(item, f"{ptr}/{index}")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        child = f"{ptr}/{escape_pointer_token(key)}"
        yield ptr, key, value
        if key.startswith("x-") or key in _DATA_KEYS:
            continue
        if key == "examples" and isinstance(value, list):
            continue  # JSON Schema `examples`: data
        if key in _NAME_MAPS and isinstance(value, dict):
            for name, item in value.items():
                if name.startswith("x-") and key not in _PURE_NAME_MAPS:
                    yield child, name, item
                    continue
                yield from iter_keywords(item, f"{child}/{escape_pointer_token(name)}")
        else:
            yield from iter_keywords(value, child)


def resolve(document: dict[str, Any], ref: str) -> Any:
    """Follow a local `#/...` reference; KeyError when it dangles."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node: Any = document
    for token in ref[1:].split("/")[1:]:
        token = unescape_pointer_token(token)
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def deref(document: dict[str, Any], node: Any, limit: int = 32) -> Any:
    """Follow `$ref` chains of a Reference Object (an object whose only keyword is `$ref`)."""
    for _ in range(limit):
        if isinstance(node, dict) and "$ref" in node:
            node = resolve(document, node["$ref"])
        else:
            return node
    raise KeyError("reference chain too long")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Yield (section, path or webhook name, method, operation) for `paths` and `webhooks`."""
    for section in ("paths", "webhooks"):
        for name, item in sorted((document.get(section) or {}).items()):
            if not isinstance(item, dict) or name.startswith("x-"):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield section, name, method, operation
