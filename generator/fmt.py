"""Stage 5: one in-process black pass over every Python file, black pinned in pyproject."""

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
            # The header names the spec, so it differs per api; black never reflows a comment,
            # so format the rest under a fixed header and the shared modules hit the cache.
            return first + newline + _black("#\n" + rest).partition("\n")[2]
        return _black(text)
    except black.parsing.InvalidInput as exc:
        raise FormatError(f"{path}: rendered code does not parse: {exc}") from exc


@functools.lru_cache(maxsize=64)
def _black(text: str) -> str:
    # Most of black's time goes to the runtime and server support modules, which are the same
    # text for every api (but the header): format each distinct text once per process.
    return black.format_str(text, mode=MODE)
