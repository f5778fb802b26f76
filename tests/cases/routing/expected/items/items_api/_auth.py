# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Credentials: static headers, Bearer tokens, and tokens obtained by exchanging a key pair.

Every credential is held as SecretStr; reprs and logs show only scheme names. An exchanged
token is fetched on first use, refreshed before it expires, fetched once however many threads
or tasks need it at the same moment, and dropped when the vendor answers 401 to it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

from pydantic import SecretStr

from . import errors
from ._jsonpointer import resolve

__all__ = ["EXPIRY_FLOOR", "AuthScheme", "Credentials", "Token", "TokenExchange"]

EXPIRY_FLOOR = 30.0  # seconds an exchanged token is used at least, whatever its expiry says


@dataclass(frozen=True)
class TokenExchange:
    """How a scheme's token is obtained: POST `path` with credentials, read token and expiry."""

    operation: str
    path: str
    credentials: Mapping[str, str]  # request body field -> credential name
    token_pointer: str
    expires_pointer: str
    expires_format: str = "iso-8601"
    refresh_margin: float = 60.0


@dataclass(frozen=True)
class AuthScheme:
    """A credential the vendor expects in a header (`kind` header) or as a Bearer token."""

    id: str
    header: str
    kind: str = "header"
    exchange: TokenExchange | None = None


@dataclass(frozen=True)
class Token:
    value: SecretStr
    expires_at: float  # wall-clock seconds

    def __repr__(self) -> str:
        return f"Token(expires_at={self.expires_at})"


class Credentials:
    """The client's credentials: scheme values and the inputs of token exchanges."""

    def __init__(
        self, schemes: Sequence[AuthScheme], values: Mapping[str, str | SecretStr | None]
    ) -> None:
        self.schemes = {scheme.id: scheme for scheme in schemes}
        self._values: dict[str, SecretStr] = {}
        self._issued: dict[str, SecretStr] = {}  # the latest token of each exchange, to scrub
        self.update(values)

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}=SecretStr('**********')" for key in sorted(self._values))
        return f"Credentials({shown})"

    def update(self, values: Mapping[str, str | SecretStr | None]) -> None:
        """Set (None: remove) credentials; a value with CR, LF or NUL is refused here, when the
        client is built, rather than sent (a trailing newline read from a file would end up in
        transport logs and errors). The message names the credential, never its value."""
        checked = {key: _checked(key, value) for key, value in values.items()}
        for key, secret in checked.items():
            if secret is None:
                self._values.pop(key, None)
            else:
                self._values[key] = secret

    def issued(self, exchange: TokenExchange, token: Token) -> None:
        """Remember the token an exchange issued, so `scrub` removes it from vendor text."""
        self._issued[exchange.operation] = token.value

    def scrub(self, text: str) -> str:
        """`text` with every credential value we hold (raw, JSON-escaped or URL-encoded)
        replaced: a vendor that echoes the request must not put a secret into an error."""
        for secret in [*self._values.values(), *self._issued.values()]:
            value = secret.get_secret_value()
            if len(value) < 4:  # too short to tell from ordinary text
                continue
            for form in {value, json.dumps(value)[1:-1], quote(value, safe=""), quote_plus(value)}:
                text = text.replace(form, "**********")
        return text

    def has(self, scheme_id: str) -> bool:
        scheme = self.schemes[scheme_id]
        if scheme_id in self._values:
            return True
        exchange = scheme.exchange
        return exchange is not None and all(
            name in self._values for name in exchange.credentials.values()
        )

    def choose(self, operation: str, security: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        """The first security alternative whose every credential we hold."""
        if not security or () in security:
            return ()
        for alternative in security:
            if all(self.has(scheme) for scheme in alternative):
                return alternative
        needed = " or ".join(" + ".join(alt) for alt in security)
        raise errors.ClientError(f"{operation} needs credentials: {needed}", operation=operation)

    def static_header(self, scheme_id: str) -> tuple[str, str] | None:
        """The header of a scheme whose value we hold as is (not via an exchange)."""
        if scheme_id not in self._values:
            return None
        scheme = self.schemes[scheme_id]
        secret = self._values[scheme_id].get_secret_value()
        return scheme.header, f"Bearer {secret}" if scheme.kind == "bearer" else secret

    def exchange_body(self, exchange: TokenExchange) -> bytes:
        body = {
            field: self._values[name].get_secret_value()
            for field, name in exchange.credentials.items()
        }
        return json.dumps(body).encode()


def _checked(key: str, value: str | SecretStr | None) -> SecretStr | None:
    if value is None:
        return None
    secret = value if isinstance(value, SecretStr) else SecretStr(value)
    if any(c in secret.get_secret_value() for c in "\r\n\x00"):
        raise ValueError(
            f"credential {key!r} contains a CR, LF or NUL character (a trailing newline read "
            "from a file?); it was not accepted"
        )
    return secret


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
