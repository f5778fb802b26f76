"""Stage 3: the intermediate representation. Frozen, final names; templates never see spec dicts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from generator import naming
from generator.load import Spec
from generator.mockdata import example_or_sample, mock_response
from generator.walk import deref, iter_operations


@dataclass(frozen=True)
class Param:
    name: str  # on the wire
    py_name: str
    location: str  # path | query | header
    required: bool
    type_hint: str
    description: str
    idempotency_ttl: int | None = None
    validator_hint: str = ""  # type_hint with the schema's constraints, for the servers

    @property
    def is_idempotency_key(self) -> bool:
        return self.idempotency_ttl is not None


@dataclass(frozen=True)
class Body:
    model: str
    required: bool
    media_type: str


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    model: str | None
    description: str
    message_pointer: str | None

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class Variant:
    py_name: str
    summary: str
    description: str
    request_model: str
    response_model: str
    mock_literal: str  # what the mock answers this variant with

    @property
    def doc(self) -> str:
        return f"{self.summary}\n\n{self.description}".strip()


@dataclass(frozen=True)
class ErrorTemplate:
    """An error body the mock and webhook servers answer with: documented shape, our messages."""

    status: int
    body_literal: str  # Python literal of the JSON body
    message_pointer: str | None


@dataclass(frozen=True)
class Call:
    """One typed client method: an operation, or one documented variant of it."""

    py_name: str
    doc: str
    request_model: str | None
    body_required: bool
    response_model: str | None
    mock_literal: str = "None"  # what the mock answers

    @property
    def const_name(self) -> str:
        return self.py_name.upper()


@dataclass(frozen=True)
class Pagination:
    style: str
    page_param: str
    size_param: str | None
    params_in: str
    first_page: int
    items: str
    has_more: str | None
    total: str | None


@dataclass(frozen=True)
class Operation:
    py_name: str
    method: str  # upper case
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    body: Body | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives, each a set of scheme ids used together
    variants: tuple[Variant, ...]
    pagination: Pagination | None
    mock_status: int
    mock_body: str  # JSON text
    error_templates: tuple[ErrorTemplate, ...] = ()
    webhook_path: str = ""
    dedupe_pointers: tuple[str, ...] = ()

    @property
    def mock_literal(self) -> str:
        return naming.literal(json.loads(self.mock_body))

    @property
    def params_by_location(self) -> tuple[tuple[str, tuple[Param, ...]], ...]:
        groups = (("path_params", "path"), ("query", "query"), ("headers", "header"))
        result = []
        for keyword, location in groups:
            params = tuple(p for p in self.call_params if p.location == location)
            if params:
                result.append((keyword, params))
        return tuple(result)

    @property
    def const_name(self) -> str:
        return self.py_name.upper()

    @property
    def success(self) -> Response:
        return next(r for r in self.responses if r.is_success)

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success)

    @property
    def idempotency(self) -> Param | None:
        return next((p for p in self.params if p.is_idempotency_key), None)

    @property
    def call_params(self) -> tuple[Param, ...]:
        """Parameters the caller passes (the idempotency key has its own keyword)."""
        ordered = sorted(self.params, key=lambda p: (not p.required, p.location != "path"))
        return tuple(p for p in ordered if not p.is_idempotency_key)

    @property
    def doc(self) -> str:
        text = self.summary
        if self.description:
            text = f"{text}\n\n{self.description}" if text else self.description
        return text or f"{self.method} {self.path}"

    @property
    def path_literal(self) -> str:
        return naming.literal(self.path)

    @property
    def calls(self) -> tuple[Call, ...]:
        own = Call(
            self.py_name,
            self.doc,
            self.body.model if self.body else None,
            bool(self.body and self.body.required),
            self.success.model,
            self.mock_literal,
        )
        variants = tuple(
            Call(v.py_name, v.doc, v.request_model, True, v.response_model, v.mock_literal)
            for v in self.variants
        )
        return (own, *variants)


@dataclass(frozen=True)
class TokenExchange:
    """A scheme whose token the client obtains by calling `operation` with credentials."""

    operation: str
    path: str
    credentials: tuple[tuple[str, str], ...]  # (request body field, credential name)
    token_pointer: str
    expires_pointer: str
    expires_format: str
    refresh_margin: float


@dataclass(frozen=True)
class SecurityScheme:
    id: str
    py_name: str  # the credential keyword of the client
    kind: str  # header | bearer
    header: str
    description: str
    exchange: TokenExchange | None = None


@dataclass(frozen=True)
class WebhookScheme:
    """How the vendor authenticates its calls to the integrator's webhook receiver."""

    id: str
    kind: str  # shared-header | bearer | jwt | none
    header: str
    algorithm: str = ""
    token_pointer: str | None = None
    claims: tuple[tuple[str, str], ...] = ()  # (claim, pointer into the body)
    max_age_seconds: float | None = None


