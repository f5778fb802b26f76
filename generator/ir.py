"""Stage 3: the intermediate representation. Frozen, final names; templates never see spec dicts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from . import naming
from .media import PartEncoding, body_hint, kind_of, receiver_hint, result_hint


@dataclass(frozen=True)
class Param:
    name: str  # on the wire
    py_name: str
    location: str  # path | query | header | cookie
    required: bool
    type_hint: str
    description: str
    idempotency_ttl: int | None = None
    schema: str = "{}"  # JSON: the spec's schema of the value, checked by the client on send
    schema_literal: str = "{}"  # the schema the servers validate with, as a Python literal
    style: str = ""  # as documented; empty: the location's default
    explode: bool | None = None  # as documented; None: the style's default
    allow_reserved: bool = False  # query only: reserved characters sent as they are
    receiver_type_hint: str = ""  # webhook receivers get objects as dicts, not models

    @property
    def spec_args(self) -> str:
        """The servers' ParamSpec arguments after name, location and required."""
        args = [self.schema_literal]
        if self.style:
            args.append(f"style={naming.literal(self.style)}")
        if self.explode is not None:
            args.append(f"explode={self.explode!r}")
        return ", ".join(args)

    @property
    def is_idempotency_key(self) -> bool:
        return self.idempotency_ttl is not None


@dataclass(frozen=True)
class Body:
    model: str  # "" when the body is not a model (text, bytes)
    required: bool
    media_type: str  # the documented type the client sends
    example: str = "null"  # JSON: the documented example (or the smallest valid instance)
    media_types: tuple[str, ...] = ()  # every documented type (the mock accepts each)
    encoding: tuple[PartEncoding, ...] = ()

    @property
    def kind(self) -> str:
        return kind_of(self.media_type)

    @property
    def encoding_literal(self) -> str:
        """The `encoding` entries as Python source: a tuple of `PartEncoding(...)`."""
        items = [
            "PartEncoding("
            + ", ".join(naming.literal(v) for v in (e.name, e.content_type, e.style, e.explode))
            + ")"
            for e in self.encoding
        ]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"

    @property
    def is_plain_json(self) -> bool:
        """Only `application/json` documented: the transport's default, nothing to declare."""
        return self.media_types in ((), ("application/json",))

    @property
    def receiver_hint(self) -> str:
        """What a webhook handler is given, for each documented kind: the model, or without
        one the parsed JSON or the form's fields; the text; the bytes (runtime
        server/_webhook_body.py)."""
        return receiver_hint(self.media_types or (self.media_type,), self.model)

    @property
    def receiver_needs_media(self) -> bool:
        """The receiver is told the media types: not JSON alone, or no model to read it into."""
        return not (self.is_plain_json and self.model)


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    model: str | None
    description: str
    message_pointer: str | None
    media_types: tuple[str, ...] = ()  # documented, the client's preferred first
    # x-failure-when: (pointer, whether `equals` is given, the value) per condition
    failure_when: tuple[tuple[str, bool, Any], ...] = ()

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
    body_literal: str  # Python literal of the JSON body ("None": documented without a body)
    message_pointer: str | None
    also: tuple[str, ...] = ()  # further message fields of the shape


