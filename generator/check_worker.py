"""The worker process of overlap.py: check the spec files a JSON request on stdin names
(`{"paths": [...], "api": null}`) and write their verdicts, pickled, to stdout."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from . import pipeline


def main() -> None:
    request = json.load(sys.stdin)
    paths = [Path(p) for p in request["paths"]]
    with pipeline.fewer_collections():
        verdicts = pipeline.check_paths(paths, api=request["api"])
    sys.stdout.buffer.write(pickle.dumps(verdicts, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
