"""Python names and literals made from untrusted spec text, decided in one place."""

from __future__ import annotations

import builtins
import keyword
import re
import textwrap
import unicodedata

from . import layout

# Names the generated client and server modules use themselves; a parameter may not shadow them.
RESERVED = frozenset(
    {
        "self",
        "cls",
        "body",
        "timeout",
        "idempotency_key",
        "models",
        "typing",
        "request",
        "response",
        "headers",
        "query",
        "path",
    }
    | {"ops", "result", "httpx", "pydantic", "abc"}
    # The call shape: keyword body fields, the checked body, items, the helpers called.
    | {"fields", "sent", "item", "request_body", "check_options"}
)
# Module names the generated classes refer to in their bodies and annotations: a method of the
# same name (an operationId) would shadow them inside the class, and the client's own methods.
CLASS_SCOPE_NAMES = frozenset(
    {"models", "typing", "httpx", "ops", "abc", "pydantic", "time", "dt", "functools", "copy"}
    | {"close", "aclose", "with_options"}
)
# Keyword arguments of the generated client's constructor (and its locals): no credential's.
CLIENT_OPTIONS = frozenset(
    {"self", "base_url", "timeout", "retry", "rate_limiter", "transport", "runtime_options"}
    | {"credentials", "ops"}
)
_BIDI_AND_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A word is, in order of preference: a brand written in capitals around a short lower-case
# joint (`SELLinALL`), a plural acronym (`URLs`, `IDs`), an acronym before a capitalised word
# (`HTTP` in `HTTPServer`), a capitalised or lower-case word, a bare acronym, or digits.
_WORDS = re.compile(
    r"[A-Z]{2,}[a-z]{1,3}[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)"
    r"|[A-Z]{2,}s(?![a-z])"
    r"|[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+"
)


def words(text: str) -> list[str]:
    """The words of an identifier, acronym-aware: `imageURLs` -> image, URLs;
    `asnIDs` -> asn, IDs; `SELLinALLId` -> SELLinALL, Id."""
    text = unicodedata.normalize("NFKC", text)
    ascii_text = text.encode("ascii", "ignore").decode()
    return _WORDS.findall(ascii_text)


def snake(text: str, fallback: str = "value") -> str:
    """A safe snake_case identifier: never a keyword, builtin shadow or leading digit."""
    name = "_".join(w.lower() for w in words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in dir(builtins)
        or name in RESERVED
    ):
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
    """Spec prose made safe to place in a docstring or comment: one kind of newline, unusual
    spaces as spaces, and nothing that does not print — no control, bidi, invisible, private
    or unassigned characters."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    text = _BIDI_AND_INVISIBLE.sub("", text)
    return "".join(_printable_or_space(c) for c in text).strip()


def _printable_or_space(char: str) -> str:
    if char.isprintable() or char in "\n\t":
        return char
    return " " if unicodedata.category(char) == "Zs" else ""


def wrap(text: str, width: int) -> str:
    """Re-flow each paragraph of `text` to `width` columns."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
        if p
    )


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


def method_name_problem(name: str) -> str | None:
    """Why `name` cannot be a method of the generated classes, or None when it can."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    if name in dir(builtins):
        return "shadows a Python builtin inside the generated classes"
    if name in CLASS_SCOPE_NAMES:
        return "is a name the generated client and server classes use themselves"
    return None


_PROTECTED_NAMESPACES = ("model_dump", "model_validate")
# Public attributes of pydantic's BaseModel a field may not shadow (`json`, `copy`, `schema`...).
_MODEL_ATTRIBUTES = frozenset(
    {"copy", "dict", "json", "schema", "schema_json", "construct", "validate", "fields"}
    | {"parse_obj", "parse_raw", "parse_file", "from_orm", "update_forward_refs"}
)


def field_name(property_name: str) -> str:
    """The Python field name of a JSON property: acronym-aware snake_case (`imageURLs` ->
    `image_urls`), never a keyword, a leading digit, a pydantic protected namespace
    (`model_dump` -> `field_model_dump`) or a BaseModel attribute (`json` -> `json_`)."""
    name = "_".join(w.lower() for w in words(property_name)) or "field"
    if name[0].isdigit() or name.startswith(_PROTECTED_NAMESPACES):
        name = f"field_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _MODEL_ATTRIBUTES:
        name += "_"
    return name


def protected_field_aliases(property_names: set[str]) -> dict[str, str]:
    """Python names for properties whose field would start with one of pydantic's protected
    namespaces (pydantic warns about those on import): `model_dump` -> `field_model_dump`."""
    snake = {name: "_".join(w.lower() for w in words(name)) for name in property_names}
    names = sorted(name for name, field in snake.items() if field.startswith(_PROTECTED_NAMESPACES))
    fields = unique(["field_" + snake[name] for name in names])
    return dict(zip(names, fields, strict=True))


def title(text: str) -> str:
    """A one-line title templates may place anywhere: in a comment, inside a docstring, in
    Markdown. Backslashes and double quotes (which could end or bend a docstring) become
    `/` and `'`; a title is display text, so the change costs nothing."""
    return comment(text).replace("\\", "/").replace('"', "'")


def literal(value: object) -> str:
    """A Python literal for JSON data (str, int, float, bool, None, list, tuple, dict)."""
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} has no JSON literal")
        return repr(value).replace("e+", "e")  # black's spelling: 1e16, not 1e+16
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + "".join(literal(v) + ", " for v in value).rstrip(" ") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not JSON data: {type(value).__name__}")


def toml_string(value: str) -> str:
    """A TOML basic string, ASCII only (TOML has no escapes for surrogates, so `json.dumps`'s
    surrogate pairs for characters beyond U+FFFF are not TOML)."""
    out = []
    for char in value:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif 0xD800 <= code <= 0xDFFF:
            continue  # a lone surrogate is no character at all
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    return '"' + "".join(out) + '"'


def _string_literal(value: str) -> str:
    # Escapes as repr() does, plus every non-ASCII character (bidi overrides and lookalikes
    # cannot hide in generated code), quoted as black quotes strings.
    return layout.string_literal(value)