@dataclass(frozen=True)
class Call:
    """One typed client method: an operation, or one documented variant of it."""

    py_name: str
    doc: str
    request_model: str | None
    body_required: bool
    response_model: str | None
    mock_literal: str = "None"  # what the mock answers
    body_kind: str = "json"  # json | form | multipart | text | binary
    response_media: tuple[str, ...] = ()

    @property
    def const_name(self) -> str:
        return self.py_name.upper()

    @property
    def has_body(self) -> bool:
        return self.request_model is not None

    @property
    def takes_model(self) -> bool:
        return bool(self.request_model) and self.body_kind in ("json", "form", "multipart")

    @property
    def body_hint(self) -> str:
        return body_hint(self.body_kind, self.request_model)

    @property
    def returns(self) -> str:
        return result_hint(self.response_media, self.response_model)


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
    item_model: str | None = None  # the model of one item at `items`, when the spec names it


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
    dedupe_settled_unless: str | None = None
    dedupe_ttl_seconds: float | None = None

    @property
    def mock_literal(self) -> str:
        return naming.literal(json.loads(self.mock_body))

    @property
    def param_styles(self) -> tuple[tuple[str, str], ...]:
        """(`(location, name)` literal, `ParamStyle(...)` call) of every parameter written
        other than its location's default style; the rest the runtime writes by default."""
        styles = []
        for p in self.params:
            args = [naming.literal(p.style)] if p.style else []
            if p.explode is not None:
                args.append(f"explode={p.explode!r}")
            if p.allow_reserved and p.location == "query":
                args.append("allow_reserved=True")
            if args:
                key = f"({naming.literal(p.location)}, {naming.literal(p.name)})"
                styles.append((key, f"ParamStyle({', '.join(args)})"))
        return tuple(styles)

    @property
    def params_by_location(self) -> tuple[tuple[str, tuple[Param, ...]], ...]:
        groups = (
            ("path_params", "path"),
            ("query", "query"),
            ("headers", "header"),
            ("cookies", "cookie"),
        )
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
    def accept(self) -> str | None:
        """The Accept header: the documented response media types (success first), or None
        when the operation documents an Accept header parameter (the caller's value is sent)
        or no response has content."""
        if any(p.location == "header" and p.name.lower() == "accept" for p in self.params):
            return None
        types: list[str] = []
        for response in sorted(self.responses, key=lambda r: not r.is_success):
            types += [t for t in response.media_types if t not in types]
        return ", ".join(types) or None

    @property
    def receiver_answer_media(self) -> str | None:
        """The type a webhook receiver answers in when that is text or bytes: the success
        response's preferred documented type; None for JSON (or no body)."""
        types = self.success.media_types
        if not types or kind_of(types[0]) in ("json", "form", "multipart"):
            return None
        return types[0]

    @property
    def receiver_returns(self) -> str:
        """What a webhook handler returns: the text or bytes to answer with, the model, or None."""
        media = self.receiver_answer_media
        if media is not None:
            return result_hint((media,), None)
        return f"models.{self.success.model}" if self.success.model else "None"

    @property
    def success_media(self) -> tuple[str, ...]:
        """The success response's media types, when they are not plain JSON (the default)."""
        types = self.success.media_types
        return () if types in ((), ("application/json",)) else types

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
            self.body.kind if self.body else "json",
            self.success_media,
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
    encoding: str = "json"  # json | form (OAuth2's token endpoint)
    fields: tuple[tuple[str, str], ...] = ()  # fixed body fields, e.g. grant_type

    @property
    def is_oauth(self) -> bool:
        return self.encoding == "form"


@dataclass(frozen=True)
class SecurityScheme:
    """A credential of the client. `kind`: header (an API key, sent as is), bearer, http
    (`Authorization: <prefix> <token>`), basic (username + password) or tls (nothing to send:
    the transport's client certificate)."""

    id: str
    py_name: str  # the credential keyword of the client
    kind: str
    header: str  # the header, query parameter or cookie name
    description: str
    exchange: TokenExchange | None = None
    location: str = "header"  # header | query | cookie
    prefix: str = ""  # the HTTP authentication scheme word of kind http

    @property
    def inputs(self) -> tuple[tuple[str, str], ...]:
        """(client keyword, credentials key) of the values this scheme is used with: its own
        value (a token or key), else a username and password; then its exchange's inputs."""
        if self.kind == "tls":
            return ()
        if self.kind == "basic":
            return (
                (f"{self.py_name}_username", f"{self.id}.username"),
                (f"{self.py_name}_password", f"{self.id}.password"),
            )
        own = ((self.py_name, self.id),)
        if self.exchange is None:
            return own
        return own + tuple(
            (naming.snake(name, "credential"), name) for _, name in self.exchange.credentials
        )


