"""Shared fixtures: the repository layout and the generated distributions on sys.path."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
# TEST_APIS=aska,graas narrows a local run to some apis; CI runs them all.
API_IDS = sorted(
    p.stem
    for p in SPECS.glob("*.yaml")
    if not os.environ.get("TEST_APIS") or p.stem in os.environ["TEST_APIS"].split(",")
)

# The generated distributions are imported from the tree, as a consumer's editable install would.
for api_id in API_IDS:
    if str(GENERATED / api_id) not in sys.path:
        sys.path.insert(0, str(GENERATED / api_id))


def package(api_id: str) -> ModuleType:
    module = importlib.import_module(f"{api_id}_api")
    importlib.import_module(f"{api_id}_api.server")  # needs the `server` extra, installed for tests
    return module


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(params=API_IDS)
def api_id(request: pytest.FixtureRequest) -> str:
    return str(request.param)
