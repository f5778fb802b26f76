"""Rules on how a schema is composed: allOf / oneOf / anyOf members, discriminator, not,
if/then/else, items, prefixItems, contains, additionalProperties, dependentRequired, and a
model renamed under a $ref. Subschemas kept on both sides are compared by the walk itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .model import Effect
from .pairs import SchemaPair
from .registry import Hit, rule
from .schema_walk import keyed, members, union_kind


def _show(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=True)


@rule("model-renamed", Effect.CHANGES, "model {old} renamed to {new}", SchemaPair)
def model_renamed(pair: SchemaPair) -> Iterator[Hit]:
    """A $ref now names another component schema: the generated class is renamed."""
    if pair.old_name and pair.new_name and pair.old_name != pair.new_name:
        yield Hit({"old": pair.old_name, "new": pair.new_name})


@rule("all-of-member-added", Effect.NARROWS, "allOf member {name} added", SchemaPair)
def all_of_member_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new allOf member: every message must also match it."""
    for name in sorted(keyed(list(pair.new_all_of)).keys() - keyed(list(pair.old_all_of)).keys()):
        yield Hit({"name": name})


@rule("all-of-member-removed", Effect.WIDENS, "allOf member {name} removed", SchemaPair)
def all_of_member_removed(pair: SchemaPair) -> Iterator[Hit]:
    """An allOf member is gone: messages need not match it any more."""
    for name in sorted(keyed(list(pair.old_all_of)).keys() - keyed(list(pair.new_all_of)).keys()):
        yield Hit({"name": name})


def _unions(pair: SchemaPair) -> tuple[str | None, str | None]:
    return union_kind(pair.old), union_kind(pair.new)


@rule("union-member-added", Effect.WIDENS, "{kind} member {name} added", SchemaPair)
def union_member_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new oneOf/anyOf member: readers meet a shape they do not know."""
    old, new = _unions(pair)
    if old and new:
        for name in sorted(members(pair.new).keys() - members(pair.old).keys()):
            yield Hit({"kind": new, "name": name})


@rule("union-member-removed", Effect.NARROWS, "{kind} member {name} removed", SchemaPair)
def union_member_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A oneOf/anyOf member is gone: writers that send that shape are refused."""
    old, new = _unions(pair)
    if old and new:
        for name in sorted(members(pair.old).keys() - members(pair.new).keys()):
            yield Hit({"kind": old, "name": name})


@rule("one-of-to-any-of", Effect.WIDENS, "oneOf -> anyOf", SchemaPair)
def one_of_to_any_of(pair: SchemaPair) -> Iterator[Hit]:
    """oneOf became anyOf: a message may now match several members."""
    if _unions(pair) == ("oneOf", "anyOf"):
        yield Hit()


@rule("any-of-to-one-of", Effect.NARROWS, "anyOf -> oneOf", SchemaPair)
def any_of_to_one_of(pair: SchemaPair) -> Iterator[Hit]:
    """anyOf became oneOf: a message matching several members is now refused."""
    if _unions(pair) == ("anyOf", "oneOf"):
        yield Hit()


@rule("union-set", Effect.NARROWS, "now {kind} of {names}", SchemaPair)
def union_set(pair: SchemaPair) -> Iterator[Hit]:
    """A oneOf/anyOf where there was none: messages must match one of its members."""
    old, new = _unions(pair)
    if new and not old:
        yield Hit({"kind": new, "names": ", ".join(sorted(members(pair.new)))})


@rule("union-unset", Effect.WIDENS, "no longer {kind} of {names}", SchemaPair)
def union_unset(pair: SchemaPair) -> Iterator[Hit]:
    """The oneOf/anyOf is gone."""
    old, new = _unions(pair)
    if old and not new:
        yield Hit({"kind": old, "names": ", ".join(sorted(members(pair.old)))})


def _discriminator(schema: dict[str, Any]) -> dict[str, Any]:
    value = schema.get("discriminator")
    return value if isinstance(value, dict) else {}


@rule("discriminator-changed", Effect.CHANGES, "discriminator property {old} -> {new}", SchemaPair)
def discriminator_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The discriminator property was set, removed or renamed: members are told apart by
    another field."""
    a, b = (
        _discriminator(pair.old).get("propertyName"),
        _discriminator(pair.new).get("propertyName"),
    )
    if a != b:
        yield Hit({"old": _show(a), "new": _show(b)})


def _mapping(schema: dict[str, Any]) -> dict[str, Any]:
    value = _discriminator(schema).get("mapping")
    return value if isinstance(value, dict) else {}


@rule("discriminator-mapping-added", Effect.WIDENS, "discriminator value {value} added", SchemaPair)
def discriminator_mapping_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new discriminator value: readers meet a kind they do not know."""
    for value in sorted(_mapping(pair.new).keys() - _mapping(pair.old).keys()):
        yield Hit({"value": _show(value)})