@dataclass(frozen=True)
class WebhookScheme:
    """How the vendor authenticates its calls to the integrator's webhook receiver."""

    id: str
    kind: str  # shared-header | bearer | basic | http | jwt | none
    header: str  # the header, query parameter or cookie name
    algorithm: str = ""
    token_pointer: str | None = None
    claims: tuple[tuple[str, str], ...] = ()  # (claim, pointer into the body)
    max_age_seconds: float | None = None
    location: str = "header"  # header | query | cookie (kind shared-header)
    prefix: str = ""  # the HTTP authentication scheme word of kind http


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
    # JSON property name -> Python field name, decided by generator/naming.py, for every model.
    field_names: tuple[tuple[str, str], ...] = ()
    source: str = ""  # the spec's file name, when it is not <id>.yaml (an outside document)

    @property
    def source_file(self) -> str:
        """Where the package was generated from, as the header and README say it."""
        return self.source if self.source else f"specs/{self.id}.yaml"

    @property
    def package_version(self) -> str:
        local = re.sub(r"[^a-z0-9]+", ".", self.version.lower()).strip(".")
        return f"0.1.0+spec.{local}" if local else "0.1.0"

    @property
    def credential_kwargs(self) -> tuple[tuple[str, str], ...]:
        """(client keyword, credentials key): each scheme's own value, then exchange inputs."""
        pairs = [
            pair
            for scheme in self.schemes
            for pair in (scheme.inputs if scheme.kind == "basic" else scheme.inputs[:1])
        ]
        for scheme in self.schemes:
            for keyword, name in scheme.inputs[1:] if scheme.exchange else ():
                if name not in {key for _, key in pairs}:
                    pairs.append((keyword, name))
        keywords = naming.unique([keyword for keyword, _ in pairs])
        return tuple(zip(keywords, (key for _, key in pairs), strict=True))

    def scheme_arguments(self, scheme: SecurityScheme) -> tuple[tuple[str, ...], ...]:
        """The constructor keywords that make `scheme` usable, as alternatives (a token, or
        the inputs of its exchange), for the client's "needs credentials" message."""
        keyword = {key: word for word, key in self.credential_kwargs}
        inputs = [keyword[key] for _, key in scheme.inputs]
        if scheme.kind in ("tls", "basic"):
            return (tuple(inputs),) if inputs else ()
        return ((inputs[0],), tuple(inputs[1:])) if scheme.exchange else ((inputs[0],),)

    @property
    def readme_operation(self) -> Operation | None:
        """The call a README shows: the first needing no parameter (the token exchange aside),
        one with a JSON model body when there is one (a README shows that body)."""
        exchanges = {s.exchange.operation for s in self.schemes if s.exchange}
        plain = [
            op
            for op in self.operations
            if op.py_name not in exchanges and not any(p.required for p in op.call_params)
        ]
        with_model = [op for op in plain if op.body and op.body.model and op.body.kind == "json"]
        bodiless = [op for op in plain if not op.body]
        return next(iter(with_model + bodiless), None)

    @property
    def uses_request_media(self) -> bool:
        return any(op.body and not op.body.is_plain_json for op in self.operations)

    @property
    def uses_param_styles(self) -> bool:
        return any(op.param_styles for op in self.operations)

    @property
    def uses_part_encoding(self) -> bool:
        return any(op.body and op.body.encoding for op in self.operations)

    @property
    def uses_dates(self) -> bool:
        """A client method takes a `datetime` or `date` parameter (module `datetime` as `dt`)."""
        return any("dt." in p.type_hint for op in self.operations for p in op.call_params)

    @property
    def uses_file(self) -> bool:
        """A client method takes a File (a binary body)."""
        return any(op.body and op.body.kind in ("binary",) for op in self.operations)

    @property
    def has_pagination(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def has_oauth_client(self) -> bool:
        """An OAuth2 clientCredentials scheme: the mock serves its token endpoint."""
        return any(scheme.exchange and scheme.exchange.is_oauth for scheme in self.schemes)

    @property
    def has_token_exchange(self) -> bool:
        return any(scheme.exchange for scheme in self.schemes)

    @property
    def webhook_handlers_class(self) -> str:
        return f"{naming.pascal(self.id)}WebhookHandlers"

    @property
    def webhooks_have_alternatives(self) -> bool:
        return any(len(op.security) > 1 for op in self.webhooks)

    @property
    def webhooks_have_params(self) -> bool:
        return any(op.params for op in self.webhooks)

    @property
    def webhook_bodies(self) -> tuple[Body, ...]:
        return tuple(op.body for op in self.webhooks if op.body)

    @property
    def webhooks_need_media(self) -> bool:
        return any(body.receiver_needs_media for body in self.webhook_bodies)

    @property
    def webhooks_need_part_encoding(self) -> bool:
        return any(body.receiver_needs_media and body.encoding for body in self.webhook_bodies)

    @property
    def webhooks_need_typing(self) -> bool:
        """A handler signature names `typing.Any`: a body without a model, an object parameter."""
        hints = [body.receiver_hint for body in self.webhook_bodies] + [
            p.receiver_type_hint for op in self.webhooks for p in op.call_params
        ]
        return any("typing." in hint for hint in hints)

    @property
    def has_params(self) -> bool:
        return any(op.params for op in self.operations)

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
