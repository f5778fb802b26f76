# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Responses turned into results or typed errors; transport failures into typed errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import ValidationError

from . import errors
from ._jsonpointer import MISSING, pointer, resolve
from ._mediatypes import RequestMedia, documented, kind_of, preferred
from ._params import ParamStyle
from ._shapes import validate_json

__all__ = [
    "ErrorSpec",
    "Operation",
    "api_error",
    "documented_failure",
    "model_problems",
    "parse_success",
    "rate_limited",
    "text",
    "transport_error",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


@dataclass(frozen=True)
class ErrorSpec:
    """The documented body of an error status: its model and where its messages are."""

    model: Any  # a model class or a type alias (generator/model_aliases.py); None: no body
    message_pointer: str | None = None


@dataclass(frozen=True)
class Operation:
    """What the transport needs to know about one operation, taken from the spec."""

    name: str
    method: str
    path: str
    success_model: Any  # a model class or a type alias (e.g. `list[Item]`); None: no body
    errors: Mapping[str, ErrorSpec]
    security: tuple[tuple[str, ...], ...]
    idempotency_header: str | None = None
    request_schema: str | None = None  # the spec's schema of the body, checked before sending
    # x-failure-when: a 2xx body is a failure when the value at a pointer equals the value (or,
    # when no value is given, is present at all): (pointer, value given, value)
    failure_when: tuple[tuple[str, bool, Any], ...] = ()
    # The documented request media type (None: JSON), the Accept header (None: the caller's
    # own Accept parameter, or none) and the media types of the success response (none: JSON).
    request_media: RequestMedia | None = None
    accept: str | None = "application/json"
    success_media: tuple[str, ...] = ()
    success_name: str = ""  # the success model's name, for messages (an alias has none)
    # Parameters written other than the spec's default style: (location, name) -> style.
    param_styles: Mapping[tuple[str, str], ParamStyle] = field(default_factory=dict)


def text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(getattr(value, "value", value))


def success_kind(operation: Operation, content_type: str | None) -> str:
    """How a success body is read: as the documented type it is sent as (JSON, text, bytes);
    a type the spec does not list is read as the spec's preferred one (a JSON API that labels
    its JSON `text/plain` still parses)."""
    if not operation.success_media:
        return "json"
    match = documented(content_type, operation.success_media)
    return kind_of(match or preferred(operation.success_media))


def parse_success(operation: Operation, response: httpx.Response) -> Any:
    kind = success_kind(operation, response.headers.get("content-type"))
    if kind == "text":
        return response.text
    if kind not in ("json", "form", "multipart"):
        return response.content
    if operation.success_model is None:
        if operation.success_media and response.content:
            return _json_or_error(operation, response)
        return None
    try:
        # An empty body is the empty object to a model that allows one (`{}` bodies).
        return validate_json(
            operation.success_model, response.content or b"{}", operation.success_name
        )
    except ValidationError as exc:
        raise errors.InvalidResponseError(
            f"{operation.name}: HTTP {response.status_code} body does not match "
            f"{operation.success_name or operation.success_model.__name__}: "
            f"{exc.error_count()} error(s)",
            operation=operation.name,
            status=response.status_code,
            text=response.text,
            raw=response.content,
            problems=model_problems(exc),
        ) from None


def _json_or_error(operation: Operation, response: httpx.Response) -> Any:
    """A JSON body the spec gives no model for, as plain JSON data."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise errors.InvalidResponseError(
            f"{operation.name}: HTTP {response.status_code} body is not JSON",
            operation=operation.name,
            status=response.status_code,
            text=response.text,
            raw=response.content,
        ) from None


def model_problems(exc: ValidationError) -> tuple[str, ...]:
    """Each model error as "JSON pointer: message" (the pointer into the received body)."""
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        problems.append(f"{pointer(error['loc']) or '/'}: {error['msg']}")
    return tuple(problems)


def _error_spec(operation: Operation, status: int) -> ErrorSpec:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in operation.errors:
            return operation.errors[key]
    return ErrorSpec(None)


def api_error(
    operation: Operation, response: httpx.Response, retry_after: float | None
) -> errors.ApiError:
    spec = _error_spec(operation, response.status_code)
    body: Any = None
    if spec.model is not None and response.content:
        try:
            body = validate_json(spec.model, response.content)
        except ValidationError:
            body = None
    kwargs: dict[str, Any] = {
        "operation": operation.name,
        "status": response.status_code,
        "body": body,
        "text": response.text,
        "request_id": next(
            (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
        ),
        "messages": _messages(response, spec.message_pointer),
    }
    status = response.status_code
    if status == 429:
        return errors.RateLimitedError(retry_after=retry_after, **kwargs)
    error_type = _STATUS_ERRORS.get(status) or (
        errors.ServerError if status >= 500 else errors.UnexpectedStatusError
    )
    return error_type(**kwargs)


_STATUS_ERRORS: dict[int, type[errors.ApiError]] = {
    400: errors.BadRequestError,
    401: errors.UnauthorizedError,
    403: errors.ForbiddenError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.BadRequestError,
}


def rate_limited(error: errors.ApiError, retry_after: float) -> errors.RateLimitedError:
    return errors.RateLimitedError(
        retry_after=retry_after,
        operation=error.operation,
        status=error.status,
        body=error.body,
        text=error.text,
        request_id=error.request_id,
        messages=error.messages,
    )


def _messages(response: httpx.Response, at: str | None) -> tuple[str, ...]:
    if not at:
        return ()
    try:
        node = resolve(json.loads(response.content), at)
    except (ValueError, UnicodeDecodeError):
        return ()
    if node is MISSING:
        return ()
    items = node if isinstance(node, list) else [node]
    return tuple(str(item)[:500] for item in items[:20] if item is not None)


def transport_error(operation: Operation, exc: httpx.HTTPError) -> errors.ClientError:
    # The message names the failure, never the request: no URL query, no headers.
    message = f"{operation.name}: {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.TimeoutError(message, operation=operation.name)
    return errors.TransportError(message, operation=operation.name)


def documented_failure(
    operation: Operation, response: httpx.Response
) -> errors.VendorFailureError | None:
    """The typed error for a 2xx body the spec declares a failure (x-failure-when), or None."""
    if not operation.failure_when:
        return None
    try:
        document = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    for at, has_value, value in operation.failure_when:
        node = resolve(document, at)
        if node is not MISSING and (not has_value or node == value):
            return errors.VendorFailureError(
                f"{operation.name}: HTTP {response.status_code} body says the call failed "
                f"({at or '/'} matched)",
                operation=operation.name,
                status=response.status_code,
                body=document,
                text=response.text,
            )
    return None
