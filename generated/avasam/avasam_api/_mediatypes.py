# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Media types as the client, the mock and the generator see them: which kind of body a type
is (JSON, form, multipart, text or binary), whether a received type is one a spec documents
(`image/*` covers `image/png`), and which documented type is preferred when several are.

Standard library only: the generator imports this module too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "PartEncoding",
    "RequestMedia",
    "concrete",
    "documented",
    "essence",
    "kind_of",
    "preferred",
    "sendable",
]

_KIND_ORDER = ("json", "form", "multipart", "text", "binary")


def essence(media_type: str | None) -> str:
    """`Application/JSON; charset=utf-8` -> `application/json`."""
    return (media_type or "").split(";", 1)[0].strip().lower()


def kind_of(media_type: str | None) -> str:
    """json | form | multipart | text | binary (every other type is bytes)."""
    media = essence(media_type)
    main, _, sub = media.partition("/")
    if sub == "json" or sub.endswith("+json"):
        return "json"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media == "multipart/form-data":
        return "multipart"
    if main == "text":
        return "text"
    return "binary"


def documented(received: str | None, types: Iterable[str]) -> str | None:
    """The documented type `received` matches (`image/*` and `*/*` match by wildcard)."""
    media = essence(received)
    main = media.partition("/")[0]
    for candidate in types:
        wanted = essence(candidate)
        if wanted in (media, "*/*") or (wanted.endswith("/*") and wanted[:-2] == main):
            return candidate
    return None


def preferred(types: Iterable[str]) -> str | None:
    """The type a client sends when several are documented: JSON, then form, multipart, text,
    then anything else; within a kind, the documented order."""
    ordered = sorted(enumerate(types), key=lambda item: (_KIND_ORDER.index(kind_of(item[1])),))
    return ordered[0][1] if ordered else None


def concrete(media_type: str) -> str | None:
    """A documented type usable as a Content-Type, or None for a wildcard (`image/*`)."""
    return None if "*" in media_type else media_type


def sendable(media_type: str) -> str:
    """The Content-Type to send a body of a documented type with: the type itself, or for a
    wildcard its kind's generic type (`text/*` -> text/plain, `image/*` -> octet-stream)."""
    return concrete(media_type) or _GENERIC.get(kind_of(media_type), "application/octet-stream")


_GENERIC = {"json": "application/json", "text": "text/plain"}


@dataclass(frozen=True)
class PartEncoding:
    """The spec's `encoding` entry of one property of a form or multipart body."""

    name: str
    content_type: str | None = None
    style: str | None = None
    explode: bool | None = None


@dataclass(frozen=True)
class RequestMedia:
    """How an operation's request body goes on the wire: the documented media type it is sent
    as (`types`: every documented one, which the mock accepts) and its `encoding` entries."""

    media_type: str
    types: tuple[str, ...] = ()
    encoding: tuple[PartEncoding, ...] = ()

    @property
    def kind(self) -> str:
        return kind_of(self.media_type)

    def part(self, name: str) -> PartEncoding:
        return next((e for e in self.encoding if e.name == name), PartEncoding(name))
