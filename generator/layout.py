"""Black's line layout for the generated code, without running black.

Templates write every statement or item on one line; `relayout` splits each line longer than
black's limit the way black would (right-hand split at the last bracket, collections exploded
one item per line with a trailing comma, a long union annotation parenthesised and split at
`|`). Together with `string_literal` (black's quote preference) the rendered modules are
already black-formatted; the models' long statements reuse it too (model_split.py), so black
need not run at all. `tests/unit/test_layout.py` and `tests/unit/test_black_stable.py` hold
this against black itself.

Only the shapes templates produce are handled: names, literals, calls, subscripts, keyword
arguments, dict items, `|` unions, `=` assignments and `return`. A line outside that subset is
left as it is, and the black-stability test names it.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass

LINE_LENGTH = 100  # as black's mode in fmt.py
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = frozenset(_OPEN.values())


def string_literal(value: str) -> str:
    """`value` as black writes a string: double quotes unless that needs more escapes;
    every non-ASCII character escaped (nothing can hide in generated code)."""
    # repr of a string holding both quote kinds uses single quotes and escapes them: the
    # two-character lead makes repr choose that form, then it is cut off again.
    single = repr("'\"" + value)[4:-1].encode("ascii", "backslashreplace").decode("ascii")
    if value.count('"') > value.count("'"):
        return f"'{single}'"
    return '"' + single.replace("\\'", "'").replace('"', '\\"') + '"'


def literal_lines(text: str, indent: int = 0) -> list[str]:
    """The lines black makes of one statement or item written on one line at `indent`."""
    return lay(indent, text.strip(), inside=text.rstrip().endswith(","))


def relayout(source: str) -> str:
    """Every line longer than the limit split as black would; other lines untouched."""
    lines = source.split("\n")
    if not any(_needs_layout(line) for line in lines):
        return source
    out: list[str] = []
    in_string = False  # inside a triple-quoted string (a docstring): text, never code
    previous = ""  # the last non-blank line before this one, as written
    for line in lines:
        starts_in_string = in_string
        in_string ^= (line.count('"""') + line.count("'''")) % 2 == 1
        if starts_in_string or in_string or not _needs_layout(line):
            out.append(line)
        else:
            stripped = line.lstrip(" ")
            inside = stripped.endswith(",") or previous.rstrip()[-1:] in ("(", "[", "{", ",")
            out.extend(lay(len(line) - len(stripped), stripped, inside))
        if line.strip():
            previous = line
    return "\n".join(out)


def _needs_layout(line: str) -> bool:
    return len(line) > LINE_LENGTH or has_magic_comma(line.strip())


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # column in the line
    end: int
    depth: int  # bracket depth before the token (an opening bracket at depth d has depth d)
    match: int = -1  # index of the matching bracket, for brackets


def tokens_of(text: str) -> list[Token] | None:
    """The line's tokens with bracket depths, or None if it is not a balanced expression."""
    try:
        raw = [
            t
            for t in tokenize.generate_tokens(io.StringIO(text).readline)
            if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)
            and t.type not in (tokenize.INDENT, tokenize.DEDENT)
        ]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    if any(t.type == tokenize.COMMENT or t.start[0] != 1 for t in raw):
        return None
    tokens: list[Token] = []
    stack: list[int] = []
    for t in raw:
        if t.string in _CLOSE:
            if not stack or _OPEN[tokens[stack[-1]].text] != t.string:
                return None
            opener = stack.pop()
            tokens[opener] = Token(**{**tokens[opener].__dict__, "match": len(tokens)})
            tokens.append(Token(t.string, t.start[1], t.end[1], len(stack), opener))
        else:
            tokens.append(Token(t.string, t.start[1], t.end[1], len(stack)))
            if t.string in _OPEN:
                stack.append(len(tokens) - 1)
    return None if stack else tokens


def lay(indent: int, text: str, inside: bool) -> list[str]:
    pad = " " * indent
    if indent + len(text) <= LINE_LENGTH and not has_magic_comma(text):
        return [pad + text]
    tokens = tokens_of(text)
    if not tokens:
        return [pad + text]
    if inside:
        pieces = split_at(text, tokens, ",")
        if len(pieces) > 1:  # one item per line, each with its comma (black adds the last)
            return [line for piece in pieces for line in lay(indent, piece + ",", True)]
        annotated = _annotation_split(indent, text, tokens)
        if annotated:
            return annotated
        pieces = split_at(text, tokens, "|")
        if len(pieces) > 1 and not text.endswith(","):
            lines = lay(indent, pieces[0], True)
            return lines + [ln for p in pieces[1:] for ln in lay(indent, "| " + p, True)]
    return _right_hand_split(indent, text, tokens, inside)


