# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""The mock's side of media types: a request body decoded as the media type it was sent as
(one the operation documents, else 415), form and multipart fields rebuilt into the JSON the
spec's schema checks; a success answered in the documented response media type.

Form fields arrive as text: each is read back into the JSON type its property's schema gives
(`5` -> 5 for an integer), so the same strict JSON-Schema check as for JSON bodies applies.
"""

from __future__ import annotations

import json
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl

from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError

from .._files import File
from .._mediatypes import RequestMedia, documented, kind_of, sendable
from .._validation import component_schema, request_problems

__all__ = [
    "MOCK_BYTES",
    "accepts",
    "decode_fields",
    "media_response",
    "negotiate",
    "rebuild_fields",
]

# What the mock answers a binary response with: every byte value, so no text decoding
# of the body can pass unnoticed.
MOCK_BYTES = bytes(range(256))

Field = str | File


def decode_fields(
    media: RequestMedia,
    content_type: str | None,
    raw: bytes,
    model: type[BaseModel] | None,
    *,
    strict: bool = True,
) -> tuple[Any, list[str]]:
    """A form or multipart body as `model` (or its fields, files as `File`, when there is no
    model), or the problems to answer 400 with. `strict` (the mock, playing the vendor): the
    spec's JSON Schema decides first; not strict (the webhook receivers): the model decides."""
    try:
        fields = _fields(content_type, raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return None, [f"body: {exc}"]
    schema = component_schema(model.__name__) if model else {}
    instance, files = _rebuild(fields, schema, media)
    if model is None:
        return {**instance, **files}, []
    problems = request_problems(model.__name__, instance) if strict else []
    if problems:
        return None, problems
    try:
        return model.model_validate({**instance, **files}), []
    except ValidationError as exc:
        return None, [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:20]]


def rebuild_fields(
    media: RequestMedia, content_type: str | None, raw: bytes, schema: dict[str, Any]
) -> dict[str, Any]:
    """A form or multipart body as the JSON its schema describes (a file stands as an empty
    string); UnicodeDecodeError or ValueError when it is not one."""
    return _rebuild(_fields(content_type, raw), schema, media)[0]


def _fields(content_type: str | None, raw: bytes) -> list[tuple[str, Field]]:
    return _form(raw) if kind_of(content_type) == "form" else _multipart(content_type, raw)


def _form(raw: bytes) -> list[tuple[str, Field]]:
    pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(raw))
    return [(name, value) for name, value in pairs]


def _multipart(content_type: str | None, raw: bytes) -> list[tuple[str, Field]]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        raise ValueError("not a multipart body")
    fields: list[tuple[str, Field]] = []
    for part in message.iter_parts():
        assert isinstance(part, EmailMessage)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a part has no name")
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            fields.append((name, File(content, filename, part.get("content-type"))))
        else:
            fields.append((name, content.decode("utf-8")))
    return fields


def _rebuild(
    fields: list[tuple[str, Field]], schema: dict[str, Any], media: RequestMedia
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the JSON the schema checks, the File fields): text read into each property's type;
    a file stands as an empty string in the JSON."""
    properties = schema.get("properties") or {}
    grouped: dict[str, list[Field]] = {}
    nested: dict[str, dict[str, Any]] = {}
    flattened = [  # objects sent as their own pairs (`style: form`, exploded)
        e.name
        for e in media.encoding
        if e.style == "form" and e.explode is not False and e.name in properties
    ]
    for name, value in fields:
        outer, bracket, inner = name.partition("[")
        owner = next((o for o in flattened if name in _properties(properties[o])), None)
        if bracket and inner.endswith("]") and outer in properties:  # deepObject
            nested.setdefault(outer, {})[inner[:-1]] = value
        elif name not in properties and owner is not None:
            nested.setdefault(owner, {})[name] = value
        else:
            grouped.setdefault(name, []).append(value)
    instance: dict[str, Any] = {
        outer: {
            key: _typed(component_schema(_properties(properties[outer]).get(key) or {}), value)
            for key, value in members.items()
            if isinstance(value, str)
        }
        for outer, members in nested.items()
    }
    files: dict[str, Any] = {}
    for name, values in grouped.items():
        prop = component_schema(properties.get(name) or {})
        if any(isinstance(v, File) for v in values):
            many = _type(prop) == "array"
            files[name] = values if many else values[0]
            instance[name] = [""] * len(values) if many else ""
            continue
        texts = [v for v in values if isinstance(v, str)]
        if _type(prop) == "array":
            if len(texts) == 1 and media.part(name).explode is False:
                texts = texts[0].split(",") if texts[0] else []
            item = component_schema(prop.get("items") or {})
            instance[name] = [_typed(item, t) for t in texts]
        else:
            instance[name] = _typed(prop, texts[-1])
    return instance, files


def _properties(schema: Any) -> dict[str, Any]:
    """The properties of an object property's schema (its `$ref` followed)."""
    properties = component_schema(schema).get("properties")
    return properties if isinstance(properties, dict) else {}


def _type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        for key in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(key) or ():
                found = _type(component_schema(member))
                if found and found != "null":
                    return found
    return kind if isinstance(kind, str) else None


def _typed(schema: dict[str, Any], text: str) -> Any:
    """Form text as the JSON value its schema describes; kept as text when it is not one (the
    schema check then says why)."""
    kind = _type(schema)
    try:
        if kind == "integer" and text.lstrip("-").isdigit():
            return int(text)
        if kind == "number":
            return json.loads(text) if text.strip() else text
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind in ("object", "array"):
            return json.loads(text)
    except ValueError:
        return text
    return text


def negotiate(accept: str | None, types: tuple[str, ...]) -> str | None:
    """The documented type to answer in: the first the request's Accept asks for (in its
    order, wildcards either side), else the first documented one."""
    for wanted in (accept or "").split(","):
        for candidate in types:
            if documented(wanted, [candidate]) or documented(candidate, [wanted]):
                return candidate
    return types[0] if types else None


def media_response(media_type: str | None, body: Any, status: int) -> Response:
    """The documented success body in its media type: JSON, text, or bytes."""
    if body is None:
        return Response(status_code=status)
    kind = kind_of(media_type) if media_type else "json"
    if kind == "json":
        json_type = sendable(media_type) if media_type else None
        return JSONResponse(body, status_code=status, media_type=json_type)
    assert media_type is not None  # not JSON: a documented type
    if kind == "text":
        text = body if isinstance(body, str) else json.dumps(body)
        return Response(text, status_code=status, media_type=sendable(media_type))
    return Response(MOCK_BYTES, status_code=status, media_type=sendable(media_type))


def accepts(media: RequestMedia, content_type: str | None) -> bool:
    return documented(content_type, media.types or (media.media_type,)) is not None
