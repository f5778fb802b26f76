"""The CI gate and the messages people act on: `check` fails on a one-character spec change
with a readable unified diff, the shipped pre-commit hooks run as declared, `generate` prints a
per-api summary, and validation problems show file:line, pointer, an excerpt and a caret."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from vendorgen import cli

from tests.conftest import GENERATED, ROOT, SPECS

API = "aska"  # the smallest spec; any would do


def _consumer(tmp_path: Path) -> Path:
    """A consuming repository: specs/ and generated/ side by side."""
    (tmp_path / "specs").mkdir()
    shutil.copy(SPECS / f"{API}.yaml", tmp_path / "specs" / f"{API}.yaml")
    shutil.copytree(GENERATED / API, tmp_path / "generated" / API)
    return tmp_path


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "vendorgen", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _flip_one_character(spec: Path) -> tuple[str, str]:
    """Change the last letter of the first operation summary; return the word before and after."""
    text = spec.read_text()
    match = re.search(r"^ +summary: .*?(\w+)\W*$", text[text.index("\npaths:") :], re.MULTILINE)
    assert match, "the spec has an operation summary"
    word = match.group(1)
    changed = word[:-1] + ("X" if word[-1] != "X" else "Y")
    start = text.index("\npaths:") + match.start(1)
    spec.write_text(text[:start] + changed + text[start + len(word) :])
    return word, changed


def test_one_character_spec_change_fails_check_with_a_readable_diff(tmp_path: Path) -> None:
    repo = _consumer(tmp_path)
    assert (
        _run(["check"], repo).returncode == 0
    ), "a fresh copy of specs/ and generated/ is up to date"
    before, after = _flip_one_character(repo / "specs" / f"{API}.yaml")
    result = _run(["check"], repo)
    assert result.returncode == 1
    diff = result.stdout.splitlines()
    assert any(line.startswith(f"--- generated/{API}/") for line in diff), result.stdout[:2000]
    assert any(line.startswith(f"+++ generated/{API}/") for line in diff)
    assert any(line.startswith("@@ ") for line in diff)
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    assert (
        removed and [line.replace(before, after) for line in removed] == added
    ), "only that word changed"
    assert "generated/ is stale" in result.stderr and "vendorgen generate" in result.stderr


def test_pre_commit_hooks_run_as_declared(tmp_path: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert {h["id"] for h in hooks} == {"vendorgen-validate", "vendorgen-check"}
    repo = _consumer(tmp_path)
    for hook in hooks:
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert re.search(hook["files"], f"specs/{API}.yaml")
        # The console script, never `python -m generator` (shadowed by any generator/ folder).
        assert hook["entry"] == "vendorgen"
        result = _run(hook["args"], repo)
        assert result.returncode == 0, result.stdout + result.stderr
    _flip_one_character(repo / "specs" / f"{API}.yaml")
    check = next(h for h in hooks if h["id"] == "vendorgen-check")
    assert _run(check["args"], repo).returncode == 1


def test_hooks_run_vendorgen_in_a_repository_with_its_own_generator_folder(
    tmp_path: Path,
) -> None:
    """`generator` is a common folder name; vendorgen's hooks must never run the consumer's."""
    repo = _consumer(tmp_path)
    shadow = repo / "generator"
    shadow.mkdir()
    for name in ("__init__.py", "__main__.py", "cli.py"):
        (shadow / name).write_text('print("shadowed")\nraise SystemExit(0)\n')
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    # pre-commit runs `entry` + `args` from the repository root, with the hook's environment
    # (here: this test's) first on PATH.
    script = Path(sys.executable).parent / hooks[0]["entry"]
    env = {**os.environ, "PATH": f"{script.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for hook in hooks:
        result = subprocess.run(
            [hook["entry"], *hook["args"]],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "shadowed" not in result.stdout + result.stderr
        assert "up to date" in result.stdout or "valid" in result.stdout, result.stdout
    _flip_one_character(repo / "specs" / f"{API}.yaml")
    check = next(h for h in hooks if h["id"] == "vendorgen-check")
    stale = subprocess.run(
        [check["entry"], *check["args"]], cwd=repo, env=env, capture_output=True, text=True
    )
    assert stale.returncode == 1 and "shadowed" not in stale.stdout
    assert f"+++ generated/{API}/" in stale.stdout


def test_generate_prints_a_summary_per_api(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import api

    out = tmp_path / "out"
    assert cli.main(["--out", str(out), "generate", str(SPECS / f"{API}.yaml")]) == 0
    first = capsys.readouterr().out
    assert cli.main(["--out", str(out), "generate", str(SPECS / f"{API}.yaml")]) == 0
    second = capsys.readouterr().out
    pattern = re.compile(
        rf"^{API}: (\d+) operations, (\d+) webhooks, (\d+) models, "
        rf"(\d+) files \((\d+) changed\) in \d+\.\d\ds$"
    )
    files = [p for p in (out / API).rglob("*") if p.is_file()]
    ir = api(API)
    for text, changed in ((first, len(files)), (second, 0)):
        match = pattern.match(text.strip())
        assert match, text
        assert [int(n) for n in match.groups()] == [
            len(ir.operations),
            len(ir.webhooks),
            int(match[3]),
            len(files),
            changed,
        ]
        assert int(match[3]) > 0


def test_validation_problem_shows_file_line_pointer_excerpt_and_caret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shop.yaml").write_text(
        "openapi: 3.1.0\n"
        'info: {title: Shop, version: "1"}\n'
        "paths:\n"
        "  /things:\n"
        "    get:\n"
        "      operationId: list_things\n"
        "      parameters:\n"
        "        - {name: limit, in: query, schema: {type: integer, minimum: 1}, example: 0}\n"
        "      responses:\n"
        '        "200": {description: ok}\n'
        "components:\n"
        "  schemas:\n"
        "    Evil:\n"
        "      properties:\n"
        '        "\\uFB01le\\u202E": {type: string}\n'
    )
    assert cli.main(["validate", "shop.yaml"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        "shop.yaml:8: error: /paths/~1things/get/parameters/0/example: "
        "example does not match its schema: 0 is less than the minimum of 1"
    )
    assert (
        lines[1]
        == "    "
        + "        - {name: limit, in: query, schema: {type: integer, minimum: 1}, example: 0}"
    )
    assert lines[2] == "    " + " " * lines[1][4:].index("0}") + "^"
    # Spec text in messages cannot smuggle control or bidi characters into a terminal.
    assert lines[3].startswith(
        "shop.yaml:15: error: /components/schemas/Evil/properties/\ufb01le\\u202e: property name"
    )
    assert all(c.isprintable() for line in lines for c in line)
    assert lines[-1] == "2 error(s); nothing was written."
