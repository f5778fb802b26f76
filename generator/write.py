"""Stage 6: write a distribution atomically, or compare it with what is on disk."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_tree(target: Path, files: dict[str, str]) -> int:
    """Replace `target` with exactly `files`; return how many files changed.

    The new tree is built beside the old one and swapped in with two renames, so an
    interrupted run leaves either the old tree or the new one, never a mix.
    """
    changed = sum(1 for rel, text in files.items() if _read(target / rel) != text)
    changed += sum(1 for rel in _existing(target) if rel not in files)
    if not changed:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        old = target.parent / f".{target.name}.old"
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return changed


def recover(target: Path) -> None:
    """Finish a swap a crash interrupted: if only the old tree is left, put it back."""
    old = target.parent / f".{target.name}.old"
    if old.exists() and not target.exists():
        os.replace(old, target)


def diff_tree(target: Path, files: dict[str, str]) -> str:
    """A unified diff from what is on disk to what the specs render ('' when equal).

    Build artefacts (`build_artefacts`) are not compared: installing a package must not make
    its tree stale. Any other file the generator does not write shows as a deletion.
    """
    import difflib  # only `check` diffs

    chunks: list[str] = []
    for rel in sorted(set(files) | set(_existing(target))):
        before, after = _read(target / rel), files.get(rel)
        if before == after:
            continue
        name = f"{target.as_posix()}/{rel}"
        chunks.extend(
            difflib.unified_diff(
                (before or "").splitlines(keepends=True),
                (after or "").splitlines(keepends=True),
                fromfile=name if before is not None else "/dev/null",
                tofile=name if after is not None else "/dev/null",
            )
        )
    return "".join(line if line.endswith("\n") else line + "\n" for line in chunks)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def build_artefacts(target: Path, files: dict[str, str]) -> list[str]:
    """What building or installing the package left in its tree (`build/`, `dist/`,
    `*.egg-info/`, `__pycache__/`): never written by the generator, never compared; listed
    (one entry per artefact folder) so `check` can warn before someone commits them."""
    if not target.is_dir():
        return []
    found = set()
    for path in target.rglob("*"):
        rel = path.relative_to(target)
        if rel.as_posix() in files or not path.is_file():
            continue
        artefact = _artefact_root(rel.parts)
        if artefact is not None:
            found.add(artefact)
    return sorted(found)


def _artefact_root(parts: tuple[str, ...]) -> str | None:
    """The artefact folder (or file) a path lies in, or None when it is not an artefact."""
    if parts[0] in _ARTEFACT_TOP:
        return parts[0] + "/"
    for depth, part in enumerate(parts):
        if part == "__pycache__" or part.endswith(".egg-info"):
            return "/".join(parts[: depth + 1]) + "/"
    return "/".join(parts) if parts[-1].endswith((".pyc", ".pyo")) else None


_ARTEFACT_TOP = frozenset({"build", "dist"})


def _existing(target: Path) -> list[str]:
    """Files under `target` other than build artefacts."""
    if not target.is_dir():
        return []
    return sorted(
        rel.as_posix()
        for rel in (p.relative_to(target) for p in target.rglob("*") if p.is_file())
        if _artefact_root(rel.parts) is None
    )
