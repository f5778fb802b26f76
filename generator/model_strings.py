"""Black's spelling of string and number literals, for the models module (model_layout.py).

A port of black 26.10.1 (MIT; `black/strings.py`, `black/numerics.py` and the docstring branch
of `LineGenerator.visit_STRING` in `black/linegen.py`), kept to the letter so that the models
come out as black writes them without importing black: prefixes lowercased, double quotes
unless they need more escapes, hex escapes lowercased, docstrings re-indented and stripped,
numbers normalised. Values never change. `tests/unit/test_black_stable.py` holds the result
against black itself; when black is upgraded, re-read these functions against its source.
"""

from __future__ import annotations

import re
import sys

LINE_LENGTH = 100  # as black's mode in fmt.py
_PREFIX_CHARS = "fturbFTURB"
_UNICODE_ESCAPE = re.compile(
    r"(?P<backslashes>\\+)(?P<body>"
    r"(u(?P<u>[a-fA-F0-9]{4}))"
    r"|(U(?P<U>[a-fA-F0-9]{8}))"
    r"|(x(?P<x>[a-fA-F0-9]{2}))"
    r"|(N\{(?P<N>[a-zA-Z0-9 \-]{2,})\})"
    r")?"
)
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")  # the only line breaks Python's parser knows
_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")


def string(token: str, docstring_depth: int | None = None) -> str:
    """One string token as black writes it; `docstring_depth` (the block depth) when the token
    is a docstring (the first statement of the module or of a class or function body)."""
    token = _lower_hex_escapes(token)
    if docstring_depth is not None and not _BACKSLASH_NEWLINE.search(token):
        token = _docstring(token, " " * 4 * docstring_depth)
    return _quotes(_prefix(token))


def number(token: str) -> str:
    """black's `normalize_numeric_literal`: lowercase, hex digits upper, `1e+5` -> `1e5`."""
    text = token.lower()
    if text.startswith(("0o", "0b")):
        return text
    if text.startswith("0x"):
        return text[:2] + text[2:].upper()
    if "e" in text:
        before, after = text.split("e")
        sign = "-" if after.startswith("-") else ""
        return f"{_float(before)}e{sign}{after.lstrip('+-')}"
    if text.endswith("j"):
        return _float(text[:-1]) + "j"
    return _float(text)


def _float(text: str) -> str:
    if "." not in text:
        return text
    before, after = text.split(".")
    return f"{before or 0}.{after or 0}"


def _lower_hex_escapes(token: str) -> str:
    if "r" in prefix_of(token).lower():
        return token

    def replace(m: re.Match[str]) -> str:
        slashes = m.group("backslashes")
        if m.group("body") is None or len(slashes) % 2 == 0:
            return m.group(0)
        for kind in "uUx":
            if m.group(kind):
                return slashes + kind + m.group(kind).lower()
        return slashes + "N{" + m.group("N").upper() + "}"

    return _UNICODE_ESCAPE.sub(replace, token)


def prefix_of(token: str) -> str:
    """A string token's prefix letters (`rb`, `f`, ...), as written."""
    return token[: len(token) - len(token.lstrip(_PREFIX_CHARS))]


def _prefix(token: str) -> str:
    """Prefixes lowercased, `u` dropped, `r` first."""
    prefix = prefix_of(token)
    new = prefix.replace("F", "f").replace("B", "b").replace("U", "").replace("u", "")
    if len(new) == 2 and new[0].lower() != "r":
        new = new[::-1]
    return new + token[len(prefix) :]


def _sub_twice(regex: re.Pattern[str], replacement: str, text: str) -> str:
    return regex.sub(replacement, regex.sub(replacement, text))


