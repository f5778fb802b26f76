"""Stage 5: black, in-process and pinned in pyproject, on what is not already black-formatted:
the models (datamodel-code-generator's output). The runtime copies and the modules rendered from
templates are written as black writes them (layout.py; tests/unit/test_black_stable.py)."""

from __future__ import annotations

import functools

import black
from black.mode import Mode, TargetVersion

MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)


class FormatError(Exception):
    pass


def format_files(
    files: dict[str, str], preformatted: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Black every file but those already known to be black-formatted."""
    return {
        path: text if path in preformatted else format_source(path, text)
        for path, text in files.items()
    }


def format_source(path: str, text: str) -> str:
    if not path.endswith(".py"):
        return text if text.endswith("\n") else text + "\n"
    first, newline, rest = text.partition("\n")
    try:
        if first.startswith("# ") and newline:
            # The header names the spec; black never reflows a comment, so the rest is
            # formatted under a fixed header (one cache entry whatever the spec's name).
            return first + newline + _black("#\n" + rest).partition("\n")[2]
        return _black(text)
    except black.parsing.InvalidInput as exc:
        raise FormatError(f"{path}: rendered code does not parse: {exc}") from exc


@functools.lru_cache(maxsize=64)
def _black(text: str) -> str:
    # A text formatted twice in one process (tests render the same spec again) costs once.
    return black.format_str(text, mode=MODE)
