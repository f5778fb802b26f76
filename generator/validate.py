"""Stage 2: validate loaded specs. Every problem of every spec is collected, none raised alone."""

from __future__ import annotations

import json
import keyword
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import jsonschema

# The pure-Python backend, always: with jsonschema-rs installed (Schemathesis brings it) the
# validator would word its messages differently, and our reports must not depend on that.
os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")

from . import naming
from .extensions import VOCABULARY
from .formats import FORMAT_CHECKER
from .load import Spec
from .problems import Problem, pointer
from .security import check_requirements
from .spec.openapi import first_line as _first_line
from .spec.openapi import openapi_problems
from .spec.refs import is_schema, reference_problems
from .spec.unions import repeated_one_of_errors, repeated_one_of_members
from .url_credentials import check_url_credentials
from .walk import deref, iter_keywords, iter_operations, resolve

_OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_SCHEMA_REF = re.compile(r"^#/components/schemas/([^/]+)$")
_HTTP_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # RFC 9110 field names


def validate_specs(specs: list[Spec], strict: bool = False) -> list[Problem]:
    problems: list[Problem] = []
    for spec in specs:
        problems.extend(validate_spec(spec, strict))
    return sorted(problems)


def validate_spec(spec: Spec, strict: bool = False) -> list[Problem]:
    """Every problem of `spec`: see `check_spec`."""
    return check_spec(spec, strict)[1]


def check_spec(spec: Spec, strict: bool = False) -> tuple[Spec | None, list[Problem]]:
    """The normalised spec (None when it has errors) and every problem of `spec`.

    The document is validated as given (OpenAPI 3.0 or 3.1, chosen by its `openapi` field),
    then normalised (`spec.normalise`), then checked for what vendorgen itself reads (its own
    `x-` vocabulary, names, examples). `strict` adds the house style of specs/ (named body
    schemas, snake_case operationIds, PascalCase schema names, only known `x-`, OpenAPI 3.1)
    as errors on the document as given."""
    from .spec.normalise import is_openapi_30, normalise

    ref_problems = list(reference_problems(spec))
    if ref_problems:
        # The OpenAPI validator cannot walk a document with dangling or external references.
        return None, ref_problems
    ignored: list[str] = []
    if strict:
        problems = _house_problems(spec)
    else:
        problems, ignored = openapi_problems(spec, strict=False)
        problems.extend(_guarded(spec, problems, (_check_unique_methods,)))
        if any(p.level == "error" for p in problems) and not is_openapi_30(spec.data):
            problems.extend(_guarded(spec, problems, (_check_examples,)))
    if any(p.level == "error" for p in problems):
        return None, problems
    normalised = normalise(spec, ignored)
    if isinstance(normalised, list):
        return None, problems + normalised
    later = _guarded(
        normalised,
        problems,
        (
            _check_extensions,
            _check_names,
            _header_name_warnings,
            repeated_one_of_members,
            _check_examples,
            _check_unique_methods,
            check_requirements,
            check_url_credentials,
        ),
    )
    problems = sorted(set(problems) | set(later))
    if any(p.level == "error" for p in problems):
        return None, problems
    return replace(normalised, warnings=tuple(problems)), problems


def _house_problems(spec: Spec) -> list[Problem]:
    """The document as given against the house style (`validate --strict`)."""
    problems = openapi_problems(spec, strict=True)[0]
    checks = (
        _check_extensions,
        _check_operations,
        _check_schema_names,
        _check_names,
        _check_header_names,
        repeated_one_of_errors,
        _check_examples,
        check_requirements,
        check_url_credentials,
    )
    return problems + _guarded(spec, problems, checks)


def _guarded(spec: Spec, earlier: list[Problem], checks: tuple[Any, ...]) -> list[Problem]:
    problems: list[Problem] = []
    for check in checks:
        try:
            problems.extend(check(spec))
        except (KeyError, TypeError, AttributeError, ValueError, IndexError):
            # The document's structure is broken in a way the OpenAPI validator reported.
            if not (earlier or problems):
                raise
    return problems


def _operation_ids(at: str, op: dict[str, Any]) -> list[tuple[Any, str]]:
    """An operation's operationId and those of its `x-variants`, each with its pointer."""
    ids = [(op.get("operationId"), f"{at}/operationId")]
    ids += [
        (v.get("operationId"), f"{at}/x-variants/{i}")
        for i, v in enumerate(op.get("x-variants", []))
    ]
    return ids


def _check_unique_methods(spec: Spec) -> Iterator[Problem]:
    """Derived method names are unique; `x-variants` add their own, which must not clash."""
    seen: dict[str, str] = {}
    for section, name, method, op in iter_operations(spec.data):
        at = pointer(section, name, method)
        for op_id, where in _operation_ids(at, op):
            if isinstance(op_id, str) and op_id in seen:
                yield spec.problem(where, f"operationId {op_id!r} is already used at {seen[op_id]}")
            if isinstance(op_id, str):
                seen.setdefault(op_id, where)


