# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Binary values in the models: `File` (a `format: binary` value: a multipart file part or a
binary request body) and `Base64` (a `format: byte` value: arbitrary bytes carried as base64
text in JSON — a PDF, an image; nothing requires the bytes to be UTF-8).

A `File` holds its content as bytes or as a binary stream (an open file, `io.BytesIO`): a
seekable stream is sent in chunks and rewound for a retry; any other stream is read once into
memory, so a retried call sends the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterator
from typing import IO, Annotated, Any

from pydantic import GetCoreSchemaHandler, PlainSerializer, PlainValidator
from pydantic_core import core_schema

__all__ = ["Base64", "File", "MediaInput"]

_CHUNK = 64 * 1024


class File:
    """A file to send: `content` (bytes or a binary stream), an optional `filename` and
    `content_type`. E.g. `File(open("label.pdf", "rb"), content_type="application/pdf")` or
    `File(b"...", filename="a.png", content_type="image/png")`."""

    __slots__ = ("_start", "content", "content_type", "filename")

    def __init__(
        self,
        content: bytes | IO[bytes],
        filename: str | None = None,
        content_type: str | None = None,
    ) -> None:
        if isinstance(content, bytearray | memoryview):
            content = bytes(content)
        if not isinstance(content, bytes) and not hasattr(content, "read"):
            raise TypeError(f"File content must be bytes or a binary stream, not {type(content)}")
        if filename is None and not isinstance(content, bytes):
            name = getattr(content, "name", None)
            filename = os.path.basename(name) if isinstance(name, str) and name else None
        self.content = content
        self.filename = filename
        self.content_type = content_type
        self._start: int | None = None

    def __repr__(self) -> str:  # never the content: it may be large or private
        size = f"{len(self.content)} bytes" if isinstance(self.content, bytes) else "stream"
        return f"File(filename={self.filename!r}, content_type={self.content_type!r}, {size})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return (self.filename, self.content_type, self.read()) == (
            other.filename,
            other.content_type,
            other.read(),
        )

    __hash__ = None  # type: ignore[assignment]

    def replayable(self) -> File:
        """Make the content sendable more than once: remember a seekable stream's position,
        read any other stream into memory. Called before the first attempt."""
        stream = self.content
        if isinstance(stream, bytes) or self._start is not None:
            return self
        seekable = getattr(stream, "seekable", None)
        if callable(seekable) and seekable():
            self._start = stream.tell()
        else:
            self.content = _read_all(stream)
        return self

    def size(self) -> int:
        """The bytes a send carries (a seekable stream: from its start to its end)."""
        if isinstance(self.content, bytes):
            return len(self.content)
        self.replayable()
        if isinstance(self.content, bytes):
            return len(self.content)
        end = self.content.seek(0, os.SEEK_END)
        self.content.seek(self._start or 0)
        return end - (self._start or 0)

    def read(self) -> bytes:
        """The whole content (a seekable stream is read from its start and left there)."""
        return b"".join(self.chunks())

    def chunks(self) -> Iterator[bytes]:
        """The content in chunks, from the start every time (one attempt of a call)."""
        if isinstance(self.content, bytes):
            yield self.content
            return
        self.replayable()
        if isinstance(self.content, bytes):
            yield self.content
            return
        self.content.seek(self._start or 0)
        while chunk := self.content.read(_CHUNK):
            yield chunk

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _to_file,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _file_to_json, when_used="json"
            ),
        )


def _read_all(stream: IO[bytes]) -> bytes:
    data = stream.read()
    if not isinstance(data, bytes):
        raise TypeError("File content must be a binary stream (opened with 'rb')")
    return data


def _to_file(value: Any) -> File:
    """A File from what a caller (bytes, a stream) or a wire document (text) gives."""
    if isinstance(value, File):
        return value
    if isinstance(value, str):
        return File(value.encode())
    if isinstance(value, bytes | bytearray | memoryview) or hasattr(value, "read"):
        return File(value)
    raise ValueError("expected a File, bytes or a binary stream")


def _file_to_json(value: File) -> str:
    """In a JSON document (never how a part is sent): the content as base64 text."""
    return base64.b64encode(value.read()).decode("ascii")


# Anything a binary request body may be given as.
MediaInput = File | bytes | IO[bytes]


def _read_base64(value: Any) -> bytes | str:
    """Wire text -> the bytes it carries; text that is not base64 is kept as it was sent
    (tolerant reading), bytes a caller gives are kept as they are."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if not isinstance(value, str):
        raise ValueError("expected base64 text or bytes")
    text = "".join(value.split())  # MIME-style base64 wraps lines
    for decode in (_standard, _urlsafe):
        try:
            return decode(text)
        except (binascii.Error, ValueError):
            continue
    return value


def _standard(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _urlsafe(text: str) -> bytes:
    if not set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_="):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _write_base64(value: bytes | str) -> str:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


# `format: byte`: bytes in Python, base64 text on the wire.
Base64 = Annotated[
    bytes | str, PlainValidator(_read_base64), PlainSerializer(_write_base64, return_type=str)
]
