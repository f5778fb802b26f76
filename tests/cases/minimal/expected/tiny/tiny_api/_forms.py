# Generated from specs/tiny.yaml by vendorgen. Do not edit: regenerate instead.
"""Form and multipart bodies from the wire JSON of a model (the same JSON the spec's schema
checks), as the spec's `encoding` object says.

- `application/x-www-form-urlencoded`: one `name=value` pair per scalar; an array as repeated
  pairs (`explode`, the default) or one comma-joined value (`explode: false`); an object as
  `name[key]=value` pairs (`style: deepObject`), as its own pairs (`style: form`, exploded)
  or, by default, as its JSON text (the one form a receiver can read back without loss).
- `multipart/form-data`: one part per scalar (text, no Content-Type unless `encoding` gives
  one), one part per array item, an object as a JSON part, a `File` as a file part with its
  filename and content type (else `encoding`'s, else `application/octet-stream`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

from ._files import File
from ._mediatypes import PartEncoding, RequestMedia

__all__ = ["form_pairs", "multipart_body", "new_boundary", "scalar_text"]


def scalar_text(value: Any) -> str:
    """A JSON scalar as form text: `true`/`false`, numbers as JSON writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    return str(value)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def form_pairs(data: dict[str, Any], media: RequestMedia) -> list[tuple[str, str]]:
    """The (name, value) pairs of an urlencoded form, in the body's property order."""
    pairs: list[tuple[str, str]] = []
    for name, value in data.items():
        if value is None:
            continue  # a form has no null: the field is left out
        encoding = media.part(name)
        if isinstance(value, dict):
            pairs.extend(_object_pairs(name, value, encoding))
        elif isinstance(value, list):
            items = [_item_text(v) for v in value if v is not None]
            if encoding.explode is False:
                pairs.append((name, ",".join(items)))
            else:
                pairs.extend((name, item) for item in items)
        else:
            pairs.append((name, scalar_text(value)))
    return pairs


def _item_text(value: Any) -> str:
    return _json_text(value) if isinstance(value, dict | list) else scalar_text(value)


def _object_pairs(
    name: str, value: dict[str, Any], encoding: PartEncoding
) -> Iterable[tuple[str, str]]:
    if encoding.style == "deepObject":
        return [(f"{name}[{k}]", _item_text(v)) for k, v in value.items() if v is not None]
    if encoding.style == "form" and encoding.explode is not False:
        return [(k, _item_text(v)) for k, v in value.items() if v is not None]
    return [(name, _json_text(value))]


def urlencoded(data: dict[str, Any], media: RequestMedia) -> bytes:
    return urlencode(form_pairs(data, media)).encode("ascii")


def new_boundary() -> str:
    return f"vendorgen-{uuid.uuid4().hex}"


def _quoted(text: str) -> str:
    """A name or filename inside a Content-Disposition quoted string (as browsers escape)."""
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def _head(boundary: str, name: str, filename: str | None, content_type: str | None) -> bytes:
    disposition = f'form-data; name="{_quoted(name)}"'
    if filename is not None:
        disposition += f'; filename="{_quoted(filename)}"'
    lines = [f"--{boundary}", f"Content-Disposition: {disposition}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def multipart_body(
    data: dict[str, Any], files: dict[str, list[File]], media: RequestMedia, boundary: str
) -> list[bytes | File]:
    """The multipart body as pieces: bytes, and the `File`s themselves (streamed when sent).
    `data` is the wire JSON of the non-file fields, `files` the file fields, both by wire name;
    parts follow the body's property order (`data`'s, files where their placeholder stands)."""
    pieces: list[bytes | File] = []
    for name, value in data.items():
        encoding = media.part(name)
        if name in files:
            for file in files[name]:
                content_type = file.content_type or encoding.content_type
                pieces.append(_head(boundary, name, file.filename or name, content_type or _OCTETS))
                pieces.extend((file, b"\r\n"))
            continue
        for text, content_type in _part_values(value, encoding):
            pieces.append(_head(boundary, name, None, content_type) + text.encode() + b"\r\n")
    pieces.append(f"--{boundary}--\r\n".encode())
    return pieces


_OCTETS = "application/octet-stream"


def _part_values(value: Any, encoding: PartEncoding) -> Iterator[tuple[str, str | None]]:
    """(text, Content-Type) of the parts of one non-file field."""
    if value is None:
        return
    if isinstance(value, list) and encoding.content_type != "application/json":
        for item in value:
            yield from _part_values(item, encoding)
    elif isinstance(value, dict | list):
        yield _json_text(value), encoding.content_type or "application/json"
    else:
        yield scalar_text(value), encoding.content_type
