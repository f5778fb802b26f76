"""The structural diff: match the operations, parameters, bodies, responses, headers, security
and schemas of two specs and yield them as typed pairs, each with its direction. It decides
nothing; the rules do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..problems import escape_pointer_token, pointer
from ..walk import HTTP_METHODS, deref
from .model import FLOWS, Flow
from .pairs import (
    BodyPair,
    ContentPair,
    DocumentPair,
    HeaderPair,
    OperationPair,
    Pair,
    ParameterPair,
    ResponsesPair,
    SecurityPair,
)
from .schema_walk import SchemaWalk
from .source import Source


class Structure:
    def __init__(self, old: Source, new: Source) -> None:
        self.old, self.new = old, new
        self.schemas = SchemaWalk(old, new)
        self.shared_params: set[tuple[str, str]] = set()

    def pairs(self) -> Iterator[Pair]:
        yield DocumentPair(None, "", "", self.old.data, self.new.data)
        old_ops, new_ops = operations(self.old.data), operations(self.new.data)
        for key in sorted(old_ops.keys() | new_ops.keys()):
            yield from self._operation(key[0], old_ops.get(key), new_ops.get(key))

    def _operation(self, section: str, old: Any, new: Any) -> Iterator[Pair]:
        name, method, item, op = new or old
        where, ptr = label(section, name, method, op), pointer(section, name, method)
        if section == "callbacks":
            section, ptr = "webhooks", name  # name is the callback's own pointer
            where = (
                f"callback {method.upper()} {item['#expression']} ({op.get('operationId', '?')})"
            )
        request, response = FLOWS[(section, "request")], FLOWS[(section, "response")]
        yield OperationPair(request, where, ptr, old and old[3], new and new[3], section)
        if old is None or new is None:
            return
        (old_name, _, old_item, old_op), (new_name, _, new_item, new_op) = old, new
        old_params = parameters(self.old.data, old_item, old_op, old_name)
        new_params = parameters(self.new.data, new_item, new_op, new_name)
        for key in sorted(old_params.keys() | new_params.keys()):
            yield from self._parameter(
                key, old_params.get(key), new_params.get(key), request, where, ptr
            )
        yield from self._body(
            old_op.get("requestBody"), new_op.get("requestBody"), request, where, ptr
        )
        old_responses = self._responses(self.old, old_op)
        new_responses = self._responses(self.new, new_op)
        yield ResponsesPair(
            response, f"{where} {response.label}", f"{ptr}/responses", old_responses, new_responses
        )
        for status in sorted(set(map(str, old_responses)) & set(map(str, new_responses))):
            yield from self._response(status, old_responses, new_responses, response, where, ptr)
        yield SecurityPair(
            request,
            where,
            ptr,
            self._security(self.old, old_op),
            self._security(self.new, new_op),
            section,
        )
        yield from self._variants(old_op, new_op, section, where, ptr)

    def _variants(
        self, old_op: dict[str, Any], new_op: dict[str, Any], section: str, where: str, ptr: str
    ) -> Iterator[Pair]:
        """The request and response models of x-variants entries kept under the same name."""
        before = {
            v.get("operationId"): v for v in old_op.get("x-variants") or [] if isinstance(v, dict)
        }
        after = {
            v.get("operationId"): v for v in new_op.get("x-variants") or [] if isinstance(v, dict)
        }
        for name in sorted(before.keys() & after.keys(), key=str):
            for kind in ("request", "response"):
                a, b = before[name].get(kind), after[name].get(kind)
                if isinstance(a, str) and isinstance(b, str):
                    flow = FLOWS[(section, kind)]
                    yield from self.schemas.compare(
                        {"$ref": a}, {"$ref": b}, flow, f"{where} variant {name}", ptr
                    )

    def _parameter(
        self, key: tuple[str, str], old: Any, new: Any, flow: Flow, where: str, ptr: str
    ) -> Iterator[Pair]:
        at = f"{where} {key[0]} parameter {(new or old)[1].get('name')!r}"
        if old and new and old[0] and old[0] == new[0]:
            # A shared components/parameters entry: compare it once, under its own name.
            if (old[0], flow.prefix) in self.shared_params:
                return
            self.shared_params.add((old[0], flow.prefix))
            at, ptr = f"parameter {old[0]}", pointer("components", "parameters", old[0])
        yield ParameterPair(flow, at, ptr, old and old[1], new and new[1], key[0])
        if old and new:
            yield from self.schemas.compare(
                param_schema(old[1]), param_schema(new[1]), flow, at, ptr
            )

    def _body(self, old: Any, new: Any, flow: Flow, where: str, ptr: str) -> Iterator[Pair]:
        old = deref(self.old.data, old) if old else None
        new = deref(self.new.data, new) if new else None
        if old is None and new is None:
            return
        at, ptr = f"{where} {flow.label} body", f"{ptr}/requestBody"
        yield BodyPair(flow, at, ptr, old, new)
        if old is not None and new is not None:
            yield from self._content(
                _dict(old.get("content")), _dict(new.get("content")), flow, at, ptr
            )

    def _response(
        self,
        status: str,
        old: dict[str, Any],
        new: dict[str, Any],
        flow: Flow,
        where: str,
        ptr: str,
    ) -> Iterator[Pair]:
        at, sub = (
            f"{where} {flow.label} {status}",
            f"{ptr}/responses/{escape_pointer_token(status)}",
        )
        before, after = old[status], new[status]
        yield from self._content(
            _dict(before.get("content")), _dict(after.get("content")), flow, at, sub
        )
        old_headers = {k.lower(): (k, v) for k, v in _dict(before.get("headers")).items()}
        new_headers = {k.lower(): (k, v) for k, v in _dict(after.get("headers")).items()}
        for name in sorted(old_headers.keys() | new_headers.keys()):
            written, _ = new_headers.get(name) or old_headers[name]
            hat, hptr = f"{at} header {written}", f"{sub}/headers/{escape_pointer_token(written)}"
            a = deref(self.old.data, old_headers[name][1]) if name in old_headers else None
            b = deref(self.new.data, new_headers[name][1]) if name in new_headers else None
            yield HeaderPair(flow, hat, hptr, a, b)
            if a is not None and b is not None:
                yield from self.schemas.compare(param_schema(a), param_schema(b), flow, hat, hptr)

    def _content(
        self, old: dict[str, Any], new: dict[str, Any], flow: Flow, where: str, ptr: str
    ) -> Iterator[Pair]:
        yield ContentPair(flow, where, ptr, old, new)
        for media in sorted(old.keys() & new.keys()):
            sub = f"{ptr}/content/{escape_pointer_token(media)}/schema"
            a, b = _dict(old[media]).get("schema", {}), _dict(new[media]).get("schema", {})
            yield from self.schemas.compare(a, b, flow, where, sub)

    @staticmethod
    def _responses(source: Source, op: dict[str, Any]) -> dict[str, dict[str, Any]]:
        responses = _dict(op.get("responses")).items()
        return {str(status): _dict(deref(source.data, r)) for status, r in responses}

    @staticmethod
    def _security(source: Source, op: dict[str, Any]) -> tuple[dict[str, frozenset[str]], ...]:
        """The alternatives (any one suffices); an empty list or `{}` means none is needed."""
        requirements = op.get("security", source.data.get("security"))
        alternatives = [
            {scheme: frozenset(map(str, scopes or ())) for scheme, scopes in r.items()}
            for r in requirements or []
            if isinstance(r, dict)
        ]
        return tuple(alternatives) or ({},)


def operations(
    document: dict[str, Any],
) -> dict[tuple[str, str, str], tuple[str, str, Any, dict[str, Any]]]:
    """Operations by (section, path with parameter names blanked, method), callbacks included:
    (path or name, method, path item, operation)."""
    result: dict[tuple[str, str, str], tuple[str, str, Any, dict[str, Any]]] = {}
    for section in ("paths", "webhooks"):
        for name, item in sorted(_dict(document.get(section)).items()):
            item = _dict(deref(document, item)) if not name.startswith("x-") else {}
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                blank = re.sub(r"\{[^}]*\}", "{}", name) if section == "paths" else name
                result[(section, blank, method)] = (name, method, item, op)
                for cb_name, callback in _dict(op.get("callbacks")).items():
                    callback = _dict(deref(document, callback))
                    for expression, cb_item in callback.items():
                        cb_item = _dict(deref(document, cb_item))
                        for cb_method in HTTP_METHODS:
                            if isinstance(cb_item.get(cb_method), dict):
                                ptr = pointer(
                                    section,
                                    name,
                                    method,
                                    "callbacks",
                                    cb_name,
                                    expression,
                                    cb_method,
                                )
                                key = (
                                    "callbacks",
                                    f"{blank} {method} {cb_name} {expression}",
                                    cb_method,
                                )
                                result[key] = (
                                    ptr,
                                    cb_method,
                                    {**cb_item, "#expression": f"{cb_name} {expression}"},
                                    cb_item[cb_method],
                                )
    return result


def parameters(
    document: dict[str, Any], item: dict[str, Any], op: dict[str, Any], path: str = ""
) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """Parameters by (in, name): (the shared components/parameters name or "", parameter).
    Path parameters are keyed by their position in the path, so a renamed one is matched."""
    result = {}
    slots = re.findall(r"\{([^}]*)\}", path)
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = deref(document, raw)
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        shared = (
            ref.rsplit("/", 1)[1]
            if isinstance(ref, str) and ref.startswith("#/components/parameters/")
            else ""
        )
        if isinstance(param, dict):
            where, name = str(param.get("in")), str(param.get("name"))
            if where == "path" and name in slots:
                name = f"{{#{slots.index(name)}}}"
            result[(where, name.lower() if where == "header" else name)] = (shared, param)
    return result


def param_schema(param: dict[str, Any]) -> Any:
    """A parameter's or header's schema, also when described with `content:` (one media type)."""
    if "schema" in param:
        return param["schema"]
    for media in _dict(param.get("content")).values():
        return _dict(media).get("schema", {})
    return {}


def label(section: str, name: str, method: str, op: dict[str, Any]) -> str:
    op_id = op.get("operationId", "?")
    if section == "paths":
        return f"{method.upper()} {name} ({op_id})"
    return f"webhook {name} {method.upper()} ({op_id})"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
