"""What the hostile-spec corpus and the property test check in generated code.

The neutral twin of a spec is the same spec with every free-text value — the `description`,
`summary` and `title` keywords wherever the document has keywords (not property names), and
`x-doc-note` — replaced by the plain word "text". Free text may only ever change prose, so the
rule for comparing a case with its twin is:

- every Python file parses, and its AST equals the twin's once docstrings (every bare string
  statement, attribute docstrings included) and `pass` statements are dropped and the values of
  `title=` / `description=` keyword arguments (FastAPI titles, pydantic `Field(title=...)`) are
  replaced by one placeholder;
- pyproject.toml parses, and equals the twin's but for `project.description`;
- JSON files parse, and equal the twin's once the same free-text keywords are neutralised;
- README.md is prose and not compared.
"""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from vendorgen import pipeline
from vendorgen.load import Spec
from vendorgen.walk import iter_keywords, resolve

FREE_TEXT = frozenset({"description", "summary", "title", "x-doc-note"})
PLAIN = "text"


def neutral_twin(data: dict[str, Any]) -> dict[str, Any]:
    twin = copy.deepcopy(data)
    for owner, key, value in list(iter_keywords(data)):
        if key in FREE_TEXT and isinstance(value, str | list):
            node = resolve(twin, "#" + owner) if owner else twin
            node[key] = PLAIN
    return twin


def render_twin(spec: Spec) -> dict[str, str] | None:
    """The twin's files, or None when the spec has no free text to neutralise."""
    twin = neutral_twin(spec.data)
    if twin == spec.data:
        return None
    return pipeline.render_api(replace(spec, data=twin)).files


class _Neutral(ast.NodeTransformer):
    def visit_Expr(self, node: ast.Expr) -> ast.AST | None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return self.generic_visit(node)

    def visit_Pass(self, node: ast.Pass) -> None:
        return None

    def visit_keyword(self, node: ast.keyword) -> ast.keyword:
        self.generic_visit(node)
        if node.arg in ("title", "description"):
            node.value = ast.Constant("<free text>")
        return node


def neutral_ast(source: str) -> str:
    return ast.dump(_Neutral().visit(ast.parse(source)))


def hidden_characters(text: str) -> list[str]:
    """Characters that could hide in code: control, bidi, invisible (newlines aside)."""
    return sorted({repr(c) for c in text if not (c.isprintable() or c == "\n")})


def check_files(files: dict[str, str]) -> None:
    """Every Python file parses and compiles; no file hides characters; TOML and JSON parse."""
    for path, text in files.items():
        assert not hidden_characters(text), f"{path} contains {hidden_characters(text)}"
        if path.endswith(".py"):
            compile(text, path, "exec", dont_inherit=True)
        elif path.endswith(".toml"):
            tomllib.loads(text)
        elif path.endswith(".json"):
            json.loads(text)


def assert_same_as_twin(files: dict[str, str], twin: dict[str, str]) -> None:
    assert sorted(files) == sorted(twin)
    for path in sorted(files):
        if path.endswith(".py"):
            assert neutral_ast(files[path]) == neutral_ast(
                twin[path]
            ), f"{path}: the AST depends on free text"
        elif path.endswith(".toml"):
            ours, theirs = tomllib.loads(files[path]), tomllib.loads(twin[path])
            ours["project"]["description"] = theirs["project"]["description"] = PLAIN
            assert ours == theirs, path
        elif path.endswith(".json"):
            assert neutral_twin(json.loads(files[path])) == neutral_twin(
                json.loads(twin[path])
            ), path


# Run in a fresh interpreter: imports each generated package with warnings as errors, and
# reports each component model's wire names and each enum's values.
_PROBE = r"""
import importlib, json, sys, warnings
import enum, fastapi, httpx, pydantic  # their own import-time warnings are not ours
report = {}
for package in sys.argv[1:]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            names = [package + suffix for suffix in ("", ".models", ".client", ".server")]
            modules = [importlib.import_module(name) for name in names]
            try:
                importlib.import_module(package + ".server.webhooks")
            except ModuleNotFoundError:
                pass
        models = modules[1]
        found = {}
        for name, cls in vars(models).items():
            if not isinstance(cls, type) or cls.__module__ != models.__name__:
                continue
            if issubclass(cls, enum.Enum):
                found[name] = {"enum": [m.value for m in cls]}
            elif issubclass(cls, pydantic.BaseModel) and not issubclass(cls, pydantic.RootModel):
                wire = [n if f.alias is None else f.alias for n, f in cls.model_fields.items()]
                found[name] = {"fields": sorted(wire)}
        report[package] = {"ok": True, "models": found}
    except BaseException as exc:
        report[package] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
print(json.dumps(report))
"""


def probe(site: Path, packages: list[str]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *packages],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def assert_round_trips(data: dict[str, Any], found: dict[str, Any]) -> None:
    """Each component model has exactly the spec's property names as its wire names, and each
    enum of the spec's schemas is some enum class's values, in order."""
    schemas = (data.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            assert found.get(name) == {"fields": sorted(schema["properties"])}, name
    enums = [model["enum"] for model in found.values() if "enum" in model]
    for _, key, value in iter_keywords({"schemas": schemas}):
        if key == "enum" and isinstance(value, list):
            assert value in enums, f"no enum class has the values {value!r}"


def mypy(site: Path, packages: list[str], cache: Path) -> dict[str, list[str]]:
    """One mypy --strict run over many packages; its errors by package."""
    (site / "mypy.ini").write_text("[mypy]\nstrict = True\nplugins = pydantic.mypy\n")
    args = [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", str(cache)]
    for package in packages:
        args += ["-p", package]
    result = subprocess.run(args, cwd=site, capture_output=True, text=True, timeout=600)
    errors: dict[str, list[str]] = {package: [] for package in packages}
    for line in result.stdout.splitlines():
        head = line.split("/", 1)[0].split(".", 1)[0]
        if ": error:" in line:
            errors.setdefault(head, []).append(line)
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr[-3000:]
    return errors
