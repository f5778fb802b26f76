# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""What the client sends: a body as the wire JSON the spec describes, checked before it leaves.

The models read what vendors send tolerantly (shape only); what the integrator sends is held to
the spec: the JSON about to be sent is validated against the operation's request schema (JSON
Schema 2020-12, formats included) and every problem is reported at once, nothing sent.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined, to_jsonable_python

from . import errors
from ._responses import Operation
from ._validation import request_problems

__all__ = ["body_content", "wire_json"]


def wire_json(model: Any) -> Any:
    """The model as JSON by alias, only the fields the caller set — plus the spec's documented
    defaults the caller left out (the vendor applies them anyway; sent, they are explicit).
    A list body (a type alias such as `list[Item]`) is a plain list of such models."""
    if not isinstance(model, BaseModel):
        if isinstance(model, list | tuple):
            return [wire_json(item) for item in model]
        return to_jsonable_python(model, by_alias=True)
    data = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    for name, field in type(model).model_fields.items():
        key = field.alias or name
        if name in model.model_fields_set and key in data:
            data[key] = _wire_value(getattr(model, name), data[key])
        elif field.default is not None and field.default is not PydanticUndefined:
            data[key] = model.model_dump(mode="json", by_alias=True, include={name})[key]
    return data


def _wire_value(value: Any, dumped: Any) -> Any:
    """Nested models get their defaults too."""
    if isinstance(value, BaseModel):
        return wire_json(value)
    if isinstance(value, list) and isinstance(dumped, list):
        return [_wire_value(v, d) for v, d in zip(value, dumped, strict=True)]
    return dumped


def body_content(operation: Operation, body: Any) -> bytes:
    """The body's bytes, after the spec's check; `RequestValidationError` lists every problem."""
    data = wire_json(body)
    if operation.request_schema:
        problems = request_problems(operation.request_schema, data)
        if problems:
            raise errors.RequestValidationError(operation.name, problems)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
