# Generated from specs/tiny.yaml by vendorgen. Do not edit: regenerate instead.
"""Typed errors of the generated client.

Every error carries the HTTP status, the vendor's error body parsed into its model (when the
body matches the documented shape) and the vendor's request id; never the request headers.
A URL's user name and password in the vendor's text (a redirect page's link) are masked.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ._userinfo import mask_userinfo

__all__ = [
    "ApiError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "InvalidResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "PaginationError",
    "RateLimitedError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnknownOutcomeError",
    "VendorFailureError",
]


class ClientError(Exception):
    """Base of every error this client raises."""

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat Exception's default pickling (cls(*args)); rebuild
        # from the message and the fields instead, so errors cross process pools and workers.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[ClientError], args: tuple[Any, ...], fields: dict[str, Any]) -> ClientError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


class ApiError(ClientError):
    """The vendor answered with an error status."""

    def __init__(
        self,
        *,
        operation: str,
        status: int,
        body: BaseModel | None,
        text: str,
        request_id: str | None,
        messages: tuple[str, ...] = (),
    ) -> None:
        messages = tuple(mask_userinfo(m) for m in messages)
        detail = f": {'; '.join(messages)}" if messages else ""
        super().__init__(f"{operation}: HTTP {status}{detail}", operation=operation)
        self.status = status
        self.body = body
        self.text = mask_userinfo(text)[:2000]  # masked whole: a cut URL would show part
        self.request_id = request_id
        self.messages = messages


class BadRequestError(ApiError):
    """400/422: the vendor rejected the payload; do not retry without fixing it."""


class UnauthorizedError(ApiError):
    """401: missing, invalid or revoked credentials."""


class ForbiddenError(UnauthorizedError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(ApiError):
    """404."""


class ConflictError(ApiError):
    """409: the request conflicts with the vendor's state."""


class RateLimitedError(ApiError):
    """429 (or a Retry-After beyond what the client is willing to wait)."""

    def __init__(self, *, retry_after: float | None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the vendor failed."""


class UnexpectedStatusError(ApiError):
    """A status the specification does not document."""


class TransportError(ClientError):
    """The request did not complete: connection, protocol or TLS failure."""


class TimeoutError(TransportError):
    """A connect, read, write or pool timeout."""


class MissingCredentialsError(ClientError, ValueError):
    """The client holds no credentials for any security alternative of the operation: nothing
    was sent. The message names each alternative's schemes and the constructor keywords that
    provide them; `alternatives` lists the scheme ids (never a value)."""

    def __init__(
        self, message: str, *, operation: str, alternatives: tuple[tuple[str, ...], ...]
    ) -> None:
        super().__init__(message, operation=operation)
        self.alternatives = alternatives


class UnknownOutcomeError(ClientError):
    """A write failed after it may have reached the vendor, and it carries no idempotency key,
    so it was not retried: check the vendor's state before sending it again."""

    def __init__(self, message: str, *, operation: str, status: int | None = None) -> None:
        super().__init__(message, operation=operation)
        self.status = status


class InvalidResponseError(ClientError):
    """A success status whose body cannot carry its meaning (a required property missing, a
    JSON type the model cannot take). `raw` is the whole body as received, so nothing is lost;
    `problems` lists each model error as "pointer: message"."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status: int,
        text: str,
        raw: bytes = b"",
        problems: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, operation=operation)
        self.status = status
        self.text = mask_userinfo(text)[:2000]  # masked whole: a cut URL would show part
        self.raw = raw
        self.problems = problems


class RequestValidationError(ClientError, ValueError):
    """A request the spec does not allow: nothing was sent. `problems` lists every reason, each
    as "JSON pointer: rule": the pointer into the JSON body that would have been sent, or
    `/parameters/<location>/<name>` for a path, query or header parameter. Values are never
    echoed. A ValueError too: the caller passed a bad value."""

    def __init__(self, operation: str, problems: list[str]) -> None:
        shown = "; ".join(problems[:10]) + ("; ..." if len(problems) > 10 else "")
        message = f"{operation}: request not sent, {len(problems)} problem(s): {shown}"
        super().__init__(message, operation=operation)
        self.problems = tuple(problems)


class ResponseTooLargeError(ClientError):
    """The decoded response body passed the client's `max_response_bytes`; it was not kept."""

    def __init__(self, message: str, *, operation: str, status: int, limit: int) -> None:
        super().__init__(message, operation=operation)
        self.status = status
        self.limit = limit


class PaginationError(ClientError):
    """Paging stopped: a page repeated the previous one, or `max_pages` pages were read."""

    def __init__(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message, operation=operation)
        self.pages = pages


class VendorFailureError(ClientError):
    """A success status whose body the spec declares a failure (x-failure-when): the vendor
    answered 2xx but says the call failed. `body` is the parsed JSON body."""

    def __init__(self, message: str, *, operation: str, status: int, body: Any, text: str) -> None:
        super().__init__(message, operation=operation)
        self.status = status
        self.body = body
        self.text = mask_userinfo(text)[:2000]  # masked whole: a cut URL would show part
