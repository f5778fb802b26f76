"""Rules on the document as a whole: info, servers, security schemes and component models.
A shared thing breaks the audiences that use it (clients for paths, receivers for webhooks)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from ..problems import pointer
from ..walk import deref, iter_operations, resolve
from .model import Effect
from .pairs import DocumentPair
from .registry import Hit, rule

_ROOT_HANDLED = frozenset({"info", "paths", "webhooks", "components", "security"})


def _section(document: dict[str, Any], *keys: str) -> dict[str, Any]:
    node: Any = document
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


@rule("info-changed", Effect.INFO, "{text}", DocumentPair, directed=False)
def info_changed(pair: DocumentPair) -> Iterator[Hit]:
    """Title, version, description, contact or licence changed."""
    before, after = _section(pair.old, "info"), _section(pair.new, "info")
    for key in sorted(before.keys() | after.keys()):
        if before.get(key) != after.get(key):
            text = (
                f"{json.dumps(before.get(key))} -> {json.dumps(after.get(key))}"
                if key == "version"
                else "changed"
            )
            yield Hit({"text": text}, where=f"info.{key}", pointer=pointer("info", key))


@rule("root-changed", Effect.INFO, "changed", DocumentPair, directed=False)
def root_changed(pair: DocumentPair) -> Iterator[Hit]:
    """Servers, tags, externalDocs or another top-level keyword changed."""
    for key in sorted((pair.old.keys() | pair.new.keys()) - _ROOT_HANDLED):
        if pair.old.get(key) != pair.new.get(key):
            yield Hit(where=key, pointer=pointer(key))


def _schemes(document: dict[str, Any]) -> dict[str, Any]:
    schemes = _section(document, "components", "securitySchemes")
    return {name: deref(document, scheme) for name, scheme in schemes.items()}


@rule("security-scheme-changed", Effect.CHANGES, "{keys} changed", DocumentPair, directed=False)
def security_scheme_changed(pair: DocumentPair) -> Iterator[Hit]:
    """A security scheme's type, location, header name, scheme or flows changed."""
    before, after = _schemes(pair.old), _schemes(pair.new)
    users = _scheme_users(pair.old)
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name], after[name]
        keys = sorted(
            k for k in old.keys() | new.keys() if old.get(k) != new.get(k) and k != "description"
        )
        if keys:
            where, ptr = f"security scheme {name}", pointer("components", "securitySchemes", name)
            yield Hit({"keys": ", ".join(keys)}, where, ptr, breaks=_audiences(users.get(name)))


@rule(
    "security-scheme-docs-changed", Effect.INFO, "description changed", DocumentPair, directed=False
)
def security_scheme_docs_changed(pair: DocumentPair) -> Iterator[Hit]:
    """A security scheme's description changed."""
    before, after = _schemes(pair.old), _schemes(pair.new)
    for name in sorted(before.keys() & after.keys()):
        if before[name].get("description") != after[name].get("description"):
            yield Hit(
                where=f"security scheme {name}",
                pointer=pointer("components", "securitySchemes", name),
            )


@rule("security-scheme-added", Effect.INFO, "added", DocumentPair, directed=False)
def security_scheme_added(pair: DocumentPair) -> Iterator[Hit]:
    """A new security scheme (operations that require it are reported on their own)."""
    for name in sorted(_schemes(pair.new).keys() - _schemes(pair.old).keys()):
        yield Hit(
            where=f"security scheme {name}", pointer=pointer("components", "securitySchemes", name)
        )


@rule("security-scheme-removed", Effect.INFO, "removed", DocumentPair, directed=False)
def security_scheme_removed(pair: DocumentPair) -> Iterator[Hit]:
    """A security scheme is gone (operations that required it are reported on their own)."""
    for name in sorted(_schemes(pair.old).keys() - _schemes(pair.new).keys()):
        ptr = pointer("components", "securitySchemes", name)
        yield Hit(where=f"security scheme {name}", pointer=ptr, old_side=True)


@rule("model-removed", Effect.CHANGES, "{text}", DocumentPair, directed=False)
def model_removed(pair: DocumentPair) -> Iterator[Hit]:
    """A component schema is gone: code that imports its generated model breaks."""
    before, after = (
        _section(pair.old, "components", "schemas"),
        _section(pair.new, "components", "schemas"),
    )
    users = _schema_users(pair.old)
    for name in sorted(before.keys() - after.keys()):
        used = users.get(name)
        text = "model removed (code that imports it breaks)" if used else "unused model removed"
        yield Hit(
            {"text": text},
            f"model {name}",
            pointer("components", "schemas", name),
            True,
            _audiences(used),
        )


@rule("model-added", Effect.INFO, "model added", DocumentPair, directed=False)
def model_added(pair: DocumentPair) -> Iterator[Hit]:
    """A new component schema."""
    before, after = (
        _section(pair.old, "components", "schemas"),
        _section(pair.new, "components", "schemas"),
    )
    for name in sorted(after.keys() - before.keys()):
        yield Hit(where=f"model {name}", pointer=pointer("components", "schemas", name))


def _audiences(users: set[str] | None) -> tuple[str | None, ...]:
    """Whom a change to a shared thing breaks: its users, or nobody (None) when it is unused."""
    return tuple(sorted(users)) if users else (None,)


def _scheme_users(document: dict[str, Any]) -> dict[str, set[str]]:
    users: dict[str, set[str]] = {}
    for section, _, _, op in iter_operations(document):
        audience = "clients" if section == "paths" else "receivers"
        for requirement in op.get("security", document.get("security", [])) or []:
            for scheme in requirement if isinstance(requirement, dict) else ():
                users.setdefault(scheme, set()).add(audience)
    return users


def _schema_users(document: dict[str, Any]) -> dict[str, set[str]]:
    """Which audiences reach each component schema from their operations."""
    users: dict[str, set[str]] = {}
    for section, _, _, op in iter_operations(document):
        audience = "clients" if section == "paths" else "receivers"
        stack: list[Any] = [op]
        seen: set[str] = set()
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
                    seen.add(ref)
                    if ref.startswith("#/components/schemas/"):
                        users.setdefault(ref.rsplit("/", 1)[1], set()).add(audience)
                    with contextlib.suppress(KeyError, IndexError, ValueError):
                        stack.append(resolve(document, ref))
                stack.extend(
                    v
                    for k, v in node.items()
                    if k not in ("example", "examples", "default", "enum")
                )
            elif isinstance(node, list):
                stack.extend(node)
    return users
