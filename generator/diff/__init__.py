"""`vendorgen diff OLD NEW`: every change between two versions of an OpenAPI 3.0 or
3.1 document, and whom each one breaks: clients of the vendor's API, webhook receivers, or the
vendor.

Layers: source.py reads and validates each spec (OpenAPI's rules only, not the house rules of
`validate`); structure.py and schema_walk.py match old and new objects into typed pairs;
registry.py holds the rules (rules_*.py), each a small function with a stable id and a level;
engine.py runs them; render.py prints text, JSON, Markdown or GitHub Actions annotations.

Exit status: 0 when nothing breaks (or with --no-fail), 1 when something does, 2 when a spec
cannot be read or is invalid, the rules config is wrong, or the comparison itself fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..problems import SpecProblems, display_path
from .engine import diff_sources
from .model import Change
from .registry import RULES, ConfigError, list_rules, load_config
from .render import RENDERERS, render_json, render_markdown, render_text
from .source import Source, read


def main(
    old_path: Path,
    new_path: Path,
    *,
    output: str = "text",
    fail: bool = True,
    config: Path | None = None,
) -> int:
    try:
        levels = load_config(config) if config else {}
        old, new = read(old_path), read(new_path)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpecProblems as problems:
        print(
            problems.render().replace("nothing was written.", "nothing was compared."),
            file=sys.stderr,
        )
        return 2
    try:
        changes = diff_sources(old, new, levels)
    except Exception as exc:  # odd input must never end in a traceback (nor pass with --no-fail)
        print(
            f"error: could not compare {display_path(old_path)} and {display_path(new_path)}: "
            f"{type(exc).__name__}: {exc}. Please report this with both files.",
            file=sys.stderr,
        )
        return 2
    sys.stdout.write(RENDERERS[output](old.spec.file, new.spec.file, changes))
    return 1 if fail and any(c.breaking for c in changes) else 0


__all__ = [
    "RULES",
    "Change",
    "Source",
    "diff_sources",
    "list_rules",
    "main",
    "read",
    "render_json",
    "render_markdown",
    "render_text",
]
