# Generated from specs/graas.yaml by vendorgen. Do not edit: regenerate instead.
"""Credentials: API keys (header, query or cookie), HTTP basic, Bearer and other HTTP-scheme
tokens, and tokens obtained by exchanging credentials (the spec's token operation, or OAuth2
client credentials form-encoded to the tokenUrl).

Every credential is held as SecretStr; reprs and logs show only scheme names. An exchanged
token is fetched on first use, refreshed before it expires, fetched once however many threads
or tasks need it at the same moment (_tokens.py), and dropped when the vendor answers 401 to it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import quote, quote_plus, urlencode

from pydantic import SecretStr

from . import errors
from ._redact import redact_query_params
from ._userinfo import has_userinfo

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
    expires_format: str = "iso-8601"  # iso-8601 | unix-seconds | seconds-from-now
    refresh_margin: float = 60.0
    encoding: str = "json"  # json | form (an OAuth2 token endpoint)
    fields: Mapping[str, str] = field(default_factory=dict)  # fixed fields, e.g. grant_type


@dataclass(frozen=True)
class AuthScheme:
    """How one credential is sent. `kind`: header (an API key, sent as is, in the header, query
    parameter or cookie `header` names, by `location`), bearer, http (`Authorization: <prefix>
    <token>`), basic (username + password) or tls (the transport's client certificate: nothing
    to send). `arguments` are the client's keywords that make it usable, as alternatives."""

    id: str
    header: str
    kind: str = "header"
    exchange: TokenExchange | None = None
    location: str = "header"
    prefix: str = ""
    arguments: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Token:
    value: SecretStr
    expires_at: float  # wall-clock seconds

    def __repr__(self) -> str:
        return f"Token(expires_at={self.expires_at})"


