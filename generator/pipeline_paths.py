"""Which spec files a command works on (no heavy imports: the fast path uses it)."""

from __future__ import annotations

import re
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
        is_file = path.suffix in (".yaml", ".yml", ".json") or path.is_file()
        paths.append(path if is_file else folder / f"{item}.yaml")
    return paths


def api_id(path: Path) -> str:
    """The api id of a spec file of any name: its stem made an identifier (lowercase, every
    other character `_`, a leading digit or `_` prefixed `api_`):
    `baseline_openapi_3.1.yaml` -> `baseline_openapi_3_1`."""
    name = re.sub(r"[^a-z0-9_]", "_", path.stem.lower()) or "api"
    return name if name[0].isalpha() else f"api_{name.lstrip('_') or 'api'}"