@dataclass(frozen=True)
class RateLimit:
    limit: int
    period_seconds: float
    scope: str
    retry_after_default: float | None


@dataclass(frozen=True)
class Api:
    id: str
    title: str
    version: str
    description: str
    package: str
    distribution: str
    client_class: str
    async_client_class: str
    base_url: str
    operations: tuple[Operation, ...]
    webhooks: tuple[Operation, ...]
    schemes: tuple[SecurityScheme, ...]
    webhook_schemes: tuple[WebhookScheme, ...]
    rate_limit: RateLimit | None
    schema_document: str  # JSON: the spec's components, handed to datamodel-code-generator
    request_schemas: str  # JSON: the spec's component schemas as written, for the servers

    @property
    def package_version(self) -> str:
        local = re.sub(r"[^a-z0-9]+", ".", self.version.lower()).strip(".")
        return f"0.1.0+spec.{local}" if local else "0.1.0"

    @property
    def credential_kwargs(self) -> tuple[tuple[str, str], ...]:
        """(client keyword, credentials key): each scheme's own value, then exchange inputs."""
        pairs = [(scheme.py_name, scheme.id) for scheme in self.schemes]
        for scheme in self.schemes:
            for _, name in scheme.exchange.credentials if scheme.exchange else ():
                if name not in {key for _, key in pairs}:
                    pairs.append((naming.snake(name, "credential"), name))
        keywords = naming.unique([keyword for keyword, _ in pairs])
        return tuple(zip(keywords, (key for _, key in pairs), strict=True))

    @property
    def has_pagination(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def has_token_exchange(self) -> bool:
        return any(scheme.exchange for scheme in self.schemes)

    @property
    def webhook_handlers_class(self) -> str:
        return f"{naming.pascal(self.id)}WebhookHandlers"

    @property
    def webhooks_have_params(self) -> bool:
        return any(op.params for op in self.webhooks)

    @property
    def webhooks_use_typing(self) -> bool:
        return any("typing." in p.validator_hint for op in self.webhooks for p in op.params)

    @property
    def webhooks_use_pydantic(self) -> bool:
        return any("pydantic." in p.validator_hint for op in self.webhooks for p in op.params)

    @property
    def has_params(self) -> bool:
        return any(op.params for op in self.operations)

    @property
    def params_use_typing(self) -> bool:
        return any("typing." in p.validator_hint for op in self.operations for p in op.params)

    @property
    def params_use_pydantic(self) -> bool:
        return any("pydantic." in p.validator_hint for op in self.operations for p in op.params)

    @property
    def error_models(self) -> tuple[str, ...]:
        models = {r.model for op in self.operations + self.webhooks for r in op.errors if r.model}
        return tuple(sorted(models))

    @property
    def bad_request(self) -> Response | None:
        """The documented 400 body, used for errors of operations that document none."""
        for op in self.operations + self.webhooks:
            for response in op.errors:
                if response.status == "400" and response.model:
                    return response
        return None


def build_api(spec: Spec) -> Api:
    data = spec.data
    info = data.get("info", {})
    schemes = _schemes(data)
    words = naming.pascal(spec.api)
    fallbacks = _documented_errors(data)
    operations = [
        _operation(data, s, n, m, op, fallbacks)
        for s, n, m, op in iter_operations(data)
        if s == "paths"
    ]
    webhooks = [
        _operation(data, s, n, m, op, fallbacks)
        for s, n, m, op in iter_operations(data)
        if s == "webhooks"
    ]
    rate = data.get("x-rate-limit")
    return Api(
        id=spec.api,
        title=naming.title(str(info.get("title", spec.api))),
        version=str(info.get("version", "")),
        description=naming.clean_text(str(info.get("description", ""))),
        package=f"{spec.api}_api",
        distribution=f"{spec.api.replace('_', '-')}-api",
        client_class=f"{words}Client",
        async_client_class=f"Async{words}Client",
        base_url=_base_url(data),
        operations=tuple(sorted(operations, key=lambda o: o.py_name)),
        webhooks=tuple(sorted(webhooks, key=lambda o: o.py_name)),
        schemes=schemes,
        webhook_schemes=_webhook_schemes(data),
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
        schema_document=_schema_document(data),
        request_schemas=json.dumps(
            {"components": {"schemas": (data.get("components") or {}).get("schemas") or {}}},
            ensure_ascii=True,
            indent=1,
        ),
    )


def _base_url(data: dict[str, Any]) -> str:
    servers = data.get("servers") or [{"url": ""}]
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url.rstrip("/")


def _schemes_used_by(data: dict[str, Any], section: str) -> list[tuple[str, dict[str, Any]]]:
    """(id, scheme) of the security schemes the operations of `section` use, by id."""
    used = {
        scheme
        for where, _, _, op in iter_operations(data)
        if where == section
        for requirement in op.get("security", data.get("security", []))
        for scheme in requirement
    }
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    return [(scheme_id, raw) for scheme_id, raw in sorted(schemes.items()) if scheme_id in used]


def _schemes(data: dict[str, Any]) -> tuple[SecurityScheme, ...]:
    """The schemes inbound operations use: the client's credentials. (Schemes only webhooks
    use authenticate the vendor to the integrator; the client never holds them.)"""
    result = []
    for scheme_id, raw in _schemes_used_by(data, "paths"):
        if raw.get("type") == "apiKey" and raw.get("in") == "header":
            kind, header = "header", raw["name"]
        elif raw.get("type") == "http" and str(raw.get("scheme", "")).lower() == "bearer":
            kind, header = "bearer", "Authorization"
        else:
            continue
        text = naming.clean_text(str(raw.get("description", "")))
        exchange = _token_exchange(data, raw.get("x-token-exchange"))
        result.append(
            SecurityScheme(
                scheme_id, naming.snake(scheme_id, "credential"), kind, header, text, exchange
            )
        )
    # Each credential is a keyword of the client's constructor: unique, and none of its own.
    names = naming.unique(
        [s.py_name + "_" if s.py_name in naming.CLIENT_OPTIONS else s.py_name for s in result]
    )
    return tuple(replace(s, py_name=name) for s, name in zip(result, names, strict=True))


def _token_exchange(data: dict[str, Any], raw: dict[str, Any] | None) -> TokenExchange | None:
    if not raw:
        return None
    path = next(
        name
        for _, name, _, op in iter_operations(data)
        if op.get("operationId") == raw["operation"]
    )
    return TokenExchange(
        operation=raw["operation"],
        path=path,
        credentials=tuple(sorted(raw["credentials"].items())),
        token_pointer=raw["token"],
        expires_pointer=raw["expires-at"],
        expires_format=raw.get("expires-format", "iso-8601"),
        refresh_margin=float(raw.get("refresh-margin-seconds", 60)),
    )


def _webhook_schemes(data: dict[str, Any]) -> tuple[WebhookScheme, ...]:
    result = []
    for scheme_id, raw in _schemes_used_by(data, "webhooks"):
        auth = raw.get("x-webhook-auth") or {}
        bearer = raw.get("type") == "http" and str(raw.get("scheme", "")).lower() == "bearer"
        header = auth.get("header") or (
            raw.get("name") if raw.get("in") == "header" else "Authorization"
        )
        kind = auth.get("type") or ("bearer" if bearer else "shared-header")
        result.append(
            WebhookScheme(
                id=scheme_id,
                kind=kind,
                header=str(header),
                algorithm=auth.get("algorithm", "HS256" if kind == "jwt" else ""),
                token_pointer=auth.get("token-pointer"),
                claims=tuple(sorted((auth.get("claims") or {}).items())),
                max_age_seconds=auth.get("max-age-seconds"),
            )
        )
    return tuple(result)


def _operation(
    data: dict[str, Any],
    section: str,
    name: str,
    method: str,
    raw: dict[str, Any],
    fallbacks: dict[str, tuple[Any, str | None]],
) -> Operation:
    params = _params(data, raw, (data.get(section) or {}).get(name, {}))
    body = None
    if "requestBody" in raw:
        request = deref(data, raw["requestBody"])
        media, content = next(iter(sorted((request.get("content") or {}).items())))
        body = Body(_model_name(content["schema"]), bool(request.get("required")), media)
    responses = tuple(
        _response(data, str(code), r) for code, r in sorted(raw.get("responses", {}).items())
    )
    security = raw.get("security", data.get("security", []))
    status, mock_body = mock_response(data, raw)
    return Operation(
        error_templates=_error_templates(data, raw, fallbacks),
        py_name=raw["operationId"],
        method=method.upper(),
        path=name,
        summary=naming.clean_text(str(raw.get("summary", ""))),
        description=naming.clean_text(str(raw.get("description", ""))),
        params=params,
        body=body,
        responses=responses,
        security=tuple(tuple(sorted(req)) for req in security),
        variants=tuple(_variant(data, v) for v in raw.get("x-variants", [])),
        pagination=_pagination(raw.get("x-pagination")),
        mock_status=status,
        mock_body=json.dumps(mock_body, ensure_ascii=True),
        webhook_path=(
            str(raw.get("x-webhook-path", "/" + name.strip("/"))) if section == "webhooks" else ""
        ),
        dedupe_pointers=tuple(raw.get("x-dedupe-key", ())),
    )


# Statuses the generated servers produce themselves, and the documented status whose body
# shape each borrows when the spec documents no body for it.
_SERVER_STATUSES = {400: "400", 401: "401", 413: "400", 429: "429", 500: "500"}


def _documented_errors(data: dict[str, Any]) -> dict[str, tuple[Any, str | None]]:
    """For each status the servers produce, the first body any operation documents for it."""
    found: dict[str, tuple[Any, str | None]] = {}
    for _, _, _, op in iter_operations(data):
        for documented in set(_SERVER_STATUSES.values()) - set(found):
            body = _documented_error(data, op, documented)
            if body is not None:
                found[documented] = body
    return found


def _error_templates(
    data: dict[str, Any], raw: dict[str, Any], fallbacks: dict[str, tuple[Any, str | None]]
) -> tuple[ErrorTemplate, ...]:
    """The operation's own documented body for each status, else the API's, else its 400's."""
    templates = []
    for status, documented in _SERVER_STATUSES.items():
        found = (
            _documented_error(data, raw, documented)
            or fallbacks.get(documented)
            or _documented_error(data, raw, "400")
        )
        body, pointer = found or ({"message": ""}, "/message")
        templates.append(ErrorTemplate(status, naming.literal(body), pointer))
    return tuple(templates)


def _documented_error(
    data: dict[str, Any], raw: dict[str, Any], status: str
) -> tuple[Any, str | None] | None:
    responses = raw.get("responses", {})
    for key in (status, f"{status[0]}XX"):
        if key in responses:
            response = deref(data, responses[key])
            content = response.get("content") or {}
            if content:
                media = next(iter(sorted(content.items())))[1]
                pointer = response.get("x-message-field")
                body = example_or_sample(data, media)
                return _with_message_slot(data, media.get("schema", {}), body, pointer), pointer
    return None


def _with_message_slot(data: dict[str, Any], schema: Any, body: Any, pointer: str | None) -> Any:
    """Make sure the body has the field messages go to, typed as the schema says (a list for
    an array, else a string), so servers fill in the documented shape."""
    if not pointer or not isinstance(body, dict):
        return body
    node, tokens = body, pointer.split("/")[1:]
    for depth, token in enumerate(tokens):
        schema = deref(data, (deref(data, schema).get("properties") or {}).get(token, {}))
        if depth == len(tokens) - 1:
            if token not in node:
                node[token] = [] if schema.get("type") == "array" else ""
        else:
            child = node.setdefault(token, {})
            if not isinstance(child, dict):
                return body
            node = child
    return body


def _params(
    data: dict[str, Any], raw: dict[str, Any], path_item: dict[str, Any]
) -> tuple[Param, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for item in list(path_item.get("parameters", [])) + list(raw.get("parameters", [])):
        param = deref(data, item)
        if param.get("in") in ("path", "query", "header"):
            merged[(param["in"], param["name"])] = param
    ordered = sorted(merged.values(), key=lambda p: (p["in"] != "path", p["name"]))
    names = naming.unique([naming.snake(p["name"], "param") for p in ordered])
    return tuple(
        Param(
            name=p["name"],
            py_name=py_name,
            location=p["in"],
            required=bool(p.get("required")) or p["in"] == "path",
            type_hint=_type_hint(data, p.get("schema", {})),
            description=naming.comment(str(p.get("description", ""))),
            idempotency_ttl=(p.get("x-idempotency-key") or {}).get("ttl-seconds"),
            validator_hint=_validator_hint(data, p.get("schema", {})),
        )
        for p, py_name in zip(ordered, names, strict=True)
    )


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _type_hint(data: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = deref(data, schema)
    if "enum" in schema and all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in schema["enum"]
    ):
        return "typing.Literal[" + ", ".join(naming.literal(v) for v in schema["enum"]) + "]"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        return f"list[{_type_hint(data, schema.get('items', {}))}]"
    return _SCALARS.get(str(kind), "str")


_PYDANTIC_CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "minItems": "min_length",
    "maxItems": "max_length",
    "multipleOf": "multiple_of",
}


def _validator_hint(data: dict[str, Any], schema: dict[str, Any]) -> str:
    """The parameter's type with its constraints, as the generated servers validate it."""
    schema = deref(data, schema)
    hint = _type_hint(data, schema)
    if hint.startswith("list[") and isinstance(schema.get("items"), dict):
        hint = f"list[{_validator_hint(data, schema['items'])}]"
    constraints = [
        f"{name}={naming.literal(schema[key])}"
        for key, name in sorted(_PYDANTIC_CONSTRAINTS.items())
        if key in schema and not isinstance(schema[key], bool)
    ]
    if not constraints:
        return hint
    return f"typing.Annotated[{hint}, pydantic.Field({', '.join(constraints)})]"


def _response(data: dict[str, Any], status: str, raw: dict[str, Any]) -> Response:
    response = deref(data, raw)
    content = response.get("content") or {}
    model = _model_name(next(iter(sorted(content.items())))[1]["schema"]) if content else None
    return Response(
        status,
        model,
        naming.comment(str(response.get("description", ""))),
        response.get("x-message-field"),
    )


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


def _pagination(raw: dict[str, Any] | None) -> Pagination | None:
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
    )


