"""Every snippet a newcomer copies works: the fenced ```python blocks of README.md and of each
generated README run (the clients against the generated mock, served on 127.0.0.1 by the README's
own server snippet), and the shell and YAML blocks name commands, targets, folders and hooks that
exist. Only the port changes: 8000 in the README, a free port here."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import yaml
from vendorgen import cli

from tests.conftest import API_IDS, GENERATED, ROOT

README_PORT = "8000"
TIMEOUT = 60.0


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def _free_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return str(sock.getsockname()[1])


def _env(**extra: str) -> dict[str, str]:
    paths = [str(GENERATED / api_id) for api_id in API_IDS]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, str(ROOT)]), **extra}


def _on_port(code: str, port: str) -> str:
    assert README_PORT in code, "the snippet names the README's port"
    return code.replace(README_PORT, port)


@contextmanager
def _serving(code: str, port: str, env: dict[str, str]) -> Iterator[None]:
    """Run a server snippet until it accepts connections; stop it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-c", _on_port(code, port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the server snippet did not start listening"
            try:
                socket.create_connection(("127.0.0.1", int(port)), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)  # polling the port: the condition, not a guess at a delay
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def _run(code: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0, code + "\n" + result.stdout + result.stderr
    return result.stdout


def test_root_readme_python_snippets_run() -> None:
    client, shared_budget, server = _blocks((ROOT / "README.md").read_text(), "python")
    env = _env(ASKA_TRANSKEY="ak_test")
    port = _free_port()
    with _serving(server, port, env):
        printed = _run(_on_port(client, port), env)
    assert re.fullmatch(r"\d+ \d+\n", printed), printed  # inserted, updated: the call succeeded
    _run(shared_budget, env)  # builds the shared limiter and a client from public names


@pytest.mark.parametrize("api_id", API_IDS)
def test_generated_readme_calls_the_mock(api_id: str) -> None:
    server, client = _blocks((GENERATED / api_id / "README.md").read_text(), "python")
    assert "base_url=" in client and "(...)" not in client
    env, port = _env(), _free_port()
    with _serving(server, port, env):
        printed = _run(_on_port(client, port), env)
    assert printed.strip() and not re.match(r"\d{3} ", printed), printed  # no ApiError


def _shell_lines(text: str) -> list[str]:
    lines = []
    for block in _blocks(text, "sh"):
        lines += [line.split("#")[0].strip() for line in block.splitlines()]
    return [line for line in lines if line]


def test_root_readme_commands_exist() -> None:
    text = (ROOT / "README.md").read_text()
    makefile = (ROOT / "Makefile").read_text()
    commands = set(cli._parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    seen = set()
    for line in _shell_lines(text):
        word, *rest = line.split()
        seen.add(word)
        if word == "make":
            assert re.search(rf"^{rest[0]}:", makefile, re.MULTILINE), line
        elif word == "vendorgen":
            assert rest[0] in commands, line
        elif word == "pip":
            target = rest[-1].strip("'")
            folder, _, extra = target.partition("[")
            assert (ROOT / folder).is_dir(), line
            if extra:
                assert f"{extra.rstrip(']')} = [" in (ROOT / folder / "pyproject.toml").read_text()
        else:
            pytest.fail(f"an unchecked command in README.md: {line}")
    assert seen == {"make", "vendorgen", "pip"}
    hook_ids = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    yaml_blocks = _blocks(text, "yaml")
    gate = next(b for b in yaml_blocks if b.startswith("- run: pip install"))
    config = next(b for b in yaml_blocks if b.startswith("repos:"))
    run_lines = [line.strip() for step in yaml.safe_load(gate) for line in step["run"].split("\n")]
    gate_commands = [line.split()[1] for line in run_lines if line.startswith("vendorgen ")]
    assert {"validate", "check", "diff"} <= set(gate_commands) <= commands, run_lines
    assert not any(line.startswith("python -m generator") for line in run_lines)
    used = {hook["id"] for repo in yaml.safe_load(config)["repos"] for hook in repo["hooks"]}
    assert used == hook_ids


@pytest.mark.parametrize("api_id", API_IDS)
def test_generated_readme_install_lines_name_the_distribution(api_id: str) -> None:
    lines = _shell_lines((GENERATED / api_id / "README.md").read_text())
    assert lines == [
        f"pip install ./generated/{api_id}",
        f"pip install './generated/{api_id}[server]'",
    ]
    assert "server = [" in (GENERATED / api_id / "pyproject.toml").read_text()
    assert '"uvicorn' in (GENERATED / api_id / "pyproject.toml").read_text()
