# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""Synchronous client of Secured."""

from __future__ import annotations

import builtins  # noqa: F401 (keyword body fields of types spelled builtins.X)
import copy
import typing
from types import TracebackType

import httpx
from pydantic import SecretStr

from .. import _operations as ops
from .. import models
from .._auth import Credentials
from .._calls import NOT_GIVEN, NotGiven, check_options, request_body  # noqa: F401
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._runtime import SyncSession
from .._types import SequenceNotStr  # noqa: F401 (arrays: any sequence but a str)

__all__ = ["SecuredClient"]


class SecuredClient:
    """Synchronous client of Secured: one typed method per operation."""

    def __init__(
        self,
        *,
        basic_auth_username: str | SecretStr | None = None,
        basic_auth_password: str | SecretStr | None = None,
        bearer_auth: str | SecretStr | None = None,
        client_oauth: str | SecretStr | None = None,
        code_oauth: str | SecretStr | None = None,
        cookie_key: str | SecretStr | None = None,
        header_key: str | SecretStr | None = None,
        oidc: str | SecretStr | None = None,
        query_key: str | SecretStr | None = None,
        relative_oauth: str | SecretStr | None = None,
        token_auth: str | SecretStr | None = None,
        client_oauth_client_id: str | SecretStr | None = None,
        client_oauth_client_secret: str | SecretStr | None = None,
        relative_oauth_client_id: str | SecretStr | None = None,
        relative_oauth_client_secret: str | SecretStr | None = None,
        base_url: str = ops.BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | typing.Literal[False] | None = None,
        transport: httpx.BaseTransport | None = None,
        max_response_bytes: int = 32 * 1024 * 1024,
        max_pages: int = 10_000,
        token_urls: typing.Mapping[str, str] | None = None,
        **runtime_options: typing.Any,
    ) -> None:
        """Credentials are kept as SecretStr. A `base_url` holding a user name or password
        (`https://user:secret@host`) is refused with a ValueError: httpx would send it and log
        it with every request URL, and a redirect could carry it; give credentials through
        their keywords. `rate_limiter=None` paces calls by the documented
        limit (if any); `False` disables pacing. `retry.deadline` bounds a whole call, reading
        the body included. A response body larger than `max_response_bytes` once decoded
        (gzip included) raises `errors.ResponseTooLargeError`. Page iterators stop with
        `errors.PaginationError` on a page that repeats the previous one or after
        `max_pages`. `runtime_options` (clock, wall_clock, sleep, rand) exist for tests.
        A tokenUrl is resolved against `base_url` as RFC 3986 says (`/oauth/token` against
        https://api.example.com/v2 is https://api.example.com/oauth/token); `token_urls`
        replaces the tokenUrl of OAuth2 client-credentials schemes by scheme id, absolute or
        resolved the same way, e.g. an absolute one to get tokens from the mock."""
        check_options("SecuredClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "basicAuth.username": basic_auth_username,
                "basicAuth.password": basic_auth_password,
                "bearerAuth": bearer_auth,
                "clientOauth": client_oauth,
                "codeOauth": code_oauth,
                "cookieKey": cookie_key,
                "headerKey": header_key,
                "oidc": oidc,
                "queryKey": query_key,
                "relativeOauth": relative_oauth,
                "tokenAuth": token_auth,
                "clientOauth.client_id": client_oauth_client_id,
                "clientOauth.client_secret": client_oauth_client_secret,
                "relativeOauth.client_id": relative_oauth_client_id,
                "relativeOauth.client_secret": relative_oauth_client_secret,
            },
            token_urls=token_urls,
        )
        if rate_limiter is None and ops.RATE_LIMIT is not None:
            rate_limiter = RateLimiter(ops.RATE_LIMIT)
        self._max_pages = max_pages
        self._session = SyncSession(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            retry=retry,
            rate_limiter=rate_limiter or None,
            transport=transport,
            max_response_bytes=max_response_bytes,
            retry_after_default=ops.RETRY_AFTER_DEFAULT,
            **runtime_options,
        )

    def __repr__(self) -> str:
        return f"SecuredClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> SecuredClient:
        """A copy of this client whose calls use these options, e.g.
        `client.with_options(timeout=5).some_call(...)`: one call's timeout, retry policy or extra
        headers (never replacing the operation's own headers or credentials). The copy shares
        this client's connection pool, credentials and rate limiter; close the original."""
        client = copy.copy(self)
        client._session = self._session.with_options(
            timeout=timeout, retry=retry, extra_headers=extra_headers
        )
        return client

    def update_credentials(self, **values: str | SecretStr | None) -> None:
        """Replace credentials by their keyword name, e.g. after an account flow hands you a
        long-lived token; None removes one."""
        names: dict[str, str] = {
            "basic_auth_username": "basicAuth.username",
            "basic_auth_password": "basicAuth.password",
            "bearer_auth": "bearerAuth",
            "client_oauth": "clientOauth",
            "code_oauth": "codeOauth",
            "cookie_key": "cookieKey",
            "header_key": "headerKey",
            "oidc": "oidc",
            "query_key": "queryKey",
            "relative_oauth": "relativeOauth",
            "token_auth": "tokenAuth",
            "client_oauth_client_id": "clientOauth.client_id",
            "client_oauth_client_secret": "clientOauth.client_secret",
            "relative_oauth_client_id": "relativeOauth.client_id",
            "relative_oauth_client_secret": "relativeOauth.client_secret",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> SecuredClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _session_for(
        self,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        extra_headers: typing.Mapping[str, str] | None,
    ) -> SyncSession:
        """The session one call uses: this client's, or a copy with the call's own options."""
        if timeout is None and retry is None and not extra_headers:
            return self._session
        return self._session.with_options(timeout=timeout, retry=retry, extra_headers=extra_headers)

    def basic_only(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """HTTP basic.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.BASIC_ONLY,
        )
        return typing.cast("models.Granted", _result)

    def bearer_only(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """A bearer token.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.BEARER_ONLY,
        )
        return typing.cast("models.Granted", _result)

    def client_credentials(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """OAuth2 client credentials.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.CLIENT_CREDENTIALS,
        )
        return typing.cast("models.Granted", _result)

    def code_flow(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """OAuth2 authorization code: the caller's access token.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.CODE_FLOW,
        )
        return typing.cast("models.Granted", _result)

    def custom_scheme(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """Another HTTP scheme: Authorization: Token <token>.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.CUSTOM_SCHEME,
        )
        return typing.cast("models.Granted", _result)

    def either(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """Basic, or both keys together.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.EITHER,
        )
        return typing.cast("models.Granted", _result)

    def key_in_cookie(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """An API key in a cookie.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.KEY_IN_COOKIE,
        )
        return typing.cast("models.Granted", _result)

    def key_in_header(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """An API key in a header.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.KEY_IN_HEADER,
        )
        return typing.cast("models.Granted", _result)

    def key_in_query(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """An API key in the query.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.KEY_IN_QUERY,
        )
        return typing.cast("models.Granted", _result)

    def mutual_tls(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """Mutual TLS: the transport's client certificate, nothing from the constructor.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.MUTUAL_TLS,
        )
        return typing.cast("models.Granted", _result)

    def open_id(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """OpenID Connect: the caller's access token.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.OPEN_ID,
        )
        return typing.cast("models.Granted", _result)

    def optional_auth(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """Open to all; a bearer token is accepted.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.OPTIONAL_AUTH,
        )
        return typing.cast("models.Granted", _result)

    def public(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """No credential at all.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.PUBLIC,
        )
        return typing.cast("models.Granted", _result)

    def relative_token_url(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Granted:
        """OAuth2 client credentials whose tokenUrl is relative: resolved against the server URL.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.RELATIVE_TOKEN_URL,
        )
        return typing.cast("models.Granted", _result)