def _schema_document(data: dict[str, Any]) -> str:
    """The spec reduced to what the models need: its component schemas, without `x-`
    extensions (datamodel-code-generator would carry unknown keys into field metadata), and
    with objects open unless the spec closes them: vendors add fields, models keep them."""
    schemas = (data.get("components") or {}).get("schemas") or {}
    hoisted: dict[str, Any] = {}
    models = {
        name: _model_schema(schema, name, hoisted, set(schemas)) for name, schema in schemas.items()
    }
    models.update(hoisted)
    document = {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": models},
    }
    return json.dumps(document, ensure_ascii=True)


_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
_CONSTRAINTS = frozenset(
    {
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)


_URI_PATTERN = r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$"
_EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"  # the same rule as generator/formats.py
_STRING_CONSTRAINTS = frozenset({"pattern", "minLength", "maxLength", "format"})


def _split_type_list(schema: dict[str, Any]) -> dict[str, Any]:
    """`type: [integer, string]` with constraints -> `anyOf` of one schema per type, each with
    the constraints that apply to it (so each can become a named, checkable type)."""
    kinds = schema.get("type")
    if not (isinstance(kinds, list) and len(kinds) > 1 and _CONSTRAINTS & schema.keys()):
        return schema
    shared = {k: v for k, v in schema.items() if k not in _CONSTRAINTS | {"type", "format"}}
    members = []
    for kind in kinds:
        keep = _STRING_CONSTRAINTS if kind == "string" else _CONSTRAINTS - _STRING_CONSTRAINTS
        members.append({"type": kind, **{k: v for k, v in schema.items() if k in keep}})
    return {**shared, "anyOf": members}


def _model_schema(schema: Any, owner: str, hoisted: dict[str, Any], taken: set[str]) -> Any:
    if not isinstance(schema, dict):
        return schema
    schema = _split_type_list(schema)
    result = {}
    for key, value in schema.items():
        if key.startswith("x-"):
            continue
        if key in ("anyOf", "oneOf") and isinstance(value, list):
            value = [_union_member(v, owner, hoisted, taken) for v in value]
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            value = [_model_schema(v, owner, hoisted, taken) for v in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            value = {name: _model_schema(v, owner, hoisted, taken) for name, v in value.items()}
        elif key in _SUBSCHEMAS:
            value = _model_schema(value, owner, hoisted, taken)
        elif key in ("description", "title") and isinstance(value, str):
            value = naming.clean_text(value)  # prose for docstrings: no bidi or control characters
        result[key] = value
    money = schema.get("x-money")
    if isinstance(money, dict) and money.get("unit") == "minor":
        currency = (
            f" of the currency in `{money['currency-field']}`"
            if money.get("currency-field")
            else ""
        )
        note = f"An amount in minor units{currency} (10.99 is sent as 1099)."
        result["description"] = (
            f"{result['description']}\n\n{note}" if result.get("description") else note
        )
    if result.get("format") in ("uri", "url") and "pattern" not in result:
        # URLs are kept as the vendor's strings (see render.py); this keeps them URL-shaped.
        result["pattern"] = _URI_PATTERN
    if result.get("format") == "email" and "pattern" not in result:
        result["pattern"] = _EMAIL_PATTERN
    if (
        result.get("type") == "object" or "properties" in result
    ) and "additionalProperties" not in result:
        result["additionalProperties"] = True
    return result


def _union_member(schema: Any, owner: str, hoisted: dict[str, Any], taken: set[str]) -> Any:
    """A constrained scalar inside a union becomes a named root model: datamodel-code-generator
    would otherwise write `constr(...)` there, which type checkers reject."""
    member = _model_schema(schema, owner, hoisted, taken)
    if not (isinstance(member, dict) and "$ref" not in member and _CONSTRAINTS & member.keys()):
        return member
    index = 1
    while f"{owner}Option{index}" in taken or f"{owner}Option{index}" in hoisted:
        index += 1
    name = f"{owner}Option{index}"
    hoisted[name] = member
    return {"$ref": f"#/components/schemas/{name}"}
