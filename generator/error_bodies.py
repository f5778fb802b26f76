"""The error answers generated servers give: only what the spec documents, with our messages.

For each status a server produces itself, an operation answers as it documents that status
(exactly, as `4XX`, or as `default`); an operation silent about it answers as the API documents
it elsewhere in the same section (paths for the mock, webhooks for the receivers); when nothing
documents it, the answer has no body. A status documented without a body stays bodiless.
Bodies are built from the schema, never from the doc's example (whose text describes one
particular failure), and the problem is written into the shape's message fields: the one
`x-message-field` names, and any other top-level text field named like a message.
"""

from __future__ import annotations

from typing import Any

from . import naming
from .ir import ErrorTemplate
from .mockdata import sample
from .problems import unescape_pointer_token
from .walk import deref, iter_operations

# Statuses the generated servers produce themselves.
SERVER_STATUSES = (400, 401, 404, 405, 413, 415, 429, 500)

# Field names (lower case, without `_`/`-`) that carry an error's human-readable text.
_MESSAGE_NAMES = frozenset(
    {
        "message",
        "messages",
        "description",
        "detail",
        "details",
        "error",
        "errors",
        "errormessage",
        "errordescription",
        "title",
        "reason",
    }
)

# (body or None, message pointer, further message pointers)
Documented = tuple[Any, str | None, tuple[str, ...]]


def documented_errors(data: dict[str, Any]) -> dict[tuple[str, int], Documented]:
    """Per section and status, the first answer any operation documents for it."""
    found: dict[tuple[str, int], Documented] = {}
    for section, _, _, op in iter_operations(data):
        for status in SERVER_STATUSES:
            if (section, status) not in found:
                documented = _documented(data, op, status, ("exact", "range"))
                if documented is not None:
                    found[(section, status)] = documented
    return found


def error_templates(
    data: dict[str, Any],
    section: str,
    raw: dict[str, Any],
    fallbacks: dict[tuple[str, int], Documented],
) -> tuple[ErrorTemplate, ...]:
    """The operation's own documented answer for each status, else the API's, else none."""
    templates = []
    for status in SERVER_STATUSES:
        body, pointer, also = (
            _documented(data, raw, status, ("exact", "range", "default"))
            or fallbacks.get((section, status))
            or (None, None, ())
        )
        templates.append(ErrorTemplate(status, naming.literal(body), pointer, also))
    return tuple(templates)


def _documented(
    data: dict[str, Any], raw: dict[str, Any], status: int, kinds: tuple[str, ...]
) -> Documented | None:
    responses = raw.get("responses") or {}
    keys = {"exact": str(status), "range": f"{str(status)[0]}XX", "default": "default"}
    for kind in kinds:
        if keys[kind] in responses:
            return _answer(data, deref(data, responses[keys[kind]]))
    return None


def _answer(data: dict[str, Any], response: dict[str, Any]) -> Documented:
    content = response.get("content") or {}
    if not content:
        return None, None, ()
    media = next(iter(sorted(content.items())))[1]
    schema = deref(data, media.get("schema", {}))
    if "schema" in media:  # the schema's own example describes one failure too: left out
        body = sample(data, {k: v for k, v in schema.items() if k not in ("examples", "example")})
    else:  # no schema: the example is all the shape there is
        examples = [deref(data, e).get("value") for e in (media.get("examples") or {}).values()]
        body = media.get("example", examples[0] if examples else None)
    fields = _message_fields(data, schema)
    pointer = response.get("x-message-field") or (fields[0] if fields else None)
    also = tuple(f for f in fields if f != pointer)
    for slot in (pointer, *also):
        body = _with_message_slot(data, schema, body, slot)
    return body, pointer, also


def _message_fields(data: dict[str, Any], schema: Any) -> list[str]:
    """Pointers of the schema's top-level text (or list of text) fields named like a message."""
    if not isinstance(schema, dict):
        return []
    fields = []
    for name, prop in (schema.get("properties") or {}).items():
        prop = deref(data, prop)
        kind = _type(prop)
        if kind == "array":
            kind = _type(deref(data, prop.get("items", {})))
        named = name.lower().replace("_", "").replace("-", "") in _MESSAGE_NAMES
        if named and kind == "string" and "enum" not in prop and "const" not in prop:
            fields.append("/" + name.replace("~", "~0").replace("/", "~1"))
    return fields


def _type(schema: Any) -> Any:
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind


def _with_message_slot(data: dict[str, Any], schema: Any, body: Any, pointer: str | None) -> Any:
    """Make sure the body has the field messages go to, typed as the schema says (a list for
    an array, else a string), so servers fill in the documented shape."""
    if not pointer:
        return body
    if body is None:
        body = {}
    if not isinstance(body, dict):
        return body
    node, tokens = body, pointer.split("/")[1:]
    for depth, token in enumerate(tokens):
        token = unescape_pointer_token(token)
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
