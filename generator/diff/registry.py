"""The rule registry: every check the diff runs, with a stable id, a level and a message.

Modelled on oasdiff's `checker/rules.go`: a rule is one small function that reads one kind of
matched pair from the structural diff (generator/diff/structure.py) and yields a `Hit` per change
it recognises. A rule bound to a direction is registered once and listed once per direction
(`request-property-removed`, `response-property-removed`, `webhook-...`): its level follows from
what the change does to the set of valid messages (`Effect`) and which way the data flows.
A config file (`--config rules.yaml`, rule id -> level) overrides levels; a base id (without
the direction) sets every direction at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .model import FLOWS, LEVELS, Effect, Flow, level_for


@dataclass(frozen=True)
class Hit:
    """One change a rule found: the values for its message template, and where, when the place
    is more precise than the pair's (a property of a schema, a status of a response)."""

    args: dict[str, Any] = field(default_factory=dict)
    where: str | None = None
    pointer: str | None = None
    old_side: bool = False  # the place only exists in the old spec (a removal)
    breaks: tuple[str | None, ...] | None = None  # whom it breaks, when no flow says so


ALL = ("request", "response", "webhook", "webhook-response")
REQUESTS = ("request", "webhook")  # what a client sends, what the vendor calls receivers with
RESPONSES = ("response", "webhook-response")
EffectOf = Effect | Callable[[Flow], Effect]
P = TypeVar("P")


@dataclass(frozen=True)
class Rule:
    id: str  # the base id; rules bound to a direction are listed as <direction>-<id>
    effect: EffectOf
    template: str  # str.format template over the Hit's args
    on: type  # the pair type it reads
    check: Callable[[Any], Iterator[Hit]]
    directed: bool = True  # bound to a direction (schemas, bodies, parameters...)
    directions: tuple[str, ...] = ALL  # the Flow prefixes a directed rule applies to

    @property
    def doc(self) -> str:
        return " ".join((self.check.__doc__ or "").split())

    def effect_for(self, flow: Flow | None) -> Effect:
        if isinstance(self.effect, Effect):
            return self.effect
        assert flow is not None, f"{self.id} needs a direction"
        return self.effect(flow)

    def flows(self) -> list[Flow]:
        return [flow for flow in FLOWS.values() if flow.prefix in self.directions]

    def listed(self) -> Iterator[tuple[str, str, str]]:
        """(id, default level, audience) of each listed form of the rule."""
        if not self.directed:
            level = level_for(self.effect_for(None), None)
            yield self.id, level, "-" if level == "info" else "(its users)"
            return
        for flow in self.flows():
            level = level_for(self.effect_for(flow), flow)
            yield f"{flow.prefix}-{self.id}", level, "-" if level == "info" else flow.breaks


RULES: list[Rule] = []


def rule(
    rule_id: str,
    effect: EffectOf,
    template: str,
    on: type,
    *,
    directed: bool = True,
    directions: tuple[str, ...] = ALL,
) -> Callable[[Callable[[P], Iterator[Hit]]], Callable[[P], Iterator[Hit]]]:
    """Register a rule function; ids must stay stable (configs and CI logs name them)."""

    def register(check: Callable[[P], Iterator[Hit]]) -> Callable[[P], Iterator[Hit]]:
        assert all(r.id != rule_id for r in RULES), f"duplicate rule id {rule_id}"
        RULES.append(Rule(rule_id, effect, template, on, check, directed, directions))
        return check

    return register


def rules_for(pair_type: type) -> list[Rule]:
    return [r for r in RULES if r.on is pair_type]


class ConfigError(Exception):
    """A rules config that names an unknown rule or level."""


def load_config(path: Path) -> dict[str, str]:
    """Rule id (listed or base) -> level, from a YAML mapping."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the rules config: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the rules config must map rule ids to levels")
    known = {r.id for r in RULES} | {i for r in RULES for i, _, _ in r.listed()}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{path}: unknown rule {key!r} (see `diff --list-rules`)")
        if value not in LEVELS:
            raise ConfigError(f"{path}: {key}: level must be one of {', '.join(LEVELS)}")
    return {str(k): str(v) for k, v in data.items()}


def list_rules() -> str:
    """The `diff --list-rules` table: id, default level, whom it breaks, and what it checks."""
    rows = [(i, level, who, r.doc) for r in RULES for i, level, who in r.listed()]
    width = max(len(i) for i, _, _, _ in rows)
    lines = [f"{'rule':<{width}}  {'level':<8}  {'breaks':<9}  checks"]
    lines += [f"{i:<{width}}  {lv:<8}  {who:<9}  {doc}" for i, lv, who, doc in sorted(rows)]
    return "\n".join(lines) + f"\n\n{len(rows)} rules ({len(RULES)} checks).\n"