def has_magic_comma(text: str) -> bool:
    """A trailing comma black keeps exploded: before any closing bracket, except in a
    one-tuple and a one-item subscript (a one-argument call explodes)."""
    if ",)" not in text and ",]" not in text and ",}" not in text:
        return False
    tokens = tokens_of(text)
    for i, token in enumerate(tokens or ()):
        if token.text not in _CLOSE or tokens is None or tokens[i - 1].text != ",":
            continue
        opener = token.match
        if token.text == "}":
            return True
        inner = tokens[opener + 1 : i]
        single = sum(1 for t in inner if t.depth == token.depth + 1 and t.text == ",") == 1
        trailer = is_trailer(tokens, opener)
        if not single or (trailer if token.text == ")" else not trailer):
            return True
    return False


def split_at(text: str, tokens: list[Token] | None, delimiter: str) -> list[str]:
    """The parts of `text` between `delimiter`s at bracket depth 0 (a trailing one dropped)."""
    tokens = tokens if tokens is not None else tokens_of(text)
    if tokens is None:
        return [text]
    cuts = [t for t in tokens if t.depth == 0 and t.text == delimiter]
    pieces, begin = [], 0
    for cut in cuts:
        pieces.append(text[begin : cut.start].strip())
        begin = cut.end
    pieces.append(text[begin:].strip())
    return [p for p in pieces if p] if pieces[-1] == "" else pieces


def is_trailer(tokens: list[Token], opener: int) -> bool:
    """A call or subscript (`f(`, `x[`) rather than a literal or parenthesised atom."""
    if opener == 0:
        return False
    before = tokens[opener - 1].text
    return before in _CLOSE or (before.isidentifier() and before not in ("return", "in", "not"))


def _annotation_split(indent: int, text: str, tokens: list[Token]) -> list[str] | None:
    """`name: A | B = default,` (a parameter): black parenthesises the long union."""
    if len(tokens) < 3 or not tokens[0].text.isidentifier() or tokens[1].text != ":":
        return None
    end = next(
        (i for i, t in enumerate(tokens) if i > 1 and t.depth == 0 and t.text in ("=", ",")),
        len(tokens),
    )
    annotation = text[tokens[2].start : tokens[end - 1].end]
    if len(split_at(annotation, None, "|")) < 2:
        return None
    pad = " " * indent
    rest = text[tokens[end - 1].end :].lstrip()
    rest = (" " + rest) if rest.startswith("=") else rest
    return [
        f"{pad}{tokens[0].text}: (",
        *lay(indent + 4, annotation, True),
        f"{pad}){rest}",
    ]


def _right_hand_split(indent: int, text: str, tokens: list[Token], inside: bool) -> list[str]:
    """Split at the last bracket pair: head + opening bracket, the body indented, the rest."""
    close = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].text in _CLOSE), None)
    if close is None or close - tokens[close].match < 2 or tokens[close].depth != 0:
        return _wrap_in_parentheses(indent, text, tokens, inside)
    return bracket_split(indent, text, tokens, close)


def bracket_split(indent: int, text: str, tokens: list[Token], close: int) -> list[str]:
    """Split at the bracket pair closed by `tokens[close]`: head + opening bracket, the body
    indented (a collection or a trailing comma exploded one item per line), the rest."""
    pad = " " * indent
    opener = tokens[close].match
    head = text[: tokens[opener].end]
    body = text[tokens[opener].end : tokens[close].start].strip()
    tail = text[tokens[close].start :]
    items = split_at(body, None, ",")
    trailing = body.endswith(",")
    one_tuple = tokens[opener].text == "(" and len(items) == 1 and not is_trailer(tokens, opener)
    collection = not is_trailer(tokens, opener)
    explode = (len(items) > 1 and collection) or (trailing and not one_tuple)
    if explode:
        lines = [ln for item in items for ln in lay(indent + 4, item + ",", True)]
    else:
        lines = lay(indent + 4, body, True)
    return [pad + head, *lines, pad + tail]


def _wrap_in_parentheses(indent: int, text: str, tokens: list[Token], inside: bool) -> list[str]:
    """`name = atom` or `return atom` too long: black wraps the atom in parentheses when that
    makes it fit; an atom that fits nowhere stays on its line."""
    pad = " " * indent
    if inside:
        return [pad + text]
    if tokens[0].text == "return":
        head, value = "return", text[tokens[1].start :]
    else:
        equals = next((t for t in tokens if t.depth == 0 and t.text == "="), None)
        if equals is None:
            return [pad + text]
        head, value = text[: equals.end], text[equals.end :].strip()
    if indent + 4 + len(value) > LINE_LENGTH:
        return [pad + text]
    return [f"{pad}{head} (", f"{pad}    {value}", f"{pad})"]
