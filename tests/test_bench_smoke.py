"""The benchmark script works (a quick run on tiny inputs); benchmarks themselves are not tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_bench_quick_run_writes_a_results_table(tmp_path: Path) -> None:
    results = tmp_path / "results.md"
    run = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--no-install", "--results", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    text = results.read_text()
    assert "## Targets" in text and "| target |" in text
