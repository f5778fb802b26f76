"""The fields of the generated request models, as typed keyword parameters of client methods.

`client.create_order(order_id="A1", items=[...])` is checked by mypy like the model would be:
each keyword carries its field's own annotation, read from the rendered models module and
re-spelled for the client module (`Status` -> `models.Status`, `OpenEnum[...]` ->
`_types.OpenEnum[...]`, `Annotated[T, Field(...)]` -> `T`). An array is taken as any sequence
but a str (`list[T]` -> `SequenceNotStr[T]`): `list` is invariant, so a caller's
`list[Item]` would not be a `list[Item | dict[str, Any]]`. Inside a `dict` a list stays a
list (`dict` is invariant in its values too: `dict[str, SequenceNotStr[str]]` would refuse
the caller's `dict[str, list[str]]`).
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass

from . import naming

__all__ = ["RESERVED", "Keyword", "body_keywords", "union_aliases"]

# Names a client method's parameters and body use (its locals start with `_`, which no field
# does): a field so named is given in `body=` only.
RESERVED = frozenset(
    {
        "self", "body", "fields", "timeout", "extra_headers", "retry", "idempotency_key",
        "typing", "models", "ops", "request_body",
    }
)  # fmt: skip

_BUILTINS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object", "None"}
)
_TYPING = frozenset({"Any", "Literal"})
# The runtime's tolerant types (generator/runtime/_types.py); `_Number` when a schema is `Number`.
_RUNTIME = frozenset({"OpenEnum", "OpenIntEnum", "DateTime", "Date", "Number"})


@dataclass(frozen=True)
class Keyword:
    """One body field as a keyword parameter: its Python name and client-side annotation."""

    name: str
    annotation: str


def body_keywords(source: str) -> dict[str, tuple[Keyword, ...]]:
    """Model class name -> its fields as keywords, for every BaseModel of a models module."""
    tree = ast.parse(source)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    qualify = _Qualify({c.name for c in classes}, {c.name for c in classes if _is_model(c)})
    qualify.runtime = {  # `from .._files import File`: the runtime's types, by their module
        alias.asname or alias.name: f"{node.module}.{alias.name}"
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module
        for alias in node.names
    }
    qualify.builtins = {  # `from builtins import list as list_aliased` (a field named `list`)
        alias.asname or alias.name: alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "builtins"
        for alias in node.names
    }
    result: dict[str, tuple[Keyword, ...]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and _is_model(node)):
            continue
        result[node.name] = tuple(
            Keyword(item.target.id, _quoted(ast.unparse(qualify.visit(item.annotation))))
            for item in node.body
            if isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and item.target.id != "model_config"
        )
    return result


def union_aliases(source: str) -> set[str]:
    """Names of the type aliases that are unions of models (a body given as any member)."""
    tree = ast.parse(source)
    return {
        node.target.id
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and isinstance(node.value, ast.BinOp)
    }


def _quoted(text: str) -> str:
    """`text` with its string literals (Literal values) quoted as black quotes them."""
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    for token in reversed([t for t in tokens if t.type == tokenize.STRING]):
        begin, end = token.start[1], token.end[1]  # one line: ast.unparse writes one
        text = text[:begin] + naming.literal(ast.literal_eval(token.string)) + text[end:]
    return text


def _is_model(node: ast.ClassDef) -> bool:
    return any(isinstance(b, ast.Name) and b.id == "BaseModel" for b in node.bases)


class _Qualify(ast.NodeTransformer):
    """An annotation of the models module, spelled for the client module."""

    def __init__(self, classes: set[str], models: set[str]) -> None:
        self.classes = classes  # the module's own classes (a schema may be called `Number`)
        self.models = models  # of which BaseModels: given as the model or as its JSON dict
        self.builtins: dict[str, str] = {}
        self.runtime: dict[str, str] = {}
        self.in_dict = 0  # how deep inside `dict[...]` the visit is

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        if isinstance(node.value, ast.Name) and node.value.id == "Annotated":
            first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            return self.visit(first)  # type: ignore[no-any-return]
        if isinstance(node.value, ast.Name) and node.value.id == "Literal":
            node.value = self.visit(node.value)
            return node  # the values stay as written
        container = self._builtin(node.value)
        self.in_dict += container == "dict"
        self.generic_visit(node)
        self.in_dict -= container == "dict"
        if container == "list" and not self.in_dict:
            node.value = ast.Name(id="SequenceNotStr", ctx=ast.Load())
        return node

    def _builtin(self, node: ast.expr) -> str | None:
        """The builtin a name spells (`list`, or `list_aliased` imported from builtins)."""
        if not isinstance(node, ast.Name):
            return None
        return node.id if node.id in _BUILTINS else self.builtins.get(node.id)

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in _BUILTINS:
            return node
        if node.id in self.builtins:
            return _dotted("builtins", self.builtins[node.id])
        if node.id in self.models:
            return ast.BinOp(_dotted("models", node.id), ast.BitOr(), _JSON_OBJECT)
        if node.id in self.classes:
            return _dotted("models", node.id)
        if node.id in _TYPING:
            return _dotted("typing", node.id)
        if node.id in self.runtime:
            module, _, name = self.runtime[node.id].partition(".")
            return _dotted(module, name)
        if node.id.lstrip("_") in _RUNTIME:
            return _dotted("_types", node.id.lstrip("_"))
        return _dotted("models", node.id)

    def visit_Constant(self, node: ast.Constant) -> ast.expr:
        if isinstance(node.value, str) and node.value.isidentifier():  # a forward reference
            return self.visit_Name(ast.Name(id=node.value, ctx=ast.Load()))
        return node


_JSON_OBJECT = ast.parse("dict[str, typing.Any]", mode="eval").body


def _dotted(module: str, name: str) -> ast.expr:
    return ast.Attribute(value=ast.Name(id=module, ctx=ast.Load()), attr=name, ctx=ast.Load())
