# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""A webhook delivery's body, read as the media type the vendor sent it as.

A callback whose spec documents only JSON accepts only JSON (a web page cannot drive it with a
CORS "simple" form or text request). One that documents other types accepts each of them, and
JSON too when its body is a model: a vendor that documents a form and sends the same fields as
JSON loses nothing. Anything else is answered 415, naming the documented types.

What the handler gets, by kind: the model (JSON, form and multipart bodies; form fields read
into their properties' JSON types), the text (`text/*`, in the charset it was sent in) or the
bytes (every other type). Without a model, JSON is handed over parsed and a form as a dict of
its fields (files as `File`).

`document` is the body as JSON data, for what reads values out of it by JSON pointer (the
delivery key, JWT claims): JSON parsed, a form or multipart body as the fields it carried.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from .._jsonpointer import MISSING
from .._mediatypes import RequestMedia, documented, kind_of
from .._validation import component_schema
from ._hostile import is_json_media_type, json_problem
from ._media import decode_fields, rebuild_fields
from ._support import ErrorTemplate, answer, parse_body

__all__ = ["document", "json_document", "read", "refusal"]


def _kind(media: RequestMedia | None, model: Any, content_type: str | None) -> str | None:
    """json | form | multipart | text | binary: how the body is read; None: not accepted."""
    if media is not None:
        matched = documented(content_type, media.types or (media.media_type,))
        if matched is not None:
            return kind_of(matched)
    if (media is None or model is not None) and is_json_media_type(content_type):
        return "json"
    return None


def _accepted(media: RequestMedia | None, model: Any) -> str:
    types = list(media.types or (media.media_type,)) if media is not None else []
    if media is None or (model is not None and "application/json" not in types):
        types.append("application/json")
    return " or ".join(types)


def refusal(
    errors: Mapping[int, ErrorTemplate],
    request: Request,
    raw: bytes,
    model: Any,
    media: RequestMedia | None,
) -> Response | None:
    """Before parsing: a body of a type the callback does not accept (415), or JSON nested too
    deep or holding NaN/Infinity (400), each answered as the callback documents that status."""
    if (model is None and media is None) or not raw:
        return None
    kind = _kind(media, model, request.headers.get("content-type"))
    if kind is None and raw.strip():
        return answer(errors, 415, [f"the body must be sent as {_accepted(media, model)}"])
    problem = json_problem(raw) if kind == "json" else None
    return answer(errors, 400, [problem]) if problem else None


def read(
    model: Any, required: bool, media: RequestMedia | None, content_type: str | None, raw: bytes
) -> tuple[Any, list[str]]:
    """(what the handler gets, the problems to answer 400 with), after `refusal` passed."""
    if model is None and media is None:
        return None, []
    kind = _kind(media, model, content_type)
    # Whitespace is a text's or a file's content, but no JSON document and no form field.
    if not raw if kind in ("text", "binary") else not raw.strip():
        return None, (["a request body is required"] if required else [])
    if kind == "json":
        if model is not None:  # the model alone decides: tolerant, as every receiver reads
            return parse_body(model, required, raw, strict=False)
        data = json_document(raw)
        return (None, ["body: not JSON"]) if data is MISSING else (data, [])
    if kind in ("form", "multipart") and media is not None:
        return decode_fields(media, content_type, raw, model, strict=False)
    if kind == "text":
        try:
            return raw.decode(_charset(content_type)), []
        except (LookupError, UnicodeDecodeError):
            return None, [f"body: not text in {_charset(content_type)}"]
    return raw, []


def document(model: Any, media: RequestMedia | None, content_type: str | None, raw: bytes) -> Any:
    """The body as JSON data (MISSING when it is none): what JSON pointers are resolved in."""
    kind = _kind(media, model, content_type) if raw.strip() else None
    if kind == "json":
        return json_document(raw)
    if kind in ("form", "multipart") and media is not None:
        schema = component_schema(model.__name__) if model is not None else {}
        try:
            return rebuild_fields(media, content_type, raw, schema)
        except (UnicodeDecodeError, ValueError):
            return MISSING
    return MISSING


def json_document(raw: bytes) -> Any:
    """`raw` parsed as JSON, or MISSING when it is none (or too deep, or not finite)."""
    if not raw.strip() or json_problem(raw) is not None:
        return MISSING
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return MISSING


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _charset(content_type: str | None) -> str:
    """The `charset` parameter of a `text/*` type; UTF-8 when none is given."""
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"
