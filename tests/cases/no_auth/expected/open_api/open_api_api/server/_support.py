# Generated from specs/open_api.yaml by vendorgen. Do not edit: regenerate instead.
"""Generic machinery of the generated servers: request checks and vendor-shaped error bodies.

Bad input never gets FastAPI's 422 echo of the input nor a 500: every rejection is the
vendor's documented error body, with messages that name the field, not its value.
"""

from __future__ import annotations

import copy
import hashlib
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, TypeAdapter, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._auth import AuthScheme
from .._ratelimit import InMemoryRateLimitBackend, RateLimit
from .._shapes import validate_json
from .._validation import schema_problems
from ._hostile import is_json_media_type, json_problem
from ._mock_auth import TokenIssuer, check_auth, install_token_endpoints

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "ErrorTemplate",
    "ParamSpec",
    "Route",
    "build_mock_app",
    "install_error_handlers",
    "mount_by_path",
    "parse_body",
    "parse_params",
    "read_body",
    "refuse_hostile_body",
]

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ParamSpec:
    name: str
    location: str  # path | query | header
    required: bool
    adapter: TypeAdapter[Any]
    is_list: bool = False
    py_name: str = ""  # the handler's keyword, for webhook receivers


@dataclass(frozen=True)
class ErrorTemplate:
    """A documented error body; messages go where `message_pointer` says."""

    status: int
    body: Any
    message_pointer: str | None

    def respond(
        self, messages: list[str], headers: Mapping[str, str] | None = None
    ) -> JSONResponse:
        body = copy.deepcopy(self.body)
        if self.message_pointer:
            body = _put(body, self.message_pointer, messages)
        return JSONResponse(body, status_code=self.status, headers=dict(headers or {}))


def _put(body: Any, pointer: str, messages: list[str]) -> Any:
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    if not tokens:
        return messages
    node = body if isinstance(body, dict) else {}
    root = node
    for token in tokens[:-1]:
        child = node.get(token)
        if not isinstance(child, dict):
            child = {}
            node[token] = child
        node = child
    current = node.get(tokens[-1])
    node[tokens[-1]] = messages if isinstance(current, list) else "; ".join(messages)
    return root


@dataclass(frozen=True)
class Route:
    """One inbound operation as the mock serves it."""

    name: str
    method: str
    path: str
    body_model: Any  # a model class or a type alias (a list, a union); None: no body
    body_required: bool
    params: tuple[ParamSpec, ...]
    security: tuple[tuple[str, ...], ...]
    success_status: int
    success_body: Any
    errors: Mapping[int, ErrorTemplate]
    idempotency_header: str | None = None
    idempotency_ttl: float = 0.0
    # Documented operations sharing this method+path: (request model, answer), tried in order.
    variants: tuple[tuple[type[BaseModel], Any], ...] = ()
    body_schema: str | None = None  # the spec's name of the body schema

    def answer_for(self, raw: bytes) -> Any:
        for model, answer in self.variants:
            try:
                model.model_validate_json(raw)
            except ValidationError:
                continue
            return answer
        return self.success_body


