# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Exchanged tokens: read from the exchange's answer, cached per scheme, refreshed before they
expire, and fetched once however many threads (sync) or tasks (async) need one at the same
moment (single flight); `token_url` says where they are fetched from."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urldefrag, urljoin

from pydantic import SecretStr

from ._auth import EXPIRY_FLOOR, AuthScheme, Token, TokenExchange
from ._jsonpointer import resolve

__all__ = ["AsyncTokenCache", "TokenCache", "read_token", "token_url"]


def token_url(base_url: str, exchange: TokenExchange) -> str:
    """Where the token request goes. An OAuth2 tokenUrl (or the caller's `token_urls` entry) is
    a URL reference resolved against the client's base URL as RFC 3986 5.2 says (OpenAPI 3.1,
    "Relative References in API URLs"), so against https://api.example.com/v2 `/oauth/token`
    and `token` are https://api.example.com/oauth/token and .../token (against .../v2/, `token`
    is .../v2/token), and an absolute URL stays as it is. The base is the URL the client was
    built with, so a client pointed at a mock or another environment gets its token there.
    The project's `x-token-exchange` names an operation of the spec: its path is appended to
    the base URL like every operation's. A fragment is never sent."""
    if exchange.encoding != "form":
        return exchange.path
    return urldefrag(urljoin(base_url, exchange.path)).url


def read_token(exchange: TokenExchange, payload: Any, now: float) -> Token:
    """The token and its expiry from the exchange's response body."""
    value = resolve(payload, exchange.token_pointer, None)
    if not isinstance(value, str) or not value:
        raise ValueError("the token exchange answered without a token")
    expires = resolve(payload, exchange.expires_pointer, None)
    # An expiry already past or too close (clock skew, broken vendor) would mean one exchange
    # per call: every token is used for at least EXPIRY_FLOOR seconds, which also paces
    # exchanges to at most one per EXPIRY_FLOOR.
    floor = now + exchange.refresh_margin + EXPIRY_FLOOR
    return Token(SecretStr(value), max(_expiry(expires, exchange.expires_format, now), floor))


def _expiry(raw: Any, fmt: str, now: float) -> float:
    try:
        if fmt == "unix-seconds":
            return float(raw)
        if fmt == "seconds-from-now":  # OAuth2's expires_in
            return now + float(raw)
        text = str(raw)
        # Python's parser takes at most six fractional digits; some vendors send seven.
        head, dot, rest = text.partition(".")
        if dot:
            digits = "".join(c for c in rest if c.isdigit())
            text = f"{head}.{digits[:6]}{rest[len(digits) :]}"
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        return parsed.timestamp()
    except (TypeError, ValueError, OverflowError):
        return now + 300.0  # unknown expiry: use it briefly, then exchange again


class TokenCache:
    """Exchanged tokens per scheme, shared by all threads of a sync client."""

    def __init__(self, wall_clock: Callable[[], float]) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()
        self._wall_clock = wall_clock

    def get(self, scheme: AuthScheme, fetch: Callable[[TokenExchange], Token]) -> Token:
        exchange = scheme.exchange
        assert exchange is not None
        token = self._tokens.get(scheme.id)
        if token is not None and self._fresh(token, exchange):
            return token
        with self._lock:  # single flight: one exchange, everyone else waits for its result
            token = self._tokens.get(scheme.id)
            if token is None or not self._fresh(token, exchange):
                token = fetch(exchange)
                self._tokens[scheme.id] = token
            return token

    def invalidate(self, scheme_id: str, used: Token) -> None:
        with self._lock:
            if self._tokens.get(scheme_id) is used:
                del self._tokens[scheme_id]

    def _fresh(self, token: Token, exchange: TokenExchange) -> bool:
        return token.expires_at - exchange.refresh_margin > self._wall_clock()


class AsyncTokenCache:
    """Exchanged tokens per scheme, shared by all tasks of an async client."""

    def __init__(self, wall_clock: Callable[[], float]) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock: asyncio.Lock | None = None
        self._wall_clock = wall_clock

    async def get(
        self, scheme: AuthScheme, fetch: Callable[[TokenExchange], Awaitable[Token]]
    ) -> Token:
        exchange = scheme.exchange
        assert exchange is not None
        token = self._tokens.get(scheme.id)
        if token is not None and self._fresh(token, exchange):
            return token
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            token = self._tokens.get(scheme.id)
            if token is None or not self._fresh(token, exchange):
                token = await fetch(exchange)
                self._tokens[scheme.id] = token
            return token

    def invalidate(self, scheme_id: str, used: Token) -> None:
        if self._tokens.get(scheme_id) is used:
            del self._tokens[scheme_id]

    def _fresh(self, token: Token, exchange: TokenExchange) -> bool:
        return token.expires_at - exchange.refresh_margin > self._wall_clock()
