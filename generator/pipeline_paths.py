"""Which spec files a command works on (no heavy imports: the fast path uses it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# Beside the package in a checkout; inside it (vendorgen/templates) once installed.
_HERE = Path(__file__).resolve().parent
TEMPLATES = _HERE / "templates" if (_HERE / "templates").is_dir() else _HERE.parent / "templates"


def spec_paths(folder: Path, selectors: Sequence[str]) -> list[Path]:
    """Spec files for the given api ids or paths; all of `folder` when none are given."""
    if not selectors:
        return sorted(folder.glob("*.yaml"))
    paths = []
    for item in selectors:
        path = Path(item)
        paths.append(path if path.suffix in (".yaml", ".yml") else folder / f"{item}.yaml")
    return paths