def _quotes(token: str) -> str:
    """Double quotes unless that needs more escapes (black's `normalize_string_quotes`)."""
    value = token.lstrip(_PREFIX_CHARS)
    if value[:3] == '"""':
        return token
    if value[:3] == "'''":
        orig, new = "'''", '"""'
    elif value[0] == '"':
        orig, new = '"', "'"
    else:
        orig, new = "'", '"'
    first = token.find(orig)
    prefix = token[:first]
    unescaped_new = re.compile(rf"(([^\\]|^)(\\\\)*){new}")
    escaped_new = re.compile(rf"([^\\]|^)\\((?:\\\\)*){new}")
    escaped_orig = re.compile(rf"([^\\]|^)\\((?:\\\\)*){orig}")
    body = token[first + len(orig) : -len(orig)]
    if "r" in prefix.casefold():
        if unescaped_new.search(body):
            return token  # an unescaped new quote in a raw string: cannot convert
        new_body = body
    else:
        new_body = _sub_twice(escaped_new, rf"\1\2{new}", body)
        if body != new_body:  # unnecessary escapes removed: that is the original now
            body = new_body
            token = f"{prefix}{orig}{body}{orig}"
        new_body = _sub_twice(escaped_orig, rf"\1\2{orig}", new_body)
        new_body = _sub_twice(unescaped_new, rf"\1\\{new}", new_body)
    if new == '"""' and _ends_with_unescaped_quote(new_body):
        new_body = new_body[:-1] + '\\"'
    if new_body.count("\\") > body.count("\\"):
        return token  # never more escapes
    if new_body.count("\\") == body.count("\\") and orig == '"':
        return token  # double quotes preferred
    return f"{prefix}{new}{new_body}{new}"


def _ends_with_unescaped_quote(body: str) -> bool:
    if body[-1:] != '"':
        return False
    preceding = body[:-1]
    return (len(preceding) - len(preceding.rstrip("\\"))) % 2 == 0


def _docstring(token: str, indent: str) -> str:
    """black's docstring treatment: re-indented, stripped, padded away from its quotes."""
    multiline = token.lstrip(_PREFIX_CHARS)[:3] in ('"""', "'''") and "\n" in token
    docstring = _quotes(_prefix(token))
    prefix = prefix_of(docstring)
    docstring = docstring[len(prefix) :]
    quote_char = docstring[0]
    quote_len = 1 if docstring[1] != quote_char else 3
    docstring = docstring[quote_len:-quote_len]
    started_empty = not docstring
    docstring = _fix_multiline(docstring, indent) if multiline else docstring.strip()
    trailing_backslash = False
    if docstring:
        if docstring[0] == quote_char:
            docstring = " " + docstring
        if docstring[-1] == quote_char:
            docstring += " "
        backslashes = len(docstring) - len(docstring.rstrip("\\"))
        if backslashes % 2:  # an odd number would escape the closing quote
            docstring += " "
            trailing_backslash = True
    elif not started_empty:
        docstring = " "
    quote = quote_char * quote_len
    if quote_len == 3:
        lines = docstring.splitlines()
        last = len(lines[-1]) if docstring and not docstring.endswith("\n") else 0
        if (
            len(lines) > 1
            and last + quote_len > LINE_LENGTH
            and len(indent) + quote_len <= LINE_LENGTH
            and not trailing_backslash
        ):
            if token[-1 - quote_len] == "\n":
                return prefix + quote + docstring + quote
            return prefix + quote + docstring + "\n" + indent + quote
    return prefix + quote + docstring + quote


def _fix_multiline(docstring: str, prefix: str) -> str:
    """PEP 257 indentation handling, as black does it (leading tabs expanded to 4)."""
    lines = [_expand_leading_tabs(line) for line in _LINE_BREAK.split(docstring)]
    indent = sys.maxsize
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = min(indent, len(line) - len(stripped))
    trimmed = [lines[0].strip()]
    if indent < sys.maxsize:
        last = len(lines) - 2
        for i, line in enumerate(lines[1:]):
            stripped_line = line[indent:].rstrip()
            trimmed.append(prefix + stripped_line if stripped_line or i == last else "")
    return "\n".join(trimmed)


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip()
    if not stripped or stripped == line:
        return line
    width = len(line) - len(stripped)
    return line[:width].expandtabs(4) + stripped
