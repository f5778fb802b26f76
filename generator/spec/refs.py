"""A spec's references: every `$ref` local, resolvable and acyclic. Checked before anything
else reads the document (the OpenAPI validator, normalising, rendering): a dangling or cyclic
reference would send them into errors or endless recursion."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..load import Spec
from ..problems import Problem
from ..walk import iter_keywords, resolve

_COMPOSITIONS = ("allOf", "anyOf", "oneOf")


def reference_problems(spec: Spec) -> Iterator[Problem]:
    """Dangling, external or cyclic references: nothing else can be checked or derived."""
    for owner, key, value in iter_keywords(spec.data):
        if key != "$ref":
            continue
        at = f"{owner}/$ref"
        if not isinstance(value, str) or not value.startswith("#/"):
            yield spec.problem(at, f"only local references (#/...) are allowed, not {value!r}")
            continue
        try:
            target = resolve(spec.data, value)
        except (KeyError, IndexError, ValueError):
            yield spec.problem(at, f"reference {value!r} points to nothing")
            continue
        if not isinstance(target, dict | bool):
            yield spec.problem(
                at, f"reference {value!r} points to a {type(target).__name__}, not an object"
            )
    yield from _check_ref_cycles(spec)


def _check_ref_cycles(spec: Spec) -> Iterator[Problem]:
    """A schema that is only itself (`A: {$ref: B}`, `B: {allOf: [{$ref: A}]}`) has no meaning
    and sends the OpenAPI validator into endless recursion: report the cycle instead."""
    reported: set[frozenset[str]] = set()
    for owner, key, value in iter_keywords(spec.data):
        if key != "$ref" or not isinstance(value, str) or not value.startswith("#/"):
            continue
        cycle = _shallow_cycle(spec.data, owner)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            path = " -> ".join("#" + ptr for ptr in (*cycle, cycle[0]))
            if is_schema(owner):
                why = "never reaches a schema with properties or items"
            else:  # a request body, response or parameter that is only a reference to itself
                why = "never reaches an object: the reference leads back to itself"
            yield spec.problem(f"{owner}/$ref", f"reference cycle {path} {why}")


def _shallow_cycle(document: dict[str, Any], start: str) -> list[str] | None:
    """The cycle back to `start` through `$ref`s and allOf/anyOf/oneOf members only, if any."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen = {start}
    while stack:
        ptr, trail = stack.pop()
        for nxt in _shallow_successors(document, ptr):
            if nxt == start:
                return trail
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*trail, nxt]))
    return None


def _shallow_successors(document: dict[str, Any], ptr: str) -> list[str]:
    try:
        node = resolve(document, "#" + ptr)
    except (KeyError, IndexError, ValueError):
        return []
    if not isinstance(node, dict):
        return []
    result = []
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        result.append(ref[1:])
    for key in _COMPOSITIONS:
        members = node.get(key)
        if isinstance(members, list):
            result.extend(f"{ptr}/{key}/{index}" for index in range(len(members)))
    return result


def is_schema(owner: str) -> bool:
    """Whether the object at pointer `owner` is a schema."""
    parts = owner.split("/")
    return owner.startswith("/components/schemas/") or "schema" in parts
