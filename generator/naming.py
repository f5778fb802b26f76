"""Python names and literals made from untrusted spec text, decided in one place."""

from __future__ import annotations

import builtins
import keyword
import re
import textwrap
import unicodedata

# Names the generated client and server modules use themselves; a parameter may not shadow them.
RESERVED = frozenset(
    {"self", "cls", "body", "timeout", "idempotency_key", "models", "typing", "request", "response", "headers", "query", "path"}
)
_BIDI_AND_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text)
    ascii_text = text.encode("ascii", "ignore").decode()
    return _WORDS.findall(ascii_text)


def snake(text: str, fallback: str = "value") -> str:
    """A safe snake_case identifier: never a keyword, builtin shadow or leading digit."""
    name = "_".join(w.lower() for w in words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in dir(builtins) or name in RESERVED:
        name += "_"
    return name


def pascal(text: str, fallback: str = "Value") -> str:
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    return f"{fallback}{name}" if name[0].isdigit() else name


def unique(names: list[str]) -> list[str]:
    """Make names unique in order, suffixing `_2`, `_3`... to later clashes."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name.rstrip('_')}_{n}"
        seen.add(candidate)
        result.append(candidate)
    return result


def clean_text(text: str) -> str:
    """Spec prose made safe to place in a docstring or comment: one kind of newline, no
    invisible or bidi-control characters, no other control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _BIDI_AND_INVISIBLE.sub("", text)
    return "".join(c for c in text if c == "\n" or c == "\t" or unicodedata.category(c) != "Cc").strip()


def wrap(text: str, width: int) -> str:
    """Re-flow each paragraph of `text` to `width` columns."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs if p)


def docstring(text: str, indent: str = "") -> str:
    """A complete triple-quoted docstring literal for `text`, escaped so it cannot end early."""
    text = wrap(clean_text(text), max(96 - len(indent), 40))
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{body}"""'
    joined = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{joined}\n{indent}"""'


def comment(text: str) -> str:
    """Text safe for a single `#` comment line."""
    return " ".join(clean_text(text).split())


def literal(value: object) -> str:
    """A Python literal for JSON data (str, int, float, bool, None, list, tuple, dict)."""
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} has no JSON literal")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + "".join(literal(v) + ", " for v in value).rstrip(" ") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not JSON data: {type(value).__name__}")


def _string_literal(value: str) -> str:
    # repr() escapes quotes, backslashes and control characters; we also escape every
    # non-ASCII character so bidi overrides and lookalikes cannot hide in generated code.
    return repr(value).encode("ascii", "backslashreplace").decode("ascii")
