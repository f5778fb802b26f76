"""Stage 3, media types: which documented media type a request body is sent as and a response
is read as, and the Python types the caller gives and gets for each.

A JSON, form or multipart body is a model (its schema a `$ref`); a `text/*` body is `str`;
any other type is bytes (`File`, `bytes` or a binary stream in; `bytes` out).
"""

from __future__ import annotations

from typing import Any

from .runtime._mediatypes import PartEncoding, kind_of, preferred

__all__ = [
    "PartEncoding",
    "body_hint",
    "choose",
    "encoding",
    "kind_of",
    "receiver_hint",
    "result_hint",
]

MODEL_KINDS = frozenset({"json", "form", "multipart"})


def choose(content: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(media type, media object) of the documented type a client sends or reads."""
    media = preferred(list(content))
    return (media, content[media]) if media is not None else None


def encoding(media_object: dict[str, Any]) -> tuple[PartEncoding, ...]:
    """The `encoding` object of a form or multipart media type, by property."""
    result = []
    for name, raw in sorted((media_object.get("encoding") or {}).items()):
        if not isinstance(raw, dict):
            continue
        explode = raw.get("explode")
        result.append(
            PartEncoding(
                name=str(name),
                content_type=raw.get("contentType"),
                style=raw.get("style"),
                explode=explode if isinstance(explode, bool) else None,
            )
        )
    return tuple(result)


def body_hint(kind: str, model: str | None) -> str:
    """The annotation of a client method's `body` argument (the generated module's names): a
    list body may be any sequence but a str (`_types.SequenceNotStr`)."""
    if kind in MODEL_KINDS and model:
        return f"models.{model} | dict[str, typing.Any] | SequenceNotStr[typing.Any]"
    if kind == "json":
        return "typing.Any"  # a JSON body whose schema is not a named model
    if kind == "text":
        return "str"
    return "File | bytes | typing.IO[bytes]"


def receiver_hint(media_types: tuple[str, ...], model: str | None) -> str:
    """What a webhook handler is given for a body of these documented types: as a client gets
    a response (`result_hint`), but a form or multipart body without a model as its fields."""
    hints: list[str] = []
    for media in media_types:
        if kind_of(media) in ("form", "multipart") and not model:
            hint = "dict[str, typing.Any]"
        else:
            hint = result_hint((media,), model)
        if hint not in hints:
            hints.append(hint)
    return " | ".join(hints)


def result_hint(media_types: tuple[str, ...], model: str | None) -> str:
    """What a method returns, by the success response's documented media types."""
    if not media_types:
        return f"models.{model}" if model else "None"
    hints: list[str] = []
    for media in media_types:
        kind = kind_of(media)
        if kind == "text":
            hint = "str"
        elif kind == "binary":
            hint = "bytes"
        else:
            hint = f"models.{model}" if model else "typing.Any"
        if hint not in hints:
            hints.append(hint)
    return " | ".join(hints)
