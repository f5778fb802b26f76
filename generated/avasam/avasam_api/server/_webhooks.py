# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Generic machinery of the webhook receivers: authentication, validation, replay-safe delivery.

Order of checks on every delivery: body size (413, before anything parses it), authentication
(401, even when the body is also malformed), the media type (415: `_webhook_body.py`),
parameters and body (400, in the vendor's error shape, never echoing the input), then the
handler — once per delivery key — and its answer (`_webhook_answer.py`).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from .._jsonpointer import MISSING, resolve
from .._mediatypes import RequestMedia
from ._store import (
    DEFAULT_CLAIM_SECONDS,
    DEFAULT_RESULT_SECONDS,
    DeliveryStore,
    SQLiteDeliveryStore,
    delivery_key,
)
from ._support import (
    ErrorTemplate,
    ParamSpec,
    install_error_handlers,
    mount_by_path,
    parse_params,
    read_body,
)
from ._webhook_answer import answer_type, call_handler, rendered
from ._webhook_body import document, json_document, read, refusal

__all__ = [
    "Callback",
    "DeliveryStore",
    "WebhookAuth",
    "build_webhook_app",
    "verify_jwt",
]

DEFAULT_TOKEN_MAX_AGE = 300.0
MIN_JWT_SECRET_BYTES = 16

_DIGESTS = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


@dataclass(frozen=True)
class WebhookAuth:
    """How the vendor authenticates its calls (from the spec's security scheme)."""

    id: str
    kind: str  # shared-header | bearer | basic (secret `user:password`) | http | jwt | none
    header: str  # the header, query parameter or cookie name
    algorithm: str = ""
    token_pointer: str | None = None
    claims: tuple[tuple[str, str], ...] = ()
    max_age_seconds: float | None = None
    location: str = "header"  # header | query | cookie (kind shared-header)
    prefix: str = ""  # the HTTP authentication scheme word of kind http


@dataclass(frozen=True)
class Callback:
    """One operation the vendor calls on the integrator."""

    name: str
    method: str
    path: str
    body_model: Any  # a model class or a type alias (generator/model_aliases.py); None: no model
    body_required: bool
    params: tuple[ParamSpec, ...]
    security: tuple[tuple[str, ...], ...]
    success_status: int
    response_model: Any
    errors: Mapping[int, ErrorTemplate]
    dedupe_pointers: tuple[str, ...] = ()
    # A 2xx answer with a non-empty value at this response pointer does not settle the delivery.
    settled_unless: str | None = None
    dedupe_seconds: float = DEFAULT_RESULT_SECONDS
    # The documented media types when not JSON alone (then a body without a model is handed
    # over as text or bytes); None: JSON only, and no body unless there is a model.
    body_media: RequestMedia | None = None
    # The documented type of the success answer when it is text or bytes (the handler returns
    # a str or bytes); None: JSON, the response model's.
    answer_media: str | None = None


def _b64url(part: str) -> bytes:
    if not part or any(
        c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for c in part
    ):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def verify_jwt(
    token: str, secret: str, algorithm: str, now: float, max_age: float | None = None
) -> dict[str, Any] | None:
    """The payload of an HMAC-signed JWT, or None. The algorithm is ours, never the token's
    (`alg: none` and algorithm swaps fail); a token without `exp` or `iat` never verifies."""
    digest = _DIGESTS.get(algorithm)
    parts = token.split(".") if isinstance(token, str) else []
    if digest is None or len(parts) != 3:
        return None
    try:
        header = json.loads(_b64url(parts[0]))
        signature = _b64url(parts[2])
        payload = json.loads(_b64url(parts[1]))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    if (
        not isinstance(header, dict)
        or header.get("alg") != algorithm
        or "crit" in header  # RFC 7515 4.1.11: we understand no extension, so we must reject
        or not isinstance(payload, dict)
    ):
        return None
    expected = hmac.new(secret.encode(), f"{parts[0]}.{parts[1]}".encode(), digest).digest()
    if not hmac.compare_digest(expected, signature):
        return None
    return payload if _fresh(payload, now, max_age) else None


def _fresh(payload: dict[str, Any], now: float, max_age: float | None) -> bool:
    exp, iat = payload.get("exp"), payload.get("iat")
    numbers = all(
        v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in (exp, iat)
    )
    if not numbers or (exp is None and iat is None):
        return False
    if exp is not None and now >= exp:
        return False
    issued_in_future = iat is not None and iat > now + 60
    if max_age is None and exp is None:
        max_age = DEFAULT_TOKEN_MAX_AGE  # an iat-only token must not live forever
    too_old = iat is not None and max_age is not None and now - iat > max_age
    return not (issued_in_future or too_old)


def _authenticated(
    callback: Callback,
    request: Request,
    body: Callable[[], Any],
    schemes: Mapping[str, WebhookAuth],
    secrets: Mapping[str, str],
    now: float,
) -> bool:
    if not callback.security or () in callback.security:
        return True
    return any(
        all(_scheme_ok(schemes[s], request, body, secrets, now) for s in alt)
        for alt in callback.security
    )


def _scheme_ok(
    scheme: WebhookAuth,
    request: Request,
    body: Callable[[], Any],
    secrets: Mapping[str, str],
    now: float,
) -> bool:
    """`body` gives the delivery's body as JSON data (`_webhook_body.document`), read only by
    a JWT scheme whose token or claims are in it."""
    if scheme.kind == "none":
        return True
    secret = secrets.get(scheme.id)
    if secret is None or scheme.kind == "tls":
        return False  # an alternative the integrator gave no secret for never authenticates
    if scheme.kind != "jwt":
        value = _presented(scheme, request)
        return bool(value) and hmac.compare_digest(value.encode(), secret.encode())
    data = body() if scheme.token_pointer or scheme.claims else MISSING
    if scheme.token_pointer:
        token = resolve(data, scheme.token_pointer) if data is not MISSING else None
    else:
        token = request.headers.get(scheme.header, "").removeprefix("Bearer ").strip()
    payload = (
        verify_jwt(token, secret, scheme.algorithm, now, scheme.max_age_seconds)
        if isinstance(token, str)
        else None
    )
    if payload is None:
        return False
    for claim, pointer in scheme.claims:
        expected = resolve(data, pointer) if data is not MISSING else MISSING
        if expected is MISSING or claim not in payload or payload[claim] != expected:
            return False
    return True


def _presented(scheme: WebhookAuth, request: Request) -> str:
    """The credential the caller presented for `scheme`, without its HTTP scheme word
    (`user:password` for basic); empty when absent or of another HTTP scheme."""
    if scheme.location == "query":
        return request.query_params.get(scheme.header, "")
    if scheme.location == "cookie":
        return request.cookies.get(scheme.header, "")
    value = request.headers.get(scheme.header, "")
    if scheme.kind == "shared-header":
        return value
    word, _, value = value.partition(" ")
    expected = scheme.prefix if scheme.kind == "http" else scheme.kind
    if word.lower() != expected.lower():
        return ""
    if scheme.kind != "basic":
        return value.strip()
    try:
        return base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""


def _delivery_key(namespace: str, callback: Callback, body: Callable[[], Any]) -> str | None:
    if not callback.dedupe_pointers:
        return None
    data = body()
    values = [
        resolve(data, p) if data is not MISSING else MISSING for p in callback.dedupe_pointers
    ]
    if any(v is MISSING or v is None for v in values):
        return None
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"))
    return delivery_key(f"{namespace}\0{callback.name}", canonical)


def _settles(callback: Callback, status: int, content: bytes) -> bool:
    """Only a 2xx that does not report a partial failure (the spec's `settled-unless`) is kept:
    anything else must let the vendor's retry run the handler again."""
    if not 200 <= status < 300:
        return False
    if callback.settled_unless is None:
        return True
    value = resolve(json_document(content), callback.settled_unless)
    return value is MISSING or value in (None, False, "", [], {})


class _Deliveries:
    """Runs the handler once per delivery key across every worker sharing the store: the
    claimant runs it, the others poll (bounded) until its answer is stored or its claim lapses."""

    def __init__(self, store: DeliveryStore, claim_seconds: float) -> None:
        self.store = store
        self.claim_seconds = claim_seconds
        self.locks: dict[str, asyncio.Lock] = {}

    async def once(
        self,
        key: str,
        callback: Callback,
        run: Callable[[], Awaitable[tuple[int, bytes]]],
    ) -> tuple[int, bytes]:
        # Repeats inside this process queue here instead of polling the store.
        lock = self.locks.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                return await self._claimed(key, callback, run)
        finally:
            if not lock.locked() and self.locks.get(key) is lock:
                del self.locks[key]

    async def _claimed(
        self,
        key: str,
        callback: Callback,
        run: Callable[[], Awaitable[tuple[int, bytes]]],
    ) -> tuple[int, bytes]:
        delay, deadline = 0.01, time.monotonic() + 2 * self.claim_seconds
        while True:
            claim = await self.store.claim(key, self.claim_seconds)
            if claim.response is not None:
                return claim.response
            if claim.token is not None:
                return await self._run(key, claim.token, callback, run)
            if time.monotonic() > deadline:
                return rendered(callback.errors[500], ["the delivery is still being processed"])
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)

    async def _run(
        self,
        key: str,
        token: str,
        callback: Callback,
        run: Callable[[], Awaitable[tuple[int, bytes]]],
    ) -> tuple[int, bytes]:
        try:
            status, content = await run()
        except BaseException:
            await self.store.release(key, token)
            raise
        if _settles(callback, status, content):
            await self.store.complete(key, token, (status, content), callback.dedupe_seconds)
        else:
            await self.store.release(key, token)
        return status, content


