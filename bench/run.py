"""Benchmarks against the peers, side by side: `make bench` (or `python bench/run.py`).

Prints the results table and writes bench/results.md. `--quick` runs tiny inputs once, installs
nothing and skips absent peers: it proves the script works in seconds (for the test suite).
See bench/README.md for the method.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import client
import generation
import peers as peer_mod
import profiles
import report
import runtime
import scale
import specs as spec_mod
from common import BENCH, WORK_DIR, log


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs, one run, no installs")
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per generation figure (default 5)"
    )
    parser.add_argument(
        "--results",
        type=Path,
        help="markdown output (default bench/results.md; "
        "with --quick bench/.work/results-quick.md)",
    )
    parser.add_argument(
        "--no-install", action="store_true", help="use only peers already installed"
    )
    parser.add_argument(
        "--no-scale", action="store_true", help="skip the scale runs (the slowest part)"
    )
    parser.add_argument(
        "--no-runtime",
        action="store_true",
        help="skip the model and client timings (generation and scale only)",
    )
    parser.add_argument(
        "--no-profile", action="store_true", help="skip the pyinstrument profiles of misses"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the work directory (generated outputs)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
    if args.results is None:
        args.results = WORK_DIR / "results-quick.md" if args.quick else BENCH / "results.md"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    install = not (args.quick or args.no_install)
    peers = [p for p in peer_mod.PEERS if peer_mod.ensure(p, allow_install=install)]
    peer_mod.ensure_bench_tools(allow_install=install)
    files = spec_mod.spec_files()
    if not files:
        log("no specs in specs/")
        return 1
    if args.quick:  # the smallest spec only
        files = [min(files, key=lambda path: path.stat().st_size)]
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="run-", dir=WORK_DIR))
    try:
        text = run_all(args, peers, files, tmp)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(text)
    report.write(text, args.results)
    log(f"wrote {args.results}")
    return 0


def run_all(
    args: argparse.Namespace, peers: list[peer_mod.Peer], files: list[Path], tmp: Path
) -> str:
    runs, quick = args.runs, args.quick
    load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    gen = generation.measure(files, peers, runs, tmp)
    sections = [
        generation.section(gen, files, peers, runs),
        generation.regeneration_section(gen, runs),
    ]
    targets = generation.targets(gen)

    generated = tmp / "ours"
    rounds, samples = (1, 1) if quick else (3, 5)
    model_runs: list[runtime.ModelRun] = []
    if not args.no_runtime:
        model_runs = runtime.measure_models(generated, peers, quick, rounds, samples, tmp)
        calls = client.measure(generated, quick, rounds, samples, tmp)
        sections += runtime.model_sections(model_runs, rounds * samples)
        sections.append(client.section(calls))
        targets += client.targets(calls) + runtime.targets(model_runs)

    scale_argv = None
    if not args.no_scale:
        source = files[0] if quick else spec_mod.largest_spec(files)
        factors = (1, 2) if quick else (1, 10, 50)
        # the small sizes are cheap and their noise weighs most on the per-copy growth
        scale_runs = {f: 1 if quick else (5 if f < 50 else 3) for f in factors}
        points = scale.measure(source, factors, scale_runs, peers, tmp / "scale")
        sections.append(scale.section(points, source))
        targets += scale.targets(points)
        scale_argv = scale.ours_argv(tmp / "scale" / f"x{factors[-1]}")

    found: dict[str, str] = {}
    if not (quick or args.no_profile):
        ctx = profiles.Context(
            tmp,
            [] if len(files) == len(spec_mod.spec_files()) else [str(f) for f in files],
            generated,
            scale_argv,
            client.job(generated, quick, samples),
            {
                f"parse-{r}": runtime.parse_job(model_runs, r, generated, tmp)
                for r in ("opc", "orjson")
            },
        )
        found = profiles.collect(targets, ctx)
    env = report.environment(peers, runs, quick, load_at_start, (rounds, samples))
    return report.document(env, targets, sections, found, quick)


if __name__ == "__main__":
    sys.exit(main())
