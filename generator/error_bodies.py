"""The error bodies generated servers answer with: the documented shape, our messages."""

from __future__ import annotations

from typing import Any

from . import naming
from .ir import ErrorTemplate
from .mockdata import example_or_sample
from .walk import deref, iter_operations

# Statuses the generated servers produce themselves, and the documented status whose body
# shape each borrows when the spec documents no body for it.
_SERVER_STATUSES = {400: "400", 401: "401", 413: "400", 429: "429", 500: "500"}


def documented_errors(data: dict[str, Any]) -> dict[str, tuple[Any, str | None]]:
    """For each status the servers produce, the first body any operation documents for it."""
    found: dict[str, tuple[Any, str | None]] = {}
    for _, _, _, op in iter_operations(data):
        for documented in set(_SERVER_STATUSES.values()) - set(found):
            body = _documented_error(data, op, documented)
            if body is not None:
                found[documented] = body
    return found


def error_templates(
    data: dict[str, Any], raw: dict[str, Any], fallbacks: dict[str, tuple[Any, str | None]]
) -> tuple[ErrorTemplate, ...]:
    """The operation's own documented body for each status, else the API's, else its 400's."""
    templates = []
    for status, documented in _SERVER_STATUSES.items():
        found = (
            _documented_error(data, raw, documented)
            or fallbacks.get(documented)
            or _documented_error(data, raw, "400")
        )
        body, pointer = found or ({"message": ""}, "/message")
        templates.append(ErrorTemplate(status, naming.literal(body), pointer))
    return tuple(templates)


def _documented_error(
    data: dict[str, Any], raw: dict[str, Any], status: str
) -> tuple[Any, str | None] | None:
    responses = raw.get("responses", {})
    for key in (status, f"{status[0]}XX"):
        if key in responses:
            response = deref(data, responses[key])
            content = response.get("content") or {}
            if content:
                media = next(iter(sorted(content.items())))[1]
                pointer = response.get("x-message-field")
                body = example_or_sample(data, media)
                return _with_message_slot(data, media.get("schema", {}), body, pointer), pointer
    return None


def _with_message_slot(data: dict[str, Any], schema: Any, body: Any, pointer: str | None) -> Any:
    """Make sure the body has the field messages go to, typed as the schema says (a list for
    an array, else a string), so servers fill in the documented shape."""
    if not pointer or not isinstance(body, dict):
        return body
    node, tokens = body, pointer.split("/")[1:]
    for depth, token in enumerate(tokens):
        schema = deref(data, (deref(data, schema).get("properties") or {}).get(token, {}))
        if depth == len(tokens) - 1:
            if token not in node:
                node[token] = [] if schema.get("type") == "array" else ""
        else:
            child = node.setdefault(token, {})
            if not isinstance(child, dict):
                return body
            node = child
    return body
