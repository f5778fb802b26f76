"""Parse speed only: our generated models against openapi-python-client on the bench payloads.

`.venv/bin/python bench/parse.py [--rounds N] [--samples N]`: the models part of `run.py`
alone (same payloads, same worker, processes alternated so drift hits both), against the
committed `generated/` tree; prints medians and the ratio vendorgen ÷ opc per payload.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

import peers as peer_mod
import runtime
from common import ROOT, WORK_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/parse.py")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args(argv)
    if not peer_mod.ensure(peer_mod.OPC, allow_install=True):
        print("openapi-python-client is not installed", file=sys.stderr)
        return 1
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="parse-", dir=WORK_DIR))
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs = runtime.measure_models(
        ROOT / "generated", [peer_mod.OPC], False, args.rounds, args.samples, tmp
    )
    for run in runs:
        if run.payload is None:
            continue
        parse = run.samples.get("parse", {})
        ours, opc = parse.get("ours"), parse.get("opc")
        if not ours or not opc:
            print(run.payload.case.label if hasattr(run.payload.case, "label") else "?", run.errors)
            continue
        o, p = statistics.median(ours), statistics.median(opc)
        bare = parse.get("model_validate_json") or [float("nan")]
        print(
            f"{run.payload.case.count:>6} × {run.payload.schema:<28} "
            f"ours {o * 1e3:6.1f} ms  opc {p * 1e3:6.1f} ms  ratio {o / p:.2f}× "
            f"(min {min(ours) / min(opc):.2f}×, n={len(ours)}); "
            f"bare model_validate_json {statistics.median(bare) * 1e3:6.1f} ms "
            f"= {statistics.median(bare) / p:.2f}×"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
