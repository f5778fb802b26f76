"""Pick, for a `oneOf`/`anyOf`, a sample that really belongs to it.

The first member's smallest instance is often valid against another member too (`{}` satisfies
every open object), and a value matching two members violates `oneOf`: the generated client
rightly refuses to send it. So candidates are tried member by member, smallest first, and the
first one the whole union accepts (exactly one member for `oneOf`, at least one for `anyOf`) wins.
Checked with jsonschema against the document itself, so `$ref`s resolve."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .walk import deref

Sampler = Callable[[dict[str, Any], Any, int, bool], Any]
# Values tried for a member that says nothing of its type (`{}`): anything, so something the
# other, typed members refuse.
_ANY_VALUES: tuple[Any, ...] = ("x", 0, False, [], None)
_EXTRA_PROPERTY = "x-extra"  # makes an open object differ from a closed sibling


def choose(
    document: dict[str, Any], schema: dict[str, Any], key: str, depth: int, sampler: Sampler
) -> Any:
    """A sample of `schema[key]`'s members that `schema` accepts; the first member's smallest
    instance (the old behaviour) when no candidate does, e.g. `oneOf: [A, A]`."""
    members = schema[key]
    for member in members:
        for candidate in _candidates(document, schema, member, depth, sampler):
            matches = _matches(document, members, candidate)
            if matches == 1 or (key == "anyOf" and matches > 1):
                return candidate
            if matches < 0:  # unreadable for jsonschema: keep the simple answer
                return sampler(document, members[0], depth + 1, False)
    return sampler(document, members[0], depth + 1, False)


def _candidates(
    document: dict[str, Any], union: dict[str, Any], member: Any, depth: int, sampler: Sampler
) -> Iterator[Any]:
    """Smallest first: the discriminated sample, the minimal one, every optional property, then
    an extra property, each enum value, and for a typeless member any JSON value."""
    minimal = sampler(document, member, depth + 1, False)
    tag = _discriminator_value(union, member)
    if tag is not None and isinstance(minimal, dict):
        yield {**minimal, tag[0]: tag[1]}  # a discriminated union is read by its tag
    yield minimal
    full = sampler(document, member, depth + 1, True)
    if isinstance(full, dict):
        if tag is not None:
            full = {**full, tag[0]: tag[1]}
        yield full
        yield {**full, _EXTRA_PROPERTY: "x"}
    resolved = deref(document, member)
    if isinstance(resolved, dict):
        yield from (resolved.get("enum") or [])[1:]
        if not resolved.get("type") and "properties" not in resolved:
            yield from _ANY_VALUES


def _discriminator_value(union: dict[str, Any], member: Any) -> tuple[str, str] | None:
    """(property, value) the discriminator gives `member`: its mapping key, or the name of the
    component it refers to."""
    discriminator = union.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(member, dict) or "$ref" not in member:
        return None
    name = discriminator.get("propertyName")
    if not isinstance(name, str):
        return None
    ref = member["$ref"]
    for value, target in (discriminator.get("mapping") or {}).items():
        if target == ref or target == ref.rsplit("/", 1)[-1]:
            return name, str(value)
    return name, ref.rsplit("/", 1)[-1]


def _matches(document: dict[str, Any], members: list[Any], value: Any) -> int:
    """How many members accept `value`; -1 when jsonschema cannot read them."""
    import jsonschema  # here: a spec without unions never needs it (~0.1 s to import)

    from .formats import FORMAT_CHECKER

    count = 0
    for member in members:
        # The document is the root so `#/components/...` resolves; its own keys (openapi,
        # paths, ...) are no JSON Schema keywords and are ignored.
        schema = {**document, **member} if isinstance(member, dict) else member
        try:
            valid = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER).is_valid(
                value
            )
        except Exception:  # an OpenAPI 3.0 keyword form, a pattern Python cannot read...
            return -1
        count += bool(valid)
    return count
