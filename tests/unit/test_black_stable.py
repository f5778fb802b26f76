"""Every Python module the templates render (and every runtime copy) is already what black
makes of it, for every spec and focused case: generation runs black on the models only."""

from __future__ import annotations

import difflib
from pathlib import Path

import black
import pytest
from vendorgen import fmt, pipeline, render
from vendorgen.build import build_api

from tests.conftest import ROOT

SPECS = sorted((ROOT / "specs").glob("*.yaml")) + sorted((ROOT / "tests/cases").glob("*/*.yaml"))


def _black(text: str) -> str:
    """Black's output; the runtime copies differ only in their header comment (which black
    never reflows), so each distinct body is formatted once."""
    header, newline, body = text.partition("\n")
    if body not in _FORMATTED:
        _FORMATTED[body] = black.format_str("#\n" + body, mode=fmt.MODE).partition("\n")[2]
    return header + newline + _FORMATTED[body]


_FORMATTED: dict[str, str] = {}


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_rendered_modules_are_black_stable(spec_path: Path) -> None:
    (spec,) = pipeline.load_and_validate([spec_path])
    output = render.render(build_api(spec))
    skipped = set(output.files) - output.preformatted
    assert skipped == {f"{spec.api}_api/models/__init__.py"} | {
        p for p in output.files if not p.endswith(".py")
    }, "only the models and non-Python files may skip the stability check"
    unstable = []
    for path in sorted(output.preformatted):
        text = output.files[path]
        formatted = _black(text)
        if formatted != text:
            diff = difflib.unified_diff(
                text.splitlines(), formatted.splitlines(), "rendered", "black", lineterm="", n=1
            )
            unstable.append(f"{path}:\n" + "\n".join(list(diff)[:40]))
    assert not unstable, "black would change:\n" + "\n\n".join(unstable)