def _kind_of(owner: str) -> set[str]:
    """Which OpenAPI object kinds the object at `owner` is (see extensions.VOCABULARY)."""
    parts = owner.split("/")[1:]
    kinds: set[str] = set()
    if not parts:
        kinds.add("root")
    if len(parts) == 3 and parts[0] in ("paths", "webhooks"):
        kinds.add("operation")
        if parts[0] == "webhooks":
            kinds.add("webhook")
    if (len(parts) >= 2 and parts[-2] == "parameters") or (
        parts[:2] == ["components", "parameters"] and len(parts) == 3
    ):
        kinds.add("parameter")
    if parts[:2] == ["components", "securitySchemes"] and len(parts) == 3:
        kinds.add("securityScheme")
    if len(parts) >= 2 and parts[-2] == "responses":
        kinds.add("response")
    if (parts[:2] == ["components", "schemas"] and len(parts) >= 3) or "schema" in parts:
        kinds.add("schema")
    return kinds


def _check_extensions(spec: Spec) -> Iterator[Problem]:
    for owner, key, value in iter_keywords(spec.data):
        if not key.startswith("x-"):
            continue
        at = f"{owner}/{key}"
        if key not in VOCABULARY:
            yield spec.problem(
                at, f"unknown extension {key!r} (see specs/README.md for the vocabulary)"
            )
            continue
        places, schema = VOCABULARY[key]
        if "*" not in places and not places & _kind_of(owner):
            yield spec.problem(
                at, f"{key} is not allowed here; it belongs on: {', '.join(sorted(places))}"
            )
            continue
        for error in jsonschema.Draft202012Validator(schema).iter_errors(value):
            yield spec.problem(
                at + pointer(*error.absolute_path), f"{key}: {_first_line(error.message)}"
            )
    yield from _check_extension_targets(spec)


def _check_extension_targets(spec: Spec) -> Iterator[Problem]:
    """Extensions that name operations or parameters must name real ones."""
    operation_ids = {op.get("operationId") for _, _, _, op in iter_operations(spec.data)}
    for name, scheme in ((spec.data.get("components") or {}).get("securitySchemes") or {}).items():
        exchange = scheme.get("x-token-exchange") if isinstance(scheme, dict) else None
        if exchange and exchange.get("operation") not in operation_ids:
            at = pointer("components", "securitySchemes", name, "x-token-exchange", "operation")
            yield spec.problem(at, f"no operation has operationId {exchange.get('operation')!r}")
    for section, name, method, op in iter_operations(spec.data):
        paging = op.get("x-pagination")
        if not paging:
            continue
        params = {deref(spec.data, p).get("name") for p in op.get("parameters", [])}
        if paging.get("params-in", "query") == "query":
            for key in ("page-param", "size-param"):
                if key in paging and paging[key] not in params:
                    at = pointer(section, name, method, "x-pagination", key)
                    yield spec.problem(at, f"the operation has no parameter {paging[key]!r}")


def _check_operations(spec: Spec) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for section, name, method, op in iter_operations(spec.data):
        at = pointer(section, name, method)
        for op_id, where in _operation_ids(at, op):
            if not isinstance(op_id, str):
                yield spec.problem(
                    where if op_id is not None else at, "every operation needs an operationId"
                )
                continue
            if (
                not _OPERATION_ID.match(op_id)
                or keyword.iskeyword(op_id)
                or keyword.issoftkeyword(op_id)
            ):
                yield spec.problem(
                    where,
                    f"operationId {op_id!r} must be snake_case ({_OPERATION_ID.pattern}) "
                    "and not a Python keyword",
                )
            elif naming.method_name_problem(op_id):
                reason = naming.method_name_problem(op_id)
                yield spec.problem(
                    where, f"operationId {op_id!r} {reason}; choose a more specific name"
                )
            elif op_id in seen:
                yield spec.problem(where, f"operationId {op_id!r} is already used at {seen[op_id]}")
            seen.setdefault(op_id, where)
        yield from _check_bodies(spec, at, op)


def _check_bodies(spec: Spec, at: str, op: dict[str, Any]) -> Iterator[Problem]:
    responses = op.get("responses") or {}
    if not any(str(code).startswith("2") for code in responses):
        yield spec.problem(f"{at}/responses", "an operation needs at least one 2xx response")
    bodies: list[tuple[str, Any]] = []
    if "requestBody" in op:
        bodies.append((f"{at}/requestBody", deref(spec.data, op["requestBody"])))
    for code, response in responses.items():
        bodies.append((f"{at}/responses/{code}", deref(spec.data, response)))
    for where, body in bodies:
        for media, content in (body.get("content") or {}).items():
            schema = content.get("schema") if isinstance(content, dict) else None
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if not (isinstance(ref, str) and _SCHEMA_REF.match(ref)):
                yield spec.problem(
                    f"{where}/content/{media.replace('/', '~1')}/schema",
                    "body schemas must be a $ref to #/components/schemas/<Name> "
                    "(the name is the model class)",
                )


