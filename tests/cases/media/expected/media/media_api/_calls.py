# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""The call shape of the generated clients: what a method accepts as its body, and which
keyword arguments a client's constructor takes. Checked at the call, so a mistake is reported
against the method or client the user called, never deep inside the transport."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from ._shapes import is_model, validate_python

__all__ = ["NOT_GIVEN", "RUNTIME_OPTIONS", "NotGiven", "check_options", "request_body"]

# Keyword arguments the clients pass to their session, for tests (fake clocks and sleeps).
RUNTIME_OPTIONS = frozenset({"clock", "wall_clock", "sleep", "rand"})


class NotGiven:
    """The default of a keyword body field: not given, so not sent (None may be a value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def check_options(client: str, options: Mapping[str, Any]) -> None:
    """A typo in a client's keyword arguments (`timout=`) is reported against the client."""
    unexpected = sorted(set(options) - RUNTIME_OPTIONS)
    if unexpected:
        raise TypeError(f"{client}() got an unexpected keyword argument {unexpected[0]!r}")


def request_body(
    method: str,
    model: Any,
    body: object,
    fields: Mapping[str, Any],
    *,
    required: bool,
    name: str = "",
) -> Any:
    """The body as a `model` (a model class, or a type alias such as `list[Item]` or a
    union, named `name`): given as the model itself, as JSON-shaped data (a dict, or a plain
    list for a list body) or as the body's fields in keyword arguments (Python or wire names).
    Data is validated here, so a wrong body fails at the call with pydantic's
    ValidationError naming the model and the field."""
    name = name or model.__name__
    fields = {key: value for key, value in fields.items() if value is not NOT_GIVEN}
    if fields:
        if body is not None:
            raise TypeError(f"{method}() takes the body as `body` or as keyword fields, not both")
        body = dict(fields)
    if body is None and required:
        raise TypeError(f"{method}() needs a body: a {name}, a dict or keyword fields")
    if body is None or not is_model(model):
        return None if body is None else validate_python(model, body, name)
    if isinstance(body, model):
        return body
    if isinstance(body, BaseModel):
        raise TypeError(f"{method}() takes a {name} body (or a dict), not a {type(body).__name__}")
    return model.model_validate(body)
