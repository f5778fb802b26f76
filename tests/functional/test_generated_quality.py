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
def test_installs_into_fresh_venv_and_imports_leaving_check_green(tmp_path: Path) -> None:
    """The README's step, as a consuming repository takes it: `pip install ./generated/<api>`
    (all five in one pip call) builds out of tree, so `vendorgen check` stays green after it."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    repo = tmp_path / "repo"  # specs/ and generated/ side by side; generated/ here stays untouched
    for api_id in API_IDS:
        shutil.copytree(GENERATED / api_id, repo / "generated" / api_id)
        (repo / "specs").mkdir(exist_ok=True)
        shutil.copy(ROOT / "specs" / f"{api_id}.yaml", repo / "specs")
    dists = [f"./generated/{api_id}[server]" for api_id in API_IDS]
    result = _run(python, "-m", "pip", "install", "--quiet", *dists, cwd=repo)
    assert result.returncode == 0, result.stdout + result.stderr
    artefacts = [
        p.relative_to(repo).as_posix()
        for p in (repo / "generated").rglob("*")
        if p.name in ("build", "dist") or p.name.endswith(".egg-info")
    ]
    assert artefacts == [], "the build backend wrote into the source tree"
    imports = "; ".join(f"import {a}_api, {a}_api.server" for a in API_IDS)
    result = _run(python, "-c", f"{imports}; import uvicorn; print('ok')", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr
    assert (
        str(ROOT)
        not in _run(
            python, "-c", f"import {API_IDS[0]}_api as m; print(m.__file__)", cwd=tmp_path
        ).stdout
    )
    check = _run(sys.executable, "-m", "vendorgen", "check", cwd=repo)
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr
    assert "warning" not in check.stderr, check.stderr
