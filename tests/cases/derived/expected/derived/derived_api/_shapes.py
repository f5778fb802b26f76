# Generated from specs/derived.yaml by vendorgen. Do not edit: regenerate instead.
"""Bodies of any model type: a model class, or a type alias (a list of models, a union, a
scalar), validated and dumped the same way.

The generated models module writes a schema that is not an object as a plain type alias
(`DiamondStockList: TypeAlias = list[DiamondStock]`), so a list response is a plain list; pydantic
reads such a type through a TypeAdapter, built once per type and kept.

The cyclic garbage collector is paused while a body is read: parsing allocates tens of
thousands of container objects (models, their field dicts and sets), none of them garbage, and
the collections those allocations trigger cost as much as the parse itself (about half the
time of parsing 1,000 orders in bench/parse.py). It is switched back on afterwards, failure or not.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

__all__ = ["adapter", "is_model", "validate_json", "validate_python"]

_adapters: dict[int, tuple[Any, TypeAdapter[Any]]] = {}
_lock = threading.Lock()


def is_model(shape: Any) -> bool:
    return isinstance(shape, type) and issubclass(shape, BaseModel)


def adapter(shape: Any, name: str = "") -> TypeAdapter[Any]:
    """The TypeAdapter of `shape`, built on first use (keyed by identity: an alias like
    `list[X]` is a new object on each spelling, but the models module spells it once).
    `name` (the alias's name) titles its validation errors, as a model's name titles its own."""
    found = _adapters.get(id(shape))
    if found is None:
        config = ConfigDict(title=name) if name else None
        with _lock:
            found = _adapters.setdefault(id(shape), (shape, TypeAdapter(shape, config=config)))
    return found[1]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic collection inside; re-enabled only if it was on (another thread's pause, or
    the application's own `gc.disable()`, is left as it was)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_json(shape: Any, raw: bytes | str, name: str = "") -> Any:
    """`raw` read as `shape` (a model class or a type alias), the collector paused."""
    with _collector_paused():
        if is_model(shape):
            return shape.model_validate_json(raw)
        return adapter(shape, name).validate_json(raw)


def validate_python(shape: Any, data: Any, name: str = "") -> Any:
    if is_model(shape):
        return shape.model_validate(data)
    return adapter(shape, name).validate_python(data)
