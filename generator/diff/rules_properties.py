"""Rules on an object schema's properties: removed, added, required or not, and readOnly /
writeOnly (a readOnly property is never sent in requests, a writeOnly one never in responses,
so changes to it there break no one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..problems import escape_pointer_token
from .model import Effect, Flow
from .pairs import SchemaPair
from .registry import REQUESTS, Hit, rule


def _props(schema: dict[str, Any]) -> dict[str, Any]:
    value = schema.get("properties")
    return value if isinstance(value, dict) else {}


def _required(schema: dict[str, Any]) -> set[str]:
    value = schema.get("required")
    return {str(v) for v in value} if isinstance(value, list) else set()


def _hidden(pair: SchemaPair, name: str) -> str | None:
    """The keyword that keeps this property off the wire in this direction, if any."""
    assert pair.flow is not None
    keyword = "readOnly" if pair.flow.prefix in REQUESTS else "writeOnly"
    side = pair.new if name in _props(pair.new) else pair.old  # as it is now, or was
    prop = _props(side).get(name)
    return keyword if isinstance(prop, dict) and prop.get(keyword) is True else None


def _places(pair: SchemaPair, hidden: bool = False) -> Iterator[tuple[str, Hit]]:
    """(name, a Hit located at the property) for every property either side names."""
    names = (
        set(_props(pair.old)) | set(_props(pair.new)) | _required(pair.old) | _required(pair.new)
    )
    for name in sorted(names):
        if (_hidden(pair, name) is not None) == hidden:
            sub = f"{pair.ptr}/properties/{escape_pointer_token(name)}"
            yield name, Hit(where=f"{pair.where}.{name}", pointer=sub)


def _old(hit: Hit) -> Hit:
    return Hit(hit.args, hit.where, hit.pointer, old_side=True)


@rule("property-removed", Effect.CHANGES, "property removed", SchemaPair)
def property_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A property is gone: generated models lose the field both ways."""
    for name, hit in _places(pair):
        if name in _props(pair.old) and name not in _props(pair.new):
            yield _old(hit)


@rule("property-added-required", Effect.NARROWS, "new required property", SchemaPair)
def property_added_required(pair: SchemaPair) -> Iterator[Hit]:
    """A new required property: writers of the data do not send it yet."""
    for name, hit in _places(pair):
        if (
            name in _props(pair.new)
            and name not in _props(pair.old)
            and name in _required(pair.new)
        ):
            yield hit


@rule("property-added", Effect.INFO, "new optional property", SchemaPair)
def property_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new optional property of an open object."""
    if pair.old.get("additionalProperties") is False:
        return
    for name, hit in _places(pair):
        if (
            name in _props(pair.new)
            and name not in _props(pair.old)
            and name not in _required(pair.new)
        ):
            yield hit


@rule("property-added-to-closed", Effect.WIDENS, "new optional property", SchemaPair)
def property_added_to_closed(pair: SchemaPair) -> Iterator[Hit]:
    """A new optional property of an object with additionalProperties: false: readers that
    validate strictly refuse it."""
    if pair.old.get("additionalProperties") is False:
        for name, hit in _places(pair):
            if (
                name in _props(pair.new)
                and name not in _props(pair.old)
                and name not in _required(pair.new)
            ):
                yield hit


def _kept(pair: SchemaPair, name: str) -> bool:
    return not (name in _props(pair.old)) ^ (name in _props(pair.new))


@rule("property-became-required", Effect.NARROWS, "property became required", SchemaPair)
def property_became_required(pair: SchemaPair) -> Iterator[Hit]:
    """An optional property became required."""
    for name, hit in _places(pair):
        if _kept(pair, name) and name in _required(pair.new) and name not in _required(pair.old):
            yield hit


@rule("property-became-optional", Effect.WIDENS, "property became optional", SchemaPair)
def property_became_optional(pair: SchemaPair) -> Iterator[Hit]:
    """A required property became optional: readers relying on it break."""
    for name, hit in _places(pair):
        if _kept(pair, name) and name in _required(pair.old) and name not in _required(pair.new):
            yield hit


@rule("off-wire-property-changed", Effect.INFO, "{what} ({keyword}: not sent this way)", SchemaPair)
def off_wire_property_changed(pair: SchemaPair) -> Iterator[Hit]:
    """A readOnly property of a request or a writeOnly one of a response was added, removed or
    made (not) required: it never travels this way, so nobody breaks."""
    for name, hit in _places(pair, hidden=True):
        before, after = name in _props(pair.old), name in _props(pair.new)
        required = (name in _required(pair.old), name in _required(pair.new))
        what = {(True, False): "property removed", (False, True): "new property"}.get(
            (before, after)
        )
        if what is None and required[0] != required[1]:
            what = "property became required" if required[1] else "property became optional"
        if what:
            args = {"what": what, "keyword": _hidden(pair, name)}
            yield Hit(args, hit.where, hit.pointer, old_side=not after)


def _request_side(flow: Flow) -> bool:
    return flow.prefix in REQUESTS


@rule(
    "became-read-only",
    lambda f: Effect.CHANGES if _request_side(f) else Effect.INFO,
    "now readOnly (the vendor ignores it in requests)",
    SchemaPair,
)
def became_read_only(pair: SchemaPair) -> Iterator[Hit]:
    """A schema became readOnly: what writers send in it is ignored from now on."""
    if pair.new.get("readOnly") is True and pair.old.get("readOnly") is not True:
        yield Hit()


@rule(
    "became-write-only",
    lambda f: Effect.INFO if _request_side(f) else Effect.CHANGES,
    "now writeOnly (no longer in responses)",
    SchemaPair,
)
def became_write_only(pair: SchemaPair) -> Iterator[Hit]:
    """A schema became writeOnly: readers of responses lose it."""
    if pair.new.get("writeOnly") is True and pair.old.get("writeOnly") is not True:
        yield Hit()
