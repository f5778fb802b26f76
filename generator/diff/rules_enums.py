"""Rules on a schema's enum: values added (readers meet unknown ones), removed (writers are
refused), or the restriction set or lifted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .model import Effect
from .pairs import SchemaPair
from .registry import Hit, rule


def _values(schema: dict[str, Any]) -> frozenset[str] | None:
    if not isinstance(schema.get("enum"), list):
        return None
    return frozenset(json.dumps(v, sort_keys=True, ensure_ascii=True) for v in schema["enum"])


def _show_values(values: frozenset[str] | set[str]) -> str:
    text = ", ".join(sorted(values))
    return text if len(text) <= 200 else text[:197] + "..."


@rule("enum-values-added", Effect.WIDENS, "enum values added: {values}", SchemaPair)
def enum_values_added(pair: SchemaPair) -> Iterator[Hit]:
    """New enum values: readers meet values they do not know."""
    before, after = _values(pair.old), _values(pair.new)
    if before is not None and after is not None and after - before:
        yield Hit({"values": _show_values(after - before)})


@rule("enum-values-removed", Effect.NARROWS, "enum values removed: {values}", SchemaPair)
def enum_values_removed(pair: SchemaPair) -> Iterator[Hit]:
    """Enum values removed: writers that send them are refused."""
    before, after = _values(pair.old), _values(pair.new)
    if before is not None and after is not None and before - after:
        yield Hit({"values": _show_values(before - after)})


@rule("enum-set", Effect.NARROWS, "now restricted to {values}", SchemaPair)
def enum_set(pair: SchemaPair) -> Iterator[Hit]:
    """An enum where any value went before."""
    before, after = _values(pair.old), _values(pair.new)
    if before is None and after is not None:
        yield Hit({"values": _show_values(after)})


@rule("enum-unset", Effect.WIDENS, "no longer restricted to {values}", SchemaPair)
def enum_unset(pair: SchemaPair) -> Iterator[Hit]:
    """The enum is gone: any value may come."""
    before, after = _values(pair.old), _values(pair.new)
    if before is not None and after is None:
        yield Hit({"values": _show_values(before)})
