"""Rules on a schema's own keywords: type, nullability, const, bounds, pattern, format,
default, deprecation and documentation, and the catch-all for keywords nothing else analyses.
(Properties: rules_properties.py; composition and 2020-12 applicators: rules_composition.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .model import Effect
from .pairs import SchemaPair
from .registry import Hit, rule

UPPER = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum", "maxContains")
LOWER = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum", "minContains")
_DOCS = (
    "description",
    "title",
    "examples",
    "$comment",
    "externalDocs",
    "xml",
    "readOnly",
    "writeOnly",
)
HANDLED = frozenset(
    {"$ref", "type", "enum", "const", "properties", "required", "items", "prefixItems"}
    | {"additionalProperties", "allOf", "anyOf", "oneOf", "not", "discriminator", "contains"}
    | {"if", "then", "else", "dependentRequired", "default", "deprecated", "pattern", "format"}
    | {"multipleOf", "uniqueItems", "$schema", "$id", "$anchor", *UPPER, *LOWER, *_DOCS}
    | {"contentEncoding", "contentMediaType", "$defs", "definitions", "$dynamicAnchor"}
)
# JSON Schema 2020-12 validation keywords whose changes are not analysed: the catch-all.
UNANALYSED = frozenset(
    {"patternProperties", "propertyNames", "unevaluatedProperties", "unevaluatedItems"}
    | {"dependentSchemas", "contentSchema", "$dynamicRef", "$recursiveRef"}
)


def show(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=True)


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return frozenset(map(str, kind) if isinstance(kind, list) else [str(kind)])


def _show_types(kinds: frozenset[str] | None) -> str:
    return "any" if kinds is None else "|".join(sorted(kinds))


def _type_effect(pair: SchemaPair) -> Effect | None:
    """How the type changed, null aside (nullability has rules of its own)."""
    before, after = _types(pair.old), _types(pair.new)
    if before == after:
        return None
    if before is not None and after is not None:
        before, after = before - {"null"}, after - {"null"}
        if before == after:
            return None
        before = before | {"integer"} if "number" in before else before
        after = after | {"integer"} if "number" in after else after
    if after is None or (before is not None and after > before):
        return Effect.WIDENS
    if before is None or after < before:
        return Effect.NARROWS
    return Effect.CHANGES


def _type_hit(pair: SchemaPair, effect: Effect) -> Iterator[Hit]:
    if _type_effect(pair) is effect:
        yield Hit({"old": _show_types(_types(pair.old)), "new": _show_types(_types(pair.new))})


@rule("type-widened", Effect.WIDENS, "type {old} -> {new}", SchemaPair)
def type_widened(pair: SchemaPair) -> Iterator[Hit]:
    """The type admits more (integer -> number, a type dropped): readers may get what they
    cannot parse."""
    yield from _type_hit(pair, Effect.WIDENS)


@rule("type-narrowed", Effect.NARROWS, "type {old} -> {new}", SchemaPair)
def type_narrowed(pair: SchemaPair) -> Iterator[Hit]:
    """The type admits less (number -> integer, a type added where there was none)."""
    yield from _type_hit(pair, Effect.NARROWS)


@rule("type-changed", Effect.CHANGES, "type {old} -> {new}", SchemaPair)
def type_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The type changed to another (integer -> string)."""
    yield from _type_hit(pair, Effect.CHANGES)


def _nullable(schema: dict[str, Any]) -> bool | None:
    kinds = _types(schema)
    return None if kinds is None else "null" in kinds


@rule("became-nullable", Effect.WIDENS, "type {old} -> {new}", SchemaPair)
def became_nullable(pair: SchemaPair) -> Iterator[Hit]:
    """The value may now be null (3.0 `nullable: true` counts): readers may get null."""
    if _nullable(pair.old) is False and _nullable(pair.new) is True:
        yield Hit({"old": _show_types(_types(pair.old)), "new": _show_types(_types(pair.new))})


