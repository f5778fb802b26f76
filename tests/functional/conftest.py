"""Fixtures shared by the functional tests."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT

ROUTING_CASE = ROOT / "tests" / "cases" / "routing" / "expected" / "items"


@pytest.fixture(scope="module")
def items() -> ModuleType:
    """The routing case's generated package (`items_api`), imported from its goldens."""
    sys.path.insert(0, str(ROUTING_CASE))
    try:
        return importlib.import_module("items_api")
    finally:
        sys.path.remove(str(ROUTING_CASE))
