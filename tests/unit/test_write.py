"""write_tree swaps whole trees: an interrupted run leaves the old tree, a finished one the new."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vendorgen import write


def test_write_then_check_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "api"
    files = {"pkg/__init__.py": "x = 1\n", "README.md": "hi\n"}
    assert write.write_tree(target, files) == 2
    assert write.diff_tree(target, files) == ""
    assert write.write_tree(target, files) == 0


def test_stale_file_is_removed_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "api"
    write.write_tree(target, {"a.py": "a\n", "old.py": "o\n"})
    diff = write.diff_tree(target, {"a.py": "b\n"})
    assert "-a" in diff and "+b" in diff and "old.py" in diff
    write.write_tree(target, {"a.py": "b\n"})
    assert sorted(p.name for p in target.iterdir()) == ["a.py"]


def test_interrupted_write_leaves_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "api"
    write.write_tree(target, {"a.py": "old\n", "b.py": "old\n"})
    real_fsync = os.fsync
    calls = 0

    def crash_on_second(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        write.write_tree(target, {"a.py": "new\n", "b.py": "new\n"})
    assert (target / "a.py").read_text() == "old\n"
    assert (target / "b.py").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api"]


def test_recover_restores_old_tree_after_crash_between_renames(tmp_path: Path) -> None:
    target = tmp_path / "api"
    write.write_tree(target, {"a.py": "old\n"})
    os.replace(target, tmp_path / ".api.old")  # a crash right after the first rename
    write.recover(target)
    assert (target / "a.py").read_text() == "old\n"


def test_build_artefacts_are_listed_not_compared(tmp_path: Path) -> None:
    """Installing a package (build/, *.egg-info/, dist/, __pycache__/) does not make it stale."""
    target = tmp_path / "api"
    files = {"pkg/__init__.py": "x = 1\n", "README.md": "hi\n"}
    write.write_tree(target, files)
    for rel in (
        "build/lib/pkg/__init__.py",
        "pkg.egg-info/PKG-INFO",
        "dist/pkg-1.0-py3-none-any.whl",
        "pkg/__pycache__/__init__.cpython-311.pyc",
    ):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text("artefact\n")
    assert write.diff_tree(target, files) == ""
    assert write.build_artefacts(target, files) == [
        "build/",
        "dist/",
        "pkg.egg-info/",
        "pkg/__pycache__/",
    ]
    assert write.write_tree(target, files) == 0
    # A stray file that is not an artefact still makes the tree stale.
    (target / "pkg" / "stray.py").write_text("y = 2\n")
    assert "pkg/stray.py" in write.diff_tree(target, files)
