"""Scale: generation time of the largest spec replicated 1×, 10× and 50×; is it linear?"""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import peers as peer_mod
import specs as spec_mod
from common import (
    BENCH,
    BENCH_PY,
    ROOT,
    Outcome,
    Section,
    Stat,
    Target,
    fmt_ratio,
    fmt_stat,
    log,
    ratio,
    timed_run,
)
from peers import OPC, Peer

UNCAPPED = BENCH / "uncapped.py"  # `python -m vendorgen` without the 5 MB input cap
LINEAR_TOLERANCE = 1.15  # issue 15: per-copy cost from 10x to 50x at most 1.15x that from 1x to 10x


@dataclass
class Point:
    factor: int
    operations: int
    schemas: int
    size: int
    ours: list[Outcome] = field(default_factory=list)
    opc: list[Outcome] = field(default_factory=list)

    def stat(self, tool: str) -> Stat | None:
        runs = [o for o in getattr(self, tool) if o.ok]
        return Stat(tuple(o.seconds for o in runs)) if runs else None


def measure(
    source: Path, factors: tuple[int, ...], runs: dict[int, int], peers: list[Peer], tmp: Path
) -> list[Point]:
    spec = spec_mod.load(source)
    points = []
    for factor in factors:
        replica = spec_mod.replicate(spec, factor)
        folder = tmp / f"x{factor}"
        path = folder / "specs" / source.name
        size = spec_mod.write_spec(replica, path)
        ops, schemas = spec_mod.counts(replica)
        point = Point(factor, ops, schemas, size)
        for run in range(runs[factor]):
            log(f"scale {factor}× run {run + 1}/{runs[factor]} ({size / 1e6:.1f} MB)")
            shutil.rmtree(folder / "ours", ignore_errors=True)
            point.ours.append(timed_run([BENCH_PY, *ours_argv(folder)], cwd=ROOT))
            if OPC in peers:
                shutil.rmtree(folder / "opc", ignore_errors=True)
                point.opc.append(peer_mod.generate(OPC, path, folder / "opc"))
        points.append(point)
    return points


def ours_argv(folder: Path) -> list[str | Path]:
    return [UNCAPPED, "--specs", folder / "specs", "--out", folder / "ours", "generate"]


def marginal(points: list[Point], tool: str) -> list[float | None]:
    """Median seconds per added copy between consecutive factors (None for the first)."""
    costs: list[float | None] = [None]
    for before, after in itertools.pairwise(points):
        a, b = before.stat(tool), after.stat(tool)
        costs.append(
            None
            if a is None or b is None
            else (b.median - a.median) / (after.factor - before.factor)
        )
    return costs


def linearity(points: list[Point], tool: str = "ours") -> float | None:
    """Growth of the marginal cost from the first to the last interval (1.0: perfectly linear)."""
    costs = [c for c in marginal(points, tool)[1:] if c is not None]
    if len(costs) < 2 or costs[0] <= 0:
        return None
    return costs[-1] / costs[0]


def section(points: list[Point], source: Path) -> Section:
    header = [
        "size",
        "ops / schemas",
        "spec bytes",
        "vendorgen",
        "openapi-python-client",
        "vendorgen ÷ opc",
        "vendorgen s per added copy",
        "opc s per added copy",
    ]
    runs = ", ".join(str(len(point.ours)) for point in points)
    sec = Section(f"Scale: `{source.stem}` replicated (min / median of {runs} runs)", header)
    ours_m, opc_m = marginal(points, "ours"), marginal(points, "opc")
    for point, mo, mp in zip(points, ours_m, opc_m, strict=False):
        sec.rows.append(
            [
                f"{point.factor}×",
                f"{point.operations} / {point.schemas}",
                f"{point.size / 1e6:.2f} MB",
                _cell(point, "ours"),
                _cell(point, "opc"),
                fmt_ratio(ratio(point.stat("ours"), point.stat("opc"))),
                "" if mo is None else f"{mo:.2f} s",
                "" if mp is None else f"{mp:.3f} s",
            ]
        )
    growth, opc_growth = linearity(points), linearity(points, "opc")
    sec.notes += [
        "Copy k renames operationIds (`_r{k}`), component schemas (`R{k}`) and paths (`/r{k}`) and "
        "rewrites the $refs; the 1× row is the same spec re-serialised the same way (JSON text).",
        "Marginal cost per copy growth (last interval ÷ first): vendorgen "
        + ("n/a" if growth is None else f"{growth:.2f}")
        + ", openapi-python-client "
        + ("n/a" if opc_growth is None else f"{opc_growth:.2f}")
        + f"; 1.00 is perfectly linear, up to {LINEAR_TOLERANCE} is counted as linear.",
    ]
    if any(point.size > 5_000_000 for point in points):
        sec.notes.append(
            "The largest copy exceeds the loader's 5 MB input cap (a guard against hostile input, "
            "not a cost); the scale runs lift it (bench/uncapped.py) and otherwise run "
            "`python -m vendorgen generate`."
        )
    for point in points:
        for tool in ("ours", "opc"):
            bad = next((o for o in getattr(point, tool) if not o.ok), None)
            if bad:
                sec.notes.append(f"{tool} at {point.factor}× failed: {bad.first_error()}")
    return sec


def targets(points: list[Point]) -> list[Target]:
    growth = linearity(points)
    return [
        Target(
            "Generation time linear in spec size",
            f"marginal cost per copy grows ≤ {LINEAR_TOLERANCE}× from 1→10× to 10→50×",
            "n/a" if growth is None else f"{growth:.2f}×",
            None if growth is None else growth <= LINEAR_TOLERANCE,
            "scale",
        )
    ]


def _cell(point: Point, tool: str) -> str:
    runs = getattr(point, tool)
    if runs and not any(o.ok for o in runs):
        return "✗ failed"
    return fmt_stat(point.stat(tool))
