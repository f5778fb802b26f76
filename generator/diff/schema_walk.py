"""Walk two schema trees side by side and yield each matched pair of schemas.

`$ref`s are followed; a named component is walked once per direction and reported under its
own name (`Item.qty (request)`), so a schema shared by ten operations gives one line, not ten.
Members of anyOf/oneOf are matched by the model they name (or their position when inline),
also across a oneOf <-> anyOf switch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..problems import escape_pointer_token, unescape_pointer_token
from .model import Flow
from .pairs import SchemaPair
from .source import Source, normalise

UNIONS = ("oneOf", "anyOf")


class SchemaWalk:
    def __init__(self, old: Source, new: Source) -> None:
        self.old, self.new = old, new
        self.done: set[tuple[str, str]] = set()

    def compare(self, old: Any, new: Any, flow: Flow, where: str, ptr: str) -> Iterator[SchemaPair]:
        old_name, old = resolve(self.old.data, old)
        new_name, new = resolve(self.new.data, new)
        if old_name and new_name and old_name != new_name:
            yield SchemaPair(flow, where, ptr, {}, {}, old_name, new_name)
        if new_name:
            if (new_name, flow.prefix) in self.done:
                return
            self.done.add((new_name, flow.prefix))
            where, ptr = new_name, f"/components/schemas/{escape_pointer_token(new_name)}"
        before, after = normalise(old, self.old.is_30), normalise(new, self.new.is_30)
        merged_old, merged_new = self._merged(before, True), self._merged(after, False)
        yield SchemaPair(
            flow,
            where,
            ptr,
            merged_old,
            merged_new,
            old_all_of=tuple(before.get("allOf") or ()),
            new_all_of=tuple(after.get("allOf") or ()),
        )
        yield from self._children(merged_old, merged_new, flow, where, ptr)

    def _children(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> Iterator[SchemaPair]:
        before, after = _dict(old.get("properties")), _dict(new.get("properties"))
        for name in sorted(before.keys() & after.keys()):
            sub = f"{ptr}/properties/{escape_pointer_token(name)}"
            yield from self.compare(before[name], after[name], flow, f"{where}.{name}", sub)
        for key, label in (("items", "[]"), ("contains", "<contains>")):
            if key in old and key in new:
                yield from self.compare(old[key], new[key], flow, where + label, f"{ptr}/{key}")
        for key in ("then", "else"):
            if key in old and key in new:
                yield from self.compare(old[key], new[key], flow, f"{where}<{key}>", f"{ptr}/{key}")
        old_prefix, new_prefix = _list(old.get("prefixItems")), _list(new.get("prefixItems"))
        for index, (a, b) in enumerate(zip(old_prefix, new_prefix, strict=False)):
            yield from self.compare(a, b, flow, f"{where}[{index}]", f"{ptr}/prefixItems/{index}")
        a, b = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(a, dict) and isinstance(b, dict):
            yield from self.compare(a, b, flow, f"{where}{{*}}", f"{ptr}/additionalProperties")
        old_members, new_members = members(old), members(new)
        key = union_kind(new) or union_kind(old) or "anyOf"
        for name in sorted(old_members.keys() & new_members.keys()):
            sub = f"{ptr}/{key}/{new_members[name][0]}"
            pair = old_members[name][1], new_members[name][1]
            yield from self.compare(*pair, flow, f"{where}<{name}>", sub)

    def _merged(self, schema: dict[str, Any], old: bool, depth: int = 0) -> dict[str, Any]:
        """`allOf` folded into one schema: the union of properties and required names (the
        first member that sets any other keyword wins)."""
        if "allOf" not in schema or depth > 16:
            return schema
        source = self.old if old else self.new
        result = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(_dict(result.get("properties")))
        required = list(_list(result.get("required")))
        for member in _list(schema["allOf"]):
            part = self._merged(
                normalise(resolve(source.data, member)[1], source.is_30), old, depth + 1
            )
            properties.update(_dict(part.get("properties")))
            required += [r for r in _list(part.get("required")) if r not in required]
            for key, value in part.items():
                result.setdefault(key, value)
        result["properties"], result["required"] = properties, required
        return result


def resolve(document: dict[str, Any], node: Any) -> tuple[str | None, Any]:
    """Follow `$ref`s; the name of the last component schema reached, and the schema."""
    name = None
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            name = unescape_pointer_token(ref.rsplit("/", 1)[1])
        target: Any = document
        for token in ref[2:].split("/") if ref.startswith("#/") else ():
            token = unescape_pointer_token(token)
            target = target.get(token, {}) if isinstance(target, dict) else {}
        node = target
    return name, node


def union_kind(schema: dict[str, Any]) -> str | None:
    kinds = [k for k in UNIONS if isinstance(schema.get(k), list)]
    return kinds[0] if len(kinds) == 1 else None


def members(schema: dict[str, Any]) -> dict[str, tuple[int, Any]]:
    """The anyOf/oneOf members keyed by their model name, or by position when inline."""
    kind = union_kind(schema)
    return keyed(schema.get(kind) if kind else [])


def keyed(items: Any) -> dict[str, tuple[int, Any]]:
    result = {}
    for index, item in enumerate(_list(items)):
        ref = item.get("$ref") if isinstance(item, dict) else None
        key = ref.rsplit("/", 1)[1] if isinstance(ref, str) else f"#{index}"
        result[key] = (index, item)
    return result


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
