"""Rules on bodies' media types and on responses: success statuses removed or renumbered,
other statuses, and response headers (removed, optional, required, deprecated)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..problems import escape_pointer_token
from .model import Effect
from .pairs import ContentPair, HeaderPair, ResponsesPair
from .registry import RESPONSES, Hit, rule


def _both(pair: Any) -> bool:
    return pair.old is not None and pair.new is not None


@rule(
    "content-removed",
    lambda f: Effect.WIDENS if f.accepts else Effect.CHANGES,
    "body removed",
    ContentPair,
)
def content_removed(pair: ContentPair) -> Iterator[Hit]:
    """Every media type of a body or response is gone: it has no body any more."""
    if pair.old and not pair.new:
        yield Hit()


@rule(
    "content-added", lambda f: Effect.NARROWS if f.accepts else Effect.INFO, "new body", ContentPair
)
def content_added(pair: ContentPair) -> Iterator[Hit]:
    """A body or response that had no content has some now."""
    if pair.new and not pair.old:
        yield Hit()


@rule("media-type-removed", Effect.CHANGES, "media type {media} removed", ContentPair)
def media_type_removed(pair: ContentPair) -> Iterator[Hit]:
    """A media type is gone while others remain."""
    for media in sorted(pair.old.keys() - pair.new.keys()) if pair.new else ():
        yield Hit({"media": media})


@rule("media-type-added", Effect.INFO, "media type {media} added", ContentPair)
def media_type_added(pair: ContentPair) -> Iterator[Hit]:
    """A new media type beside existing ones."""
    for media in sorted(pair.new.keys() - pair.old.keys()) if pair.old else ():
        yield Hit({"media": media})


@rule("examples-changed", Effect.INFO, "examples changed", ContentPair)
def examples_changed(pair: ContentPair) -> Iterator[Hit]:
    """A media type's example or examples changed."""
    for media in sorted(pair.old.keys() & pair.new.keys()):
        a, b = pair.old[media] or {}, pair.new[media] or {}
        if (a.get("examples"), a.get("example")) != (b.get("examples"), b.get("example")):
            yield Hit(pointer=f"{pair.ptr}/content/{escape_pointer_token(media)}/schema")


def _statuses(responses: dict[str, Any]) -> tuple[set[str], set[str]]:
    success = {s for s in responses if s.startswith("2") or s.upper() == "2XX"}
    return success, set(responses) - success


def _renumbered(pair: ResponsesPair) -> tuple[str, str] | None:
    (old_ok, _), (new_ok, _) = _statuses(pair.old), _statuses(pair.new)
    gone, came = old_ok - new_ok, new_ok - old_ok
    return (gone.pop(), came.pop()) if len(gone) == 1 and len(came) == 1 else None


def _status(pair: ResponsesPair, status: str) -> str:
    return f"{pair.ptr}/{escape_pointer_token(status)}"


@rule(
    "success-status-renumbered",
    Effect.CHANGES,
    "success status {old} -> {new}",
    ResponsesPair,
    directions=RESPONSES,
)
def success_status_renumbered(pair: ResponsesPair) -> Iterator[Hit]:
    """The one success status changed (200 -> 201): code that checks the status breaks."""
    moved = _renumbered(pair)
    if moved:
        yield Hit({"old": moved[0], "new": moved[1]}, pointer=_status(pair, moved[1]))


@rule(
    "success-status-removed",
    Effect.CHANGES,
    "success status no longer documented",
    ResponsesPair,
    directions=RESPONSES,
)
def success_status_removed(pair: ResponsesPair) -> Iterator[Hit]:
    """A 2xx status is gone: code that handles it never sees it, or sees it undocumented."""
    if _renumbered(pair) is None:
        for status in sorted(_statuses(pair.old)[0] - set(pair.new)):
            yield Hit(where=f"{pair.where} {status}", pointer=_status(pair, status), old_side=True)


@rule(
    "status-removed",
    Effect.NARROWS,
    "status no longer documented",
    ResponsesPair,
    directions=RESPONSES,
)
def status_removed(pair: ResponsesPair) -> Iterator[Hit]:
    """A non-2xx status is gone (a receiver's answer with it may now be refused)."""
    for status in sorted(_statuses(pair.old)[1] - set(pair.new)):
        yield Hit(where=f"{pair.where} {status}", pointer=_status(pair, status), old_side=True)


@rule("status-added", Effect.INFO, "newly documented status", ResponsesPair, directions=RESPONSES)
def status_added(pair: ResponsesPair) -> Iterator[Hit]:
    """A newly documented status (not the new number of a renumbered success)."""
    moved = _renumbered(pair)
    for status in sorted(set(pair.new) - set(pair.old)):
        if not (moved and status == moved[1]):
            yield Hit(where=f"{pair.where} {status}", pointer=_status(pair, status))


@rule(
    "status-docs-changed", Effect.INFO, "description changed", ResponsesPair, directions=RESPONSES
)
def response_docs_changed(pair: ResponsesPair) -> Iterator[Hit]:
    """A response's description changed."""
    for status in sorted(set(pair.old) & set(pair.new)):
        if (pair.old[status] or {}).get("description") != (pair.new[status] or {}).get(
            "description"
        ):
            yield Hit(where=f"{pair.where} {status}", pointer=_status(pair, status))


@rule("header-removed", Effect.WIDENS, "required header removed", HeaderPair, directions=RESPONSES)
def header_removed(pair: HeaderPair) -> Iterator[Hit]:
    """A required response header is gone: readers relying on it break."""
    if pair.new is None and pair.old.get("required"):
        yield Hit(old_side=True)


@rule(
    "optional-header-removed",
    lambda f: Effect.INFO if f.accepts else Effect.WARNS,
    "optional header removed",
    HeaderPair,
    directions=RESPONSES,
)
def optional_header_removed(pair: HeaderPair) -> Iterator[Hit]:
    """An optional response header is no longer documented (clients that read it, like
    Retry-After, lose it)."""
    if pair.new is None and not pair.old.get("required"):
        yield Hit(old_side=True)


@rule(
    "header-added-required", Effect.NARROWS, "new required header", HeaderPair, directions=RESPONSES
)
def header_added_required(pair: HeaderPair) -> Iterator[Hit]:
    """A new required response header (a receiver's answer without it may be refused)."""
    if pair.old is None and pair.new.get("required"):
        yield Hit()


@rule("header-added", Effect.INFO, "new optional header", HeaderPair, directions=RESPONSES)
def header_added(pair: HeaderPair) -> Iterator[Hit]:
    """A new optional response header."""
    if pair.old is None and not pair.new.get("required"):
        yield Hit()


@rule(
    "header-became-optional",
    Effect.WIDENS,
    "header became optional",
    HeaderPair,
    directions=RESPONSES,
)
def header_became_optional(pair: HeaderPair) -> Iterator[Hit]:
    """A required response header became optional."""
    if _both(pair) and pair.old.get("required") and not pair.new.get("required"):
        yield Hit()


@rule(
    "header-became-required",
    Effect.NARROWS,
    "header became required",
    HeaderPair,
    directions=RESPONSES,
)
def header_became_required(pair: HeaderPair) -> Iterator[Hit]:
    """An optional response header became required."""
    if _both(pair) and pair.new.get("required") and not pair.old.get("required"):
        yield Hit()


@rule("header-deprecated", Effect.WARNS, "header deprecated", HeaderPair, directions=RESPONSES)
def header_deprecated(pair: HeaderPair) -> Iterator[Hit]:
    """A response header became deprecated."""
    if _both(pair) and pair.new.get("deprecated") and not pair.old.get("deprecated"):
        yield Hit()