class Credentials:
    """The client's credentials: scheme values and the inputs of token exchanges."""

    def __init__(
        self,
        schemes: Sequence[AuthScheme],
        values: Mapping[str, str | SecretStr | None],
        *,
        token_urls: Mapping[str, str] | None = None,
    ) -> None:
        self.schemes = _with_token_urls(schemes, token_urls or {})
        redact_query_params({s.header for s in schemes if s.location == "query"})
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
        for value in self._texts():
            if len(value) < 4:  # too short to tell from ordinary text
                continue
            for form in {value, json.dumps(value)[1:-1], quote(value, safe=""), quote_plus(value)}:
                text = text.replace(form, "**********")
        return text

    def has(self, scheme_id: str) -> bool:
        """True when we hold what the scheme needs: its own value, or its exchange's inputs."""
        scheme = self.schemes[scheme_id]
        if scheme.kind == "tls":
            return True
        if scheme.kind == "basic":
            return all(f"{scheme_id}.{part}" in self._values for part in ("username", "password"))
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
            if all(scheme in self.schemes and self.has(scheme) for scheme in alternative):
                return alternative
        raise self._missing(operation, security)

    def _missing(
        self, operation: str, security: tuple[tuple[str, ...], ...]
    ) -> errors.MissingCredentialsError:
        """What the caller could give the constructor: per alternative, its schemes' keywords.
        Names only: no value we hold (or lack) goes into the message."""
        described = []
        for alternative in security:
            parts = []
            for scheme_id in alternative:
                scheme = self.schemes.get(scheme_id)
                ways = [" + ".join(group) for group in scheme.arguments if group] if scheme else []
                parts.append(f"{scheme_id} ({' or '.join(ways) or 'not supported'})")
            described.append(" and ".join(parts))
        listed = "; ".join(f"[{i}] {text}" for i, text in enumerate(described, 1))
        return errors.MissingCredentialsError(
            f"{operation} needs credentials; give the client one of: {listed}",
            operation=operation,
            alternatives=security,
        )

    def needs_token(self, scheme_id: str) -> bool:
        """True when the scheme is used through its exchange (we hold no token of our own)."""
        scheme = self.schemes[scheme_id]
        return scheme.exchange is not None and scheme_id not in self._values

    def place(self, scheme_id: str, token: Token | None) -> tuple[str, str, str] | None:
        """(location, name, value) of the scheme's credential on the request: header, query or
        cookie; `token` is the exchanged one when the scheme needs one. None: nothing to send."""
        scheme = self.schemes[scheme_id]
        if scheme.kind == "tls":
            return None
        if scheme.kind == "basic":
            return "header", scheme.header, f"Basic {_b64(self._basic_pair(scheme_id))}"
        if token is not None:
            return "header", scheme.header, f"Bearer {token.value.get_secret_value()}"
        value = self._plain(scheme_id)
        if scheme.kind == "bearer":
            value = f"Bearer {value}"
        elif scheme.kind == "http":
            value = f"{scheme.prefix} {value}"
        return scheme.location, scheme.header, value

    def _plain(self, key: str) -> str:
        return self._values[key].get_secret_value()

    def _basic_pair(self, scheme_id: str) -> str:
        return f"{self._plain(scheme_id + '.username')}:{self._plain(scheme_id + '.password')}"

    def exchange_request(self, exchange: TokenExchange) -> tuple[bytes, dict[str, str]]:
        """(body, headers) of a token request: JSON with the credentials; or, for OAuth2, a
        form (grant type, scope) with the client id and secret as HTTP basic, the one client
        authentication every authorization server must accept (RFC 6749 2.3.1)."""
        if exchange.encoding == "form":
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Authorization": f"Basic {_b64(self._client_pair(exchange))}",
            }
            return urlencode(dict(exchange.fields)).encode(), headers
        body = dict(exchange.fields)
        for name, key in exchange.credentials.items():
            body[name] = self._plain(key)
        return json.dumps(body).encode(), {"Content-Type": "application/json"}

    def _client_pair(self, exchange: TokenExchange) -> str:
        """`id:secret`, each form-encoded first, as RFC 6749 2.3.1 asks."""
        names = exchange.credentials
        return f"{quote_plus(self._plain(names['client_id']))}:" + quote_plus(
            self._plain(names["client_secret"])
        )

    def _texts(self) -> Iterator[str]:
        """Every secret text a vendor could echo: values, issued tokens, basic-auth pairs."""
        for secret in [*self._values.values(), *self._issued.values()]:
            yield secret.get_secret_value()
        for scheme_id, scheme in self.schemes.items():
            if scheme.kind == "basic" and self.has(scheme_id):
                yield _b64(self._basic_pair(scheme_id))
            exchange = scheme.exchange
            held = exchange is not None and all(
                k in self._values for k in exchange.credentials.values()
            )
            if exchange is not None and exchange.encoding == "form" and held:
                yield _b64(self._client_pair(exchange))


def _with_token_urls(
    schemes: Sequence[AuthScheme], token_urls: Mapping[str, str]
) -> dict[str, AuthScheme]:
    """The schemes by id, OAuth2 client-credential ones with the caller's tokenUrl if given:
    absolute, or relative and resolved against the base URL like the spec's (_tokens.token_url).
    A token URL holding a user name or password is refused: httpx would log it with the URL
    (and send it instead of the client's id and secret)."""
    by_id = {scheme.id: scheme for scheme in schemes}
    oauth = {i for i, s in by_id.items() if s.exchange and s.exchange.encoding == "form"}
    unknown = sorted(set(token_urls) - oauth)
    if unknown:
        raise ValueError(
            f"token_urls: {', '.join(unknown)} is not an OAuth2 client-credentials scheme "
            f"(those are: {', '.join(sorted(oauth)) or 'none'})"
        )
    for scheme_id, url in token_urls.items():
        scheme = by_id[scheme_id]
        assert scheme.exchange is not None
        by_id[scheme_id] = replace(scheme, exchange=replace(scheme.exchange, path=url))
    for scheme_id in sorted(oauth):
        exchange = by_id[scheme_id].exchange
        if exchange is not None and has_userinfo(exchange.path):
            raise ValueError(
                f"the token URL of {scheme_id} holds a user name or password (it would be "
                "logged); give the client id and secret as the client's keywords instead"
            )
    return by_id


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


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
