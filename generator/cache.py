"""A local record of what each api was last rendered from, so a no-op `check` or `generate`
renders nothing and imports none of the renderer's dependencies.

Kept in .vendorgen-cache/ (never committed): a clean checkout renders once, then is fast. The
record holds a digest of every input that shapes the output (the spec, the templates, the
generator's source, the pinned formatter and model generator versions) and the digest of each
file written; both must match for the fast path.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from .pipeline_paths import TEMPLATES

CACHE_DIR = Path(".vendorgen-cache")
# The generator's own source (the runtime included) and its templates, in a checkout or installed.
_PACKAGE = Path(__file__).resolve().parent
_SHAPERS = ("black", "datamodel-code-generator", "jinja2", "pyyaml")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inputs_digest(spec_path: Path) -> str:
    digest = hashlib.sha256(spec_path.read_bytes())
    digest.update(_generator_digest().encode())
    return digest.hexdigest()


@functools.cache
def _generator_digest() -> str:
    """The inputs every api shares (the generator's source, its templates, the pinned
    versions), hashed once per process: a no-op `check` of five apis reads them once."""
    digest = hashlib.sha256()
    for folder in (_PACKAGE, TEMPLATES):
        for path in sorted(
            p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    for name in _SHAPERS:
        digest.update(f"{name}=={_version(name)}".encode())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    """The installed version, or "missing": the fast path then misses, and the renderer's own
    import names the missing package (a message, not a traceback).

    Read from the `<name>-<version>.dist-info` folder names on sys.path, as importlib.metadata
    finds them, without importing it (~40 ms, a quarter of a no-op `check`)."""
    wanted = _normalised(distribution)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, _, kind = name.rpartition(".")
            project, dash, version = stem.partition("-")
            if kind == "dist-info" and dash and _normalised(project) == wanted:
                return version
    return "missing"


def _normalised(name: str) -> str:
    """A distribution name as wheel folder names spell it (PEP 503 and PEP 427)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _record_path(api: str) -> Path:
    return CACHE_DIR / f"{api}.json"


def fresh_summary(api: str, spec_path: Path, out_dir: Path) -> dict[str, int] | None:
    """The last render's counts when the tree on disk is exactly what these inputs rendered."""
    try:
        record = json.loads(_record_path(api).read_text())
        if record.get("inputs") != inputs_digest(spec_path):
            return None
        outputs: dict[str, str] = record["outputs"]
        on_disk = {
            p.relative_to(out_dir).as_posix()
            for p in out_dir.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
        }
        if on_disk != set(outputs) or any(
            _sha((out_dir / rel).read_bytes()) != sha for rel, sha in outputs.items()
        ):
            return None
        return dict(record["summary"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(api: str, spec_path: Path, files: dict[str, str], summary: dict[str, int]) -> None:
    record = {
        "inputs": inputs_digest(spec_path),
        "outputs": {rel: _sha(text.encode()) for rel, text in files.items()},
        "summary": summary,
    }
    try:
        CACHE_DIR.mkdir(exist_ok=True)
        _record_path(api).write_text(json.dumps(record, sort_keys=True))
    except OSError:
        pass  # a read-only checkout just stays on the slow path
