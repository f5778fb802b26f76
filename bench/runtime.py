"""Runtime: parse/serialise throughput of generated models vs peers and floors, in subprocesses."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import payloads
import peers as peer_mod
from common import (
    BENCH,
    BENCH_PY,
    ROOT,
    SPECS,
    Section,
    Stat,
    Target,
    fmt_ratio,
    fmt_stat,
    log,
    ratio,
)
from peers import OPC, Peer

WORKER = BENCH / "runtime_worker.py"


@dataclass
class ModelRun:
    payload: payloads.Payload | None
    reasons: list[str]
    samples: dict[str, dict[str, list[float]]] = field(default_factory=dict)  # phase -> tool -> s
    errors: list[str] = field(default_factory=list)

    def stat(self, phase: str, tool: str) -> Stat | None:
        values = self.samples.get(phase, {}).get(tool)
        return Stat(tuple(values)) if values else None


def run_worker(python: Path | str, job: dict[str, Any], tmp: Path) -> dict[str, Any]:
    path = tmp / "job.json"
    path.write_text(json.dumps(job), encoding="utf-8")
    proc = subprocess.run(
        [str(python), str(WORKER), str(path)], capture_output=True, text=True, cwd=tmp, check=False
    )
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": (proc.stderr.strip().splitlines() or ["worker died"])[-1][:200]}


def package_dir(generated: Path, api: str) -> Path:
    """Our generated distribution from this run, or the committed one if this run's failed."""
    fresh = generated / api
    return fresh if (fresh / f"{api}_api").is_dir() else ROOT / "generated" / api


def opc_package(api: str, tmp: Path) -> tuple[Path, str] | None:
    """openapi-python-client's client for the spec: (sys.path entry, package name)."""
    name = f"{api}_opc_client"
    outcome = peer_mod.generate(OPC, SPECS / f"{api}.yaml", tmp / "opc-runtime" / name)
    return (tmp / "opc-runtime", name) if outcome.ok else None


def measure_models(
    generated: Path, peers: list[Peer], quick: bool, rounds: int, samples: int, tmp: Path
) -> list[ModelRun]:
    runs = []
    for candidates in payloads.CASES:
        payload, reasons = payloads.resolve(candidates, count=10 if quick else None)
        run = ModelRun(payload, reasons)
        runs.append(run)
        if payload is None:
            continue
        api = payload.case.api
        log(f"models: {payload.case.count} × {payload.schema} ({len(payload.data) / 1e6:.1f} MB)")
        data_path = tmp / f"{api}-{payload.schema}.json"
        data_path.write_bytes(payload.data)
        base = {
            "mode": "models",
            "schema": payload.schema,
            "payload": str(data_path),
            "samples": samples,
            "min_time": 0.005 if quick else 0.15,
        }
        jobs: dict[str, tuple[Path | str, dict[str, Any]]] = {
            "ours": (
                BENCH_PY,
                {
                    **base,
                    "kind": "ours",
                    "module": f"{api}_api.models",
                    "sys_path": [str(package_dir(generated, api))],
                },
            ),
        }
        opc = opc_package(api, tmp) if OPC in peers else None
        if opc:
            jobs["opc"] = (
                OPC.python,
                {**base, "kind": "opc", "module": f"{opc[1]}.models", "sys_path": [str(opc[0])]},
            )
        for _ in range(rounds):  # alternate processes, so drift hits both
            for tool, (python, job) in jobs.items():
                _merge(run, tool, run_worker(python, job, tmp))
    return runs


def _merge(run: ModelRun, tool: str, result: dict[str, Any]) -> None:
    if "error" in result:
        if not any(e.startswith(tool) for e in run.errors):
            run.errors.append(f"{tool}: {result['error']}")
        return
    for phase in ("parse", "serialise"):
        for name, values in result[phase].items():
            key = (
                "opc"
                if tool == "opc" and name == "model"
                else ("ours" if name == "model" else name)
            )
            if tool == "opc" and key != "opc":
                continue  # floors are taken in our process
            run.samples.setdefault(phase, {}).setdefault(key, []).extend(values)


