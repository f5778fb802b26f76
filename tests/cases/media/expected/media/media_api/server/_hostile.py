# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Checks on raw request bodies before anything parses them: nesting depth (a deep body would
exhaust the parser's recursion and answer 500), non-finite number literals (`NaN`, `Infinity`:
not JSON, yet Python's parser accepts them) and the media type (only JSON is accepted, so a
web page cannot drive a receiver with a CORS "simple" `text/plain` request)."""

from __future__ import annotations

import re

__all__ = ["MAX_JSON_DEPTH", "is_json_media_type", "json_problem"]

MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]")
_NON_FINITE = re.compile(rb"(?<![A-Za-z0-9_])(?:NaN|-?Infinity)(?![A-Za-z0-9_])")


def json_problem(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Why `raw` must not be parsed, or None. Strings are blanked first, so brackets and words
    inside them count for nothing."""
    outside = _STRING.sub(b'""', raw)
    if _NON_FINITE.search(outside):
        return "the body contains a non-finite number (NaN or Infinity), which JSON does not allow"
    brackets = _NOT_BRACKET.sub(b"", outside)
    if brackets.count(b"[") + brackets.count(b"{") <= max_depth:
        return None
    depth = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        if depth > max_depth:
            return f"the body is nested deeper than {max_depth} levels"
    return None


def is_json_media_type(content_type: str | None) -> bool:
    """application/json or any `+json` type; parameters (charset) are ignored."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )
