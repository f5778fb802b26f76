"""Generation, whole process: vendorgen vs each peer on the same specs; no-op and one-spec runs."""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import peers as peer_mod
import specs as spec_mod
from common import (
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
from peers import Peer

ALL = "(all)"


def ours(out: Path, command: str, apis: list[str], jobs: int | None = None) -> Outcome:
    """`python -m vendorgen --out OUT <command> [--jobs N] [apis]`, from the repository root.
    Without `jobs`, vendorgen's default: 2 (checks in a worker process) on more than one CPU."""
    flags = [] if jobs is None else ["--jobs", str(jobs)]
    return timed_run([BENCH_PY, "-m", "vendorgen", "--out", out, command, *flags, *apis], cwd=ROOT)


@dataclass
class Generation:
    """Every timed process, keyed by (tool, api); `ALL` is the one-process full generation."""

    apis: list[str]
    samples: dict[tuple[str, str], list[Outcome]] = field(default_factory=lambda: defaultdict(list))

    def stat(self, tool: str, api: str) -> Stat | None:
        runs = self.samples.get((tool, api))
        return Stat(tuple(o.seconds for o in runs)) if runs else None

    def total(self, tool: str) -> Stat | None:
        """Per run, the sum over specs (peers take one spec per process)."""
        per_api = [self.samples.get((tool, api), []) for api in self.apis]
        if not all(per_api):
            return None
        return Stat(tuple(sum(o.seconds for o in run) for run in zip(*per_api, strict=False)))

    def note(self, tool: str, api: str, peer: Peer | None) -> str:
        runs = self.samples.get((tool, api), [])
        bad = next((o for o in runs if not o.ok), None)
        if peer is None:
            return f"failed: {bad.first_error()}" if bad else ""
        return peer_mod.verdict(peer, bad or runs[0]) if runs else ""


def measure(spec_files: list[Path], peers: list[Peer], runs: int, tmp: Path) -> Generation:
    apis = [p.stem for p in spec_files]
    every_spec = sorted(p.resolve() for p in spec_files) == sorted(
        p.resolve() for p in spec_mod.spec_files()
    )
    selectors = [] if every_spec else [str(p) for p in spec_files]
    result = Generation(apis)
    out, serial = tmp / "ours", tmp / "ours-jobs1"
    for run in range(runs):
        log(f"generation run {run + 1}/{runs}")
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(serial, ignore_errors=True)
        result.samples[("ours", ALL)].append(ours(out, "generate", selectors))
        result.samples[("ours1", ALL)].append(ours(serial, "generate", selectors, jobs=1))
        result.samples[("noop", ALL)].append(ours(out, "check", selectors))
        result.samples[("python", ALL)].append(timed_run([BENCH_PY, "-c", "pass"]))
        for path in spec_files:
            for tool, folder, jobs in (("ours", out, None), ("ours1", serial, 1)):
                if len(spec_files) == 1:  # one spec: its regeneration is the full run just timed
                    result.samples[(tool, path.stem)].append(result.samples[(tool, ALL)][-1])
                    continue
                shutil.rmtree(folder / path.stem, ignore_errors=True)  # as if its spec changed
                run_one = ours(folder, "generate", [str(path)], jobs)
                result.samples[(tool, path.stem)].append(run_one)
            for peer in peers:
                target = tmp / peer.key / path.stem
                shutil.rmtree(target, ignore_errors=True)
                result.samples[(peer.key, path.stem)].append(peer_mod.generate(peer, path, target))
    return result


def section(gen: Generation, spec_files: list[Path], peers: list[Peer], runs: int) -> Section:
    header = ["spec", "ops / schemas", "vendorgen (models+client+server+packaging)"]
    header += ["vendorgen `--jobs 1`"]
    header += [p.title for p in peers] + [f"vendorgen ÷ {p.key}" for p in peers]
    header += ["vendorgen `--jobs 1` ÷ opc"] if any(p.key == "opc" for p in peers) else []
    if peers:
        header.append("vendorgen ÷ all peers")
    sec = Section(f"Generation: whole process, wall time (min / median of {runs} runs)", header)
    for path in spec_files:
        api = path.stem
        ops, schemas = spec_mod.counts(spec_mod.load(path))
        row = [f"`{api}`", f"{ops} / {schemas}", _cell(gen, "ours", api, None)]
        row += [_cell(gen, "ours1", api, None)]
        row += [_cell(gen, p.key, api, p) for p in peers]
        row += [fmt_ratio(ratio(gen.stat("ours", api), gen.stat(p.key, api))) for p in peers]
        if any(p.key == "opc" for p in peers):
            row.append(fmt_ratio(ratio(gen.stat("ours1", api), gen.stat("opc", api))))
        if peers:
            row.append(fmt_ratio(ratio(gen.stat("ours", api), _sum(gen, peers, api))))
        sec.rows.append(row)
    full = gen.stat("ours", ALL)
    row = [f"**all {len(spec_files)}**", "", _cell(gen, "ours", ALL, None) + " (one run)"]
    row += [_cell(gen, "ours1", ALL, None) + " (one process)"]
    row += [fmt_stat(gen.total(p.key)) + " (sum)" for p in peers]
    row += [fmt_ratio(ratio(full, gen.total(p.key))) for p in peers]
    if any(p.key == "opc" for p in peers):
        row.append(fmt_ratio(ratio(gen.stat("ours1", ALL), gen.total("opc"))))
    if peers:
        row.append(fmt_ratio(ratio(full, _sum(gen, peers, None))))
    sec.rows.append(row)
    sec.notes += [
        "Per-spec vendorgen figures are one-spec regeneration "
        "(`python -m vendorgen generate <api>` "
        "after deleting that api's tree); **all** is `python -m vendorgen generate` of every spec "
        "in one process. Peers run one process per spec (that is how they are used); their "
        "**all** is the per-run sum.",
        "Ratios are time ratios vendorgen ÷ peer at the min and at the median: below 1.00× "
        "vendorgen is faster. Each peer produces one artefact; vendorgen produces all three.",
        "vendorgen runs with its default jobs: on more than one CPU it checks the specs "
        "(openapi-spec-validator and its own checks) in a second process while it renders "
        "them, writing nothing until they pass (generator/overlap.py). `--jobs 1` is the same "
        "work in one process, checking first. openapi-python-client's post-hooks (ruff) are "
        "multi-threaded as well.",
    ]
    for p in peers:
        for path in spec_files:
            note = gen.note(p.key, path.stem, p)
            if note:
                sec.notes.append(f"{p.title} on `{path.stem}`: {note}.")
    return sec


def regeneration_section(gen: Generation, runs: int) -> Section:
    sec = Section(
        f"Regeneration (min / median of {runs} runs)",
        ["measurement", "time", "reference", "reference time", "ratio"],
    )
    floor = gen.stat("python", ALL)
    noop = gen.stat("noop", ALL)
    sec.rows.append(
        [
            "no-op `python -m vendorgen check` (all specs, nothing changed)",
            fmt_stat(noop),
            "`python -c pass` (interpreter start)",
            fmt_stat(floor),
            fmt_ratio(ratio(noop, floor)),
        ]
    )
    biggest = max(gen.apis, key=lambda api: (gen.stat("ours", api) or Stat((0.0,))).median)
    one, ref = gen.stat("ours", biggest), gen.stat("opc", biggest)
    sec.rows.append(
        [
            f"one-spec regeneration, slowest spec (`{biggest}`)",
            fmt_stat(one),
            f"openapi-python-client on `{biggest}`",
            fmt_stat(ref),
            fmt_ratio(ratio(one, ref)),
        ]
    )
    if gen.note("noop", ALL, None):
        sec.notes.append(f"`check` {gen.note('noop', ALL, None)}")
    return sec


def targets(gen: Generation) -> list[Target]:
    """The goals of issue 15, judged at the median of ratios measured in this run."""
    full, opc_total = gen.stat("ours", ALL), gen.total("opc")
    both = ratio(full, opc_total)
    noop = gen.stat("noop", ALL)
    per_spec = {api: ratio(gen.stat("ours", api), gen.stat("opc", api)) for api in gen.apis}
    measured = {api: r for api, r in per_spec.items() if r is not None}
    worst = max(measured, key=lambda api: measured[api][1]) if measured else None
    return [
        Target(
            "Cold generation of every spec vs openapi-python-client generating the clients alone",
            "vendorgen ÷ opc ≤ 1.00× (median)",
            fmt_ratio(both),
            None if both is None else both[1] <= 1.0,
            "generate",
        ),
        Target(
            "One-spec regeneration vs openapi-python-client on that spec",
            "vendorgen ÷ opc ≤ 1.50× (median, every spec)",
            "n/a" if worst is None else f"worst: {fmt_ratio(measured[worst])} (`{worst}`)",
            None if worst is None else measured[worst][1] <= 1.5,
            None,
        ),
        Target(
            "No-op `check` (every spec, nothing changed)",
            "< 0.2 s (median)",
            fmt_stat(noop),
            None if noop is None else noop.median < 0.2,
            "check",
        ),
    ]


def _cell(gen: Generation, tool: str, api: str, peer: Peer | None) -> str:
    text = fmt_stat(gen.stat(tool, api))
    note = gen.note(tool, api, peer)
    if note.startswith("failed"):
        return f"{text} ✗ failed"
    return f"{text} ⚠ partial" if note else text


def _sum(gen: Generation, peers: list[Peer], api: str | None) -> Stat | None:
    stats = [gen.total(p.key) if api is None else gen.stat(p.key, api) for p in peers]
    if any(s is None for s in stats):
        return None
    return Stat(tuple(map(sum, zip(*(s.samples for s in stats if s), strict=False))))
