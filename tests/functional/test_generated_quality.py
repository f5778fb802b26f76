"""The generated distributions are real packages: mypy --strict and ruff clean, and each
installs with pip into a fresh virtual environment and imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import API_IDS, GENERATED, ROOT


def _run(
    *args: str | Path, cwd: Path = ROOT, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize("api_id", API_IDS)
def test_mypy_strict(api_id: str, tmp_path: Path) -> None:
    dist = GENERATED / api_id
    result = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        tmp_path / "cache",
        "--config-file",
        dist / "pyproject.toml",
        "-p",
        f"{api_id}_api",
        cwd=dist,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    for api_id in API_IDS:
        dist = GENERATED / api_id
        result = _run(
            sys.executable, "-m", "ruff", "check", "--no-cache", f"{api_id}_api", cwd=dist
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_installs_into_fresh_venv_and_imports(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    copies = tmp_path / "src"  # pip builds in the source tree; keep generated/ untouched
    for api_id in API_IDS:
        shutil.copytree(GENERATED / api_id, copies / api_id)
    dists = [str(copies / api_id) + "[server]" for api_id in API_IDS]
    result = _run(python, "-m", "pip", "install", "--quiet", *dists)
    assert result.returncode == 0, result.stdout + result.stderr
    imports = "; ".join(f"import {a}_api, {a}_api.server" for a in API_IDS)
    check = f"{imports}; print('ok')"
    result = _run(python, "-c", check, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr
    assert (
        str(ROOT)
        not in _run(
            python, "-c", f"import {API_IDS[0]}_api as m; print(m.__file__)", cwd=tmp_path
        ).stdout
    )
