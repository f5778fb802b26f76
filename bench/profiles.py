"""pyinstrument profiles of the worst case of every missed target."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import profiling
import runtime
from common import BENCH, BENCH_PY, ROOT, Target, log, timed_run


@dataclass
class Context:
    """Where the measured runs left their inputs, so the profiles rerun the same work."""

    tmp: Path
    selectors: list[str]
    generated: Path  # our full output from the generation runs
    scale_argv: list[str | Path] | None  # the largest scale run
    client_job: dict[str, Any]
    parse_jobs: dict[str, dict[str, Any] | None]  # profile key -> worst payload's job


def collect(targets: list[Target], ctx: Context) -> dict[str, str]:
    """{profiled case: summary} for every missed target (each case profiled once)."""
    done: dict[str, str] = {}
    for target in targets:
        key = target.profile_key
        if target.met is not False or key is None:
            continue
        name = _name(key, ctx)
        if name not in done:
            log(f"profiling missed target: {target.name}")
            done[name] = _profile(key, ctx)
    return done


def _name(key: str, ctx: Context) -> str:
    if key.startswith("parse"):
        job = ctx.parse_jobs.get(key) or {}
        return (
            f"parsing {job.get('label', '?')} with `{job.get('schema', '?')}.model_validate_json`"
        )
    return {
        "generate": "full generation (`python -m vendorgen generate`, all specs)",
        "check": "no-op `python -m vendorgen check`",
        "scale": "largest scale run",
        "client": "client per-call loop (sync)",
    }[key]


def _profile(key: str, ctx: Context) -> str:
    out = ctx.tmp / f"profile-{key}.json"
    if key == "client" or key.startswith("parse"):
        job = ctx.client_job if key == "client" else ctx.parse_jobs.get(key)
        if job is None:
            return "nothing to profile"
        job = {**job, "profile": True, "profile_iterations": job.get("profile_iterations", 3000)}
        result = runtime.run_worker(BENCH_PY, job, ctx.tmp)
        return (
            profiling.render(result["profile"])
            if "profile" in result
            else f"failed: {result.get('error')}"
        )
    if key == "generate":
        target = ctx.tmp / "profile-generate"
        shutil.rmtree(target, ignore_errors=True)
        argv: list[str | Path] = ["-m", "vendorgen", "--out", target, "generate", *ctx.selectors]
    elif key == "check":
        argv = ["-m", "vendorgen", "--out", ctx.generated, "check", *ctx.selectors]
    else:
        if ctx.scale_argv is None:
            return "nothing to profile"
        argv = list(ctx.scale_argv)
    interval = "--interval=0.01" if key == "scale" else "--interval=0.001"  # long run: coarser
    outcome = timed_run([BENCH_PY, BENCH / "profiling.py", out, interval, *argv], cwd=ROOT)
    if not out.is_file():
        return f"profile failed: {outcome.first_error()}"
    return profiling.render(json.loads(out.read_text(encoding="utf-8")))
