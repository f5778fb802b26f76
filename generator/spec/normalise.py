"""Normalise a valid OpenAPI 3.0.x or 3.1.x document into the one 3.1 shape the rest of the
pipeline reads, deriving what the house style would otherwise require of the author:

- 3.0 schemas as 3.1 (`schema30`);
- `x-` extensions outside vendorgen's vocabulary dropped (listed in `Spec.ignored`);
- every component schema name a Python class name, references rewritten (`names`);
- every operationId a method name, or one derived from method and path (`names`);
- inline request and response schemas hoisted into named components (`hoist`);
- an operation with only a `default` response: `default` is its success shape too (a `200`
  is added that says so; `default` stays the shape of every error).

The result is a new `Spec` whose `origins` map each moved pointer back to the document as
written, so problems found later still cite the author's file, line, pointer and caret.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from ..extensions import VOCABULARY
from ..load import Spec
from ..problems import Problem, escape_pointer_token, pointer, unescape_pointer_token
from ..walk import iter_keywords, iter_operations, resolve
from . import schema30
from .hoist import Hoister
from .names import name_operations, rename_schemas


def is_openapi_30(data: dict[str, Any]) -> bool:
    return str(data.get("openapi", "")).startswith("3.0")


def normalise(spec: Spec, unknown_keys: list[str] = ()) -> Spec | list[Problem]:  # type: ignore[assignment]
    """The normalised spec, or the problems that keep vendorgen from deriving it.
    `unknown_keys`: pointers of keys the OpenAPI check found unknown and tolerated."""
    data = copy.deepcopy(spec.data)
    for where in unknown_keys:
        owner, key = where.rsplit("/", 1)
        node = resolve(data, "#" + owner) if owner else data
        if isinstance(node, dict):
            node.pop(unescape_pointer_token(key), None)
    layers: list[dict[str, str]] = []
    if is_openapi_30(data):
        layers.append(schema30.normalise_document(data))
    ignored = drop_unknown_extensions(data)
    string_defaults(data)
    moved: dict[str, str] = {}
    problems = rename_schemas(data, moved)
    name_operations(data)
    problems += Hoister(data, moved).run()
    problems += default_success(data, moved)
    layers.append(moved)
    result = replace(spec, data=data, origins=(*spec.origins, *layers), ignored=tuple(ignored))
    if problems:
        return [result.problem(at, message) for at, message in problems]
    return result


def drop_unknown_extensions(data: dict[str, Any]) -> list[str]:
    """Remove every `x-` extension vendorgen does not read; returns `x-name at pointer` of each.
    (Names that merely start with `x-`, such as a header `x-request-id`, are not extensions.)"""
    unknown = [
        (owner, key)
        for owner, key, _ in iter_keywords(data)
        if key.startswith("x-") and key not in VOCABULARY
    ]
    for owner, key in unknown:
        node = resolve(data, "#" + owner) if owner else data
        if isinstance(node, dict):
            node.pop(key, None)
    return [f"{key} at {owner}/{escape_pointer_token(key)}" for owner, key in unknown]


def string_defaults(data: dict[str, Any]) -> None:
    """A number as the default of a string schema (`type: string, default: 1`) is the text of
    that number, as openapi-python-client reads it (not when a format says what the text is)."""
    for owner, key, value in list(iter_keywords(data)):
        if key != "default" or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        node = resolve(data, "#" + owner) if owner else data
        if isinstance(node, dict) and node.get("type") == "string" and "format" not in node:
            node["default"] = str(value)


def default_success(data: dict[str, Any], moved: dict[str, str]) -> list[tuple[str, str]]:
    """An operation without a 2xx response whose `default` response is its success shape:
    a `200` like `default` is added. Without either, there is no success shape to generate."""
    problems = []
    for section, path, method, op in iter_operations(data):
        given = "responses" in op
        responses = op.get("responses")
        if not isinstance(responses, dict):
            responses = op["responses"] = {}
        if any(str(code).startswith("2") for code in responses):
            continue
        at = pointer(section, path, method, "responses")
        if "default" in responses:
            responses["200"] = copy.deepcopy(responses["default"])
            moved[f"{at}/200"] = f"{at}/default"
        else:
            problems.append(
                (
                    at if given else pointer(section, path, method),
                    "an operation needs a 2xx or a default response: vendorgen generates "
                    "the success shape from it",
                )
            )
    return problems
