"""The tolerant field types put into the generated models.

datamodel-code-generator writes `Status`, `datetime`, `date` and `float` in annotations; the
models use the runtime's tolerant types instead (`_types.py` in every package): an enum field
is `OpenEnum[Status]` (unlisted values kept), a date-time `DateTime` (unparsable text kept, the
wire text sent back), a number `Number` (whole numbers without `.0`). The edit is made on the
source text at the annotation's own names, so everything else stays as generated.
"""

from __future__ import annotations

import ast

from . import source_edits

# datamodel-code-generator imports `datetime as datetime_aliased` when a field is called
# `datetime` (and likewise `date`): those spellings are the same types.
_SCALARS = {
    "datetime": "DateTime",
    "date": "Date",
    "float": "Number",
    "datetime_aliased": "DateTime",
    "date_aliased": "Date",
    "Base64Str": "Base64",  # format: byte (pydantic's own type would require UTF-8)
    "bytes": "File",  # format: binary
}
# The runtime module each tolerant type comes from (the rest are in `_types.py`).
_MODULES = {"Base64": "_files", "File": "_files"}
_ENUM_BASES = {"StrEnum": "OpenEnum", "IntEnum": "OpenIntEnum"}


def use_tolerant_types(source: str) -> str:
    """`source` (a models module) with every enum, date, date-time and number annotation
    replaced by the runtime's tolerant type, and the import of those types added."""
    tree = ast.parse(source)
    enums = _open_enums(tree)
    # A schema may be called `Number` or `DateTime`: then the runtime's type is imported as `_X`.
    taken = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    spelling = {
        t: f"_{t}" if t in taken else t for t in (*_SCALARS.values(), *_ENUM_BASES.values())
    }
    at = source_edits.Positions(source)
    edits: list[tuple[int, int, str]] = []
    used: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name in enums:
            continue
        annotations: list[ast.expr] = [b for b in node.bases if isinstance(b, ast.Subscript)]
        annotations += [item.annotation for item in node.body if isinstance(item, ast.AnnAssign)]
        for annotation in annotations:
            for name in _type_names(annotation):
                replacement = _replacement(name.id, enums)
                if replacement is None:
                    continue
                kind, _, rest = replacement.partition("[")
                replacement = spelling[kind] + ("[" + rest if rest else "")
                edits.append((*at.span(name), replacement))
                used.add(replacement.partition("[")[0])
    source = source_edits.apply(source, edits)
    return _drop_unused_datetime(_add_import(source, used)) if used else source


def _open_enums(tree: ast.Module) -> dict[str, str]:
    """Enum class name -> the open type for it (`OpenEnum` for str, `OpenIntEnum` for int)."""
    enums = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                if isinstance(base, ast.Name) and base.id in _ENUM_BASES:
                    enums[node.name] = _ENUM_BASES[base.id]
    return enums


def _replacement(name: str, enums: dict[str, str]) -> str | None:
    if name in enums:
        return f"{enums[name]}[{name}]"
    return _SCALARS.get(name)


def _type_names(node: ast.AST) -> list[ast.Name]:
    """The names used as types in an annotation: not inside calls (`Field(...)` arguments) or
    attribute accesses (`Status.ACTIVE`), and not string constants."""
    if isinstance(node, ast.Name):
        return [node]
    if isinstance(node, (ast.Call, ast.Attribute, ast.Constant)):
        return []
    names: list[ast.Name] = []
    for child in ast.iter_child_nodes(node):
        names.extend(_type_names(child))
    return names


def _add_import(source: str, used: set[str]) -> str:
    """The import of the tolerant types, after the module's last top-level import."""
    tree = ast.parse(source)
    imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    by_module: dict[str, list[str]] = {}
    for name in sorted(used):
        module = _MODULES.get(name.lstrip("_"), "_types")
        by_module.setdefault(module, []).append(
            f"{name[1:]} as {name}" if name.startswith("_") else name
        )
    line = "".join(
        f"from ..{module} import {', '.join(names)}\n"
        for module, names in sorted(by_module.items())
    )
    if not imports:
        return line + source
    lines = source_edits.lines(source)
    after = imports[-1].end_lineno or imports[-1].lineno
    return "".join(lines[:after]) + line + "".join(lines[after:])


def _drop_unused_datetime(source: str) -> str:
    """`from datetime import ...` (and pydantic's `Base64Str`) without the names no annotation
    uses any more."""
    source = _drop_unused(source, "datetime", frozenset())
    return _drop_unused(source, "pydantic", frozenset({"Base64Str"}))


def _drop_unused(source: str, module: str, only: frozenset[str]) -> str:
    """`from <module> import ...` without the unused names (of `only`, when given)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == module:
            keep = [
                alias.name + (f" as {alias.asname}" if alias.asname else "")
                for alias in node.names
                if (alias.asname or alias.name) in used or (only and alias.name not in only)
            ]
            lines = source_edits.lines(source)
            text = f"from {module} import {', '.join(keep)}\n" if keep else ""
            begin, end = node.lineno - 1, node.end_lineno or node.lineno
            return "".join(lines[:begin]) + text + "".join(lines[end:])
    return source