@dataclass
class _Replay:
    """Idempotency cache: key -> (payload digest, expiry, response). Bounded: expired entries
    leave first, then the oldest, so caller-chosen keys cannot grow it without limit."""

    entries: dict[str, tuple[str, float, tuple[int, Any]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    max_entries: int = 10_000

    def add(self, key: str, entry: tuple[str, float, tuple[int, Any]], now: float) -> None:
        self.entries.pop(key, None)
        self.entries[key] = entry
        if len(self.entries) > self.max_entries:
            for old in [k for k, v in self.entries.items() if v[1] <= now]:
                del self.entries[old]
        while len(self.entries) > self.max_entries:
            del self.entries[next(iter(self.entries))]


def parse_params(
    params: tuple[ParamSpec, ...], request: Request
) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    problems: list[str] = []
    for spec in params:
        raw: Any
        if spec.location == "path":
            raw = request.path_params.get(spec.name)
        elif spec.location == "query":
            raw = (
                request.query_params.getlist(spec.name)
                if spec.is_list
                else request.query_params.get(spec.name)
            )
            raw = raw or (None if spec.is_list else raw)
        else:
            raw = request.headers.get(spec.name)
        if raw is None:
            if spec.required:
                problems.append(f"{spec.location} parameter {spec.name!r} is required")
            continue
        textual = _textual_problem(spec.adapter, raw)
        if textual:
            problems.append(f"{spec.location} parameter {spec.name!r}: {textual}")
            continue
        try:
            values[spec.name] = spec.adapter.validate_python(raw)
        except ValidationError as exc:
            problems.append(f"{spec.location} parameter {spec.name!r}: {exc.errors()[0]['msg']}")
    return values, problems


_INT64 = (-(2**63), 2**63 - 1)
_KINDS: dict[int, str | None] = {}


def _textual_problem(adapter: TypeAdapter[Any], raw: Any) -> str | None:
    """What the schema allows, read strictly from the text: pydantic's lax mode would take
    `1_000` as an integer and `yes`/`on` as booleans, and has no int64 bound."""
    kind = _scalar_kind(adapter)
    for value in raw if isinstance(raw, list) else [raw]:
        if not isinstance(value, str):
            continue
        if kind == "integer":
            if not re.fullmatch(r"-?[0-9]+", value):
                return "must be an integer written in decimal digits"
            if not _INT64[0] <= int(value) <= _INT64[1]:
                return "is outside the 64-bit integer range"
        elif kind == "boolean" and value not in ("true", "false"):
            return "must be true or false"
    return None


def _scalar_kind(adapter: TypeAdapter[Any]) -> str | None:
    if id(adapter) not in _KINDS:
        try:
            schema = adapter.json_schema()
        except Exception:  # a type without a JSON Schema: pydantic alone decides
            schema = {}
        schema = schema.get("items", schema) if schema.get("type") == "array" else schema
        types = {schema.get("type")} | {
            member.get("type") for member in schema.get("anyOf", []) if isinstance(member, dict)
        }
        types -= {None, "null"}
        _KINDS[id(adapter)] = types.pop() if len(types) == 1 else None
    kind = _KINDS[id(adapter)]
    return kind if kind in ("integer", "boolean") else None


def parse_body(
    model: Any, required: bool, raw: bytes, *, strict: bool = True, schema: str | None = None
) -> tuple[Any, list[str]]:
    """The body as `model` (a model class or a type alias, the spec's schema `schema`), or
    the problems to answer 400 with.

    `strict` (the mock, playing the vendor): the spec's JSON Schema decides first, values
    included. Not strict (the webhook receivers): the model alone decides — it reads what the
    vendor sends tolerantly, so a receiver never refuses what its handler's model accepts."""
    if model is None:
        return None, []
    if not raw.strip():
        return None, (["a JSON request body is required"] if required else [])
    problems = schema_problems(schema or model.__name__, raw) if strict else []
    if problems:
        return None, problems
    try:
        return validate_json(model, raw, schema or ""), []
    except ValidationError as exc:
        return None, [_describe(error) for error in exc.errors()[:20]]


def _describe(error: Any) -> str:
    # Field location and message only: the offending input is never echoed back.
    location = ".".join(str(part) for part in error.get("loc", ())) or "body"
    return f"{location}: {error.get('msg', 'invalid')}"


async def read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it exceeds `limit` (checked before anything parses it)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def refuse_hostile_body(
    template: ErrorTemplate, request: Request, raw: bytes, model: Any
) -> Response | None:
    """Before parsing: a JSON body sent as another media type (415), nested too deep or with
    NaN/Infinity (400), in the documented error shape."""
    if model is None or not raw.strip():
        return None
    if not is_json_media_type(request.headers.get("content-type")):
        refusal = ErrorTemplate(415, template.body, template.message_pointer)
        return refusal.respond(["the body must be sent as application/json"])
    problem = json_problem(raw)
    return template.respond([problem]) if problem else None


def install_error_handlers(app: FastAPI, fallback: ErrorTemplate) -> None:
    """Unknown paths and methods answer in the vendor's error shape too."""

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
        detail = exc.detail if isinstance(exc, StarletteHTTPException) else "internal error"
        template = ErrorTemplate(status, fallback.body, fallback.message_pointer)
        headers = getattr(exc, "headers", None)  # e.g. Allow on 405
        return template.respond([str(detail)], headers)

    app.add_exception_handler(StarletteHTTPException, http_error)


def build_mock_app(
    routes: tuple[Route, ...],
    schemes: tuple[AuthScheme, ...],
    *,
    title: str,
    credentials: Mapping[str, str] | None = None,
    rate_limit: RateLimit | None = None,
    emulate_idempotency: bool = False,
    retry_after_default: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    app = FastAPI(
        title=title, openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False
    )
    by_id = {scheme.id: scheme for scheme in schemes}
    limiter = InMemoryRateLimitBackend() if rate_limit else None
    replay = _Replay() if emulate_idempotency else None
    issuer = TokenIssuer()
    app.state.token_issuer = issuer  # tests read how many tokens were asked for
    if routes:
        install_error_handlers(app, routes[0].errors[400])
    install_token_endpoints(app, schemes, credentials, issuer)
    endpoints: dict[str, dict[str, Callable[[Request], Any]]] = {}
    for route in routes:
        handler = _mock_handler(
            route,
            by_id,
            (credentials, issuer),
            limiter,
            rate_limit,
            retry_after_default,
            clock,
            max_body_bytes,
            replay,
        )
        endpoints.setdefault(route.path, {})[route.method] = handler
    mount_by_path(app, endpoints)
    return app


def mount_by_path(
    app: FastAPI, endpoints: Mapping[str, Mapping[str, Callable[[Request], Any]]]
) -> None:
    """One route per path serving all its methods, so a 405 lists every allowed method."""
    for path, by_method in endpoints.items():
        app.add_api_route(path, _dispatcher(by_method), methods=sorted(by_method), name=path)


def _dispatcher(by_method: Mapping[str, Callable[[Request], Any]]) -> Callable[[Request], Any]:
    async def dispatch(request: Request) -> Any:
        return await by_method[request.method](request)

    return dispatch


def _mock_handler(
    route: Route,
    schemes: Mapping[str, AuthScheme],
    accepted: tuple[Mapping[str, str] | None, TokenIssuer],
    limiter: InMemoryRateLimitBackend | None,
    rate_limit: RateLimit | None,
    retry_after_default: float | None,
    clock: Callable[[], float],
    max_body_bytes: int,
    replay: _Replay | None,
) -> Callable[[Request], Any]:
    async def handle(request: Request) -> Response:
        raw = await read_body(request, max_bytes)
        if raw is None:
            return route.errors[413].respond(["request body too large"])
        if not check_auth(route.security, request, schemes, *accepted):
            return route.errors[401].respond(["missing or invalid credentials"])
        if limiter is not None and rate_limit is not None:
            now = clock()
            start = limiter.reserve("mock", rate_limit, now)
            if start > now:
                wait = max(int(start - now + 0.999), int(retry_after_default or 0), 1)
                return route.errors[429].respond(
                    ["rate limit exceeded"], {"Retry-After": str(wait)}
                )
        refused = refuse_hostile_body(route.errors[400], request, raw, route.body_model)
        if refused is not None:
            return refused
        _, problems = parse_params(route.params, request)
        _, body_problems = parse_body(
            route.body_model, route.body_required, raw, schema=route.body_schema
        )
        problems += body_problems
        if problems:
            return route.errors[400].respond(problems)
        return _answer(route, request, raw, replay, clock)

    max_bytes = max_body_bytes
    return handle


def _answer(
    route: Route, request: Request, raw: bytes, replay: _Replay | None, clock: Callable[[], float]
) -> Response:
    key = request.headers.get(route.idempotency_header) if route.idempotency_header else None
    if not key or replay is None:
        return _success(route, raw)
    digest = hashlib.sha256(route.name.encode() + b"\0" + raw).hexdigest()
    now = clock()
    with replay.lock:
        cached = replay.entries.get(key)
        if cached and cached[1] > now:
            if cached[0] != digest:
                return route.errors[400].respond(
                    [f"{route.idempotency_header} was already used with a different payload"]
                )
            status, body = cached[2]
            return JSONResponse(body, status_code=status, headers={"Idempotent-Replayed": "true"})
        replay.add(
            key,
            (digest, now + route.idempotency_ttl, (route.success_status, route.answer_for(raw))),
            now,
        )
    return _success(route, raw)


def _success(route: Route, raw: bytes) -> Response:
    body = route.answer_for(raw)
    if body is None:
        return Response(status_code=route.success_status)
    return JSONResponse(body, status_code=route.success_status)
