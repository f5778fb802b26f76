# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""What the client sends: a body as the wire JSON the spec describes, checked before it leaves,
then encoded as the operation's documented media type (JSON, form, multipart, text, bytes).

The models read what vendors send tolerantly (shape only); what the integrator sends is held to
the spec: the JSON about to be sent is validated against the operation's request schema (JSON
Schema 2020-12, formats included) and every problem is reported at once, nothing sent.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined, to_jsonable_python

from . import errors
from ._files import File
from ._forms import multipart_body, new_boundary, urlencoded
from ._mediatypes import RequestMedia, concrete, documented, sendable
from ._responses import Operation
from ._validation import request_problems

__all__ = ["Payload", "body_content", "encode_body", "wire_json"]


def wire_json(model: Any, exclude: frozenset[str] = frozenset()) -> Any:
    """The model as JSON by alias, only the fields the caller set — plus the spec's documented
    defaults the caller left out (the vendor applies them anyway; sent, they are explicit).
    `exclude`: fields left out (the files of a multipart body). A list body (a type alias such
    as `list[Item]`) is a plain list of such models."""
    if not isinstance(model, BaseModel):
        if isinstance(model, list | tuple):
            return [wire_json(item) for item in model]
        return to_jsonable_python(model, by_alias=True)
    data = model.model_dump(
        mode="json", by_alias=True, exclude_unset=True, exclude=set(exclude) or None
    )
    for name, field in type(model).model_fields.items():
        if name in exclude:
            continue
        key = field.alias or name
        if name in model.model_fields_set and key in data:
            data[key] = _wire_value(getattr(model, name), data[key])
        elif field.default is not None and field.default is not PydanticUndefined:
            data[key] = model.model_dump(mode="json", by_alias=True, include={name})[key]
    return data


def _wire_value(value: Any, dumped: Any) -> Any:
    """Nested models get their defaults too."""
    if isinstance(value, BaseModel):
        return wire_json(value)
    if isinstance(value, list) and isinstance(dumped, list):
        return [_wire_value(v, d) for v, d in zip(value, dumped, strict=True)]
    return dumped


def body_content(operation: Operation, body: Any) -> bytes:
    """The body's bytes, after the spec's check; `RequestValidationError` lists every problem."""
    data = wire_json(body)
    if operation.request_schema:
        problems = request_problems(operation.request_schema, data)
        if problems:
            raise errors.RequestValidationError(operation.name, problems)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Payload:
    """A body with files in it, sent as a stream (a seekable file is rewound for a retry)."""

    pieces: tuple[bytes | File, ...]

    @property
    def length(self) -> int:
        """Sent as the Content-Length (not chunked: some servers refuse chunked uploads)."""
        return sum(p.size() if isinstance(p, File) else len(p) for p in self.pieces)

    def sync(self) -> Iterator[bytes]:
        for piece in self.pieces:
            if isinstance(piece, File):
                yield from piece.chunks()
            else:
                yield piece

    async def asynchronous(self) -> AsyncIterator[bytes]:
        for chunk in self.sync():
            yield chunk


def _payload(pieces: list[bytes | File]) -> bytes | Payload:
    """Bytes when everything is in memory (sent with a Content-Length), else a Payload."""
    files = [p.replayable() for p in pieces if isinstance(p, File)]
    if all(isinstance(f.content, bytes) for f in files):
        return b"".join(p if isinstance(p, bytes) else p.read() for p in pieces)
    return Payload(tuple(pieces))


def encode_body(operation: Operation, body: Any) -> tuple[bytes | Payload, str]:
    """(content, Content-Type) of the body, as the operation's documented media type says;
    JSON, form and multipart fields are checked against the spec first."""
    media = operation.request_media or RequestMedia("application/json")
    kind = media.kind
    if kind == "json":
        return body_content(operation, body), sendable(media.media_type)
    if kind == "form":
        return urlencoded(_checked(operation, body, {}), media), media.media_type
    if kind == "multipart":
        files: dict[str, list[File]] = {}
        data = _checked(operation, body, files)
        boundary = new_boundary()
        content_type = f"multipart/form-data; boundary={boundary}"
        return _payload(multipart_body(data, files, media, boundary)), content_type
    if kind == "text":
        if not isinstance(body, str):
            raise TypeError(f"{operation.name}() takes its body as str")
        return body.encode(), f"{sendable(media.media_type)}; charset=utf-8"
    return _binary(operation, body, media)


def _binary(operation: Operation, body: Any, media: RequestMedia) -> tuple[bytes | Payload, str]:
    file = body if isinstance(body, File) else File(body)
    guessed = mimetypes.guess_type(file.filename)[0] if file.filename else None
    content_type = file.content_type or concrete(media.media_type)
    if content_type is None and guessed and documented(guessed, media.types or [media.media_type]):
        content_type = guessed
    if content_type is None:
        raise ValueError(
            f"{operation.name}(): the body may be any of {media.media_type!r}; give it as "
            f"File(..., content_type=...) naming its type"
        )
    return _payload([file]), content_type


def _checked(operation: Operation, body: BaseModel, files: dict[str, list[File]]) -> Any:
    """The wire JSON of a form or multipart body, checked against the spec. File fields are
    taken out into `files` (a placeholder string stands in their place for the check)."""
    names: dict[str, str] = {}
    for name, field in type(body).model_fields.items():
        value = getattr(body, name)
        found = value if isinstance(value, list) else [value]
        if found and all(isinstance(v, File) for v in found):
            files[field.alias or name] = found
            names[name] = field.alias or name
    data = wire_json(body, frozenset(names))
    for name, key in names.items():
        data[key] = "" if not isinstance(getattr(body, name), list) else [""] * len(files[key])
    if operation.request_schema:
        problems = request_problems(operation.request_schema, data)
        if problems:
            raise errors.RequestValidationError(operation.name, problems)
    for key in names.values():
        data[key] = None  # where the file parts go, in the body's property order
    return {k: v for k, v in data.items() if v is not None or k in files}
