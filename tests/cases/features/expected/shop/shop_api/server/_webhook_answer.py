# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""A webhook handler's answer: the documented success (a model as JSON, or the text or bytes
the spec documents for it), or, when the handler fails or returns something else, the
callback's documented 500 (the vendor retries) and a log line naming the handler — never the
payload, which may hold personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from .._mediatypes import kind_of, sendable
from .._shapes import adapter, is_model
from ._support import ErrorTemplate

if TYPE_CHECKING:
    from ._webhooks import Callback

__all__ = ["answer_type", "call_handler", "rendered"]

logger = logging.getLogger(__name__)


async def call_handler(
    callback: Callback,
    method: Callable[..., Awaitable[Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> tuple[int, bytes]:
    try:
        result = await method(*args, **kwargs)
    except Exception:  # the integrator's failure: the vendor gets its documented error and retries
        logger.exception("webhook handler %s failed", callback.name)
        return rendered(callback.errors[500], ["the receiver failed to process the delivery"])
    if callback.answer_media is not None:
        return _raw_answer(callback, callback.answer_media, result)
    if callback.response_model is None or result is None:
        if callback.response_model is not None:
            logger.error(
                "webhook handler %s returned None, expected %s",
                callback.name,
                getattr(callback.response_model, "__name__", "a response"),
            )
            return rendered(callback.errors[500], ["the receiver returned no response"])
        return callback.success_status, b""
    shape = callback.response_model
    try:
        # A model must be returned as itself; a type alias (a list of models) as its value.
        if is_model(shape) and not isinstance(result, shape):
            raise TypeError(type(result).__name__)
        checked = adapter(shape).validate_python(result) if not is_model(shape) else result
    except (TypeError, ValidationError):
        logger.error("webhook handler %s returned %s", callback.name, type(result).__name__)
        return rendered(callback.errors[500], ["the receiver returned an invalid response"])
    return (
        callback.success_status,
        adapter(shape).dump_json(checked, by_alias=True, exclude_unset=True),
    )


def _raw_answer(callback: Callback, media: str, result: Any) -> tuple[int, bytes]:
    """A success answered as text (the handler returns a str, sent in UTF-8) or as bytes."""
    text = kind_of(media) == "text"
    expected = str if text else bytes
    if not isinstance(result, expected):
        logger.error(
            "webhook handler %s returned %s, expected %s",
            callback.name,
            type(result).__name__,
            expected.__name__,
        )
        return rendered(callback.errors[500], ["the receiver returned an invalid response"])
    return callback.success_status, result.encode() if isinstance(result, str) else result


def answer_type(callback: Callback, status: int) -> str:
    """The Content-Type of an answer: the documented text or bytes type of a success, else JSON
    (the documented error bodies, a model)."""
    media = callback.answer_media
    if media is None or not 200 <= status < 300:
        return "application/json"
    return f"{sendable(media)}; charset=utf-8" if kind_of(media) == "text" else sendable(media)


def rendered(template: ErrorTemplate, messages: list[str]) -> tuple[int, bytes]:
    response = template.respond(messages)
    return response.status_code, bytes(response.body)
