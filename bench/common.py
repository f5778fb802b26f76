"""Shared helpers: paths, timing of whole processes, statistics and ratio formatting."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SPECS = ROOT / "specs"
PEERS_DIR = BENCH / ".peers"
WORK_DIR = BENCH / ".work"
BENCH_PY = sys.executable  # the project's venv: runs `python -m vendorgen` and our models


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Stat:
    """Samples of one measurement (seconds, or seconds per item)."""

    samples: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def scaled(self, factor: float) -> Stat:
        return Stat(tuple(s * factor for s in self.samples))


def ratio(ours: Stat | None, ref: Stat | None) -> tuple[float, float] | None:
    """Time ratio ours ÷ reference, at the minimum and at the median (below 1: we are faster)."""
    if ours is None or ref is None or ref.min <= 0 or ref.median <= 0:
        return None
    return ours.min / ref.min, ours.median / ref.median


def fmt_ratio(value: tuple[float, float] | None) -> str:
    if value is None:
        return "n/a"
    return f"{value[0]:.2f}× / {value[1]:.2f}×"


def fmt_stat(stat: Stat | None, unit: str = "s") -> str:
    """`min / median` in the unit: s, ms or µs."""
    if stat is None:
        return "n/a"
    scale = {"s": 1.0, "ms": 1e3, "µs": 1e6}[unit]
    digits = 2 if unit == "s" else 1
    return f"{stat.min * scale:.{digits}f} / {stat.median * scale:.{digits}f} {unit}"


@dataclass
class Outcome:
    """One timed process: wall time, exit code and what it printed."""

    seconds: float
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def first_error(self) -> str:
        text = (self.stderr.strip() or self.stdout.strip()).splitlines()
        lines = [line.strip() for line in text if line.strip() and "Warning" not in line]
        return (lines[-1] if lines else f"exit {self.returncode}")[:160]


def timed_run(
    argv: Sequence[str | Path],
    *,
    cwd: Path = ROOT,
    env_path: Path | None = None,
    timeout: float = 1800,
) -> Outcome:
    """Run a whole process and time it (wall clock, from spawn to exit)."""
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    if env_path is not None:  # a peer's venv bin/ first, so its post-hooks (ruff, black) are found
        env["PATH"] = f"{env_path}{os.pathsep}{env.get('PATH', '')}"
    # The previous run's files (openapi-python-client writes thousands at scale) are flushed
    # before the clock starts, so their writeback is not charged to the next run.
    os.sync()
    started = time.perf_counter()
    proc = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    elapsed = time.perf_counter() - started
    return Outcome(elapsed, proc.returncode, proc.stdout, proc.stderr)


@dataclass
class Section:
    """A titled markdown table plus notes, printed and written to results.md."""

    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"## {self.title}", ""]
        lines.append("| " + " | ".join(self.header) + " |")
        lines.append("|" + "|".join("---" for _ in self.header) + "|")
        lines.extend("| " + " | ".join(row) + " |" for row in self.rows)
        if self.notes:
            lines.append("")
            lines.extend(f"- {note}" for note in self.notes)
        return "\n".join(lines) + "\n"


@dataclass
class Target:
    """A goal from the issue, what was measured, and whether it was met."""

    name: str
    goal: str
    measured: str
    met: bool | None  # None: could not be measured in this run
    profile_key: str | None = None  # what to profile when missed

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: "not measured"}[self.met]
