"""vendorgen alone, as a newcomer's fresh venv has it: `vendorgen --help` works without any of its
dependencies, and a command that needs one says which, instead of a traceback."""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, SPECS


@pytest.mark.slow
def test_help_from_a_fresh_venv_with_only_vendorgen(tmp_path: Path) -> None:
    source = tmp_path / "src"  # setuptools builds in the source tree: build a copy
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("generator", "templates"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    install = subprocess.run(
        [bin_dir / "python", "-m", "pip", "install", "--verbose", "--no-deps", source],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    build_output = install.stdout + install.stderr  # the build backend speaks only with -v
    assert "Successfully installed vendorgen" in build_output
    for warning in ("SetuptoolsDeprecationWarning", "BuildBackendWarning"):  # project.license,
        assert warning not in build_output, build_output[-5000:]  # unlisted template folders
    usage = subprocess.run(
        [bin_dir / "vendorgen", "--help"], capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 0 and usage.stdout.startswith("usage: vendorgen"), usage.stderr
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    shutil.copy(SPECS / "aska.yaml", repo / "specs")
    check = subprocess.run(
        [bin_dir / "vendorgen", "check"], cwd=repo, capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 2 and "Traceback" not in check.stderr, check.stderr
    assert "vendorgen needs the Python package" in check.stderr
