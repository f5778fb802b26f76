"""Stage 5: every Python module as black writes it, without running black when we can.

The runtime copies and the modules rendered from templates are already written as black
writes them (layout.py). The models module (datamodel-code-generator's output) is printed as
black would by model_layout.py, for the shapes it knows: strings, numbers, blank lines and
long lines of the statements the models hold. On anything outside that subset it declines,
cheaply and explicitly: a comment other than the header, a decorator, function or other
compound statement, a line it cannot fit within black's limit, non-ASCII text near the limit
(black measures display width), a string spanning lines inside code. Then, and only then,
black (pinned in pyproject) formats that file in-process, so the output is always black's and
a normal run never imports black. tests/unit/test_black_stable.py holds the printer against
black with the fallback disabled (specs, focused cases, corpus documents, random schemas).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .model_layout import black_layout

if TYPE_CHECKING:
    from black.mode import Mode


class FormatError(Exception):
    pass


def format_files(
    files: dict[str, str], preformatted: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Every file as black writes it; those already known to be black-formatted untouched."""
    return {
        path: text if path in preformatted else format_source(path, text)
        for path, text in files.items()
    }


def format_source(path: str, text: str) -> str:
    if not path.endswith(".py"):
        return text if text.endswith("\n") else text + "\n"
    laid_out = black_layout(text)
    return laid_out if laid_out is not None else run_black(path, text)


def run_black(path: str, text: str) -> str:
    """The fallback: black itself on `text` (imported only now)."""
    import black

    first, newline, rest = text.partition("\n")
    try:
        if first.startswith("# ") and newline:
            # The header names the spec; black never reflows a comment, so the rest is
            # formatted under a fixed header (one cache entry whatever the spec's name).
            return first + newline + _black("#\n" + rest).partition("\n")[2]
        return _black(text)
    except black.parsing.InvalidInput as exc:
        raise FormatError(f"{path}: rendered code does not parse: {exc}") from exc


def black_mode() -> Mode:
    """Black's settings for generated code (line length as layout.LINE_LENGTH)."""
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311}, line_length=100)


@functools.lru_cache(maxsize=64)
def _black(text: str) -> str:
    # A text formatted twice in one process (tests render the same spec again) costs once.
    import black

    return black.format_str(text, mode=black_mode())
