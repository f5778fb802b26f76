"""Which spec files a command works on (no heavy imports: the fast path uses it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def spec_paths(folder: Path, selectors: Sequence[str]) -> list[Path]:
    """Spec files for the given api ids or paths; all of `folder` when none are given."""
    if not selectors:
        return sorted(folder.glob("*.yaml"))
    paths = []
    for item in selectors:
        path = Path(item)
        paths.append(path if path.suffix in (".yaml", ".yml") else folder / f"{item}.yaml")
    return paths