def _check_secrets(
    schemes: Mapping[str, WebhookAuth], needed: set[str], secrets: Mapping[str, str]
) -> None:
    """An empty secret would accept tokens signed with the empty key (the `os.environ.get(...,
    "")` pattern): refuse it, and HMAC keys too short to resist guessing. Names only, never the
    value, go into the error."""
    for name in sorted(needed):
        value = secrets[name]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"create_webhook_app: the secret for {name} is empty")
        if schemes[name].kind == "jwt" and len(value.encode()) < MIN_JWT_SECRET_BYTES:
            raise ValueError(
                f"create_webhook_app: the secret for {name} is shorter than "
                f"{MIN_JWT_SECRET_BYTES} bytes"
            )


def _require_secrets(
    schemes: Mapping[str, WebhookAuth], callbacks: tuple[Callback, ...], secrets: Mapping[str, str]
) -> None:
    """Every callback needs the secrets of at least one of its security alternatives (the
    others then never authenticate: a missing secret is never an open door); each secret given
    for a scheme in use is checked."""
    given = set(secrets)
    missing: set[str] = set()  # of callbacks with one alternative: its schemes without secret
    choices: set[str] = set()  # of callbacks with several: "a or b + c"
    for callback in callbacks:
        needs = [{s for s in alt if schemes[s].kind != "none"} for alt in callback.security]
        if not needs or any(need <= given for need in needs):
            continue
        if len(needs) == 1:
            missing |= needs[0] - given
        else:
            choices.add(" or ".join(" + ".join(sorted(need - given)) for need in needs))
    if missing or choices:
        listed = ", ".join([*sorted(missing), *sorted(choices)])
        raise ValueError(f"create_webhook_app needs secrets for: {listed}")
    used = {s for c in callbacks for alt in c.security for s in alt if schemes[s].kind != "none"}
    _check_secrets(schemes, used & set(secrets), secrets)