def model_sections(runs: list[ModelRun], samples: int) -> list[Section]:
    sections = []
    for phase, floor in (("parse", "loads"), ("serialise", "dumps")):
        sec = Section(
            f"Models: {phase} one payload (min / median of {samples} samples)",
            [
                "payload",
                "model",
                "size",
                "vendorgen",
                "openapi-python-client",
                f"json.{floor}",
                f"orjson.{floor}",
                "vendorgen ÷ opc",
                "vendorgen ÷ orjson",
            ],
        )
        for run in runs:
            if run.payload is None:
                sec.rows.append([f"✗ {'; '.join(run.reasons)}"] + [""] * 8)
                continue
            p = run.payload
            sec.rows.append(_model_row(run, phase))
            sec.notes += [f"{p.case.label}: {e}" for e in run.errors]
            if p.substituted:
                sec.notes.append(f"{p.case.label} stands in: {'; '.join(run.reasons)}.")
        sec.notes.append(
            "vendorgen: `_shapes.validate_json(Model, bytes)` (what the client, mock and "
            "receivers call: `Model.model_validate_json` with the cyclic collector paused) / "
            "`model.model_dump_json(by_alias=True)`; openapi-python-client: "
            "`Model.from_dict(json.loads(bytes))` / `json.dumps(model.to_dict())`. Payloads "
            "replicate the spec's documented example items up to the documented limit."
        )
        sections.append(sec)
    return sections


def _model_row(run: ModelRun, phase: str) -> list[str]:
    p = run.payload
    assert p is not None
    ours, opc, floor, fast = (run.stat(phase, t) for t in ("ours", "opc", "json", "orjson"))
    return [
        f"{p.case.count:,} {p.case.label}",
        f"`{p.case.api}` {p.schema}",
        f"{len(p.data) / 1e6:.2f} MB",
        *(fmt_stat(s, "ms") for s in (ours, opc, floor, fast)),
        fmt_ratio(ratio(ours, opc)),
        fmt_ratio(ratio(ours, fast)),
    ]


def worst(runs: list[ModelRun], reference: str) -> tuple[ModelRun, tuple[float, float]] | None:
    """The payload whose parse ratio vendorgen ÷ reference is highest (at the median)."""
    scored = [(r, ratio(r.stat("parse", "ours"), r.stat("parse", reference))) for r in runs]
    return max(((r, v) for r, v in scored if v), key=lambda rv: rv[1][1], default=None)


def targets(runs: list[ModelRun]) -> list[Target]:
    worst_opc, worst_orjson = worst(runs, "opc"), worst(runs, "orjson")
    return [
        Target(
            "Model parsing ≥ 2.5× faster than openapi-python-client's models",
            "vendorgen ÷ opc ≤ 0.40× (median, every payload)",
            _worst_text(worst_opc),
            None if worst_opc is None else worst_opc[1][1] <= 0.4,
            "parse-opc",
        ),
        Target(
            "Model parsing within 3× of orjson",
            "vendorgen ÷ orjson ≤ 3.00× (median, every payload)",
            _worst_text(worst_orjson),
            None if worst_orjson is None else worst_orjson[1][1] <= 3.0,
            "parse-orjson",
        ),
    ]


def _worst_text(item: tuple[ModelRun, tuple[float, float]] | None) -> str:
    if item is None:
        return "n/a"
    run, value = item
    assert run.payload
    return f"worst: {fmt_ratio(value)} ({run.payload.case.label})"


def parse_job(
    runs: list[ModelRun], reference: str, generated: Path, tmp: Path
) -> dict[str, Any] | None:
    """The job to profile a missed parse target: our model on the worst payload."""
    found = worst(runs, reference)
    if found is None or found[0].payload is None:
        return None
    payload = found[0].payload
    return {
        "mode": "models",
        "kind": "ours",
        "module": f"{payload.case.api}_api.models",
        "schema": payload.schema,
        "payload": str(tmp / f"{payload.case.api}-{payload.schema}.json"),
        "sys_path": [str(package_dir(generated, payload.case.api))],
        "profile": True,
        "profile_iterations": 20,
        "label": f"{payload.case.count:,} {payload.case.label}",
    }
