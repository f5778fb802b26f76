"""The results: environment, targets, sections and profiles, as markdown (printed and written)."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from pathlib import Path

from common import Section, Target
from peers import Peer


def environment(
    peers: list[Peer], runs: int, quick: bool, load_at_start: str, runtime_runs: tuple[int, int]
) -> list[str]:
    versions = ", ".join(f"{p.package}" for p in peers) or "none (skipped)"
    load_now = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- Date: {datetime.datetime.now(datetime.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {platform.machine()}, {os.cpu_count()} CPU(s), "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} (bench env: `{sys.prefix}`)",
        f"- Peers: {versions}",
        f"- Load average (1, 5, 15 min) at start: {load_at_start}; at the end: {load_now} "
        "(other work shares the machine: compare ratios, not absolute times)",
        f"- Runs: {runs} per generation figure; scale runs as in its title; models and client "
        f"{runtime_runs[0]} round(s) (processes) × {runtime_runs[1]} sample(s)"
        + (" (**--quick**: tiny inputs, 1 run, not results)" if quick else ""),
    ]


def targets_section(targets: list[Target], quick: bool) -> Section:
    sec = Section("Targets", ["target", "goal", "measured", "verdict"])
    for t in targets:
        sec.rows.append(
            [t.name, t.goal, t.measured, "not judged (--quick)" if quick else t.verdict]
        )
    return sec


def document(
    env: list[str],
    targets: list[Target],
    sections: list[Section],
    profiles: dict[str, str],
    quick: bool,
) -> str:
    parts = [
        "# Benchmarks: vendorgen vs peers",
        "",
        "Written by `make bench` (`python bench/run.py`); see bench/README.md for the method. "
        "Times are `min / median`; ratios are time ratios vendorgen ÷ reference at the min and at "
        "the median (below 1.00× vendorgen is faster).",
        "",
        *env,
        "",
        targets_section(targets, quick).markdown(),
    ]
    parts += [s.markdown() for s in sections]
    if profiles:
        parts += ["## Profiles of missed targets (pyinstrument)", ""]
        parts += [f"- **{name}**: {text}" for name, text in profiles.items()]
        parts.append("")
    return "\n".join(parts)


def write(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
