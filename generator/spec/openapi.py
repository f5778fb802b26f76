"""The document as given against the OpenAPI specification (3.0 or 3.1, by its `openapi`
field), with openapi-spec-validator; problems located by pointer, line and column.

Two things openapi-python-client accepts are tolerated, and said: `const` in a 3.0 document
(a JSON Schema keyword 3.0 lacks; read as a one-value `enum`), and an unknown key holding
text on an OpenAPI object (`title` on an operation): a warning, and the key is ignored.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterator
from typing import Any

from ..load import Spec
from ..problems import Problem, escape_pointer_token, pointer
from ..walk import iter_keywords, resolve

_UNEXPECTED = re.compile(
    r"^(?:(?:Additional|Unevaluated) properties are not allowed \((.*) (?:was|were) unexpected\)"
    r"|(.*) (?:does|do) not match any of the regexes: '\^x-'$)"
)
_KEY = re.compile(r"'((?:[^'\\]|\\.)*)'")


def openapi_problems(spec: Spec, strict: bool) -> tuple[list[Problem], list[str]]:
    """Problems of the document as given, and the pointers of the unknown keys to ignore."""
    version = str(spec.data.get("openapi", ""))
    if strict and not version.startswith("3.1"):
        return [spec.problem("/openapi", "specs must be OpenAPI 3.1 (openapi: 3.1.0)")], []
    validator = _validators().get(version[:3])
    if validator is None or version[3:4] not in ("", "."):
        message = f"not an OpenAPI 3.0 or 3.1 document (openapi: {version!r})"
        return [spec.problem("/openapi", message)], []
    data = _const_as_enum(spec.data) if version.startswith("3.0") and not strict else spec.data
    try:
        checker = validator(data)
        _constant_time_dedupe(checker)
        errors = list(checker.iter_errors())
    except RecursionError:
        message = "OpenAPI validation failed: the document nests too deeply to validate"
        return [spec.problem("", message)], []
    except Exception as exc:  # the validator raises on documents it cannot walk
        return [spec.problem("", f"OpenAPI validation failed: {type(exc).__name__}: {exc}")], []
    problems = list(_status_problems(spec))
    bad_statuses = {p.pointer.rsplit("/", 1)[0] for p in problems}
    ignored: list[str] = []
    for error in errors:
        if error.message.startswith("Operation ID"):
            continue  # reported by validate (_check_operations, _check_unique_methods), located
        schema = error.schema if isinstance(error.schema, dict) else {}
        if "default" in schema and error.instance == schema["default"]:
            continue  # a default that does not match its schema: _check_examples locates it
        path: Any = getattr(error, "absolute_path", None) or getattr(error, "path", ())
        at = pointer(*path)
        if at in bad_statuses:
            continue  # said precisely by _status_problems
        text = first_line(error.message)
        prose = [] if strict else list(_unknown_text_keys(text, error.instance))
        if prose:
            for key in prose:
                where = f"{at}/{escape_pointer_token(key)}"
                ignored.append(where)
                message = f"{key!r} is not an OpenAPI field here; ignored"
                problems.append(spec.problem(where, message, level="warning"))
            continue
        problems.append(spec.problem(at, _plainer(text, error.instance)))
    return problems, ignored


def _validators() -> dict[str, Any]:
    """openapi-spec-validator's validators, imported on first use: it is the slowest import
    of the generator (~0.2 s), and `generate` runs it in a worker process (overlap.py)."""
    # The pure-Python backend, always: with jsonschema-rs installed (Schemathesis brings it) the
    # validator would word its messages differently, and our reports must not depend on that.
    os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    return {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}


class _SeenIds(list[int]):
    """A list of object ids whose `in` is a set lookup."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[int] = set()

    def append(self, item: int) -> None:
        self._seen.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def _constant_time_dedupe(checker: Any) -> None:
    """openapi-spec-validator (0.9.0, pinned) remembers the schemas it visited and meta-checked
    in two lists and asks `id in list` for every schema: quadratic in the number of schemas,
    most of the superlinear growth of `generate` on large documents (bench/, scale). The same
    lists, with set lookups; found and replaced only where they are, so another version of
    the validator is merely slower, never different."""
    registry = getattr(checker, "keyword_validators_registry", None)
    try:
        schema_checker = registry["schema"] if registry is not None else None
    except KeyError:
        return
    for name in ("visited_schema_ids", "meta_checked_schema_ids"):
        if isinstance(getattr(schema_checker, name, None), list) and not getattr(
            schema_checker, name
        ):
            setattr(schema_checker, name, _SeenIds())


def _plainer(message: str, instance: Any) -> str:
    """The validator's wording where it says less than it could."""
    if (
        message == "'required' is a required property"
        and isinstance(instance, dict)
        and instance.get("in") == "path"
    ):
        return (
            f"path parameter {instance.get('name')!r} needs `required: true` "
            "(a path parameter is always required)"
        )
    return message


_STATUS = re.compile(r"^(?:[1-5](?:[0-9]{2}|XX)|default|x-.*)$")


def _status_problems(spec: Spec) -> Iterator[Problem]:
    """A response key that is no HTTP status (`abcdef`): said as such, where the validator
    would only say that the Responses Object does not match."""
    for section in ("paths", "webhooks"):
        for name, item in (spec.data.get(section) or {}).items():
            for method, op in item.items() if isinstance(item, dict) else ():
                responses = op.get("responses") if isinstance(op, dict) else None
                for status in responses if isinstance(responses, dict) else ():
                    if not _STATUS.match(str(status)):
                        yield spec.problem(
                            pointer(section, name, method, "responses", status),
                            f"response status {status!r} is not an HTTP status code "
                            "(100-599, 1XX-5XX or default)",
                        )


def _unknown_text_keys(message: str, instance: Any) -> Iterator[str]:
    """The unexpected keys an error names, when every one of them holds text (an annotation
    such as `title`); nothing when any holds structure (a misspelt keyword stays an error)."""
    match = _UNEXPECTED.match(message)
    if not match or not isinstance(instance, dict):
        return
    keys = [k.replace("\\'", "'") for k in _KEY.findall(match.group(1) or match.group(2))]
    if keys and all(isinstance(instance.get(k), str) and not k.startswith("x-") for k in keys):
        yield from keys


def _const_as_enum(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a 3.0 document whose `const: X` reads `enum: [X]` (what it means), so the
    3.0 validator, which does not know `const`, checks the rest."""
    found = [owner for owner, key, _ in iter_keywords(data) if key == "const"]
    if not found:
        return data
    result = copy.deepcopy(data)
    for owner in found:
        node = resolve(result, "#" + owner)
        if isinstance(node, dict) and "enum" not in node:
            node["enum"] = [node.pop("const")]
    return result


def first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line if len(line) <= 300 else line[:297] + "..."