def build_webhook_app(
    handlers: object,
    callbacks: tuple[Callback, ...],
    schemes: tuple[WebhookAuth, ...],
    *,
    title: str,
    secrets: Mapping[str, str],
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    claim_seconds: float = DEFAULT_CLAIM_SECONDS,
    max_body_bytes: int,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    by_id = {scheme.id: scheme for scheme in schemes}
    _require_secrets(by_id, callbacks, secrets)
    unknown = sorted(set(paths or {}) - {c.name for c in callbacks})
    if unknown:
        raise ValueError(f"unknown callbacks in paths: {', '.join(unknown)}")
    app = FastAPI(
        title=title, openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False
    )
    if callbacks:
        install_error_handlers(app, callbacks[0].errors)
    uses_store = any(c.dedupe_pointers for c in callbacks)
    if store is None and uses_store:
        store = SQLiteDeliveryStore()
    deliveries = _Deliveries(store, claim_seconds) if store is not None else None
    endpoints: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
    for callback in callbacks:
        endpoint = _endpoint(
            handlers, callback, by_id, secrets, deliveries, title, max_body_bytes, clock
        )
        path = (paths or {}).get(callback.name, callback.path)
        endpoints.setdefault(path, {})[callback.method] = endpoint
    mount_by_path(app, endpoints)
    return app


def _endpoint(
    handlers: object,
    callback: Callback,
    schemes: Mapping[str, WebhookAuth],
    secrets: Mapping[str, str],
    deliveries: _Deliveries | None,
    namespace: str,
    max_body_bytes: int,
    clock: Callable[[], float],
) -> Callable[[Request], Awaitable[Response]]:
    method = getattr(handlers, callback.name)

    async def endpoint(request: Request) -> Response:
        raw = await read_body(request, max_body_bytes)
        if raw is None:
            return callback.errors[413].respond(["request body too large"])
        content_type = request.headers.get("content-type")
        model, media = callback.body_model, callback.body_media

        @functools.cache
        def data() -> Any:  # the body as JSON data, read at most once, only when a pointer needs it
            return document(model, media, content_type, raw)

        # 401 first, even for a malformed body: a token inside a hostile body does not count.
        if not _authenticated(callback, request, data, schemes, secrets, clock()):
            return callback.errors[401].respond(["missing or invalid credentials"])
        refused = refusal(callback.errors, request, raw, model, media)
        if refused is not None:
            return refused
        params, problems = parse_params(callback.params, request)
        body, body_problems = read(model, callback.body_required, media, content_type, raw)
        if problems or body_problems:
            return callback.errors[400].respond(problems + body_problems)
        kwargs = {
            spec.py_name or spec.name: params[spec.name]
            for spec in callback.params
            if spec.name in params
        }
        args = (body,) if model is not None or media is not None else ()

        async def run() -> tuple[int, bytes]:
            return await call_handler(callback, method, args, kwargs)

        key = _delivery_key(namespace, callback, data)
        if deliveries is None or key is None:
            status, content = await run()
        else:
            status, content = await deliveries.once(key, callback, run)
        if not content:
            return Response(status_code=status)
        return Response(content, status_code=status, media_type=answer_type(callback, status))

    return endpoint
