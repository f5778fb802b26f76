"""Black's split of one long statement of the models module (model_layout.py).

The long statements the models hold are annotated fields and aliases (`name: Annotation =
value`, `name: Annotation`, `Name: TypeAlias = value`), enum members (`NAME = value`) and
imports. Black splits a long statement at its last bracket pair, an assignment's value and an
annotation counting as wrapped in invisible parentheses; it then tries to do without those
optional parentheses (black 26.10.1, `linegen.py`: `_maybe_split_omitting_optional_parens`,
`_prefer_split_rhs_oop_over_rhs`; `lines.py`: `can_omit_invisible_parens`). This module follows
those rules for expressions made of names, literals, brackets, `.` and `|`, and raises
Unsupported for anything else (fmt.py then runs black). Bodies inside the chosen brackets are
laid out by layout.py.
"""

from __future__ import annotations

import keyword

from . import layout

LINE_LENGTH = layout.LINE_LENGTH
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
_CONSTANTS = frozenset({"None", "True", "False"})


class Unsupported(Exception):
    """A shape outside the subset this printer guarantees."""


def split_statement(indent: int, text: str) -> list[str]:
    """The lines black makes of `text`, a statement longer than the limit at `indent`."""
    tokens = layout.tokens_of(text)
    if not tokens:
        raise Unsupported("not one balanced statement")
    if tokens[0].text == "from":
        lines = _import(indent, text, tokens)
        if len(lines[0]) > LINE_LENGTH:
            raise Unsupported("an import too long to split")
        return lines
    top = [i for i, t in enumerate(tokens) if t.depth == 0 and t.text in (":", "=")]
    marks = [tokens[i].text for i in top]
    if marks not in ([":"], ["="], [":", "="]) or top[0] != 1 or not tokens[0].text.isidentifier():
        raise Unsupported("not `name: annotation = value`")
    name = tokens[0].text
    annotation = value = None
    if marks[0] == ":":
        end = tokens[top[1]].start if len(top) == 2 else len(text)
        annotation = text[tokens[top[0]].end : end].strip()
    if marks[-1] == "=":
        value = text[tokens[top[-1]].end :].strip()
    lines = _assignment(indent, name, annotation, value)
    if len(lines) > 1 and len(lines[0]) > LINE_LENGTH:
        raise Unsupported("a first line too long: black would try other brackets")
    return lines


def _assignment(indent: int, name: str, annotation: str | None, value: str | None) -> list[str]:
    pad = " " * indent
    lhs = name if annotation is None else f"{name}: {annotation}"
    if value is None:
        assert annotation is not None
        return _annotation(indent, name, annotation, "")
    value_tokens = _expression(value)
    parenthesised = [f"{pad}{lhs} = (", *layout.lay(indent + 4, value, True), f"{pad})"]
    if not _can_omit_parentheses(value_tokens):
        return parenthesised
    pair = _last_pair(value_tokens)
    head_fits = len(f"{pad}{lhs} = (") <= LINE_LENGTH
    if pair is not None:  # split inside the value, or keep the parentheses around it
        opener = value_tokens[pair].match
        closing_before = any(t.text in _CLOSING for t in value_tokens[:opener])
        head = f"{pad}{lhs} = {value[: value_tokens[opener].end]}"
        if annotation is None or not head_fits or closing_before or len(head) <= LINE_LENGTH:
            prefix = f"{lhs} = "
            return layout.bracket_split(indent, prefix + value, _shift(value_tokens, prefix), pair)
        return parenthesised
    if len(value_tokens) == 1 and indent + 4 + len(value) > LINE_LENGTH:
        if annotation is None:
            return [f"{pad}{lhs} = {value}"]  # an atom too long for any line: black leaves it
        raise Unsupported("an atom too long for any line")
    if annotation is None or head_fits:
        return parenthesised
    return _annotation(indent, name, annotation, f" = {value}")


def _annotation(indent: int, name: str, annotation: str, rest: str) -> list[str]:
    """Split the annotation (its invisible parentheses, or its own last bracket pair)."""
    pad = " " * indent
    tokens = _expression(annotation)
    if _can_omit_parentheses(tokens):
        pair = _last_pair(tokens)
        if pair is not None:
            prefix = f"{name}: "
            text = prefix + annotation + rest
            return layout.bracket_split(indent, text, _shift(tokens, prefix), pair)
        if len(tokens) == 1 and indent + 4 + len(annotation) > LINE_LENGTH:
            raise Unsupported("an atom too long for any line")
    return [f"{pad}{name}: (", *layout.lay(indent + 4, annotation, True), f"{pad}){rest}"]


def _expression(text: str) -> list[layout.Token]:
    """The tokens of an annotation or value made of names, literals, brackets, `.` and `|`
    (at the top level: inside brackets layout.py takes over); Unsupported otherwise."""
    tokens = layout.tokens_of(text)
    if not tokens:
        raise Unsupported("not a balanced expression")
    previous = ""
    for index, token in enumerate(tokens):
        word = token.text
        if token.depth == 0 and word not in _OPENING and word not in _CLOSING:
            string = word[-1] in "'\""
            if string and previous[-1:] in ("'", '"'):
                raise Unsupported("implicit string concatenation")
            ok = (
                string
                or word == "|"
                or (word == "." and previous not in _CLOSING and index > 0)
                or (word == "-" and index == 0)
                or (word.isidentifier() and (not keyword.iskeyword(word) or word in _CONSTANTS))
                or word[0].isdigit()
            )
            if not ok:
                raise Unsupported(f"{word!r} in an expression")
        previous = word
    return tokens


def _can_omit_parentheses(tokens: list[layout.Token]) -> bool:
    """Black's `can_omit_invisible_parens` for these expressions: no `|` at the top level
    (nothing to split at inside the parentheses), yes; several, no; one, mostly no."""
    bars = sum(1 for t in tokens if t.depth == 0 and t.text == "|")
    if bars != 1:
        return bars == 0
    first, last = tokens[0], tokens[-1]
    if (
        first.text in _OPENING
        or last.text in (")", "}")
        or (last.text == "]" and not layout.is_trailer(tokens, last.match))
    ):
        raise Unsupported("one `|` beside a bracket")
    return False


def _last_pair(tokens: list[layout.Token]) -> int | None:
    """The index of the last closing bracket of a non-empty pair (black skips empty ones)."""
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        if token.text in _CLOSING:
            if index - token.match > 1:
                return index
            index = token.match
        index -= 1
    return None


def _shift(tokens: list[layout.Token], prefix: str) -> list[layout.Token]:
    """`tokens` as positioned after `prefix` is put in front of their text."""
    n = len(prefix)
    return [layout.Token(t.text, t.start + n, t.end + n, t.depth, t.match) for t in tokens]


def _import(indent: int, text: str, tokens: list[layout.Token]) -> list[str]:
    """`from x import a, b` too long: black parenthesises the names, one per line."""
    pad = " " * indent
    keyword_index = next((i for i, t in enumerate(tokens) if t.text == "import"), None)
    if keyword_index is None or any(t.text in _OPENING for t in tokens):
        raise Unsupported("an import black would split differently")
    names = [n.strip() for n in text[tokens[keyword_index].end :].split(",")]
    head = text[: tokens[keyword_index].end]
    return [f"{pad}{head} (", *(f"{pad}    {n}," for n in names), f"{pad})"]
