"""The typed spec model: a normalised OpenAPI 3.1 document as frozen dataclasses, built once
(`read_document`) so the builder reads named fields instead of walking raw dicts.

References to parameters, request bodies, responses, headers and security schemes are
resolved here; operations carry their path item's parameters merged with their own (the
operation's win, by `in` and `name`). JSON Schemas stay plain dicts: JSON Schema is data, and
the model, type and mock-data code read it as such. `extensions` keep vendorgen's own `x-`
vocabulary (unknown extensions are gone after normalising).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..walk import HTTP_METHODS, deref

Schema = Any  # a JSON Schema: a dict (or a boolean), read as data
Extensions = Mapping[str, Any]


@dataclass(frozen=True)
class Server:
    url: str
    description: str = ""
    variables: tuple[tuple[str, str], ...] = ()  # (name, default)

    @property
    def resolved_url(self) -> str:
        """The URL with every variable at its default."""
        url = self.url
        for name, default in self.variables:
            url = url.replace("{" + name + "}", default)
        return url


@dataclass(frozen=True)
class MediaType:
    media_type: str
    schema: Schema | None
    encoding: Mapping[str, Any]
    raw: Mapping[str, Any]  # the Media Type Object (examples are read from it)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    style: str | None
    explode: bool | None
    schema: Schema | None
    content: tuple[MediaType, ...]
    description: str
    extensions: Extensions
    raw: Mapping[str, Any]
    allow_reserved: bool = False


@dataclass(frozen=True)
class RequestBody:
    required: bool
    description: str
    content: tuple[MediaType, ...]  # in the document's order


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    schema: Schema | None
    description: str


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    headers: tuple[Header, ...]
    content: tuple[MediaType, ...]  # in the document's order
    extensions: Extensions


@dataclass(frozen=True)
class SecurityRequirement:
    """One alternative: every scheme listed is used together (AND); none means no auth."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme id, scopes)


@dataclass(frozen=True)
class Operation:
    section: str  # paths | webhooks
    path: str  # the path, or the webhook's name
    method: str  # lower case
    operation_id: str  # a method name after normalising
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]  # sorted by status
    security: tuple[SecurityRequirement, ...] | None  # None: the document's
    extensions: Extensions
    raw: dict[str, Any]  # the Operation Object, for code not yet reading the model

    @property
    def pointer(self) -> str:
        path = self.path.replace("~", "~0").replace("/", "~1")
        return f"/{self.section}/{path}/{self.method}"


@dataclass(frozen=True)
class OAuthFlow:
    kind: str  # implicit | password | clientCredentials | authorizationCode
    authorization_url: str
    token_url: str
    refresh_url: str
    scopes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SecurityScheme:
    id: str
    type: str  # apiKey | http | mutualTLS | oauth2 | openIdConnect
    name: str  # apiKey: the header, query parameter or cookie name
    location: str  # apiKey: header | query | cookie
    scheme: str  # http: basic, bearer, ...
    flows: tuple[OAuthFlow, ...]
    open_id_connect_url: str
    description: str
    extensions: Extensions


@dataclass(frozen=True)
class Document:
    openapi: str
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    operations: tuple[Operation, ...]  # paths, by path then method
    webhooks: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]  # by id
    security: tuple[SecurityRequirement, ...]
    schemas: Mapping[str, Schema]
    extensions: Extensions

    def requirements(self, operation: Operation) -> tuple[SecurityRequirement, ...]:
        """What `operation` needs: its own `security`, else the document's."""
        return self.security if operation.security is None else operation.security


def read_document(data: dict[str, Any]) -> Document:
    """The typed model of a normalised document."""
    info = data.get("info") or {}
    components = data.get("components") or {}
    return Document(
        openapi=str(data.get("openapi", "")),
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        servers=tuple(_server(s) for s in data.get("servers") or () if isinstance(s, dict)),
        operations=tuple(_operations(data, "paths")),
        webhooks=tuple(_operations(data, "webhooks")),
        security_schemes=tuple(
            _scheme(name, deref(data, raw))
            for name, raw in sorted((components.get("securitySchemes") or {}).items())
        ),
        security=_requirements(data.get("security")) or (),
        schemas=components.get("schemas") or {},
        extensions=_extensions(data),
    )


def _extensions(raw: Mapping[str, Any]) -> Extensions:
    return {k: v for k, v in raw.items() if isinstance(k, str) and k.startswith("x-")}


def _server(raw: Mapping[str, Any]) -> Server:
    variables = raw.get("variables") or {}
    return Server(
        str(raw.get("url", "")),
        str(raw.get("description", "")),
        tuple((str(k), str((v or {}).get("default", ""))) for k, v in variables.items()),
    )


