"""Read two specs for comparing: any valid OpenAPI 3.0 or 3.1 document, with line marks.

The house rules of `validate` (snake_case operationIds, bodies as `$ref`s, OpenAPI 3.1, a 2xx
per operation) are about generating code and do not apply here: only what the OpenAPI
specification itself requires is checked, with openapi-spec-validator, and reported with file,
line and pointer. 3.0 schemas are read as 3.1 (`normalise`, the spec layer's own, shared
with generation) so the two versions compare.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..load import Spec, load_spec
from ..problems import Problem, SpecProblems, display_path, escape_pointer_token, pointer
from ..spec.schema30 import normalise
from ..walk import iter_keywords, resolve

__all__ = ["Source", "normalise", "read"]

# The pure-Python backend, as validate.py does: messages must not depend on jsonschema-rs.
os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")


@dataclass(frozen=True)
class Source:
    """A loaded, valid spec: its data, its line marks, and whether it is OpenAPI 3.0."""

    spec: Spec
    is_30: bool

    @property
    def data(self) -> dict[str, Any]:
        return self.spec.data

    def line(self, ptr: str) -> int:
        return self.spec.locate(ptr)[0]


def read(path: Path) -> Source:
    """A valid spec; SpecProblems when it cannot be read or is not valid OpenAPI 3.0/3.1."""
    if not path.is_file():
        raise SpecProblems([Problem(display_path(path), 0, "", "no such spec file")])
    spec = load_spec(path, api="spec")
    if isinstance(spec, list):
        raise SpecProblems(spec)
    problems = list(_refs(spec)) or list(_openapi(spec))
    if problems:
        raise SpecProblems(problems)
    return Source(spec, str(spec.data.get("openapi", "")).startswith("3.0"))


def _refs(spec: Spec) -> Iterator[Problem]:
    """Only local references are followed; a dangling one is reported where it is written."""
    for owner, key, value in iter_keywords(spec.data):
        if key != "$ref":
            continue
        if not isinstance(value, str) or not value.startswith("#"):
            yield spec.problem(
                f"{owner}/$ref", f"only local references (#/...) are compared, not {value!r}"
            )
            continue
        try:
            target = resolve(spec.data, value)
            for _ in range(64):  # a Reference Object that leads back to itself
                if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                    break
                target = resolve(spec.data, target["$ref"])
            else:
                yield spec.problem(f"{owner}/$ref", f"reference {value!r} leads back to itself")
        except (KeyError, IndexError, ValueError):
            yield spec.problem(f"{owner}/$ref", f"reference {value!r} points to nothing")


def _openapi(spec: Spec) -> Iterator[Problem]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(spec.data.get("openapi", ""))
    validators = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}
    validator = validators.get(version[:3])
    if validator is None or version[3:4] not in ("", "."):
        yield spec.problem("/openapi", f"not an OpenAPI 3.0 or 3.1 document (openapi: {version!r})")
        return
    try:
        errors = list(validator(spec.data).iter_errors())
    except RecursionError:
        yield spec.problem("", "OpenAPI validation failed: the document nests too deeply")
        return
    except Exception as exc:  # the validator raises on documents it cannot walk
        yield spec.problem("", f"OpenAPI validation failed: {type(exc).__name__}: {exc}")
        return
    places: dict[int, str] | None = None
    for error in errors:
        if error.validator == "format" and error.validator_value == "regex":
            continue  # patterns are ECMA-262, which Python's re does not read; compared as text
        path: Any = getattr(error, "absolute_path", None) or getattr(error, "path", ())
        text = error.message.strip().splitlines()[0] if error.message.strip() else "invalid"
        text = text if len(text) <= 300 else text[:297] + "..."
        at = pointer(*path)
        schema = error.schema if isinstance(error.schema, dict) else {}
        if not path and "default" in schema and error.instance == schema["default"]:
            # A default that does not match its schema is reported at the document root;
            # the schema object the validator holds is the spec's own: find where it is.
            places = places if places is not None else _places(spec.data)
            if id(schema) in places:
                at, text = (
                    f"{places[id(schema)]}/default",
                    f"default does not match its schema: {text}",
                )
        yield spec.problem(at, text)


def _places(node: Any, ptr: str = "", found: dict[int, str] | None = None) -> dict[int, str]:
    """The JSON pointer of every object of the document, by identity."""
    found = {} if found is None else found
    if isinstance(node, dict):
        found[id(node)] = ptr
        for key, value in node.items():
            _places(value, f"{ptr}/{escape_pointer_token(str(key))}", found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _places(value, f"{ptr}/{index}", found)
    return found
