"""Peer generators: one virtual environment each under bench/.peers/, installed from PyPI.

Versions are pinned so that results.md from two runs compare the same peers; bump them here.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from common import PEERS_DIR, Outcome, log, timed_run


@dataclass(frozen=True)
class Peer:
    key: str  # short column name
    title: str  # what it generates, for the table header
    package: str  # PyPI requirement
    extras: tuple[str, ...]  # also installed: what its generated code needs to be imported
    executable: str  # console script in the venv

    @property
    def venv(self) -> Path:
        return PEERS_DIR / self.key

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    @property
    def installed(self) -> bool:
        stamp = self.venv / ".installed"
        return stamp.is_file() and stamp.read_text().strip() == self.pins

    @property
    def pins(self) -> str:
        return " ".join((self.package, *self.extras))

    def version(self) -> str:
        return self.package.split("==", 1)[-1]


OPC = Peer(
    "opc",
    "openapi-python-client (client)",
    "openapi-python-client==0.29.1",
    # its generated client imports attrs, httpx and dateutil; orjson is the parse floor
    ("attrs", "httpx", "python-dateutil", "orjson"),
    "openapi-python-client",
)
DMC = Peer(
    "dmc",
    "datamodel-codegen (models)",
    "datamodel-code-generator==0.89.0",
    (),
    "datamodel-codegen",
)
FC = Peer(
    "fc",
    "fastapi-codegen (server)",
    "fastapi-code-generator==0.8.1",
    (),
    "fastapi-codegen",
)
PEERS = (OPC, DMC, FC)


def ensure(peer: Peer, *, allow_install: bool) -> bool:
    """Create the peer's venv and install it (once per pin change). False when unavailable."""
    if peer.installed:
        return True
    if not allow_install:
        log(f"{peer.key}: not installed under {peer.venv}; skipped (run the full bench once)")
        return False
    log(f"installing {peer.pins} into {peer.venv} ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(peer.venv)], check=True)
        pip = [str(peer.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, peer.package, *peer.extras], check=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        log(f"{peer.key}: install failed ({exc}); skipped")
        return False
    (peer.venv / ".installed").write_text(peer.pins + "\n")
    return True


BENCH_TOOLS = {"orjson": "orjson==3.13.0", "pyinstrument": "pyinstrument==5.1.3"}


def ensure_bench_tools(*, allow_install: bool) -> None:
    """orjson (the parse floor) and pyinstrument (profiles of missed targets) in the bench env."""
    missing = [pin for name, pin in BENCH_TOOLS.items() if not _importable(name)]
    if missing and allow_install:
        log(f"installing {' '.join(missing)} into the bench env ({sys.prefix}) ...")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *missing,
            ],
            check=False,
        )


def _importable(name: str) -> bool:
    probe = subprocess.run(
        [sys.executable, "-c", f"import {name}"], capture_output=True, check=False
    )
    return probe.returncode == 0


def generate(peer: Peer, spec: Path, out: Path) -> Outcome:
    """Run the peer on one spec, as a user would: one whole process per spec."""
    argv: list[str | Path]
    if peer is OPC:
        argv = [peer.bin / peer.executable, "generate", "--path", spec, "--output-path", out]
        argv += ["--meta", "none", "--overwrite"]
    elif peer is DMC:
        argv = [peer.bin / peer.executable, "--input", spec, "--input-file-type", "openapi"]
        argv += ["--output", out / "models.py", "--output-model-type", "pydantic_v2.BaseModel"]
        argv += ["--target-python-version", "3.11", "--formatters", "black", "isort"]
        out.mkdir(parents=True, exist_ok=True)
    else:
        argv = [peer.bin / peer.executable, "--input", spec, "--output", out]
        argv += ["--output-model-type", "pydantic_v2.BaseModel", "--python-version", "3.11"]
    outcome = timed_run(argv, env_path=peer.bin)
    if outcome.ok and not any(out.rglob("*.py")):
        outcome.returncode = -1
        outcome.stderr += "\nno Python file written"
    return outcome


def verdict(peer: Peer, outcome: Outcome) -> str:
    """'' when the peer handled the spec fully; otherwise a short, honest note."""
    if not outcome.ok:
        return f"failed: {outcome.first_error()}"
    text = outcome.stdout + outcome.stderr
    if peer is OPC and "Warning(s) encountered" in text:
        skipped = text.count("will not be generated") + text.count("Unable to process schema")
        return f"partial: {skipped} endpoint(s)/schema(s) skipped"
    return ""
