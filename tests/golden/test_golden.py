"""Golden tests: rendering the specs must reproduce generated/ (and each tests/cases/<case>/
its expected/ tree) byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from vendorgen import pipeline, write

from tests.conftest import API_IDS, GENERATED, ROOT, SPECS

CASES = ROOT / "tests" / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir()) if CASES.is_dir() else []
REGEN = "python -m vendorgen generate   (for tests/cases: python tests/regen_cases.py)"


def _render(spec_path: Path) -> dict[str, str]:
    (spec,) = pipeline.load_and_validate([spec_path])
    return pipeline.render_api(spec).files


@pytest.mark.parametrize("api_id", API_IDS)
def test_generated_matches_specs(api_id: str) -> None:
    diff = write.diff_tree(GENERATED / api_id, _render(SPECS / f"{api_id}.yaml"))
    assert not diff, f"generated/{api_id} is stale. Regenerate with: {REGEN}\n{diff[:20000]}"


@pytest.mark.parametrize("case", CASE_DIRS, ids=[c.name for c in CASE_DIRS])
def test_case_matches_expected(case: Path) -> None:
    (spec_path,) = sorted(case.glob("*.yaml"))
    diff = write.diff_tree(case / "expected" / spec_path.stem, _render(spec_path))
    assert not diff, f"tests/cases/{case.name} changed. Regenerate with: {REGEN}\n{diff[:20000]}"


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "vendorgen", "--out", str(out), "generate"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        trees.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert trees[0] == trees[1]
    assert len(trees[0]) >= 10 * len(API_IDS)
