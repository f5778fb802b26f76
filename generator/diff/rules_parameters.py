"""Rules on what a request carries besides its schemas: parameters (matched by location and
name, header names case-insensitively) and the request body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .model import Effect, Flow
from .pairs import BodyPair, ParameterPair
from .registry import REQUESTS, Hit, rule

_SERIALISATION = ("style", "explode", "allowReserved", "allowEmptyValue")


def _required(param: dict[str, Any], location: str) -> bool:
    return bool(param.get("required")) or location == "path"


def _show(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=True)


@rule("parameter-removed", Effect.CHANGES, "parameter removed", ParameterPair, directions=REQUESTS)
def parameter_removed(pair: ParameterPair) -> Iterator[Hit]:
    """A parameter is gone: what its senders pass is ignored or refused."""
    if pair.new is None:
        yield Hit(old_side=True)


@rule(
    "parameter-added-required",
    Effect.NARROWS,
    "new required parameter",
    ParameterPair,
    directions=REQUESTS,
)
def parameter_added_required(pair: ParameterPair) -> Iterator[Hit]:
    """A new required parameter: existing senders do not send it."""
    if pair.old is None and _required(pair.new, pair.location):
        yield Hit()


@rule("parameter-added", Effect.INFO, "new optional parameter", ParameterPair, directions=REQUESTS)
def parameter_added(pair: ParameterPair) -> Iterator[Hit]:
    """A new optional parameter."""
    if pair.old is None and not _required(pair.new, pair.location):
        yield Hit()


def _both(pair: Any) -> bool:
    return pair.old is not None and pair.new is not None


@rule(
    "parameter-renamed",
    Effect.CHANGES,
    "renamed from {old} (the generated argument is renamed)",
    ParameterPair,
    directions=REQUESTS,
)
def parameter_renamed(pair: ParameterPair) -> Iterator[Hit]:
    """A path parameter has a new name in the same place: the URL is the same, but generated
    code names its argument after it."""
    if _both(pair) and pair.old.get("name") != pair.new.get("name"):
        yield Hit({"old": repr(pair.old.get("name"))})


@rule(
    "parameter-became-required",
    Effect.NARROWS,
    "parameter became required",
    ParameterPair,
    directions=REQUESTS,
)
def parameter_became_required(pair: ParameterPair) -> Iterator[Hit]:
    """An optional parameter became required."""
    if (
        _both(pair)
        and _required(pair.new, pair.location)
        and not _required(pair.old, pair.location)
    ):
        yield Hit()


@rule(
    "parameter-became-optional",
    Effect.WIDENS,
    "parameter became optional",
    ParameterPair,
    directions=REQUESTS,
)
def parameter_became_optional(pair: ParameterPair) -> Iterator[Hit]:
    """A required parameter became optional."""
    if (
        _both(pair)
        and _required(pair.old, pair.location)
        and not _required(pair.new, pair.location)
    ):
        yield Hit()


@rule(
    "parameter-serialisation-changed",
    Effect.CHANGES,
    "{what} changed",
    ParameterPair,
    directions=REQUESTS,
)
def parameter_serialisation_changed(pair: ParameterPair) -> Iterator[Hit]:
    """style, explode, allowReserved, allowEmptyValue, or schema vs content (and its media type)
    changed: the same value goes on the wire differently."""
    if not _both(pair):
        return
    for key in _SERIALISATION:
        if pair.old.get(key) != pair.new.get(key):
            yield Hit({"what": key})
    old_media, new_media = (
        sorted(pair.old.get("content") or {}),
        sorted(pair.new.get("content") or {}),
    )
    if old_media != new_media:
        before, after = "/".join(old_media) or "(schema)", "/".join(new_media) or "(schema)"
        yield Hit({"what": f"content {before} -> {after}: encoding"})


@rule(
    "parameter-deprecated", Effect.WARNS, "parameter deprecated", ParameterPair, directions=REQUESTS
)
def parameter_deprecated(pair: ParameterPair) -> Iterator[Hit]:
    """A parameter became deprecated."""
    if _both(pair) and pair.new.get("deprecated") and not pair.old.get("deprecated"):
        yield Hit()


@rule(
    "parameter-docs-changed", Effect.INFO, "description changed", ParameterPair, directions=REQUESTS
)
def parameter_docs_changed(pair: ParameterPair) -> Iterator[Hit]:
    """A parameter's description changed."""
    if _both(pair) and pair.old.get("description") != pair.new.get("description"):
        yield Hit()


def _body_added(flow: Flow) -> Effect:
    return Effect.INFO if flow.accepts else Effect.WIDENS


@rule("body-removed", Effect.CHANGES, "body removed", BodyPair, directions=REQUESTS)
def body_removed(pair: BodyPair) -> Iterator[Hit]:
    """The request body is gone."""
    if pair.new is None:
        yield Hit(old_side=True)


@rule(
    "body-added-required",
    lambda f: Effect.NARROWS if f.accepts else Effect.WIDENS,
    "new required body",
    BodyPair,
    directions=REQUESTS,
)
def body_added_required(pair: BodyPair) -> Iterator[Hit]:
    """A new required request body: existing senders send none."""
    if pair.old is None and pair.new.get("required"):
        yield Hit()


@rule("body-added", _body_added, "new body", BodyPair, directions=REQUESTS)
def body_added(pair: BodyPair) -> Iterator[Hit]:
    """A new optional request body (to a receiver, a payload it has not seen)."""
    if pair.old is None and not pair.new.get("required"):
        yield Hit()


@rule("body-became-required", Effect.NARROWS, "body became required", BodyPair, directions=REQUESTS)
def body_became_required(pair: BodyPair) -> Iterator[Hit]:
    """An optional request body became required."""
    if _both(pair) and pair.new.get("required") and not pair.old.get("required"):
        yield Hit()


@rule("body-became-optional", Effect.WIDENS, "body became optional", BodyPair, directions=REQUESTS)
def body_became_optional(pair: BodyPair) -> Iterator[Hit]:
    """A required request body became optional."""
    if _both(pair) and pair.old.get("required") and not pair.new.get("required"):
        yield Hit()