def _check_schema_names(spec: Spec) -> Iterator[Problem]:
    for name in (spec.data.get("components") or {}).get("schemas") or {}:
        if not _SCHEMA_NAME.match(name) or keyword.iskeyword(name):
            yield spec.problem(
                pointer("components", "schemas", name),
                f"schema name {name!r} must be PascalCase ({_SCHEMA_NAME.pattern}); "
                "it becomes a class name",
            )


def _check_names(spec: Spec) -> Iterator[Problem]:
    """Wire names that would become broken code or broken requests."""
    for owner, key, value in iter_keywords(spec.data):
        if key == "properties" and isinstance(value, dict):
            for name in value:
                if unicodedata.normalize("NFKC", name) != name:
                    normal = unicodedata.normalize("NFKC", name)
                    yield spec.problem(
                        f"{owner}/properties/{name.replace('~', '~0').replace('/', '~1')}",
                        f"property name {name!r} is not in Unicode NFKC form; Python reads it as "
                        f"{normal!r}, which can merge it with another field",
                    )
        elif key == "enum" and isinstance(value, list):
            yield from _check_enum_values(spec, f"{owner}/enum", value)
    for section in ("paths", "webhooks"):
        for name in spec.data.get(section) or {}:
            if not all(c.isprintable() for c in name):
                kind = "path" if section == "paths" else "webhook name"
                message = f"{kind} {name!r} contains control or invisible characters"
                yield spec.problem(pointer(section, name), message)


def _check_header_names(spec: Spec, level: str = "error") -> Iterator[Problem]:
    """A header parameter whose name no HTTP message can carry (`header param`). Valid
    OpenAPI, so outside --strict only a warning: the calls that send it fail."""
    for owner, key, value in iter_keywords(spec.data):
        if key == "name" and isinstance(value, str) and not _HTTP_TOKEN.match(value):
            node = resolve(spec.data, "#" + owner) if owner else spec.data
            if isinstance(node, dict) and node.get("in") == "header":
                message = f"header name {value!r} is not a valid HTTP field name"
                printable = value.isprintable() and value.isascii()
                if level != "error" and printable:
                    message += "; the calls that send it will fail"
                yield spec.problem(f"{owner}/name", message, level=level if printable else "error")


def _header_name_warnings(spec: Spec) -> Iterator[Problem]:
    return _check_header_names(spec, "warning")


def _check_enum_values(spec: Spec, where: str, values: list[Any]) -> Iterator[Problem]:
    """JSON tells 1, 1.0 and true apart; a Python enum makes the later ones aliases of the first."""
    for index, value in enumerate(values):
        for earlier in values[:index]:
            if earlier == value and type(earlier) is not type(value):
                yield spec.problem(
                    f"{where}/{index}",
                    f"enum values {json.dumps(earlier)} and {json.dumps(value)} "
                    "are equal in Python; "
                    "the generated enum would merge them",
                )
                break


def _check_examples(spec: Spec) -> Iterator[Problem]:
    for owner, key, value in iter_keywords(spec.data):
        if key == "default" and is_schema(owner):
            yield from _check_instance(spec, f"{owner}/default", owner, value, "default")
        elif key == "example":
            target = _schema_for(spec, owner)
            if target is not None:
                yield from _check_instance(spec, f"{owner}/example", target, value)
        elif key == "examples" and isinstance(value, dict):
            target = _schema_for(spec, owner)
            for name, example in value.items():
                example = deref(spec.data, example)
                if target is not None and isinstance(example, dict) and "value" in example:
                    where = f"{owner}/examples/{name.replace('~', '~0').replace('/', '~1')}/value"
                    yield from _check_instance(spec, where, target, example["value"])
        elif key == "examples" and isinstance(value, list) and is_schema(owner):
            for index, item in enumerate(value):
                yield from _check_instance(spec, f"{owner}/examples/{index}", owner, item)


def _schema_for(spec: Spec, owner: str) -> str | None:
    """The pointer of the schema an `example(s)` at `owner` must match, if any."""
    if is_schema(owner):
        return owner
    node = resolve(spec.data, "#" + owner) if owner else spec.data
    if isinstance(node, dict) and "schema" in node:
        return f"{owner}/schema"
    return None


def _check_instance(
    spec: Spec, where: str, schema_ptr: str, instance: Any, what: str = "example"
) -> Iterator[Problem]:
    schema = {"$ref": "urn:spec#" + schema_ptr}
    validator = jsonschema.Draft202012Validator(
        schema, registry=_registry(spec), format_checker=FORMAT_CHECKER
    )
    try:
        errors = sorted(
            validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
        )
    except re.error as exc:  # an ECMA-262 pattern Python's re cannot read (`^[\w-.]+$`)
        message = f"{what} not checked: a pattern here is not a Python regular expression ({exc})"
        yield spec.problem(where, message, level="warning")
        return
    for error in errors:
        at = where + pointer(*error.absolute_path)
        yield spec.problem(at, f"{what} does not match its schema: {_first_line(error.message)}")


def _registry(spec: Spec) -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resource: Resource[Any] = DRAFT202012.create_resource(spec.data)
    return Registry().with_resource("urn:spec", resource)
