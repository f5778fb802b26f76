# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""The call shape of the generated clients: what a method accepts as its body, and which
keyword arguments a client's constructor takes. Checked at the call, so a mistake is reported
against the method or client the user called, never deep inside the transport."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["RUNTIME_OPTIONS", "check_options", "request_body"]

# Keyword arguments the clients pass to their session, for tests (fake clocks and sleeps).
RUNTIME_OPTIONS = frozenset({"clock", "wall_clock", "sleep", "rand"})

M = TypeVar("M", bound=BaseModel)


def check_options(client: str, options: Mapping[str, Any]) -> None:
    """A typo in a client's keyword arguments (`timout=`) is reported against the client."""
    unexpected = sorted(set(options) - RUNTIME_OPTIONS)
    if unexpected:
        raise TypeError(f"{client}() got an unexpected keyword argument {unexpected[0]!r}")


def request_body(
    method: str, model: type[M], body: object, fields: Mapping[str, Any], *, required: bool
) -> M | None:
    """The body as a `model`: given as the model itself, as JSON-shaped data (a dict, or a
    list for a list body) or as the body's fields in keyword arguments (Python or wire names).
    Data is validated here, so a wrong body fails at the call with pydantic's
    ValidationError naming the model and the field."""
    if fields:
        if body is not None:
            raise TypeError(f"{method}() takes the body as `body` or as keyword fields, not both")
        body = dict(fields)
    if body is None and required:
        raise TypeError(f"{method}() needs a body: a {model.__name__}, a dict or keyword fields")
    if body is None or isinstance(body, model):
        return body
    if isinstance(body, BaseModel):
        raise TypeError(
            f"{method}() takes a {model.__name__} body (or a dict), not a {type(body).__name__}"
        )
    return model.model_validate(body)
