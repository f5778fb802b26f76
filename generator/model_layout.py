"""The models module as black writes it, without running black.

datamodel-code-generator writes the models unformatted (`formatters=[]`), and our
post-processing (model_types.py, model_aliases.py) keeps that style. Black would change three
things: string and number spelling (model_strings.py), blank lines (black's
`EmptyLineTracker`, for the statements below) and long lines (model_split.py, layout.py).
This module does the three and nothing else, so `fmt.py` need not run (or import) black.

Blank lines are decided here, from the kind of each statement, rather than in our model
templates: datamodel-code-generator's own templates (enums) and module assembly (imports,
the space between classes) and model_aliases.py write them too, and black's rules depend on
the neighbouring statements, which no single template sees.

It handles a known subset, checked cheaply while scanning: a header comment on the first line
only, then statements that are strings (docstrings), imports, `class X(...):` lines, `pass`
and assignments, one per logical line; line breaks only inside brackets; no string spanning
lines inside code; no f-strings. After layout no code line may be longer than black's limit
(black would try harder there), and a statement holding non-ASCII text may not come near it
(black measures display width). Anything else returns None, and fmt.py runs black instead:
the output is always black's. `tests/unit/test_black_stable.py` holds it against black.
"""

from __future__ import annotations

import io
import keyword
import tokenize
from dataclasses import dataclass

from . import layout, model_split, model_strings
from .model_split import Unsupported

LINE_LENGTH = layout.LINE_LENGTH
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
_STATEMENT_KEYWORDS = frozenset({"class", "from", "import", "pass"})


@dataclass(frozen=True)
class _Statement:
    kind: str  # comment, docstring, string, import, class or code
    depth: int  # block depth
    blank: int  # empty lines before it in the source
    lines: tuple[str, ...]  # as black writes them, indentation included


def black_layout(source: str) -> str | None:
    """`source` as black would write it, or None when it holds a shape not handled here."""
    try:
        statements = _statements(source)
    except (Unsupported, tokenize.TokenError, SyntaxError):
        return None
    out: list[str] = []
    for statement, blank in zip(statements, _blank_lines(statements), strict=True):
        out.extend([""] * blank)
        out.extend(statement.lines)
    return "\n".join(out) + "\n"


def _statements(source: str) -> list[_Statement]:
    """The logical lines of `source`, each laid out; Unsupported outside the subset."""
    if "\f" in source:
        raise Unsupported("a form feed")
    statements: list[_Statement] = []
    current: list[tokenize.TokenInfo] = []
    depth = last_row = 0
    first_in_block = True
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        kind = token.type
        if kind == tokenize.INDENT:
            depth += 1
        elif kind == tokenize.DEDENT:
            depth -= 1
        elif kind == tokenize.COMMENT:
            if current or token.start != (1, 0) or token.string[:2] not in ("# ", "#"):
                raise Unsupported("a comment other than the header")
            statements.append(_Statement("comment", 0, 0, (token.string.rstrip(),)))
            last_row = 1
        elif kind == tokenize.NEWLINE:
            blank = current[0].start[0] - last_row - 1
            statements.append(_statement(current, depth, blank, first_in_block))
            first_in_block = statements[-1].kind == "class"
            last_row, current = token.start[0], []
        elif kind not in (tokenize.NL, tokenize.ENDMARKER):
            current.append(token)
    kinds = [s.kind for s in statements[:2]]
    if kinds[:1] == ["comment"] and kinds[1:] not in ([], ["docstring"]):
        # Black's blank lines after a comment (its "semantic leading comment") are not ours.
        raise Unsupported("the header comment must precede the module docstring")
    return statements


def _statement(
    tokens: list[tokenize.TokenInfo], depth: int, blank: int, first_in_block: bool
) -> _Statement:
    first = tokens[0]
    if first.type == tokenize.STRING:
        return _string_statement(tokens, depth, blank, first_in_block)
    if first.type == tokenize.OP or (
        keyword.iskeyword(first.string) and first.string not in _STATEMENT_KEYWORDS
    ):
        raise Unsupported(f"statement starting with {first.string!r}")
    kind = {"class": "class", "from": "import", "import": "import"}.get(first.string, "code")
    if kind == "class" and (
        tokens[-1].string != ":" or [t.string for t in tokens[-3:-1]] == ["(", ")"]
    ):
        raise Unsupported("a class body on the class line, or empty parentheses")
    if kind == "import" and "(" in (t.string for t in tokens):
        raise Unsupported("a parenthesised import")
    text = _one_line(tokens)
    if text.endswith(",") or ";" in (t.string for t in tokens):
        raise Unsupported("a bare tuple or several statements on a line")
    if 4 * depth + len(text) > LINE_LENGTH and not layout.has_magic_comma(text):
        lines = model_split.split_statement(4 * depth, text)  # declines what it cannot split
    else:
        lines = layout.literal_lines(text, 4 * depth)
        if len(lines[0]) > LINE_LENGTH:
            raise Unsupported("a line black would lay out differently")
    if any(map(_long_but_not_a_string, lines[1:])):
        raise Unsupported("a line black would lay out differently")
    if kind == "class" and len(lines) > 1:
        raise Unsupported("a class line black would split")
    if not text.isascii():
        wide = len(text) + sum(not c.isascii() for c in text)
        if 4 * depth + wide > LINE_LENGTH:
            raise Unsupported("non-ASCII text near the line limit (black measures width)")
    return _Statement(kind, depth, blank, tuple(lines))


