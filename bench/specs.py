"""Reading specs (as the generator does: dates stay strings); replicating one for the scale runs."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from common import SPECS

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc,valid-type]
    """Safe loader without YAML 1.1 timestamps: `2021-12-22` in an example is text on the wire."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}

SCHEMA_REF = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_files(folder: Path = SPECS) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


@cache
def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    return data if isinstance(data, dict) else {}


def operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, operation) for every operation under paths and webhooks, variants included."""
    found = []
    for group in ("paths", "webhooks"):
        for item in (spec.get(group) or {}).values():
            for method in METHODS:
                op = item.get(method) if isinstance(item, dict) else None
                if isinstance(op, dict):
                    found.append((str(op.get("operationId", "")), op))
    return found


def counts(spec: dict[str, Any]) -> tuple[int, int]:
    """(operations incl. variants, component schemas)."""
    ops = operations(spec)
    variants = sum(len(op.get("x-variants") or []) for _, op in ops)
    return len(ops) + variants, len((spec.get("components") or {}).get("schemas") or {})


def largest_spec(files: list[Path]) -> Path:
    return max(files, key=lambda path: path.stat().st_size)


# ---- replication: the scale runs ------------------------------------------------------------


def replicate(spec: dict[str, Any], times: int) -> dict[str, Any]:
    """The spec with its operations and component schemas copied `times` times under new names.

    Copy k (k >= 2) renames every operationId `op` to `op_r{k}` (variants too), every component
    schema `Name` to `NameR{k}` (and rewrites the copy's schema $refs), appends `/r{k}` to its
    paths and `_r{k}` to its webhook names and receiver paths. Responses, parameters and security
    schemes stay shared, as in a real spec that grew.
    """
    out = copy.deepcopy(spec)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for k in range(2, times + 1):
        names = {name: f"{name}R{k}" for name in schemas}
        clash = set(names.values()) & set(out["components"]["schemas"])
        if clash:
            raise ValueError(f"replica names clash with existing schemas: {sorted(clash)[:3]}")
        for name, new in names.items():
            out["components"]["schemas"][new] = _renamed(schemas[name], names, k)
        for path, item in (spec.get("paths") or {}).items():
            out["paths"][f"{path.rstrip('/')}/r{k}"] = _renamed(item, names, k)
        for name, item in (spec.get("webhooks") or {}).items():
            out["webhooks"][f"{name}_r{k}"] = _renamed(item, names, k)
    return out


def _renamed(node: Any, names: dict[str, str], k: int) -> Any:
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "operationId" and isinstance(value, str):
                result[key] = f"{value}_r{k}"
            elif key == "x-webhook-path" and isinstance(value, str):
                result[key] = f"{value.rstrip('/')}-r{k}"
            else:
                result[key] = _renamed(value, names, k)
        return result
    if isinstance(node, list):
        return [_renamed(item, names, k) for item in node]
    if isinstance(node, str) and node.startswith(SCHEMA_REF):
        name, _, rest = node[len(SCHEMA_REF) :].partition("/")
        if name in names:
            return f"{SCHEMA_REF}{names[name]}" + (f"/{rest}" if rest else "")
    return node


def write_spec(spec: dict[str, Any], path: Path) -> int:
    """Write a spec as JSON (valid YAML, no aliases, same text for every tool); returns bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(spec, indent=1, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))
