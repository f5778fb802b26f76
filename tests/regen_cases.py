"""Regenerate the expected output of every tests/cases/<case>/ (run after reading the diff)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vendorgen import pipeline, write

for case in sorted(p for p in (Path(__file__).parent / "cases").iterdir() if p.is_dir()):
    (spec_path,) = sorted(case.glob("*.yaml"))
    (spec,) = pipeline.load_and_validate([spec_path])
    changed = write.write_tree(case / "expected" / spec_path.stem, pipeline.render_api(spec).files)
    print(f"{case.name}: {changed} file(s) changed")
