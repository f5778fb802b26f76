"""Root models become type aliases: nothing in a generated package must be unwrapped.

datamodel-code-generator writes a schema that is not an object (a scalar, a union, a list) as a
pydantic `RootModel`, so a user reads `code.root` (`== "SGD"` is False), `amount.root.root`,
and a list response is not a list. Here each such class becomes a type alias of the type it
wraps, under the same name, so it stays importable for annotations:

- `CurrencyCode: TypeAlias = str`, `Amount: TypeAlias = Number | str`;
- `DiamondStockList: TypeAlias = list[DiamondStock]` — a list body is a plain list and a list
  response parses (with a pydantic TypeAdapter) into a plain list;
- a recursive alias (`Json`, or an array of itself, which datamodel-code-generator leaves as
  an untyped `RootModel[list]`) is a `TypeAliasType`, which both pydantic and mypy resolve.

The edit is made on the source text, class by class, so everything else stays as generated.
"""

from __future__ import annotations

import ast
import inspect
from typing import Any

from . import naming, source_edits

__all__ = ["root_models_to_aliases"]


def root_models_to_aliases(source: str, schemas: dict[str, Any]) -> str:
    """`source` (a models module) with every `RootModel` class replaced by a type alias.
    `schemas` are the component schemas the module was generated from (to type the items of a
    list that refers to itself)."""
    tree = ast.parse(source)
    roots = {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and _is_root_model(node)
    }
    if not roots:
        return source
    at = source_edits.Positions(source)
    edits: list[tuple[int, int, str]] = []
    kinds: set[bool] = set()  # True: a lazy TypeAliasType; False: a plain TypeAlias
    for name, node in roots.items():
        annotation, forward = _annotation(source, at, name, node, schemas)
        kinds.add(forward)
        begin = at.line_start((node.decorator_list[0] if node.decorator_list else node).lineno)
        end = at.line_start((node.end_lineno or node.lineno) + 1)
        edits.append((begin, end, _alias(name, annotation, _doc(node), forward=forward)))
    for stmt in tree.body:  # `Json.model_rebuild()`: aliases have nothing to rebuild
        if _is_rebuild_of(stmt, roots):
            end = at.line_start((stmt.end_lineno or stmt.lineno) + 1)
            edits.append((at.line_start(stmt.lineno), end, ""))
    source = source_edits.apply(source, edits)
    return _fix_imports(source, kinds)


def _is_root_model(node: ast.ClassDef) -> bool:
    return any(
        (isinstance(base, ast.Subscript) and _named(base.value, "RootModel"))
        or _named(base, "RootModel")
        for base in node.bases
    )


def _named(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _is_rebuild_of(node: ast.stmt, roots: dict[str, ast.ClassDef]) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "model_rebuild"
        and isinstance(node.value.func.value, ast.Name)
        and node.value.func.value.id in roots
    )


def _annotation(
    source: str, at: source_edits.Positions, name: str, node: ast.ClassDef, schemas: dict[str, Any]
) -> tuple[str, bool]:
    """The wrapped type's source text, and whether it refers to names not yet defined (itself,
    or a later class: then the alias must be lazy)."""
    root = next(
        (
            item.annotation
            for item in node.body
            if isinstance(item, ast.AnnAssign) and _named(item.target, "root")
        ),
        None,
    )
    text = None
    if root is not None:  # not ast.get_source_segment: it splits the whole module every call
        begin, end = at.span(root)
        text = source[begin:end]
    items = _self_items(name, schemas)
    if text is None or (text == "list" and items):
        # An array of a schema that datamodel-code-generator could not name in the base class.
        text = f'list["{items}"]' if items else "Any"
    forward = any(
        isinstance(sub, ast.Constant) and isinstance(sub.value, str)
        for sub in ast.walk(ast.parse(text, mode="eval"))
    ) or name in {n.id for n in ast.walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name)}
    return " ".join(text.split()), forward


def _self_items(name: str, schemas: dict[str, Any]) -> str | None:
    """The class name of the items of array schema `name`, when they are a `$ref`."""
    schema = schemas.get(name)
    items = schema.get("items") if isinstance(schema, dict) else None
    if isinstance(items, dict) and isinstance(items.get("$ref"), str):
        return str(items["$ref"]).rsplit("/", 1)[1]
    return None


def _doc(node: ast.ClassDef) -> str:
    """The class's description, else the root field's (datamodel-code-generator puts the
    schema's description in either or both)."""
    for item in node.body:
        value = item.value if isinstance(item, ast.Expr) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value.strip():
            return inspect.cleandoc(value.value)
    return ""


def _alias(name: str, annotation: str, doc: str, *, forward: bool) -> str:
    if forward:
        # Names inside the alias are resolved when used. The whole value is one string: mypy
        # cannot resolve `TypeAliasType("A", dict[str, "A"])` ("possible cyclic definition")
        # but resolves `TypeAliasType("A", "dict[str, A]")`; pydantic reads both.
        value = naming.literal(_unquoted(annotation))
        line = f"{name} = TypeAliasType({naming.literal(name)}, {value})\n"
    else:
        line = f"{name}: TypeAlias = {annotation}\n"
    return line + (naming.docstring(doc) + "\n" if doc else "") + "\n\n"


class _Unquote(ast.NodeTransformer):
    """Quoted forward references as bare names; `Literal[...]` values and call arguments
    (`Field(alias="x")`) stay strings."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if _named(node.value, "Literal"):
            return node
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str) and node.value.isidentifier():
            return ast.copy_location(ast.Name(id=node.value, ctx=ast.Load()), node)
        return node


def _unquoted(annotation: str) -> str:
    tree = _Unquote().visit(ast.parse(annotation, mode="eval"))
    return ast.unparse(ast.fix_missing_locations(tree))


def _fix_imports(source: str, kinds: set[bool]) -> str:
    """Drop the unused `RootModel` import; import `TypeAlias` (and `TypeAliasType`)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source_edits.lines(source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "pydantic":
            keep = [a.name for a in node.names if a.name != "RootModel" or "RootModel" in used]
            text = f"from pydantic import {', '.join(keep)}\n" if keep else ""
            if False in kinds:
                text += "from typing import TypeAlias\n"
            if True in kinds:
                text += "from typing_extensions import TypeAliasType\n"
            begin, end = node.lineno - 1, node.end_lineno or node.lineno
            return "".join(lines[:begin]) + text + "".join(lines[end:])
    return source
