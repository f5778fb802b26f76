"""Stage 3, the builder: spec data -> the frozen IR of generator/ir.py. Names are decided here,
once; strings bound for code are cleaned here."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from . import media, model_names, naming
from .citations import without_citations
from .error_bodies import Documented, documented_errors, error_templates
from .ir import (
    Api,
    Body,
    Operation,
    Pagination,
    Param,
    RateLimit,
    Response,
    Variant,
)
from .load import Spec
from .mockdata import example_or_sample, mock_response
from .model_schema import schema_document
from .security import build_schemes, requirements, webhook_schemes
from .spec import model as spec_model
from .spec.model import Document, read_document
from .type_hints import param_schema, type_hint
from .walk import deref


def build_api(spec: Spec) -> Api:
    data = without_citations(spec.data)  # doc line references stay in specs/
    typed = read_document(data)
    schemes = build_schemes(typed)
    words = naming.pascal(spec.api)
    fallbacks = documented_errors(data)
    operations = [_operation(data, op, fallbacks) for op in typed.operations]
    webhooks = [_operation(data, op, fallbacks) for op in typed.webhooks]
    rate = typed.extensions.get("x-rate-limit")
    document = schema_document(data)
    return Api(
        id=spec.api,
        title=naming.title(typed.title or spec.api),
        version=typed.version,
        description=naming.clean_text(typed.description),
        package=f"{spec.api}_api",
        distribution=f"{spec.api.replace('_', '-')}-api",
        client_class=f"{words}Client",
        async_client_class=f"Async{words}Client",
        base_url=_base_url(typed),
        operations=tuple(sorted(operations, key=lambda o: o.py_name)),
        webhooks=tuple(sorted(webhooks, key=lambda o: o.py_name)),
        schemes=schemes,
        webhook_schemes=webhook_schemes(typed),
        rate_limit=(
            RateLimit(
                rate["limit"],
                rate["period-seconds"],
                rate["scope"],
                rate.get("retry-after-default-seconds"),
            )
            if rate
            else None
        ),
        schema_document=document,
        field_names=tuple(model_names.field_names(json.loads(document)).items()),
        request_schemas=_request_schemas(data, operations),
        source="" if spec.path.name == f"{spec.api}.yaml" else spec.path.name,
    )


def _request_schemas(data: dict[str, Any], operations: list[Operation]) -> str:
    """schemas.json: the spec's component schemas as written, plus, per client call, one object
    schema per parameter location (`parameters/<call>/<location>`) the client checks on send."""
    parameters: dict[str, dict[str, Any]] = {}
    for op in operations:
        by_location: dict[str, Any] = {}
        for param in op.params:
            where = by_location.setdefault(
                param.location, {"type": "object", "properties": {}, "required": []}
            )
            where["properties"][param.name] = json.loads(param.schema)
            if param.required:
                where["required"].append(param.name)
        for call in op.calls:
            if by_location:
                parameters[call.py_name] = by_location
    document = {
        "components": {"schemas": (data.get("components") or {}).get("schemas") or {}},
        "parameters": parameters,
    }
    return json.dumps(document, ensure_ascii=True, indent=1)


def _base_url(document: Document) -> str:
    """The first server's URL, its variables at their defaults. A bare host loses its trailing
    slash; a base path keeps it, as it changes what a relative tokenUrl resolves to (RFC 3986:
    `token` against `/v2/` is `/v2/token`, against `/v2` it is `/token`)."""
    if not document.servers:
        return ""
    url = document.servers[0].resolved_url
    return url if urlsplit(url).path.strip("/") else url.rstrip("/")


def _operation(
    data: dict[str, Any],
    op: spec_model.Operation,
    fallbacks: dict[tuple[str, int], Documented],
) -> Operation:
    raw = op.raw  # for the readers of the x- vocabulary and the mock's data, still dict-based
    body = _body(data, op.request_body) if op.request_body is not None else None
    dedupe = op.extensions.get("x-dedupe-key") or {}
    if isinstance(dedupe, list):  # the short form: just the pointers
        dedupe = {"pointers": dedupe}
    status, mock_body = mock_response(data, raw)
    return Operation(
        error_templates=error_templates(data, op.section, raw, fallbacks),
        py_name=op.operation_id,
        method=op.method.upper(),
        path=op.path,
        summary=naming.clean_text(op.summary),
        description=naming.clean_text(op.description),
        params=_params(data, op.parameters),
        body=body,
        responses=tuple(_response(data, response) for response in op.responses),
        security=requirements(data, raw),
        variants=tuple(_variant(data, v) for v in op.extensions.get("x-variants", [])),
        pagination=_pagination(data, op.extensions.get("x-pagination"), _success_schema(data, raw)),
        mock_status=status,
        mock_body=json.dumps(mock_body, ensure_ascii=True),
        webhook_path=(
            str(op.extensions.get("x-webhook-path", "/" + op.path.strip("/")))
            if op.section == "webhooks"
            else ""
        ),
        dedupe_pointers=tuple(dedupe.get("pointers", ())),
        dedupe_settled_unless=dedupe.get("settled-unless"),
        dedupe_ttl_seconds=dedupe.get("ttl-seconds"),
    )


def _params(
    data: dict[str, Any], parameters: tuple[spec_model.Parameter, ...]
) -> tuple[Param, ...]:
    sent = [p for p in parameters if p.location in ("path", "query", "header", "cookie")]
    ordered = sorted(sent, key=lambda p: (p.location != "path", p.name))
    names = naming.unique([naming.snake(p.name, "param") for p in ordered])
    return tuple(
        Param(
            name=p.name,
            py_name=py_name,
            location=p.location,
            required=p.required,
            type_hint=type_hint(data, _schema(p), dates=True, sequences=True),
            description=naming.comment(p.description),
            idempotency_ttl=(p.extensions.get("x-idempotency-key") or {}).get("ttl-seconds"),
            schema_literal=naming.literal(param_schema(data, _schema(p))),
            style=p.style or "",
            explode=p.explode,
            allow_reserved=p.allow_reserved,
            receiver_type_hint=type_hint(data, _schema(p), models=False),
            schema=json.dumps(_schema(p), ensure_ascii=True, sort_keys=True),
        )
        for p, py_name in zip(ordered, names, strict=True)
    )


def _schema(parameter: spec_model.Parameter) -> Any:
    return parameter.schema if parameter.schema is not None else {}


def _response(data: dict[str, Any], response: spec_model.Response) -> Response:
    content = spec_model.content_map(response.content)
    chosen = media.choose(content)
    model = _ref_name(chosen[1].get("schema")) if chosen else None
    return Response(
        response.status,
        model,
        naming.comment(response.description),
        response.extensions.get("x-message-field"),
        _media_types(content),
        tuple(
            (c["pointer"], "equals" in c, c.get("equals"))
            for c in response.extensions.get("x-failure-when") or ()
        ),
    )


def _body(data: dict[str, Any], request: spec_model.RequestBody) -> Body:
    content = spec_model.content_map(request.content)
    media_type, media_object = media.choose(content) or ("application/json", {})
    kind = media.kind_of(media_type)
    model = _ref_name(media_object.get("schema")) if kind in media.MODEL_KINDS else None
    example = example_or_sample(data, media_object) if kind in media.MODEL_KINDS else None
    return Body(
        model or "",
        request.required,
        media_type,
        json.dumps(example, ensure_ascii=True, indent=2),
        _media_types(content),
        media.encoding(media_object),
    )


def _media_types(content: dict[str, Any]) -> tuple[str, ...]:
    """The documented media types, the one the client prefers first."""
    chosen = media.choose(content)
    return tuple(sorted(content, key=lambda t: t != chosen[0])) if chosen else ()


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return _model_name(schema)
    return None


def _model_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


def _variant(data: dict[str, Any], raw: dict[str, Any]) -> Variant:
    return Variant(
        py_name=raw["operationId"],
        summary=naming.clean_text(raw.get("summary", "")),
        description=naming.clean_text(raw.get("description", "")),
        request_model=_model_name({"$ref": raw["request"]}),
        response_model=_model_name({"$ref": raw["response"]}),
        mock_literal=naming.literal(example_or_sample(data, {"schema": {"$ref": raw["response"]}})),
    )


def _success_schema(data: dict[str, Any], raw: dict[str, Any]) -> Any:
    """The JSON schema of an operation's first 2xx response, if it has one."""
    for code, response in sorted((raw.get("responses") or {}).items()):
        if str(code).startswith("2"):
            content = (deref(data, response).get("content") or {}).get("application/json") or {}
            return content.get("schema")
    return None


def _item_model(data: dict[str, Any], schema: Any, pointer: str) -> str | None:
    """The component name of the items a page lists at `pointer`, or None when unnamed."""
    node = deref(data, schema)
    for part in [p for p in pointer.split("/") if p]:
        node = deref(data, ((node or {}).get("properties") or {}).get(part))
    items = node.get("items") if isinstance(node, dict) and node.get("type") == "array" else None
    if isinstance(items, dict) and "$ref" in items:
        return _model_name(items)
    return None


def _pagination(
    data: dict[str, Any], raw: dict[str, Any] | None, success: Any = None
) -> Pagination | None:
    if not raw:
        return None
    return Pagination(
        raw["style"],
        raw["page-param"],
        raw.get("size-param"),
        raw.get("params-in", "query"),
        raw.get("first-page", 1),
        raw["items"],
        raw.get("has-more"),
        raw.get("total"),
        _item_model(data, success, raw["items"]) if success else None,
    )
