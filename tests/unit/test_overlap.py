"""Checking in a worker process while rendering (`--jobs 2`, generator/overlap.py) gives what
checking first gives (`--jobs 1`): the same files, the same problems, whatever the worker does."""

from __future__ import annotations

from pathlib import Path

import pytest
from vendorgen import cli, overlap
from vendorgen.problems import SpecProblems

from tests.conftest import ROOT, SPECS

CORPUS = ROOT.parent / "shared" / "corpus"
BROKEN = sorted((CORPUS / "openapi-python-client" / "documents_with_errors").glob("*.yaml"))
TINY = ROOT / "tests" / "cases" / "minimal" / "tiny.yaml"


def _files(paths: list[Path], jobs: int) -> dict[str, dict[str, str]]:
    return {r.spec.api: r.rendered.files for r in overlap.checked_renders(paths, jobs=jobs)}


def _problems(paths: list[Path], jobs: int) -> str:
    with pytest.raises(SpecProblems) as raised:
        overlap.checked_renders(paths, jobs=jobs)
    return raised.value.render()


def test_valid_specs_render_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [SPECS / "aska.yaml", TINY]
    guessed = []
    real_guess = overlap._guess
    monkeypatch.setattr(overlap, "_guess", lambda *a: guessed.append(real_guess(*a)) or guessed[-1])
    assert _files(paths, 2) == _files(paths, 1)
    assert all(guessed), "a valid spec's guess stands (nothing is rendered twice)"


def test_tolerated_keys_are_dropped_as_when_checking_first(tmp_path: Path) -> None:
    """An unknown text key is a warning and is dropped: the guess (which kept it) is replaced
    by a render of the worker's spec."""
    spec = tmp_path / "titled.yaml"
    spec.write_text(
        TINY.read_text().replace(
            "operationId:", "title: Not an OpenAPI field\n      operationId:", 1
        )
    )
    assert _files([spec], 2) == _files([spec], 1)
    (render,) = overlap.checked_renders([spec], jobs=2)
    assert render.spec.ignored == () and "title" not in str(render.spec.data["paths"])


@pytest.mark.parametrize("document", BROKEN, ids=lambda p: p.stem)
def test_invalid_documents_raise_the_same_problems(document: Path) -> None:
    assert _problems([document, TINY], 2) == _problems([document, TINY], 1)


def test_unreadable_and_missing_specs_raise_the_same_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    paths = [broken, tmp_path / "missing.yaml", TINY]
    assert _problems(paths, 2) == _problems(paths, 1)


def test_a_failing_worker_is_replaced_by_checking_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overlap, "_ROOT_PACKAGE", "no_such_package_here")
    assert _files([TINY], 2) == _files([TINY], 1)
    assert _problems([BROKEN[0], TINY], 2) == _problems([BROKEN[0], TINY], 1)


def test_a_guess_that_raises_is_only_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from vendorgen.spec import normalise

    expected = _files([TINY], 1)

    def broken(*args: object) -> object:
        raise KeyError("guessing went wrong")

    monkeypatch.setattr(normalise, "normalise", broken)
    assert _files([TINY], 2) == expected


def test_the_command_line_takes_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for jobs in ("1", "2"):
        assert cli.main(["--out", str(tmp_path / jobs), "generate", "--jobs", jobs, str(TINY)]) == 0
    one = {
        p.relative_to(tmp_path / "1"): p.read_bytes()
        for p in (tmp_path / "1").rglob("*")
        if p.is_file()
    }
    two = {
        p.relative_to(tmp_path / "2"): p.read_bytes()
        for p in (tmp_path / "2").rglob("*")
        if p.is_file()
    }
    assert one == two and one
    assert cli.main(["--out", str(tmp_path / "2"), "check", "--jobs", "2", str(TINY)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_jobs_default_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VENDORGEN_JOBS", "1")
    assert overlap.default_jobs() == 1
    monkeypatch.setenv("VENDORGEN_JOBS", "2")
    assert overlap.default_jobs() == 2
    monkeypatch.setenv("VENDORGEN_JOBS", "8")
    assert overlap.default_jobs() == 2
    monkeypatch.delenv("VENDORGEN_JOBS")
    machine = overlap.default_jobs()
    for bad in ("two", "0", "-1"):
        monkeypatch.setenv("VENDORGEN_JOBS", bad)
        assert overlap.default_jobs() == machine
        assert f"VENDORGEN_JOBS={bad!r} is not a count" in capsys.readouterr().err


def test_the_size_limit_is_the_same_in_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader's guard against huge input, lowered through the environment as a user raises
    it: the worker process applies the same limit as this one."""
    from vendorgen import load

    limit = TINY.stat().st_size - 1
    monkeypatch.setenv("VENDORGEN_MAX_SPEC_BYTES", str(limit))
    monkeypatch.setattr(load, "MAX_BYTES", limit)
    refused = _problems([TINY], 2)
    assert refused == _problems([TINY], 1)
    assert f"larger than {limit} bytes" in refused and "VENDORGEN_MAX_SPEC_BYTES" in refused
    monkeypatch.setenv("VENDORGEN_MAX_SPEC_BYTES", str(limit + 1))
    monkeypatch.setattr(load, "MAX_BYTES", limit + 1)
    assert _files([TINY], 2) == _files([TINY], 1)
