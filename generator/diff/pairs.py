"""The typed output of the structural diff: matched old/new objects, each with its direction
and place. Rules (generator/diff/rules_*.py) read these; `None` on one side means the object
was added or removed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Flow


@dataclass(frozen=True)
class Pair:
    flow: Flow | None  # the direction the data flows; None for document-wide objects
    where: str  # a human label of the place
    ptr: str  # its JSON pointer (in the new spec; in the old one when removed)
    old: Any
    new: Any


@dataclass(frozen=True)
class DocumentPair(Pair):
    """The two whole documents (info, servers, components, security schemes)."""


@dataclass(frozen=True)
class OperationPair(Pair):
    """An operation (or webhook, or callback) matched by path and method."""

    section: str = "paths"  # paths | webhooks (callbacks count as webhooks)


@dataclass(frozen=True)
class ParameterPair(Pair):
    """A parameter matched by where it goes and its name (header names case-insensitively)."""

    location: str = "query"


@dataclass(frozen=True)
class BodyPair(Pair):
    """A request body object, both sides dereferenced."""


@dataclass(frozen=True)
class ResponsesPair(Pair):
    """The status -> response maps of an operation."""


@dataclass(frozen=True)
class HeaderPair(Pair):
    """A response header matched by name (case-insensitively)."""


@dataclass(frozen=True)
class ContentPair(Pair):
    """The media type -> media object maps of a body."""


@dataclass(frozen=True)
class SecurityPair(Pair):
    """An operation's security alternatives: one {scheme: scopes} dict per alternative."""

    section: str = "paths"


@dataclass(frozen=True)
class SchemaPair(Pair):
    """Two schemas, $refs resolved, 3.0 normalised to 3.1, allOf folded (the members as written
    are kept in old_all_of/new_all_of)."""

    old_name: str | None = None  # the component schema each side resolved to, if any
    new_name: str | None = None
    old_all_of: tuple[Any, ...] = field(default=())
    new_all_of: tuple[Any, ...] = field(default=())