@rule(
    "discriminator-mapping-removed",
    Effect.NARROWS,
    "discriminator value {value} removed",
    SchemaPair,
)
def discriminator_mapping_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A discriminator value is gone: writers that send it are refused."""
    for value in sorted(_mapping(pair.old).keys() - _mapping(pair.new).keys()):
        yield Hit({"value": _show(value)})


@rule(
    "discriminator-mapping-changed",
    Effect.CHANGES,
    "discriminator value {value} now maps to {target}",
    SchemaPair,
)
def discriminator_mapping_changed(pair: SchemaPair) -> Iterator[Hit]:
    """A discriminator value maps to another schema."""
    before, after = _mapping(pair.old), _mapping(pair.new)
    for value in sorted(before.keys() & after.keys()):
        if before[value] != after[value]:
            yield Hit({"value": _show(value), "target": after[value]})


def _presence(pair: SchemaPair, key: str, want: str) -> Iterator[Hit]:
    a, b = key in pair.old, key in pair.new
    happened = "set" if b and not a else "unset" if a and not b else None
    if happened == want:
        yield Hit({"key": key})


def _applicator_rules(name: str, keys: tuple[str, ...], what: str) -> None:
    """`<name>-set` (narrows) and `<name>-unset` (widens) for subschema keywords."""
    for want, effect, text in (
        ("set", Effect.NARROWS, "added"),
        ("unset", Effect.WIDENS, "removed"),
    ):

        def check(pair: SchemaPair, want: str = want) -> Iterator[Hit]:
            for key in keys:
                yield from _presence(pair, key, want)

        check.__doc__ = f"{what} {text}."
        rule(f"{name}-{want}", effect, "{key} " + text, SchemaPair)(check)


_applicator_rules("not", ("not",), "A `not` subschema")
_applicator_rules("conditional", ("then", "else"), "A `then`/`else` subschema")
_applicator_rules("contains", ("contains",), "A `contains` subschema")
_applicator_rules("items", ("items",), "An `items` subschema")


@rule("not-changed", Effect.CHANGES, "`not` subschema changed", SchemaPair)
def not_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The schema a message must not match changed (its effect is the inverse of the change)."""
    if "not" in pair.old and "not" in pair.new and pair.old["not"] != pair.new["not"]:
        yield Hit()


@rule("if-changed", Effect.CHANGES, "`if` condition {what}", SchemaPair)
def if_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The `if` condition changed: other messages take the then/else branch."""
    a, b = pair.old.get("if"), pair.new.get("if")
    if a != b:
        yield Hit({"what": "added" if a is None else "removed" if b is None else "changed"})


def _prefix(schema: dict[str, Any]) -> list[Any]:
    value = schema.get("prefixItems")
    return value if isinstance(value, list) else []


@rule("prefix-items-added", Effect.NARROWS, "prefixItems {old} -> {new} positions", SchemaPair)
def prefix_items_added(pair: SchemaPair) -> Iterator[Hit]:
    """More positional item schemas: more positions are constrained."""
    a, b = len(_prefix(pair.old)), len(_prefix(pair.new))
    if b > a:
        yield Hit({"old": a, "new": b})


@rule("prefix-items-removed", Effect.WIDENS, "prefixItems {old} -> {new} positions", SchemaPair)
def prefix_items_removed(pair: SchemaPair) -> Iterator[Hit]:
    """Fewer positional item schemas."""
    a, b = len(_prefix(pair.old)), len(_prefix(pair.new))
    if b < a:
        yield Hit({"old": a, "new": b})


def _dependent(schema: dict[str, Any]) -> set[tuple[str, str]]:
    value = schema.get("dependentRequired")
    pairs = value.items() if isinstance(value, dict) else ()
    return {(str(k), str(n)) for k, names in pairs for n in names if isinstance(names, list)}


@rule(
    "dependent-required-added",
    Effect.NARROWS,
    "{name} now required when {key} is present",
    SchemaPair,
)
def dependent_required_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new dependentRequired entry."""
    for key, name in sorted(_dependent(pair.new) - _dependent(pair.old)):
        yield Hit({"key": key, "name": name})


@rule(
    "dependent-required-removed",
    Effect.WIDENS,
    "{name} no longer required when {key} is present",
    SchemaPair,
)
def dependent_required_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A dependentRequired entry is gone."""
    for key, name in sorted(_dependent(pair.old) - _dependent(pair.new)):
        yield Hit({"key": key, "name": name})


def _additional(pair: SchemaPair) -> tuple[Any, Any] | None:
    a, b = pair.old.get("additionalProperties", True), pair.new.get("additionalProperties", True)
    if (isinstance(a, dict) and isinstance(b, dict)) or a == b:
        return None
    return a, b


@rule(
    "additional-properties-narrowed",
    Effect.NARROWS,
    "additionalProperties {old} -> {new}",
    SchemaPair,
)
def additional_properties_narrowed(pair: SchemaPair) -> Iterator[Hit]:
    """Extra properties are refused or constrained where they were free."""
    change = _additional(pair)
    if change and (change[1] is False or (change[0] is True and isinstance(change[1], dict))):
        yield Hit({"old": _show(change[0]), "new": _show(change[1])})


@rule(
    "additional-properties-widened",
    Effect.WIDENS,
    "additionalProperties {old} -> {new}",
    SchemaPair,
)
def additional_properties_widened(pair: SchemaPair) -> Iterator[Hit]:
    """Extra properties are allowed or freed where they were refused or constrained."""
    change = _additional(pair)
    if change and not (change[1] is False or (change[0] is True and isinstance(change[1], dict))):
        yield Hit({"old": _show(change[0]), "new": _show(change[1])})
