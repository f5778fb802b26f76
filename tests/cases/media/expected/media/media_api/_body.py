# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Reading a streamed response body within the call's deadline and a size limit.

httpx would read and decode a whole body before the client sees it: a vendor that drip-feeds
its body keeps a call busy past its deadline, and a small gzip body can inflate to gigabytes.
Here the raw bytes are read chunk by chunk, decoded by us with a bound on each step's output
(so a gzip bomb never inflates more than one chunk past the limit), counted, and the deadline is
checked after every chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ERROR_BODY_BYTES",
    "BodyReader",
    "BodyTooLarge",
]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# An error keeps 2,000 characters of text; its documented model and messages need the JSON
# document, so a little more is read (and decoded) than is kept, never the whole body.
ERROR_BODY_BYTES = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"  # the encodings this reader decodes itself
_STEP = 64 * 1024  # most decoded bytes produced from one step of decompression
_DROPPED_HEADERS = (b"content-encoding", b"content-length", b"transfer-encoding")


class BodyTooLarge(Exception):
    """The decoded body passed the client's `max_response_bytes`."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"response body larger than {limit} bytes")
        self.limit = limit


class _Decoder:
    """Content-Encoding identity, gzip or deflate, decoded in bounded steps."""

    def __init__(self, content_encoding: str) -> None:
        encoding = content_encoding.strip().lower()
        self._raw_deflate_tried = encoding != "deflate"
        if encoding in ("", "identity"):
            self._inflater = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise httpx.DecodingError(f"unsupported Content-Encoding {encoding[:40]!r}")

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of one raw chunk, in pieces of at most `_STEP` bytes."""
        if self._inflater is None:
            if data:
                yield data
            return
        while not self._inflater.eof:
            try:
                piece = self._inflater.decompress(data, _STEP)
            except zlib.error:
                if self._raw_deflate_tried:
                    raise httpx.DecodingError("the body is not validly compressed") from None
                # "deflate" is sometimes sent without its zlib wrapper.
                self._raw_deflate_tried = True
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._raw_deflate_tried = True
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < _STEP:
                return


class BodyReader:
    """Accumulates one response's decoded body; stops at `limit` (error bodies: truncates)."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        limit: int,
        truncate: bool,
        time_left: Callable[[], float | None],
    ) -> None:
        self._response = response
        self._decoder = _Decoder(response.headers.get("content-encoding", ""))
        self._limit = min(limit, ERROR_BODY_BYTES) if truncate else limit
        self._truncate = truncate
        self._time_left = time_left
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, raw: bytes) -> bool:
        """Take one raw chunk; True when enough has been read (a truncated error body)."""
        left = self._time_left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout("the call's deadline passed while reading the body")
        for piece in self._decoder.feed(raw):
            room = self._limit - self._size
            if len(piece) > room:
                if not self._truncate:
                    raise BodyTooLarge(self._limit)
                self._parts.append(piece[:room])
                self._size = self._limit
                return True
            self._parts.append(piece)
            self._size += len(piece)
        return False

    def finish(self) -> httpx.Response:
        """A detached, fully read response: decoded content, no request, no stream."""
        headers = [
            (k, v) for k, v in self._response.headers.raw if k.lower() not in _DROPPED_HEADERS
        ]
        return httpx.Response(
            self._response.status_code, headers=headers, content=b"".join(self._parts)
        )


def attempt_timeout(base: httpx.Timeout, time_left: float | None) -> httpx.Timeout:
    """The client's timeouts, none longer than the time left to the call's deadline."""
    if time_left is None:
        return base
    left = max(time_left, 0.001)

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(base.connect), read=cap(base.read), write=cap(base.write), pool=cap(base.pool)
    )
