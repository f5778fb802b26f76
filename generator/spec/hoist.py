"""Inline request and response schemas become named component schemas, named from their
place: `<Operation>Request`, `<Operation>Response`, `<Operation><Status>Response`, and
`...Item` for the inline items of a list body. The generated code has one class per body."""

from __future__ import annotations

from typing import Any

from .. import naming
from ..problems import escape_pointer_token, pointer
from ..walk import iter_operations
from .names import SCHEMAS, class_name


class Hoister:
    """Moves inline body schemas into `components/schemas`, recording where each came from."""

    def __init__(self, data: dict[str, Any], origins: dict[str, str]) -> None:
        self.data = data
        self.origins = origins
        components = data.setdefault("components", {})
        self.schemas: dict[str, Any] = components.setdefault("schemas", {})
        self.taken = set(self.schemas)
        self.problems: list[tuple[str, str]] = []

    def run(self) -> list[tuple[str, str]]:
        for section, path, method, op in iter_operations(self.data):
            stem = naming.pascal(str(op.get("operationId", "")), "Operation")
            at = pointer(section, path, method)
            body = op.get("requestBody")
            if isinstance(body, dict) and "$ref" not in body:
                self.content(body, f"{at}/requestBody", f"{stem}Request")
            for status, response in sorted((op.get("responses") or {}).items()):
                if isinstance(response, dict) and "$ref" not in response:
                    where = f"{at}/responses/{escape_pointer_token(status)}"
                    self.content(response, where, stem + _response_suffix(op, status))
        components = self.data.get("components") or {}
        for kind, suffix in (("requestBodies", "Request"), ("responses", "Response")):
            for name, item in (components.get(kind) or {}).items():
                if isinstance(item, dict) and "$ref" not in item:
                    stem = naming.pascal(name, "Body")
                    stem = stem if stem.endswith(suffix) else stem + suffix
                    self.content(item, pointer("components", kind, name), stem)
        return self.problems

    def content(self, owner: dict[str, Any], at: str, stem: str) -> None:
        content = owner.get("content")
        if not isinstance(content, dict):
            return
        for index, (media, item) in enumerate(sorted(content.items())):
            if not isinstance(item, dict) or not _needs_class(item.get("schema")):
                continue
            name = stem if index == 0 else stem + naming.pascal(media, "Media")
            where = f"{at}/content/{escape_pointer_token(media)}/schema"
            schema = item["schema"]
            if isinstance(schema, bool):  # `true` is any value, `false` none
                schema = {} if schema else {"not": {}}
            item["schema"] = self.hoist(schema, where, name)

    def hoist(self, schema: dict[str, Any], where: str, wanted: str) -> dict[str, Any]:
        name = class_name(wanted, self.taken)
        if name is None:
            self.problems.append((where, f"no free class name for this schema ({wanted})"))
            return schema
        self.taken.add(name)
        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, dict) and _named_kind(items):
            schema = {**schema, "items": self.hoist(items, f"{where}/items", f"{name}Item")}
        self.schemas[name] = schema
        self.origins[pointer("components", "schemas", name)] = where
        return {"$ref": SCHEMAS + name}


def _response_suffix(op: dict[str, Any], status: str) -> str:
    """`Response` for the operation's success (its first 2xx, else `default`), else the
    status before it: `404Response`, `4XXResponse`, `DefaultResponse`."""
    codes = sorted(op.get("responses") or {})
    success = next((c for c in codes if c.startswith("2")), "default")
    words = "".join(w[:1].upper() + w[1:] for w in naming.words(status))
    return "Response" if status == success else words + "Response"


def _needs_class(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return schema is not None
    ref = schema.get("$ref")
    return not (isinstance(ref, str) and ref.startswith(SCHEMAS) and "/" not in ref[len(SCHEMAS) :])


def _named_kind(schema: Any) -> bool:
    """An inline object or enum: a class of its own."""
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("enum" in schema or isinstance(schema.get("properties"), dict))
    )
