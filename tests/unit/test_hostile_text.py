"""The helpers behind the hostile-spec fixes: names the generated classes reserve, titles safe
anywhere, TOML strings, printable problem messages, escaped literals, protected field names."""

from __future__ import annotations

import ast
import tomllib

import pytest
from vendorgen import naming
from vendorgen.problems import Problem, printable
from vendorgen.render import escape_hidden_characters


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("list", "builtin"),
        ("type", "builtin"),
        ("close", "use themselves"),
        ("models", "use themselves"),
        ("match", "keyword"),
        ("get_order", None),
    ],
)
def test_method_names_the_generated_classes_cannot_take(name: str, reason: str | None) -> None:
    problem = naming.method_name_problem(name)
    assert (problem is None) if reason is None else (reason in str(problem))


@pytest.mark.parametrize("text", ['A "quoted" \\ title', 'ends with "', '"""', "two\nlines \\N{"])
def test_title_is_safe_inside_a_docstring(text: str) -> None:
    title = naming.title(text)
    module = f'"""Client of {title}."""\n'
    assert ast.get_docstring(ast.parse(module)) == f"Client of {title}."
    assert "\n" not in title


@pytest.mark.parametrize(
    "text", ["plain", 'q"uote \\ back', "emoji \U0001f600", "nul \x00 \u2028", "\ud800lone"]
)
def test_toml_string_round_trips(text: str) -> None:
    parsed = tomllib.loads(f"x = {naming.toml_string(text)}")["x"]
    assert parsed == text.replace("\ud800", "")
    assert naming.toml_string(text).isascii()


def test_clean_text_keeps_only_what_prints() -> None:
    text = "a\u202eb\u200bc\x00d\ud7fce\u00a0f\u2028g\r\nh"
    assert naming.clean_text(text) == "abcde f\ng\nh"


def test_problem_render_escapes_terminal_control_and_keeps_the_caret() -> None:
    problem = Problem(
        "x.yaml", 3, "/a\u202eb", "name '\x1b[2J' is bad", 12, excerpt="  key: \x1b[2J value"
    )
    lines = problem.render().splitlines()
    assert lines[0] == "x.yaml:3: error: /a\\u202eb: name '\\x1b[2J' is bad"
    assert lines[1] == "      key: \\x1b[2J value"
    assert lines[2] == "    " + " " * len("  key: \\x1b[2J") + "^"
    assert printable("tab\tok") == "tab\\tok"


def test_hidden_characters_in_literals_are_escaped_without_changing_values() -> None:
    source = 'class K:\n    A = "x\u202ey"\n    B = "\u200b"\n    C = "caf\u00e9"\n'
    escaped = escape_hidden_characters(source)
    assert escaped.isascii() or "\u00e9" in escaped
    assert all(c.isprintable() or c == "\n" for c in escaped)
    values = [node.value.value for node in ast.parse(escaped).body[0].body]  # type: ignore[attr-defined]
    assert values == ["x\u202ey", "\u200b", "caf\u00e9"]
    assert escape_hidden_characters("x = 1\n") == "x = 1\n"


def test_protected_pydantic_names_get_field_prefixed_aliases() -> None:
    aliases = naming.protected_field_aliases(
        {"model_dump", "modelValidate", "model_config", "name"}
    )
    assert aliases == {"modelValidate": "field_model_validate", "model_dump": "field_model_dump"}
