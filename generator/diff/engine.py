"""Run every registered rule over the pairs of the structural diff and collect typed Changes,
each with its level (config overrides applied), whom it breaks and its spec line."""

from __future__ import annotations

from . import (  # noqa: F401 (importing a rules module registers its rules)
    rules_composition,
    rules_document,
    rules_enums,
    rules_operations,
    rules_parameters,
    rules_properties,
    rules_responses,
    rules_schema,
)
from .model import AUDIENCES, Change, Flow, level_for
from .pairs import Pair, SchemaPair
from .registry import Hit, Rule, rules_for
from .source import Source
from .structure import Structure

_LEVEL_ORDER = {"breaking": 0, "warning": 1, "info": 2}


def diff_sources(old: Source, new: Source, levels: dict[str, str] | None = None) -> list[Change]:
    """Every change between two specs, ordered by level, audience and place."""
    levels = levels or {}
    changes: set[Change] = set()
    for pair in Structure(old, new).pairs():
        for rule in rules_for(type(pair)):
            if rule.directed and (pair.flow is None or pair.flow.prefix not in rule.directions):
                continue
            for hit in rule.check(pair):
                changes.update(_changes(rule, pair, hit, old, new, levels))
    order = {name: index for index, name in enumerate(AUDIENCES)}
    return sorted(
        changes,
        key=lambda c: (_LEVEL_ORDER[c.level], order.get(c.breaks or "", 9), c.where, c.message),
    )


def _changes(
    rule: Rule, pair: Pair, hit: Hit, old: Source, new: Source, levels: dict[str, str]
) -> list[Change]:
    flow: Flow | None = pair.flow if rule.directed else None
    rule_id = f"{flow.prefix}-{rule.id}" if flow else rule.id
    level = levels.get(rule_id) or levels.get(rule.id) or level_for(rule.effect_for(flow), flow)
    where = hit.where or pair.where
    if isinstance(pair, SchemaPair) and flow is not None:
        where = f"{where} ({flow.label})"
    message = rule.template.format(**hit.args)
    ptr = hit.pointer if hit.pointer is not None else pair.ptr
    source = old if hit.old_side else new
    line = source.line(ptr)
    audiences: tuple[str | None, ...]
    if level == "info":
        audiences = (None,)
    elif hit.breaks is not None:
        audiences = hit.breaks
    else:
        audiences = (flow.breaks if flow else "clients",)
    # A shared thing nobody uses (an unreferenced security scheme) breaks no one.
    return [
        Change(
            rule_id,
            level if who else "info",
            who if level != "info" else None,
            where,
            message,
            ptr,
            source.spec.file,
            line,
        )
        for who in audiences
    ]
