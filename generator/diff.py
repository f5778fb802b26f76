"""`vendorgen diff OLD.yaml NEW.yaml`: every change between two versions of a spec,
and whom each one breaks — clients of the vendor's API, webhook receivers, or the vendor.

Exit status: 0 when nothing breaks (or with --no-fail), 1 when something does, 2 when a spec
cannot be read or is invalid. Direction rules: generator/schemadiff.py; operations:
generator/opdiff.py.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .opdiff import Change, diff_documents
from .problems import Problem, SpecProblems, display_path, printable

HEADINGS = {
    "clients": "Breaking for clients (requests the vendor may reject, responses they may misread)",
    "receivers": "Breaking for webhook receivers (callbacks they may misread)",
    "vendor": "Breaking for the vendor (it may reject what existing webhook receivers answer)",
}


def load(path: Path) -> dict[str, Any]:
    """A valid spec's data; SpecProblems when it cannot be read or is invalid."""
    from .load import load_spec
    from .validate import validate_spec

    if not path.is_file():
        raise SpecProblems([Problem(display_path(path), 0, "", "no such spec file")])
    spec = load_spec(path, api="spec")
    problems = (
        spec if isinstance(spec, list) else [p for p in validate_spec(spec) if p.level == "error"]
    )
    if problems or isinstance(spec, list):
        raise SpecProblems(problems)
    return spec.data


def render_text(old: str, new: str, changes: list[Change]) -> str:
    lines = [f"diff {old} -> {new}"]
    for audience, heading in (*HEADINGS.items(), (None, "Not breaking")):
        group = [c for c in changes if c.breaks == audience]
        if group:
            lines += ["", f"{heading}:"]
            lines += [f"  {printable(c.where)}: {printable(c.message)}" for c in group]
    breaking = sum(c.breaking for c in changes)
    summary = (
        f"{breaking} breaking, {len(changes) - breaking} not breaking."
        if changes
        else "No changes."
    )
    return "\n".join([*lines, "", summary]) + "\n"


def render_json(old: str, new: str, changes: list[Change]) -> str:
    items = [{"breaking": c.breaking, **asdict(c)} for c in changes]
    report = {
        "old": old,
        "new": new,
        "breaking": sum(c.breaking for c in changes),
        "changes": items,
    }
    return json.dumps(report, indent=2, ensure_ascii=True) + "\n"


def main(old_path: Path, new_path: Path, *, as_json: bool = False, fail: bool = True) -> int:
    try:
        old, new = load(old_path), load(new_path)
    except SpecProblems as problems:
        print(
            problems.render().replace("nothing was written.", "nothing was compared."),
            file=sys.stderr,
        )
        return 2
    changes = diff_documents(old, new)
    render = render_json if as_json else render_text
    sys.stdout.write(render(display_path(old_path), display_path(new_path), changes))
    return 1 if fail and any(c.breaking for c in changes) else 0


__all__ = ["Change", "diff_documents", "load", "main", "render_json", "render_text"]
