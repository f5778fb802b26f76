"""CLI failures are messages a person acts on, never tracebacks: a missing dependency (vendorgen
run outside its environment), an unknown api, an unreadable spec."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from vendorgen import cache, cli

from tests.conftest import ROOT, SPECS


def test_missing_dependency_is_a_message(tmp_path: Path) -> None:
    """As outside the venv: the model generator cannot be imported (black is no longer one:
    it runs only as the models printer's fallback)."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "aska.yaml").write_bytes((SPECS / "aska.yaml").read_bytes())
    code = (
        "import sys; sys.modules['datamodel_code_generator'] = None; "
        "from vendorgen import cli; sys.exit(cli.main())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "vendorgen needs the Python package 'datamodel_code_generator'" in result.stderr


def test_no_op_cache_path_survives_a_missing_distribution(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Outside the venv the pinned formatter is absent: the fast path misses, it does not crash."""
    present = cache.inputs_digest(SPECS / "aska.yaml")
    monkeypatch.setattr(cache.sys, "path", [p for p in cache.sys.path if "site-packages" not in p])
    assert cache._version("black") == "missing"
    cache._generator_digest.cache_clear()  # hashed once per process: forget this process's
    try:
        assert cache.inputs_digest(SPECS / "aska.yaml") != present
    finally:
        cache._generator_digest.cache_clear()


@pytest.mark.parametrize("name", [*cache._SHAPERS, "openapi-spec-validator", "no-such-project"])
def test_versions_are_those_importlib_metadata_reads(name: str) -> None:
    """The no-op path reads versions from dist-info folder names, without importlib.metadata."""
    try:
        expected = metadata.version(name)
    except metadata.PackageNotFoundError:
        expected = "missing"
    assert cache._version(name) == expected


def test_unknown_api_names_the_known_ones(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert cli.main(["check", "nosuch"]) == 1
    err = capsys.readouterr().err
    assert "specs/nosuch.yaml" in err and "no such spec file" in err and "aska" in err


def test_unreadable_spec_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "shop.yaml").write_bytes(b"openapi: 3.1.0\n\xff\xfe\n")
    assert cli.main(["validate"]) == 1
    assert "specs/shop.yaml: error: /: not UTF-8" in capsys.readouterr().err


def test_unwritable_output_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be\n")
    assert cli.main(["--out", str(blocker), "generate", str(SPECS / "aska.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_a_template_rendering_python_that_does_not_parse_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A generator bug that renders broken Python for some spec (as the receivers once did for
    a text webhook body: `body: models.,`) is said, naming the template, and nothing is written;
    black used to be this check when it formatted every module."""
    from vendorgen import ir

    monkeypatch.setattr(ir.Body, "receiver_hint", property(lambda self: "models."))
    out = tmp_path / "out"
    code = cli.main(["--out", str(out), "generate", "--jobs", "1", "assure_erp"])
    stderr = capsys.readouterr().err
    assert code == 1
    assert "template server/webhooks.py.jinja rendered Python that does not parse" in stderr
    assert "a bug in vendorgen" in stderr and "nothing was written" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()