def _operations(data: dict[str, Any], section: str) -> list[Operation]:
    result = []
    for path, item in sorted((data.get(section) or {}).items()):
        item = deref(data, item)
        if not isinstance(item, dict) or path.startswith("x-"):
            continue
        for method in HTTP_METHODS:
            raw = item.get(method)
            if isinstance(raw, dict):
                result.append(_operation(data, section, path, method, item, raw))
    return result


def _operation(
    data: dict[str, Any],
    section: str,
    path: str,
    method: str,
    item: Mapping[str, Any],
    raw: dict[str, Any],
) -> Operation:
    merged: dict[tuple[str, str], Parameter] = {}
    for entry in [*(item.get("parameters") or ()), *(raw.get("parameters") or ())]:
        parameter = _parameter(data, deref(data, entry))
        merged[(parameter.location, parameter.name)] = parameter
    body = raw.get("requestBody")
    return Operation(
        section=section,
        path=path,
        method=method,
        operation_id=str(raw.get("operationId", "")),
        summary=str(raw.get("summary", "")),
        description=str(raw.get("description", "")),
        parameters=tuple(merged.values()),
        request_body=_request_body(data, deref(data, body)) if body is not None else None,
        responses=tuple(
            _response(data, str(status), deref(data, response))
            for status, response in sorted((raw.get("responses") or {}).items())
            if not str(status).startswith("x-")
        ),
        security=_requirements(raw.get("security")),
        extensions=_extensions(raw),
        raw=raw,
    )


def _parameter(data: dict[str, Any], raw: Mapping[str, Any]) -> Parameter:
    location = str(raw.get("in", ""))
    explode = raw.get("explode")
    return Parameter(
        name=str(raw.get("name", "")),
        location=location,
        required=bool(raw.get("required")) or location == "path",
        style=raw.get("style"),
        explode=explode if isinstance(explode, bool) else None,
        schema=raw.get("schema"),
        content=_content(data, raw.get("content")),
        description=str(raw.get("description", "")),
        extensions=_extensions(raw),
        raw=raw,
        allow_reserved=raw.get("allowReserved") is True,
    )


def _content(data: dict[str, Any], raw: Any) -> tuple[MediaType, ...]:
    if not isinstance(raw, dict):
        return ()
    return tuple(
        MediaType(str(media), item.get("schema"), item.get("encoding") or {}, item)
        for media, item in raw.items()
        if isinstance(item, dict)
    )


def content_map(content: tuple[MediaType, ...]) -> dict[str, Any]:
    """media type -> Media Type Object, in the document's order (the media layer's input)."""
    return {m.media_type: m.raw for m in content}


def _request_body(data: dict[str, Any], raw: Mapping[str, Any]) -> RequestBody:
    return RequestBody(
        bool(raw.get("required")),
        str(raw.get("description", "")),
        _content(data, raw.get("content")),
    )


def _response(data: dict[str, Any], status: str, raw: Mapping[str, Any]) -> Response:
    headers = []
    for name, header in sorted((raw.get("headers") or {}).items()):
        header = deref(data, header)
        headers.append(
            Header(
                str(name),
                bool(header.get("required")),
                header.get("schema"),
                str(header.get("description", "")),
            )
        )
    return Response(
        status,
        str(raw.get("description", "")),
        tuple(headers),
        _content(data, raw.get("content")),
        _extensions(raw),
    )


def _requirements(raw: Any) -> tuple[SecurityRequirement, ...] | None:
    if not isinstance(raw, list):
        return None
    return tuple(
        SecurityRequirement(tuple((str(k), tuple(v or ())) for k, v in item.items()))
        for item in raw
        if isinstance(item, dict)
    )


def _scheme(scheme_id: str, raw: Mapping[str, Any]) -> SecurityScheme:
    flows = raw.get("flows") or {}
    return SecurityScheme(
        id=scheme_id,
        type=str(raw.get("type", "")),
        name=str(raw.get("name", "")),
        location=str(raw.get("in", "")),
        scheme=str(raw.get("scheme", "")),
        flows=tuple(
            OAuthFlow(
                str(kind),
                str(flow.get("authorizationUrl", "")),
                str(flow.get("tokenUrl", "")),
                str(flow.get("refreshUrl", "")),
                tuple(sorted((str(k), str(v)) for k, v in (flow.get("scopes") or {}).items())),
            )
            for kind, flow in sorted(flows.items())
            if isinstance(flow, dict)
        ),
        open_id_connect_url=str(raw.get("openIdConnectUrl", "")),
        description=str(raw.get("description", "")),
        extensions=_extensions(raw),
    )
