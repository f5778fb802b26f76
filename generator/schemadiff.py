"""Compare two versions of a schema, $refs resolved, classifying each change by its direction.

A schema describes data flowing one way. When the spec says what its owner *accepts* (a request
the vendor takes, a response the vendor takes from a webhook receiver), a change that narrows
what is valid breaks whoever writes that data. When the spec says what its owner *sends* (a
response, a callback payload), a change that widens what may arrive breaks whoever reads it.
Removing a field breaks both ways: generated models lose it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .problems import escape_pointer_token

NARROWS, WIDENS, CHANGES, INFO = "narrows", "widens", "changes", "info"
_DOCS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    }
)
_UPPER = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
_LOWER = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
_EXACT = ("pattern", "format", "multipleOf", "const", "uniqueItems")
_HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "allOf",
        "anyOf",
        "oneOf",
    }
    | {"default", *_UPPER, *_LOWER, *_EXACT}
)


@dataclass(frozen=True)
class Flow:
    """Which way the data goes, and who breaks when it changes the wrong way."""

    accepts: bool  # the spec says what its owner accepts (else: what its owner sends)
    breaks: str  # clients | receivers | vendor
    label: str  # request | response | callback payload | callback response


Report = Callable[
    [Flow, str, str, str, str, str], None
]  # flow, effect, code, where, message, pointer


def is_breaking(flow: Flow | None, effect: str) -> bool:
    if flow is None or effect == INFO:
        return False
    if effect == NARROWS:
        return flow.accepts
    if effect == WIDENS:
        return not flow.accepts
    return True


class SchemaDiff:
    """Walks two schema trees side by side; each named component is compared once per flow."""

    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any], report: Report) -> None:
        self.old_doc, self.new_doc, self.report = old_doc, new_doc, report
        self.done: set[tuple[str, bool, str]] = set()

    def compare(self, old: Any, new: Any, flow: Flow, where: str, ptr: str) -> None:
        old_name, old = _resolve(self.old_doc, old)
        new_name, new = _resolve(self.new_doc, new)
        if old_name and new_name and old_name != new_name:
            self.report(
                flow,
                CHANGES,
                "model-renamed",
                where,
                f"model {old_name} renamed to {new_name}",
                ptr,
            )
        if new_name:
            key = (new_name, flow.accepts, flow.breaks)
            if key in self.done:
                return
            self.done.add(key)
            where, ptr = new_name, f"/components/schemas/{escape_pointer_token(new_name)}"
        if isinstance(old, dict) and isinstance(new, dict):
            self._schema(_merged(self.old_doc, old), _merged(self.new_doc, new), flow, where, ptr)

    def _schema(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        say = self._say(flow, where, ptr)
        self._types(old, new, say)
        self._enum(old, new, say)
        self._bounds(old, new, say)
        self._properties(old, new, flow, where, ptr)
        if "items" in old or "items" in new:
            self.compare(
                old.get("items", {}), new.get("items", {}), flow, f"{where}[]", f"{ptr}/items"
            )
        self._additional(old, new, flow, where, ptr)
        for key in ("anyOf", "oneOf"):
            self._members(old.get(key), new.get(key), key, flow, where, ptr)
        if old.get("default") != new.get("default"):
            say(
                INFO,
                "default-changed",
                f"default {_show(old.get('default'))} -> {_show(new.get('default'))}",
            )
        docs = sorted(k for k in _DOCS if old.get(k) != new.get(k))
        if docs:
            say(INFO, "docs", f"{', '.join(docs)} changed")
        for key in sorted((set(old) | set(new)) - _HANDLED - _DOCS):
            if old.get(key) != new.get(key) and not key.startswith("x-"):
                say(
                    CHANGES,
                    "keyword-changed",
                    f"`{key}` changed (direction unknown: treated as breaking)",
                )

    def _say(self, flow: Flow, where: str, ptr: str) -> Callable[[str, str, str], None]:
        return lambda effect, code, message: self.report(flow, effect, code, where, message, ptr)

    def _types(
        self, old: dict[str, Any], new: dict[str, Any], say: Callable[[str, str, str], None]
    ) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        effect = _set_effect(_widen_numbers(before), _widen_numbers(after))
        say(effect, "type-changed", f"type {_show_types(before)} -> {_show_types(after)}")

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], say: Callable[[str, str, str], None]
    ) -> None:
        before, after = _values(old), _values(new)
        if before == after:
            return
        if before is None or after is None:
            effect = NARROWS if before is None else WIDENS
            text = "now restricted to" if before is None else "no longer restricted to"
            say(
                effect,
                "enum-changed",
                f"{text} {_show_values(after or before or frozenset())}",
            )
            return
        if after - before:
            say(WIDENS, "enum-widened", f"enum values added: {_show_values(after - before)}")
        if before - after:
            say(NARROWS, "enum-narrowed", f"enum values removed: {_show_values(before - after)}")

    def _bounds(
        self, old: dict[str, Any], new: dict[str, Any], say: Callable[[str, str, str], None]
    ) -> None:
        for key in (*_UPPER, *_LOWER, *_EXACT):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if a is None or b is None:
                effect = NARROWS if a is None else WIDENS
            elif key in _EXACT or not (_is_number(a) and _is_number(b)):
                effect = CHANGES
            else:
                effect = NARROWS if (b < a) == (key in _UPPER) else WIDENS
            say(effect, "constraint-changed", f"{key} {_show(a)} -> {_show(b)}")

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        req_old, req_new = set(old.get("required") or ()), set(new.get("required") or ())
        closed = old.get("additionalProperties") is False
        for name in sorted(set(before) | set(after) | req_old | req_new):
            at, sub = f"{where}.{name}", f"{ptr}/properties/{escape_pointer_token(name)}"
            say = self._say(flow, at, sub)
            if name in before and name not in after:
                say(CHANGES, "property-removed", "property removed")
            elif name in after and name not in before:
                if name in req_new:
                    say(NARROWS, "property-added-required", "new required property")
                else:
                    say(WIDENS if closed else INFO, "property-added", "new optional property")
            elif name in req_new and name not in req_old:
                say(NARROWS, "property-required", "property became required")
            elif name in req_old and name not in req_new:
                say(WIDENS, "property-optional", "property became optional")
            if name in before and name in after:
                self.compare(before[name], after[name], flow, at, sub)

    def _additional(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        a, b = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(a, dict) and isinstance(b, dict):
            self.compare(a, b, flow, f"{where}{{*}}", f"{ptr}/additionalProperties")
        elif a != b:
            effect = NARROWS if b is False or (a is True and isinstance(b, dict)) else WIDENS
            say = self._say(flow, where, ptr)
            say(effect, "additional-properties", f"additionalProperties {_show(a)} -> {_show(b)}")

    def _members(self, old: Any, new: Any, key: str, flow: Flow, where: str, ptr: str) -> None:
        before, after = _members(old or []), _members(new or [])
        say = self._say(flow, where, ptr)
        for name in sorted(set(before) - set(after)):
            say(NARROWS, "member-removed", f"{key} member {name} removed")
        for name in sorted(set(after) - set(before)):
            say(WIDENS, "member-added", f"{key} member {name} added")
        for name in sorted(set(before) & set(after)):
            self.compare(
                before[name][1],
                after[name][1],
                flow,
                f"{where}<{name}>",
                f"{ptr}/{key}/{after[name][0]}",
            )


def _resolve(document: dict[str, Any], node: Any) -> tuple[str | None, Any]:
    """Follow `$ref`s; the name of the last component schema reached (the one that holds the
    schema), and the schema."""
    name = None
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
        node = _lookup(document, ref)
    return name, node


def _lookup(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node.get(token, {}) if isinstance(node, dict) else {}
    return node


def _merged(document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """`allOf` folded into one schema: the union of properties and required names."""
    if "allOf" not in schema or depth > 16:
        return schema
    result = {k: v for k, v in schema.items() if k != "allOf"}
    properties, required = dict(result.get("properties") or {}), list(result.get("required") or [])
    for member in schema["allOf"]:
        part = _merged(document, _resolve(document, member)[1], depth + 1)
        if not isinstance(part, dict):
            continue
        properties.update(part.get("properties") or {})
        required += [r for r in part.get("required") or [] if r not in required]
        for key, value in part.items():
            result.setdefault(key, value)
    result["properties"], result["required"] = properties, required
    return result


def _members(items: list[Any]) -> dict[str, tuple[int, Any]]:
    """Union members keyed by their model name, or by position when inline."""
    result = {}
    for index, item in enumerate(items):
        ref = item.get("$ref") if isinstance(item, dict) else None
        key = ref.rsplit("/", 1)[1] if isinstance(ref, str) else f"#{index}"
        result[key] = (index, item)
    return result


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return frozenset([kind] if isinstance(kind, str) else kind)


def _widen_numbers(kinds: frozenset[str] | None) -> frozenset[str] | None:
    return kinds | {"integer"} if kinds is not None and "number" in kinds else kinds


def _set_effect(before: frozenset[str] | None, after: frozenset[str] | None) -> str:
    if after is None or (before is not None and after > before):
        return WIDENS
    if before is None or after < before:
        return NARROWS
    return CHANGES


def _values(schema: dict[str, Any]) -> frozenset[str] | None:
    if "enum" not in schema or not isinstance(schema["enum"], list):
        return None
    return frozenset(json.dumps(v, sort_keys=True, ensure_ascii=True) for v in schema["enum"])


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _show(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=True)


def _show_types(kinds: frozenset[str] | None) -> str:
    return "any" if kinds is None else "|".join(sorted(kinds))


def _show_values(values: frozenset[str] | set[str]) -> str:
    text = ", ".join(sorted(values))
    return text if len(text) <= 200 else text[:197] + "..."
