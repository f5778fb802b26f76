"""The hostile-spec corpus (tests/hostile/<case>.yaml, outcome in <case>.expected).

Each case either generates — code that parses, compiles, hides no control/bidi/invisible
character, imports with warnings as errors, passes mypy --strict, keeps every wire name and
enum value, and has exactly the AST of its neutral twin (the rule: tests/hostile_checks.py) —
or is refused: exactly the expected message, nothing written, within seconds.

`<case>.expected` is `generated`, or `refused` followed by the exact stderr of
`python -m vendorgen --out /tmp/x generate tests/hostile/<case>.yaml` run from the repository root.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from vendorgen import cli
from vendorgen.load import Spec, load_spec
from vendorgen.validate import check_spec

from tests import hostile_checks as checks
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "hostile"
CASES = sorted(p.stem for p in CORPUS.glob("*.yaml"))
EXPECTED = {case: (CORPUS / f"{case}.expected").read_text() for case in CASES}
GENERATED = [case for case in CASES if EXPECTED[case] == "generated\n"]
REFUSED = [case for case in CASES if EXPECTED[case].startswith("refused\n")]
SECONDS = 10.0  # a hostile spec is refused in well under a second; this bounds a denial of service


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    seconds: float
    out: Path
    twin: dict[str, str] | None  # the neutral twin's files, rendered right after the case


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Every case through `python -m vendorgen generate`, in process, from the repository root."""
    root = tmp_path_factory.mktemp("hostile")
    results = {}
    with _cwd(ROOT):
        for case in CASES:
            out, stdout, stderr = root / case, io.StringIO(), io.StringIO()
            started = time.perf_counter()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = cli.main(["--out", str(out), "generate", f"tests/hostile/{case}.yaml"])
            seconds = time.perf_counter() - started
            twin = checks.render_twin(_spec(case)) if code == 0 else None
            results[case] = Outcome(code, stdout.getvalue(), stderr.getvalue(), seconds, out, twin)
    return results


@pytest.fixture(scope="session")
def site(outcomes: dict[str, Outcome], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every generated package side by side, under its own name: one import run, one mypy run."""
    site = tmp_path_factory.mktemp("site")
    for case in GENERATED:
        if outcomes[case].code == 0:
            shutil.copytree(outcomes[case].out / case / f"{case}_api", site / f"{case}_api")
    return site


@pytest.fixture(scope="session")
def probed(site: Path) -> dict[str, Any]:
    return checks.probe(site, sorted(p.name for p in site.iterdir() if p.is_dir()))


@pytest.fixture(scope="session")
def mypy_errors(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    packages = sorted(p.name for p in site.iterdir() if p.is_dir())
    return checks.mypy(site, packages, tmp_path_factory.mktemp("mypy-cache"))


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def _spec(case: str) -> Spec:
    """The case as the pipeline renders it: loaded, validated, normalised."""
    spec = load_spec(CORPUS / f"{case}.yaml")
    assert isinstance(spec, Spec)
    normalised, problems = check_spec(spec)
    assert normalised is not None, problems
    return normalised


def _files(outcome: Outcome, case: str) -> dict[str, str]:
    tree = outcome.out / case
    return {
        p.relative_to(tree).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(tree.rglob("*"))
        if p.is_file()
    }


def test_corpus_size_and_outcomes_are_recorded() -> None:
    assert len(CASES) >= 40
    assert (
        sorted(GENERATED + REFUSED) == CASES
    ), "every case has a .expected: generated, or refused + message"


@pytest.mark.parametrize("case", REFUSED)
def test_refused_with_exact_message_writing_nothing(
    outcomes: dict[str, Outcome], case: str
) -> None:
    outcome = outcomes[case]
    expected = EXPECTED[case].removeprefix("refused\n")
    assert (outcome.code, outcome.stderr) == (1, expected), f"update tests/hostile/{case}.expected"
    assert not outcome.out.exists(), "a refused spec writes nothing"
    assert outcome.seconds < SECONDS


@pytest.mark.parametrize("case", GENERATED)
def test_generated_code_is_sound_and_free_text_changes_only_prose(
    outcomes: dict[str, Outcome], case: str
) -> None:
    outcome = outcomes[case]
    assert outcome.code == 0, outcome.stderr
    assert outcome.stdout.startswith(f"{case}: "), outcome.stdout
    files = _files(outcome, case)
    checks.check_files(files)
    if outcome.twin is not None:
        checks.assert_same_as_twin(files, outcome.twin)


@pytest.mark.parametrize("case", GENERATED)
def test_generated_package_imports_and_keeps_wire_names(probed: dict[str, Any], case: str) -> None:
    report = probed[f"{case}_api"]
    assert report["ok"], report.get("error")
    checks.assert_round_trips(_spec(case).data, report["models"])


@pytest.mark.parametrize("case", GENERATED)
def test_generated_package_passes_mypy_strict(mypy_errors: dict[str, list[str]], case: str) -> None:
    assert mypy_errors[f"{case}_api"] == []