@rule("became-not-nullable", Effect.NARROWS, "type {old} -> {new}", SchemaPair)
def became_not_nullable(pair: SchemaPair) -> Iterator[Hit]:
    """The value may no longer be null: writers that send null are refused."""
    if _nullable(pair.old) is True and _nullable(pair.new) is False:
        yield Hit({"old": _show_types(_types(pair.old)), "new": _show_types(_types(pair.new))})


def _bound(pair: SchemaPair, keys: tuple[str, ...], want: str) -> Iterator[Hit]:
    """Numeric bounds by what happened to them: set, unset, increased, decreased."""
    for key in keys:
        a, b = pair.old.get(key), pair.new.get(key)
        if a == b:
            continue
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
        if not numeric and a is not None and b is not None:
            continue  # not numbers: the OpenAPI validator has refused the spec already
        happened = (
            "set" if a is None else "unset" if b is None else "increased" if b > a else "decreased"
        )
        if happened == want:
            yield Hit({"key": key, "old": show(a), "new": show(b)})


@rule("max-set", Effect.NARROWS, "{key} {old} -> {new}", SchemaPair)
def max_set(pair: SchemaPair) -> Iterator[Hit]:
    """An upper bound (maxLength, maxItems, maxProperties, maximum, exclusiveMaximum,
    maxContains) where there was none."""
    yield from _bound(pair, UPPER, "set")


@rule("max-unset", Effect.WIDENS, "{key} {old} -> {new}", SchemaPair)
def max_unset(pair: SchemaPair) -> Iterator[Hit]:
    """An upper bound removed."""
    yield from _bound(pair, UPPER, "unset")


@rule("max-decreased", Effect.NARROWS, "{key} {old} -> {new}", SchemaPair)
def max_decreased(pair: SchemaPair) -> Iterator[Hit]:
    """An upper bound lowered."""
    yield from _bound(pair, UPPER, "decreased")


@rule("max-increased", Effect.WIDENS, "{key} {old} -> {new}", SchemaPair)
def max_increased(pair: SchemaPair) -> Iterator[Hit]:
    """An upper bound raised."""
    yield from _bound(pair, UPPER, "increased")


@rule("min-set", Effect.NARROWS, "{key} {old} -> {new}", SchemaPair)
def min_set(pair: SchemaPair) -> Iterator[Hit]:
    """A lower bound (minLength, minItems, minProperties, minimum, exclusiveMinimum,
    minContains) where there was none."""
    yield from _bound(pair, LOWER, "set")


@rule("min-unset", Effect.WIDENS, "{key} {old} -> {new}", SchemaPair)
def min_unset(pair: SchemaPair) -> Iterator[Hit]:
    """A lower bound removed."""
    yield from _bound(pair, LOWER, "unset")


@rule("min-increased", Effect.NARROWS, "{key} {old} -> {new}", SchemaPair)
def min_increased(pair: SchemaPair) -> Iterator[Hit]:
    """A lower bound raised."""
    yield from _bound(pair, LOWER, "increased")


@rule("min-decreased", Effect.WIDENS, "{key} {old} -> {new}", SchemaPair)
def min_decreased(pair: SchemaPair) -> Iterator[Hit]:
    """A lower bound lowered."""
    yield from _bound(pair, LOWER, "decreased")


def _keyword(pair: SchemaPair, key: str, want: str) -> Iterator[Hit]:
    """A constraint keyword compared as text: set, unset or changed (patterns are ECMA-262 and
    are never compiled here)."""
    a, b = pair.old.get(key), pair.new.get(key)
    if key == "uniqueItems":
        a, b = a or None, b or None  # false is the same as absent
    if a == b:
        return
    happened = "set" if a is None else "unset" if b is None else "changed"
    if happened == want:
        yield Hit({"key": key, "old": show(a), "new": show(b)})


