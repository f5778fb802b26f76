"""Runtime: per-call overhead of the generated client (sync, async) vs raw httpx, same request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import payloads
import specs as spec_mod
from common import BENCH_PY, SPECS, Section, Stat, Target, fmt_ratio, fmt_stat, ratio
from runtime import package_dir, run_worker

CLIENT_CASE = ("aska", "upsert_stock")  # a POST with auth, idempotency key, body and response


def job(generated: Path, quick: bool, samples: int) -> dict[str, Any]:
    api, operation = CLIENT_CASE
    spec = spec_mod.load(SPECS / f"{api}.yaml")
    base_url = (spec.get("servers") or [{}])[0].get("url", "https://vendor.example")
    return {
        "mode": "client",
        "api": api,
        "operation": operation,
        "sys_path": [str(package_dir(generated, api))],
        "request": payloads.request_example(spec, operation),
        "response": payloads.response_example(spec, operation),
        "base_url": base_url if "{" not in base_url else "https://vendor.example",
        "samples": samples,
        "min_time": 0.005 if quick else 0.2,
    }


def measure(generated: Path, quick: bool, rounds: int, samples: int, tmp: Path) -> dict[str, Any]:
    work = job(generated, quick, samples)
    merged: dict[str, list[float]] = {}
    for _ in range(rounds):
        result = run_worker(BENCH_PY, work, tmp)
        if "error" in result:
            return result
        for name, values in result["calls"].items():
            merged.setdefault(name, []).extend(values)
    return {"calls": merged}


def section(result: dict[str, Any]) -> Section:
    api, operation = CLIENT_CASE
    sec = Section(
        f"Client per-call overhead: `{api}.{operation}` through httpx.MockTransport "
        "(µs per call, min / median)",
        ["mode", "vendorgen client", "raw httpx", "vendorgen ÷ raw"],
    )
    if "error" in result:
        sec.notes.append(f"failed: {result['error']}")
        return sec
    for mode in ("sync", "async"):
        ours, raw = _client_stats(result, mode)
        sec.rows.append(
            [mode, fmt_stat(ours, "µs"), fmt_stat(raw, "µs"), fmt_ratio(ratio(ours, raw))]
        )
    sec.notes.append(
        "Raw: `client.post(path, json=body, headers=<the same auth and Idempotency-Key "
        "headers>).json()`; "
        "vendorgen: `client.upsert_stock(StonesRequest)` returning the validated response model "
        "(rate limiter off, same in-process transport, same response bytes)."
    )
    return sec


def _client_stats(result: dict[str, Any], mode: str) -> tuple[Stat | None, Stat | None]:
    calls = result.get("calls", {})
    get = lambda key: Stat(tuple(calls[key])) if calls.get(key) else None  # noqa: E731
    return get(f"ours_{mode}"), get(f"raw_{mode}")


def targets(result: dict[str, Any]) -> list[Target]:
    sync, async_ = (ratio(*_client_stats(result, m)) for m in ("sync", "async"))
    return [
        Target(
            "Client per-call overhead vs raw httpx",
            "≤ 1.30× (median, sync and async)",
            f"sync {fmt_ratio(sync)}, async {fmt_ratio(async_)}",
            None if not sync or not async_ else max(sync[1], async_[1]) <= 1.3,
            "client",
        )
    ]