def _long_but_not_a_string(line: str) -> bool:
    """Longer than the limit, and not one string item, `"..."` or `name="..."` (which black
    cannot split either: no bracket, no delimiter but the item's own comma)."""
    if len(line) <= LINE_LENGTH:
        return False
    item = line.strip().removesuffix(",")
    name, equals, value = item.partition("=")
    if equals and name.isidentifier():
        item = value
    return not (item[:1] in "'\"" and item[-1:] == item[:1] and _is_one_string(item))


def _is_one_string(text: str) -> bool:
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    return [t.type for t in tokens[:2]] == [tokenize.STRING, tokenize.NEWLINE]


def _string_statement(
    tokens: list[tokenize.TokenInfo], depth: int, blank: int, first_in_block: bool
) -> _Statement:
    """A docstring (first statement of the module or a class) or an attribute's docstring."""
    token = tokens[0]
    prefix = model_strings.prefix_of(token.string)
    if len(tokens) > 1 or set(prefix) & set("fFtT"):
        raise Unsupported("an expression statement beyond a plain string")
    docstring = first_in_block and not set(prefix) & set("bB")
    text = model_strings.string(token.string, depth if docstring else None)
    pad = " " * 4 * depth
    lines = (pad + text).split("\n")
    return _Statement("docstring" if docstring else "string", depth, blank, tuple(lines))


def _one_line(tokens: list[tokenize.TokenInfo]) -> str:
    """The statement on one line: numbers and strings respelt; a line break inside brackets
    becomes nothing after an opening or before a closing bracket, else one space."""
    parts: list[str] = []
    previous: tokenize.TokenInfo | None = None
    depth = 0
    for token in tokens:
        if token.type == tokenize.STRING:
            if token.start[0] != token.end[0]:
                raise Unsupported("a string spanning lines inside code")
            if "f" in model_strings.prefix_of(token.string).lower():
                raise Unsupported("an f-string")
            spelt = model_strings.string(token.string)
        elif token.type == tokenize.NUMBER:
            spelt = model_strings.number(token.string)
        else:
            spelt = token.string
        if previous is not None:
            if previous.end[0] == token.start[0]:
                space = token.line[previous.end[1] : token.start[1]]
                if space not in ("", " "):
                    raise Unsupported("spacing black would change")
                parts.append(space)
            elif depth == 0:
                raise Unsupported("a backslash continuation")
            elif previous.string not in _OPENING and token.string not in _CLOSING:
                parts.append(" ")
        depth += (token.string in _OPENING) - (token.string in _CLOSING)
        parts.append(spelt)
        previous = token
    return "".join(parts)


def _blank_lines(statements: list[_Statement]) -> list[int]:
    """Empty lines before each statement, by black's rules for this subset (its
    `EmptyLineTracker`): at most two at top level and one in a class; two around top-level
    classes, one around nested ones; exactly one after the imports and after the module
    docstring; none before a class docstring and one after it; the rest as written."""
    counts: list[int] = []
    classes: list[int] = []  # depths of the classes still open
    previous: _Statement | None = None
    previous_after = 0
    for index, statement in enumerate(statements):
        depth = statement.depth
        before = min(statement.blank, 2 if depth == 0 else 1)
        user_had_newline = bool(before)
        closed = False
        while classes and classes[-1] >= depth:
            classes.pop()
            closed = True
        if statement.kind == "class":
            classes.append(depth)
        after = 0
        if previous is None:
            before = 0
        elif statement.kind == "docstring" and previous.kind == "class":
            before, after = 0, 1
        elif statement.kind == "class":
            first_in_class = previous.kind == "class" and previous.depth < depth
            before = (1 if user_had_newline else 0) if first_in_class else (1 if depth else 2)
        else:
            before = (1 if depth else 2) if closed else before
            if previous.kind == "import" != statement.kind and depth == previous.depth:
                before = 1 if depth == 0 else before or 1
        before = max(0, before - previous_after)
        if statement.kind != "class" and _is_module_docstring(statements, index - 1):
            before = 1
        counts.append(previous_after + before)
        previous, previous_after = statement, after
    return counts


def _is_module_docstring(statements: list[_Statement], index: int) -> bool:
    """The docstring at `index` opens the module (only comments before it)."""
    statement = statements[index]
    return (
        statement.kind == "docstring"
        and statement.depth == 0
        and all(s.kind == "comment" for s in statements[:index])
    )