def _constraint_rules(name: str, keys: tuple[str, ...], what: str) -> None:
    for want, effect in (
        ("set", Effect.NARROWS),
        ("unset", Effect.WIDENS),
        ("changed", Effect.CHANGES),
    ):

        def check(pair: SchemaPair, want: str = want) -> Iterator[Hit]:
            for key in keys:
                yield from _keyword(pair, key, want)

        check.__doc__ = f"{what} {want}."
        rule(f"{name}-{want}", effect, "{key} {old} -> {new}", SchemaPair)(check)


_constraint_rules("pattern", ("pattern",), "A pattern (compared as text)")
_constraint_rules("format", ("format",), "A format")
_constraint_rules("const", ("const",), "A const value")
_constraint_rules("constraint", ("multipleOf", "uniqueItems"), "multipleOf or uniqueItems")


@rule(
    "default-changed",
    lambda f: Effect.CHANGES if f.accepts else Effect.INFO,
    "default {old} -> {new}",
    SchemaPair,
)
def default_changed(pair: SchemaPair) -> Iterator[Hit]:
    """A default changed: writers who leave the value out now mean something else."""
    if pair.old.get("default") != pair.new.get("default"):
        yield Hit({"old": show(pair.old.get("default")), "new": show(pair.new.get("default"))})


@rule("deprecated", Effect.WARNS, "deprecated{sunset}", SchemaPair)
def deprecated(pair: SchemaPair) -> Iterator[Hit]:
    """A schema or property became deprecated (x-sunset, when given, is its removal date)."""
    if pair.new.get("deprecated") is True and pair.old.get("deprecated") is not True:
        sunset = pair.new.get("x-sunset")
        yield Hit({"sunset": f" (x-sunset {sunset})" if sunset else ""})


@rule("docs-changed", Effect.INFO, "{keys} changed", SchemaPair)
def docs_changed(pair: SchemaPair) -> Iterator[Hit]:
    """Description, title, examples, $comment, externalDocs or xml changed, deprecation lifted,
    or readOnly/writeOnly dropped."""
    keys = sorted(
        k for k in _DOCS if pair.old.get(k) != pair.new.get(k) and pair.new.get(k) is not True
    )
    keys += ["deprecated"] if pair.old.get("deprecated") and not pair.new.get("deprecated") else []
    if keys:
        yield Hit({"keys": ", ".join(sorted(keys))})


@rule(
    "encoding-changed",
    Effect.CHANGES,
    "{key} {old} -> {new}",
    SchemaPair,
)
def encoding_changed(pair: SchemaPair) -> Iterator[Hit]:
    """contentEncoding or contentMediaType changed: the same value is written differently."""
    for key in ("contentEncoding", "contentMediaType"):
        if pair.old.get(key) != pair.new.get(key):
            yield Hit({"key": key, "old": show(pair.old.get(key)), "new": show(pair.new.get(key))})


@rule(
    "annotation-changed",
    Effect.INFO,
    "`{key}` changed (not a validation keyword here: nothing on the wire changes)",
    SchemaPair,
)
def annotation_changed(pair: SchemaPair) -> Iterator[Hit]:
    """A keyword JSON Schema 2020-12 does not define changed (`nullable` in a 3.1 document,
    a vendor's own word): validators ignore it."""
    for key in sorted((set(pair.old) | set(pair.new)) - HANDLED - UNANALYSED):
        if pair.old.get(key) != pair.new.get(key) and not key.startswith("x-"):
            yield Hit({"key": key})


@rule(
    "keyword-changed",
    Effect.CHANGES,
    "`{key}` changed (not analysed: treated as breaking)",
    SchemaPair,
)
def keyword_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The catch-all: a validation keyword no other rule analyses changed (patternProperties,
    propertyNames, unevaluatedProperties/Items, dependentSchemas, contentSchema, $dynamicRef)."""
    for key in sorted(UNANALYSED):
        if pair.old.get(key) != pair.new.get(key):
            yield Hit({"key": key})
