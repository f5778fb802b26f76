# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""Generic machinery of the generated servers: request checks and vendor-shaped error bodies.

Bad input never gets FastAPI's 422 echo of the input nor a 500: every rejection is the
vendor's documented error body, with messages that name the field, not its value.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._auth import AuthScheme
from .._mediatypes import RequestMedia, documented, kind_of
from .._ratelimit import InMemoryRateLimitBackend, RateLimit
from .._shapes import validate_json
from .._validation import schema_problems
from ._hostile import is_json_media_type, json_problem
from ._media import decode_fields, media_response, negotiate
from ._mock_auth import TokenIssuer, check_auth, install_token_endpoints
from ._params import ParamSpec, parse_params
from ._routing import OpenApiRoute, ordered

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "ErrorTemplate",
    "ParamSpec",
    "Route",
    "answer",
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
class ErrorTemplate:
    """A documented error answer: its body shape (None: documented without a body, so the
    answer has none), with the problem written where `message_pointer` (and `also`) say."""

    status: int
    body: Any
    message_pointer: str | None
    also: tuple[str, ...] = ()  # further message fields of the shape (e.g. a description)

    def respond(self, messages: list[str], headers: Mapping[str, str] | None = None) -> Response:
        if self.body is None:
            return Response(status_code=self.status, headers=dict(headers or {}))
        body = copy.deepcopy(self.body)
        for pointer in (self.message_pointer, *self.also):
            if pointer:
                body = _put(body, pointer, messages)
        return JSONResponse(body, status_code=self.status, headers=dict(headers or {}))

    def with_status(self, status: int) -> ErrorTemplate:
        return ErrorTemplate(status, self.body, self.message_pointer, self.also)


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
    # The documented request media types (None: JSON only) and the success's media type.
    body_media: RequestMedia | None = None
    success_media: tuple[str, ...] = ()
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
    errors: Mapping[int, ErrorTemplate], request: Request, raw: bytes, model: Any
) -> Response | None:
    """Before parsing: a JSON body sent as another media type (415), nested too deep or with
    NaN/Infinity (400), each answered as the operation documents that status."""
    if model is None or not raw.strip():
        return None
    if not is_json_media_type(request.headers.get("content-type")):
        return answer(errors, 415, ["the body must be sent as application/json"])
    problem = json_problem(raw)
    return answer(errors, 400, [problem]) if problem else None


def answer(
    errors: Mapping[int, ErrorTemplate],
    status: int,
    messages: list[str],
    headers: Mapping[str, str] | None = None,
) -> Response:
    """`status` as documented (its body, or none when the spec documents none)."""
    template = errors.get(status) or ErrorTemplate(status, None, None)
    return template.respond(messages, headers)


def install_error_handlers(app: FastAPI, errors: Mapping[int, ErrorTemplate]) -> None:
    """Unknown paths (404) and methods (405) are answered as the spec documents them too."""

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
        detail = exc.detail if isinstance(exc, StarletteHTTPException) else "internal error"
        headers = getattr(exc, "headers", None)  # e.g. Allow on 405
        return answer(errors, status, [str(detail)], headers)

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
        install_error_handlers(app, routes[0].errors)
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
    """One route per path serving all its methods, so a 405 lists every allowed method; the
    most specific paths first, matched as OpenAPI says (see _routing)."""
    for path in ordered(endpoints):
        by_method = endpoints[path]
        app.router.routes.append(
            OpenApiRoute(path, _dispatcher(by_method), methods=sorted(by_method))
        )


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
        refused, body_problems = _body_problems(route, request, raw)
        if refused is not None:
            return refused
        _, problems = parse_params(route.params, request)
        problems += body_problems
        if problems:
            return route.errors[400].respond(problems)
        return _answer(route, request, raw, replay, clock)

    max_bytes = max_body_bytes
    return handle


def _body_problems(route: Route, request: Request, raw: bytes) -> tuple[Response | None, list[str]]:
    """(a refusal, or None; the problems to answer 400 with) of the request's body, decoded as
    the documented media type it was sent as."""
    media = route.body_media
    if media is None:  # JSON only
        refused = refuse_hostile_body(route.errors, request, raw, route.body_model)
        if refused is not None:
            return refused, []
        return (
            None,
            parse_body(route.body_model, route.body_required, raw, schema=route.body_schema)[1],
        )
    if not raw:
        return None, (["a request body is required"] if route.body_required else [])
    content_type = request.headers.get("content-type")
    types = media.types or (media.media_type,)
    matched = documented(content_type, types)
    if matched is None:
        return answer(route.errors, 415, [f"the body must be sent as {' or '.join(types)}"]), []
    kind = kind_of(matched)
    if kind == "json":
        problem = json_problem(raw)
        if problem:
            return None, [problem]
        return (
            None,
            parse_body(route.body_model, route.body_required, raw, schema=route.body_schema)[1],
        )
    if kind in ("form", "multipart"):
        return None, decode_fields(media, content_type, raw, route.body_model)[1]
    if kind == "text":
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return None, ["body: not UTF-8 text"]
    return None, []


def _answer(
    route: Route, request: Request, raw: bytes, replay: _Replay | None, clock: Callable[[], float]
) -> Response:
    key = request.headers.get(route.idempotency_header) if route.idempotency_header else None
    if not key or replay is None:
        return _success(route, request, raw)
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
            answer_in = negotiate(request.headers.get("accept"), route.success_media)
            replayed = media_response(answer_in, body, status)
            replayed.headers["Idempotent-Replayed"] = "true"
            return replayed
        replay.add(
            key,
            (digest, now + route.idempotency_ttl, (route.success_status, route.answer_for(raw))),
            now,
        )
    return _success(route, request, raw)


def _success(route: Route, request: Request, raw: bytes) -> Response:
    answer_in = negotiate(request.headers.get("accept"), route.success_media)
    return media_response(answer_in, route.answer_for(raw), route.success_status)
