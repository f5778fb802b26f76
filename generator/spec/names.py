"""Derived names: a Python-safe PascalCase class name for every component schema (with every
`$ref` to it rewritten) and a method name for every operation (its operationId, or its method
and path when it has none)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from typing import Any

from .. import naming
from ..problems import pointer
from ..walk import iter_keywords, iter_operations, resolve

CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
METHOD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
SCHEMAS = "#/components/schemas/"
# Names datamodel-code-generator keeps for its own imports in the models module (StrEnum and
# IntEnum when the module has enums): a schema so named would be renamed by it, silently
# (found by generating a schema of each import's name; tests/hostile/schema_names_shadow_imports).
TAKEN_BY_MODELS = frozenset({"BaseModel", "ConfigDict", "StrEnum", "IntEnum"})


def is_class_name(name: str) -> bool:
    return (
        bool(CLASS_NAME.match(name)) and not keyword.iskeyword(name) and name not in TAKEN_BY_MODELS
    )


def class_name(text: str, taken: set[str]) -> str | None:
    """A PascalCase class name for `text` that is not in `taken`: its words, then with
    `Schema` or `Model` after them (never a number); None when all are taken."""
    base = naming.pascal(text, "Schema")
    for name in (base, f"{base}Schema", f"{base}Model"):
        if name not in taken and is_class_name(name):
            return name
    return None


def rename_schemas(data: dict[str, Any], origins: dict[str, str]) -> list[tuple[str, str]]:
    """Give every component schema a class name (`cart_Full` -> `CartFull`) and rewrite the
    references to it. Returns (pointer, message) for names that cannot be derived."""
    schemas = (data.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return []
    taken = {name for name in schemas if is_class_name(name)}
    renamed: dict[str, str] = {}
    problems = []
    for name in schemas:
        if is_class_name(name):
            continue
        new = class_name(name, taken)
        if new is None:
            problems.append((pointer("components", "schemas", name), "no free class name"))
            continue
        taken.add(new)
        renamed[name] = new
    if not renamed:
        return problems
    data["components"]["schemas"] = {renamed.get(k, k): v for k, v in schemas.items()}
    for old, new in renamed.items():
        origins[pointer("components", "schemas", new)] = pointer("components", "schemas", old)
    rewrite_refs(data, {SCHEMAS + _token(o): SCHEMAS + _token(n) for o, n in renamed.items()})
    return problems


def _token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def rewrite_refs(data: dict[str, Any], moved: dict[str, str]) -> None:
    """Point every `$ref` (and discriminator mapping) that starts with a key of `moved` at
    its value instead."""

    def new(ref: str) -> str:
        for old, target in moved.items():
            if ref == old or ref.startswith(old + "/"):
                return target + ref[len(old) :]
        return ref

    for owner, key, value in list(_refs(data)):
        node = resolve(data, "#" + owner) if owner else data
        if key == "$ref":
            node["$ref"] = new(value)
        else:  # a discriminator's mapping
            for name, ref in value.items():
                if isinstance(ref, str):
                    value[name] = new(ref) if ref.startswith("#") else ref
    return None


def _refs(data: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for owner, key, value in iter_keywords(data):
        if key == "$ref" and isinstance(value, str):
            yield owner, key, value
        elif key == "discriminator" and isinstance(value, dict):
            mapping = value.get("mapping")
            if isinstance(mapping, dict):
                yield owner, "mapping", mapping


def name_operations(data: dict[str, Any]) -> list[str]:
    """Set every operation's operationId to its method name: the operationId when it already
    is one (snake_case, no Python keyword or builtin), else its acronym-aware snake_case
    (`getUserList` -> `get_user_list`), or, without one, method and path (`post /pet/{id}` ->
    `post_pet_id`). Clashes get `_2`, `_3`... Returns the method names."""
    operations = list(iter_operations(data))
    names = []
    for _, path, method, op in operations:
        given = op.get("operationId")
        if isinstance(given, str) and METHOD_NAME.match(given) and not _problem(given):
            names.append(given)
            continue
        name = naming.snake(given if isinstance(given, str) else f"{method} {path}", "operation")
        names.append(name + "_" if _problem(name) else name)
    unique = naming.unique(names)
    for (_, _, _, op), name in zip(operations, unique, strict=True):
        op["operationId"] = name
    return unique


def _problem(name: str) -> bool:
    return bool(naming.method_name_problem(name)) or keyword.iskeyword(name)
