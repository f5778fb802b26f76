"""Compare the operations, parameters, bodies, responses and security of two versions of a
spec, each change classified by whom it breaks (the schema rules: generator/schemadiff.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .problems import pointer
from .schemadiff import CHANGES, INFO, NARROWS, WIDENS, Flow, SchemaDiff, is_breaking
from .walk import deref, iter_operations

FLOWS = {
    ("paths", "request"): Flow(accepts=True, breaks="clients", label="request"),
    ("paths", "response"): Flow(accepts=False, breaks="clients", label="response"),
    ("webhooks", "request"): Flow(accepts=False, breaks="receivers", label="callback payload"),
    ("webhooks", "response"): Flow(accepts=True, breaks="vendor", label="callback response"),
}
AUDIENCES = ("clients", "receivers", "vendor")
_OP_DOCS = ("summary", "description", "tags", "externalDocs", "x-doc-note", "deprecated")
_OP_HANDLED = frozenset(
    {"operationId", "parameters", "requestBody", "responses", "security", "x-variants", *_OP_DOCS}
)


@dataclass(frozen=True)
class Change:
    breaks: str | None  # clients | receivers | vendor; None when nothing breaks
    code: str
    where: str
    message: str
    pointer: str

    @property
    def breaking(self) -> bool:
        return self.breaks is not None


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    differ = _Differ(old, new)
    differ.run()
    order = {name: index for index, name in enumerate(AUDIENCES)}
    return sorted(
        set(differ.changes), key=lambda c: (order.get(c.breaks or "", 9), c.where, c.message)
    )


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.schemas = SchemaDiff(old, new, self._schema_change)
        self.shared_params: set[tuple[str, str]] = set()

    def add(self, breaks: str | None, code: str, where: str, message: str, ptr: str) -> None:
        self.changes.append(Change(breaks, code, where, message, ptr))

    def flowed(
        self, flow: Flow, effect: str, code: str, where: str, message: str, ptr: str
    ) -> None:
        self.add(flow.breaks if is_breaking(flow, effect) else None, code, where, message, ptr)

    def _schema_change(
        self, flow: Flow, effect: str, code: str, where: str, message: str, ptr: str
    ) -> None:
        self.flowed(flow, effect, code, f"{where} ({flow.label})", message, ptr)

    def run(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in sorted(old_ops.keys() | new_ops.keys()):
            section, _, method = key
            if key not in new_ops:
                name, op = old_ops[key]
                where, ptr = _label(section, name, method, op), pointer(section, name, method)
                breaks = "clients" if section == "paths" else None
                self.add(breaks, "operation-removed", where, _removed_text(section), ptr)
            elif key not in old_ops:
                name, op = new_ops[key]
                where, ptr = _label(section, name, method, op), pointer(section, name, method)
                breaks = "receivers" if section == "webhooks" else None
                self.add(breaks, "operation-added", where, _added_text(section), ptr)
            else:
                self._operation(section, method, old_ops[key], new_ops[key])
        self._schemes()
        self._root()

    def _operation(
        self, section: str, method: str, old: tuple[str, Any], new: tuple[str, Any]
    ) -> None:
        (old_name, old_op), (new_name, new_op) = old, new
        where, ptr = _label(section, new_name, method, new_op), pointer(section, new_name, method)
        request, response = FLOWS[(section, "request")], FLOWS[(section, "response")]
        if old_op.get("operationId") != new_op.get("operationId"):
            names = f"{old_op.get('operationId')} -> {new_op.get('operationId')}"
            message = f"operationId {names} (the generated method is renamed)"
            self.add(request.breaks, "operation-renamed", where, message, ptr)
        old_params = _parameters(self.old, self.old[section][old_name], old_op)
        new_params = _parameters(self.new, self.new[section][new_name], new_op)
        self._parameters(old_params, new_params, request, where, ptr)
        self._request_body(
            old_op.get("requestBody"), new_op.get("requestBody"), request, where, ptr
        )
        self._responses(
            old_op.get("responses") or {}, new_op.get("responses") or {}, response, where, ptr
        )
        self._security(section, old_op, new_op, where, ptr)
        self._variants(
            section, old_op.get("x-variants") or [], new_op.get("x-variants") or [], where, ptr
        )
        docs = [k for k in _OP_DOCS if old_op.get(k) != new_op.get(k)]
        if docs:
            self.add(None, "docs", where, f"{', '.join(docs)} changed", ptr)
        for key in sorted((old_op.keys() | new_op.keys()) - _OP_HANDLED):
            if old_op.get(key) != new_op.get(key):
                self.add(None, "operation-changed", where, f"{key} changed", f"{ptr}/{key}")

    def _parameters(
        self, old: dict[Any, Any], new: dict[Any, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        for key in sorted(old.keys() | new.keys()):
            at = f"{where} {key[0]} parameter {key[1]!r}"
            if key in old and key in new and old[key][0] and old[key][0] == new[key][0]:
                # A shared components/parameters entry: compare it once, under its own name.
                if (old[key][0], flow.breaks) in self.shared_params:
                    continue
                self.shared_params.add((old[key][0], flow.breaks))
                at, ptr = f"parameter {old[key][0]}", pointer(
                    "components", "parameters", old[key][0]
                )
            if key not in new:
                self.flowed(flow, CHANGES, "parameter-removed", at, "parameter removed", ptr)
                continue
            required = bool(new[key][1].get("required")) or key[0] == "path"
            if key not in old:
                effect = NARROWS if required else INFO
                self.flowed(
                    flow,
                    effect,
                    "parameter-added",
                    at,
                    f"new {'required' if required else 'optional'} parameter",
                    ptr,
                )
                continue
            was_required = bool(old[key][1].get("required")) or key[0] == "path"
            if required != was_required:
                effect, text = (
                    (NARROWS, "became required") if required else (WIDENS, "became optional")
                )
                self.flowed(
                    flow, effect, f"parameter-{text.split()[1]}", at, f"parameter {text}", ptr
                )
            for field in ("style", "explode", "allowReserved"):
                if old[key][1].get(field) != new[key][1].get(field):
                    self.flowed(
                        flow, CHANGES, "parameter-serialisation", at, f"{field} changed", ptr
                    )
            if old[key][1].get("description") != new[key][1].get("description"):
                self.add(None, "docs", at, "description changed", ptr)
            self.schemas.compare(
                old[key][1].get("schema", {}), new[key][1].get("schema", {}), flow, at, ptr
            )

    def _request_body(self, old: Any, new: Any, flow: Flow, where: str, ptr: str) -> None:
        old, new = deref(self.old, old) if old else None, deref(self.new, new) if new else None
        at, ptr = f"{where} {flow.label} body", f"{ptr}/requestBody"
        if old is None and new is None:
            return
        if old is None or new is None:
            required = bool((new or {}).get("required"))
            if new is None:
                self.flowed(flow, CHANGES, "body-removed", at, "body removed", ptr)
            else:
                effect = (NARROWS if required else INFO) if flow.accepts else WIDENS
                self.flowed(
                    flow,
                    effect,
                    "body-added",
                    at,
                    f"new {'required ' if required else ''}body",
                    ptr,
                )
            return
        if bool(old.get("required")) != bool(new.get("required")):
            effect = NARROWS if new.get("required") else WIDENS
            text = "body became required" if new.get("required") else "body became optional"
            self.flowed(flow, effect, "body-required", at, text, ptr)
        self._content(old.get("content") or {}, new.get("content") or {}, flow, at, ptr)

    def _responses(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        for status in sorted(set(map(str, old)) | set(map(str, new))):
            at, sub = f"{where} {flow.label} {status}", f"{ptr}/responses/{status}"
            if status not in new:
                self.flowed(flow, NARROWS, "status-removed", at, "status no longer documented", sub)
            elif status not in old:
                self.flowed(flow, INFO, "status-added", at, "newly documented status", sub)
            else:
                before, after = deref(self.old, old[status]), deref(self.new, new[status])
                self._content(
                    before.get("content") or {}, after.get("content") or {}, flow, at, sub
                )
                if before.get("description") != after.get("description"):
                    self.add(None, "docs", at, "description changed", sub)

    def _content(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> None:
        if old and not new:
            self.flowed(
                flow,
                WIDENS if flow.accepts else CHANGES,
                "body-removed",
                where,
                "body removed",
                ptr,
            )
        elif new and not old:
            self.flowed(
                flow, NARROWS if flow.accepts else INFO, "body-added", where, "new body", ptr
            )
        for media in sorted(old.keys() - new.keys()) if new else ():
            self.flowed(flow, CHANGES, "media-removed", where, f"media type {media} removed", ptr)
        for media in sorted(new.keys() - old.keys()) if old else ():
            self.flowed(flow, INFO, "media-added", where, f"media type {media} added", ptr)
        for media in sorted(old.keys() & new.keys()):
            sub = f"{ptr}/content/{media.replace('/', '~1')}/schema"
            self.schemas.compare(
                old[media].get("schema", {}), new[media].get("schema", {}), flow, where, sub
            )
            if old[media].get("examples") != new[media].get("examples"):
                self.add(None, "docs", where, "examples changed", sub)

    def _security(
        self, section: str, old_op: dict[str, Any], new_op: dict[str, Any], where: str, ptr: str
    ) -> None:
        before = _alternatives(old_op.get("security", self.old.get("security", [])))
        after = _alternatives(new_op.get("security", self.new.get("security", [])))
        if before == after:
            return
        if section == "webhooks":
            self.add(
                "receivers", "security-changed", where, "how the vendor authenticates changed", ptr
            )
            return
        lost = [alt for alt in before if alt not in after and frozenset() not in after]
        for alt in sorted(lost, key=sorted):
            self.add(
                "clients",
                "security-narrowed",
                where,
                f"auth {_show_alt(alt)} no longer accepted",
                ptr,
            )
        for alt in sorted(after - before, key=sorted):
            self.add(None, "security-widened", where, f"auth {_show_alt(alt)} now accepted", ptr)

    def _variants(self, section: str, old: list[Any], new: list[Any], where: str, ptr: str) -> None:
        before = {v.get("operationId"): v for v in old if isinstance(v, dict)}
        after = {v.get("operationId"): v for v in new if isinstance(v, dict)}
        request, response = FLOWS[(section, "request")], FLOWS[(section, "response")]
        for name in sorted(before.keys() - after.keys(), key=str):
            self.add(request.breaks, "variant-removed", where, f"variant {name} removed", ptr)
        for name in sorted(after.keys() - before.keys(), key=str):
            self.add(None, "variant-added", where, f"variant {name} added", ptr)
        for name in sorted(before.keys() & after.keys(), key=str):
            for flow, key in ((request, "request"), (response, "response")):
                old_ref, new_ref = {"$ref": before[name].get(key)}, {"$ref": after[name].get(key)}
                self.schemas.compare(old_ref, new_ref, flow, f"{where} variant {name}", ptr)

    def _schemes(self) -> None:
        before = (self.old.get("components") or {}).get("securitySchemes") or {}
        after = (self.new.get("components") or {}).get("securitySchemes") or {}
        used = _scheme_users(self.old)
        for name in sorted(before.keys() | after.keys()):
            where, ptr = f"security scheme {name}", pointer("components", "securitySchemes", name)
            old, new = before.get(name), after.get(name)
            if old is None or new is None:
                state = "added" if old is None else "removed"
                self.add(None, f"scheme-{state}", where, state, ptr)
                continue
            keys = sorted(
                k
                for k in old.keys() | new.keys()
                if old.get(k) != new.get(k) and k != "description"
            )
            for audience in _audiences(used.get(name)) if keys else ():
                self.add(audience, "scheme-changed", where, f"{', '.join(keys)} changed", ptr)
            if old.get("description") != new.get("description"):
                self.add(None, "docs", where, "description changed", ptr)

    def _root(self) -> None:
        old_info, new_info = self.old.get("info") or {}, self.new.get("info") or {}
        for key in sorted(old_info.keys() | new_info.keys()):
            if old_info.get(key) != new_info.get(key):
                text = (
                    f"{json.dumps(old_info.get(key))} -> {json.dumps(new_info.get(key))}"
                    if key == "version"
                    else "changed"
                )
                self.add(None, "info", f"info.{key}", text, pointer("info", key))
        for key in sorted(
            (self.old.keys() | self.new.keys()) - {"info", "paths", "webhooks", "components"}
        ):
            if self.old.get(key) != self.new.get(key):
                self.add(None, "root-changed", key, "changed", pointer(key))
        before = (self.old.get("components") or {}).get("schemas") or {}
        after = (self.new.get("components") or {}).get("schemas") or {}
        users = _schema_users(self.old)
        for name in sorted(before.keys() - after.keys()):
            for audience in _audiences(users.get(name)):
                message = (
                    "model removed (code that imports it breaks)"
                    if audience
                    else "unused model removed"
                )
                self.add(
                    audience,
                    "model-removed",
                    f"model {name}",
                    message,
                    pointer("components", "schemas", name),
                )
        for name in sorted(after.keys() - before.keys()):
            self.add(
                None,
                "model-added",
                f"model {name}",
                "model added",
                pointer("components", "schemas", name),
            )


def _audiences(users: set[str] | None) -> list[str | None]:
    """Who a change to a shared thing breaks: its users, or nobody (None) when it is unused."""
    audiences: list[str | None] = [*sorted(users)] if users else [None]
    return audiences


def _operations(document: dict[str, Any]) -> dict[tuple[str, str, str], tuple[str, dict[str, Any]]]:
    """Operations by (section, path with parameter names blanked, method)."""
    return {
        (section, re.sub(r"\{[^}]*\}", "{}", name) if section == "paths" else name, method): (
            name,
            op,
        )
        for section, name, method, op in iter_operations(document)
    }


def _label(section: str, name: str, method: str, op: dict[str, Any]) -> str:
    op_id = op.get("operationId", "?")
    return (
        f"{method.upper()} {name} ({op_id})"
        if section == "paths"
        else f"webhook {name} {method.upper()} ({op_id})"
    )


def _removed_text(section: str) -> str:
    return (
        "operation removed"
        if section == "paths"
        else "callback removed (the vendor no longer calls it)"
    )


def _added_text(section: str) -> str:
    if section == "paths":
        return "new operation"
    return "new callback (existing receivers have no handler for it)"


def _parameters(
    document: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[tuple[str, str], Any]:
    """Parameters by (in, name): (the shared components/parameters name or "", parameter)."""
    result = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        param = deref(document, raw)
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        shared = (
            ref.rsplit("/", 1)[1]
            if isinstance(ref, str) and ref.startswith("#/components/parameters/")
            else ""
        )
        if isinstance(param, dict):
            result[(str(param.get("in")), str(param.get("name")))] = (shared, param)
    return result


def _alternatives(security: Any) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(req) for req in security or [] if isinstance(req, dict))


def _show_alt(alternative: frozenset[str]) -> str:
    return "+".join(sorted(alternative)) or "(none)"


def _scheme_users(document: dict[str, Any]) -> dict[str, set[str]]:
    users: dict[str, set[str]] = {}
    for section, _, _, op in iter_operations(document):
        audience = "clients" if section == "paths" else "receivers"
        for requirement in op.get("security", document.get("security", [])) or []:
            for scheme in requirement:
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
                    stack.append(
                        deref(document, {"$ref": ref}) if _resolvable(document, ref) else None
                    )
                stack.extend(
                    v
                    for k, v in node.items()
                    if k not in ("example", "examples", "default", "enum")
                )
            elif isinstance(node, list):
                stack.extend(node)
    return users


def _resolvable(document: dict[str, Any], ref: str) -> bool:
    try:
        deref(document, {"$ref": ref})
    except (KeyError, IndexError, ValueError):
        return False
    return True
