"""The vocabulary of a diff: which way data flows, what a change does to what is valid, and the
typed change a rule reports.

A schema describes data flowing one way. When the spec says what its owner *accepts* (a request
the vendor takes, a response the vendor takes from a webhook receiver), a change that narrows
what is valid breaks whoever writes that data. When the spec says what its owner *sends* (a
response, a callback payload), a change that widens what may arrive breaks whoever reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Effect(Enum):
    """What a change does to the set of valid messages; with a Flow it decides the level."""

    NARROWS = "narrows"  # fewer messages are valid
    WIDENS = "widens"  # more messages are valid
    CHANGES = "changes"  # some valid messages become invalid and others valid: breaks both ways
    INFO = "info"  # nothing on the wire changes
    WARNS = "warns"  # nothing breaks yet, but someone should act (deprecation, sunset)


LEVELS = ("breaking", "warning", "info")


@dataclass(frozen=True)
class Flow:
    """Which way the data goes, and who breaks when it changes the wrong way."""

    accepts: bool  # the spec says what its owner accepts (else: what its owner sends)
    breaks: str  # clients | receivers | vendor
    label: str  # request | response | callback payload | callback response
    prefix: str  # the rule-id prefix: request | response | webhook | webhook-response


FLOWS = {
    ("paths", "request"): Flow(True, "clients", "request", "request"),
    ("paths", "response"): Flow(False, "clients", "response", "response"),
    ("webhooks", "request"): Flow(False, "receivers", "callback payload", "webhook"),
    ("webhooks", "response"): Flow(True, "vendor", "callback response", "webhook-response"),
}
AUDIENCES = ("clients", "receivers", "vendor")


def level_for(effect: Effect, flow: Flow | None) -> str:
    """The default level of a change with this effect on data flowing this way."""
    if effect is Effect.WARNS:
        return "warning"
    if effect is Effect.INFO:
        return "info"
    if flow is None or effect is Effect.CHANGES:
        return "breaking"
    breaks = flow.accepts if effect is Effect.NARROWS else not flow.accepts
    return "breaking" if breaks else "info"


@dataclass(frozen=True)
class Change:
    """One reported change: the rule that found it, its level, whom it breaks, and where."""

    rule: str  # stable rule id (`diff --list-rules`)
    level: str  # breaking | warning | info
    breaks: str | None  # clients | receivers | vendor; None when the level is info
    where: str  # a human label of the place (operation, parameter, schema path)
    message: str
    pointer: str  # JSON pointer in the spec that has the place (new, or old when removed)
    file: str = ""  # the spec file the pointer and line refer to
    line: int = 0  # 1-based; 0 when unknown

    @property
    def breaking(self) -> bool:
        return self.level == "breaking"

    @property
    def code(self) -> str:  # the name the JSON report used before rule ids
        return self.rule
