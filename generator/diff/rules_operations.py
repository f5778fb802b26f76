"""Rules on operations, webhooks and callbacks: removed, added, renamed, deprecated, sunset,
and who may call them (security requirements and scopes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from .model import Effect
from .pairs import OperationPair, SecurityPair
from .registry import Hit, rule

PATHS, WEBHOOKS = ("request",), ("webhook",)
_DOCS = ("summary", "description", "tags", "externalDocs", "x-doc-note")
_HANDLED = frozenset(
    {"operationId", "parameters", "requestBody", "responses", "security", "callbacks"}
    | {"x-variants", "deprecated", "x-sunset", "x-stability-level", *_DOCS}
)


def sunset_passed(op: dict[str, Any], today: dt.date | None = None) -> bool:
    """A deprecated operation whose `x-sunset` date (RFC 3339 full-date) has passed."""
    try:
        sunset = dt.date.fromisoformat(str(op.get("x-sunset"))[:10])
    except ValueError:
        return False
    return bool(op.get("deprecated")) and sunset <= (today or dt.date.today())


@rule("operation-removed", Effect.NARROWS, "operation removed", OperationPair, directions=PATHS)
def operation_removed(pair: OperationPair) -> Iterator[Hit]:
    """An operation is gone (unless it was deprecated and its x-sunset date has passed)."""
    if pair.new is None and not sunset_passed(pair.old):
        yield Hit(old_side=True)


@rule(
    "operation-removed-after-sunset",
    Effect.INFO,
    "deprecated operation removed after its sunset date {sunset}",
    OperationPair,
    directions=PATHS,
)
def operation_removed_after_sunset(pair: OperationPair) -> Iterator[Hit]:
    """A deprecated operation is gone after its x-sunset date: as announced."""
    if pair.new is None and sunset_passed(pair.old):
        yield Hit({"sunset": pair.old.get("x-sunset")}, old_side=True)


@rule("operation-added", Effect.WIDENS, "new operation", OperationPair, directions=PATHS)
def operation_added(pair: OperationPair) -> Iterator[Hit]:
    """A new operation."""
    if pair.old is None:
        yield Hit()


@rule(
    "callback-removed",
    Effect.NARROWS,
    "callback removed (the vendor no longer calls it)",
    OperationPair,
    directions=WEBHOOKS,
)
def callback_removed(pair: OperationPair) -> Iterator[Hit]:
    """A webhook or callback the vendor no longer sends."""
    if pair.new is None:
        yield Hit(old_side=True)


@rule(
    "callback-added",
    Effect.WIDENS,
    "new callback (existing receivers have no handler for it)",
    OperationPair,
    directions=WEBHOOKS,
)
def callback_added(pair: OperationPair) -> Iterator[Hit]:
    """A new webhook or callback: existing receivers get requests they have no handler for."""
    if pair.old is None:
        yield Hit()


def _both(pair: OperationPair) -> bool:
    return pair.old is not None and pair.new is not None


@rule(
    "operation-id-changed",
    Effect.CHANGES,
    "operationId {old} -> {new} (the generated method is renamed)",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def operation_id_changed(pair: OperationPair) -> Iterator[Hit]:
    """The operationId changed: generated methods and handlers are named after it."""
    if _both(pair) and pair.old.get("operationId") != pair.new.get("operationId"):
        yield Hit({"old": pair.old.get("operationId"), "new": pair.new.get("operationId")})


@rule(
    "operation-deprecated",
    Effect.WARNS,
    "operation deprecated{sunset}",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def operation_deprecated(pair: OperationPair) -> Iterator[Hit]:
    """An operation became deprecated: its users should move before it is removed."""
    if _both(pair) and pair.new.get("deprecated") and not pair.old.get("deprecated"):
        sunset = pair.new.get("x-sunset")
        yield Hit({"sunset": f" (x-sunset {sunset})" if sunset else ""})


@rule(
    "operation-sunset-changed",
    Effect.WARNS,
    "x-sunset {old} -> {new}",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def operation_sunset_changed(pair: OperationPair) -> Iterator[Hit]:
    """The x-sunset date of an already deprecated operation was set or moved: its users have a
    new deadline (a new deprecation with its date is reported once, as operation-deprecated)."""
    if (
        _both(pair)
        and pair.old.get("deprecated")
        and pair.old.get("x-sunset") != pair.new.get("x-sunset")
        and pair.new.get("x-sunset")
    ):
        yield Hit({"old": pair.old.get("x-sunset", "(none)"), "new": pair.new.get("x-sunset")})


@rule(
    "operation-docs-changed",
    Effect.INFO,
    "{keys} changed",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def operation_docs_changed(pair: OperationPair) -> Iterator[Hit]:
    """Summary, description, tags, externalDocs or x-doc-note changed (or deprecation lifted)."""
    if not _both(pair):
        return
    keys = [k for k in _DOCS if pair.old.get(k) != pair.new.get(k)]
    keys += ["deprecated"] if pair.old.get("deprecated") and not pair.new.get("deprecated") else []
    if keys:
        yield Hit({"keys": ", ".join(keys)})


@rule(
    "operation-keyword-changed",
    Effect.INFO,
    "{key} changed",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def operation_keyword_changed(pair: OperationPair) -> Iterator[Hit]:
    """Any other keyword of the operation (servers, extensions) changed."""
    if _both(pair):
        for key in sorted((pair.old.keys() | pair.new.keys()) - _HANDLED):
            if pair.old.get(key) != pair.new.get(key):
                yield Hit({"key": key}, pointer=f"{pair.ptr}/{key}")


def _variants(op: dict[str, Any]) -> dict[Any, Any]:
    return {v.get("operationId"): v for v in op.get("x-variants") or [] if isinstance(v, dict)}


@rule(
    "variant-removed",
    Effect.CHANGES,
    "variant {name} removed",
    OperationPair,
    directions=PATHS + WEBHOOKS,
)
def variant_removed(pair: OperationPair) -> Iterator[Hit]:
    """An x-variants entry is gone: its generated method disappears."""
    if _both(pair):
        for name in sorted(_variants(pair.old).keys() - _variants(pair.new).keys(), key=str):
            yield Hit({"name": name})


@rule(
    "variant-added", Effect.INFO, "variant {name} added", OperationPair, directions=PATHS + WEBHOOKS
)
def variant_added(pair: OperationPair) -> Iterator[Hit]:
    """A new x-variants entry."""
    if _both(pair):
        for name in sorted(_variants(pair.new).keys() - _variants(pair.old).keys(), key=str):
            yield Hit({"name": name})


def _show(alternative: dict[str, frozenset[str]]) -> str:
    return "+".join(sorted(alternative)) or "(none)"


@rule(
    "security-removed",
    Effect.NARROWS,
    "auth {auth} no longer accepted",
    SecurityPair,
    directions=PATHS,
)
def security_removed(pair: SecurityPair) -> Iterator[Hit]:
    """A way to authenticate is no longer accepted (and the operation is not now open to all)."""
    after = {frozenset(alt) for alt in pair.new}
    if frozenset() in after:
        return
    for alt in pair.old:
        if frozenset(alt) not in after:
            yield Hit({"auth": _show(alt)})


@rule("security-added", Effect.WIDENS, "auth {auth} now accepted", SecurityPair, directions=PATHS)
def security_added(pair: SecurityPair) -> Iterator[Hit]:
    """A new way to authenticate ("(none)": the operation needs no authentication now)."""
    before = {frozenset(alt) for alt in pair.old}
    for alt in pair.new:
        if alt and frozenset(alt) not in before:
            yield Hit({"auth": _show(alt)})


@rule(
    "security-not-needed",
    Effect.WIDENS,
    "no authentication needed any more",
    SecurityPair,
    directions=PATHS,
)
def security_not_needed(pair: SecurityPair) -> Iterator[Hit]:
    """The operation is now open to anyone (`security: []`, or an empty requirement `{}`)."""
    if {} in pair.new and {} not in pair.old:
        yield Hit()


def _same_alternatives(pair: SecurityPair) -> Iterator[tuple[str, frozenset[str], frozenset[str]]]:
    after = {frozenset(alt): alt for alt in pair.new}
    for alt in pair.old:
        match = after.get(frozenset(alt))
        for scheme in sorted(alt) if match is not None else ():
            yield scheme, alt[scheme], match[scheme]  # type: ignore[index]


@rule(
    "security-scope-added",
    Effect.NARROWS,
    "auth {scheme} now needs scopes {scopes}",
    SecurityPair,
    directions=PATHS,
)
def security_scope_added(pair: SecurityPair) -> Iterator[Hit]:
    """A requirement needs more OAuth scopes: tokens granted before may lack them."""
    for scheme, before, after in _same_alternatives(pair):
        if after - before:
            yield Hit({"scheme": scheme, "scopes": ", ".join(sorted(after - before))})


@rule(
    "security-scope-removed",
    Effect.WIDENS,
    "auth {scheme} no longer needs scopes {scopes}",
    SecurityPair,
    directions=PATHS,
)
def security_scope_removed(pair: SecurityPair) -> Iterator[Hit]:
    """A requirement needs fewer OAuth scopes."""
    for scheme, before, after in _same_alternatives(pair):
        if before - after:
            yield Hit({"scheme": scheme, "scopes": ", ".join(sorted(before - after))})


@rule(
    "security-changed",
    Effect.CHANGES,
    "how the vendor authenticates changed",
    SecurityPair,
    directions=WEBHOOKS,
)
def webhook_security_changed(pair: SecurityPair) -> Iterator[Hit]:
    """Any change to how the vendor authenticates its callbacks: receivers verify exactly that."""
    if {frozenset(a.items()) for a in pair.old} != {frozenset(a.items()) for a in pair.new}:
        yield Hit()
