"""Every Python module the templates render (and every runtime copy) is already what black
makes of it, for every spec and focused case; the models module, printed by model_layout.py
without black, is byte for byte what black makes of it too (specs, focused cases, corpus
documents and random schemas), with the fallback to black disabled. Generation never runs
black unless the printer declines a shape."""

from __future__ import annotations

import difflib
import functools
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import black
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from vendorgen import fmt, model_layout, model_names, model_schema, pipeline, render
from vendorgen.build import build_api
from vendorgen.ir import Api

from tests.conftest import ROOT
from tests.corpus.conftest import VALID as CORPUS_DOCUMENTS
from tests.corpus.conftest import doc_id

SPECS = sorted((ROOT / "specs").glob("*.yaml")) + sorted((ROOT / "tests/cases").glob("*/*.yaml"))
EXHAUSTIVE = os.environ.get("VENDORGEN_EXHAUSTIVE") == "1"
HEADER = "# Generated from prop.yaml by vendorgen. Do not edit: regenerate instead."


def _black(text: str) -> str:
    """Black's output; the runtime copies differ only in their header comment (which black
    never reflows), so each distinct body is formatted once."""
    header, newline, body = text.partition("\n")
    if body not in _FORMATTED:
        _FORMATTED[body] = black.format_str("#\n" + body, mode=fmt.black_mode()).partition("\n")[2]
    return header + newline + _FORMATTED[body]


_FORMATTED: dict[str, str] = {}


@functools.cache
def _rendered(spec_path: Path) -> render.Output:
    (spec,) = pipeline.load_and_validate([spec_path])
    return render.render(build_api(spec))


def _diff(ours: str, theirs: str) -> str:
    lines = difflib.unified_diff(
        ours.splitlines(), theirs.splitlines(), "printed", "black", lineterm="", n=1
    )
    return "\n".join(list(lines)[:60])


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_rendered_modules_are_black_stable(spec_path: Path) -> None:
    output = _rendered(spec_path)
    skipped = set(output.files) - output.preformatted
    assert {p for p in skipped if p.endswith(".py")} == {
        p for p in output.files if p.endswith("/models/__init__.py")
    }, "only the models and non-Python files may skip the stability check"
    unstable = []
    for path in sorted(output.preformatted):
        text = output.files[path]
        formatted = _black(text)
        if formatted != text:
            unstable.append(f"{path}:\n" + _diff(text, formatted))
    assert not unstable, "black would change:\n" + "\n\n".join(unstable)


def _assert_printed_as_black(models: str) -> None:
    """The printer's models are black's, and it did not decline (no silent fallback)."""
    printed = model_layout.black_layout(models)
    expected = _black(models)
    assert printed is not None, "the printer declined a shape the models hold"
    assert printed == expected, _diff(printed, expected)


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_the_models_of_every_spec_are_printed_as_black_writes_them(spec_path: Path) -> None:
    output = _rendered(spec_path)
    (models,) = (text for p, text in output.files.items() if p.endswith("/models/__init__.py"))
    _assert_printed_as_black(models)


@pytest.mark.parametrize("document", CORPUS_DOCUMENTS, ids=doc_id)
def test_the_models_of_every_corpus_document_are_printed_as_black_writes_them(
    document: Path,
) -> None:
    (spec,) = pipeline.load_and_validate([document])
    api = build_api(spec)
    models, _ = render.render_models(api, render.HEADER.format(spec=api.source_file))
    _assert_printed_as_black(models)


_MODULE = f'{HEADER}\n"""Models."""\nfrom __future__ import annotations\nfrom enum import Enum\n'
_LONG = "VeryLongNameOfAModelThatKeepsGoingAndGoing"
_SHAPES = {
    "blank lines": (
        "class A(Enum):\n\n    X = 'x'\nclass B:\n\n    '''doc'''\n\n\n    y: int\n\n\n\nz = 1\n"
    ),
    "a lone class docstring": 'class A:\n    """Doc."""\nB: TypeAlias = A\n"""Alias."""\n',
    "pass": "class A:\n    pass\nclass B:\n    pass\n",
    "docstring escapes": (
        "class A:\n    '''Ends with a quote\"'''\n    x: int\n    '''  pad \\\\'''\n"
    ),
    "a long union alias": f"X: TypeAlias = {_LONG}One | {_LONG}Two | {_LONG}Three\n",
    "a long annotation": f"class A:\n    x: {_LONG}One | {_LONG}Two | None = None\n",
    "a long default": f"class A:\n    x: int = Field(default_factory=list, title='{_LONG * 2}')\n",
    "a long list default": f"class A:\n    abc: list[str] = ['{_LONG}', '{_LONG}', 'x']\n",
    "an atom too long": f"class A(Enum):\n    {_LONG * 2} = '{_LONG * 2}'\n",
    "a long import": f"from pydantic import {', '.join(_LONG[:i] for i in range(8, 20))}\n",
    "numbers": "class A:\n    x: float = 1E+20\n    y: int = 0XFF\n    z: float = 1.\n",
}


@pytest.mark.parametrize("body", _SHAPES.values(), ids=_SHAPES.keys())
def test_hand_written_shapes_are_printed_as_black_writes_them(body: str) -> None:
    _assert_printed_as_black(_MODULE + body)


def test_a_shape_outside_the_subset_falls_back_to_black() -> None:
    models = f'{HEADER}\n"""Models."""\n\nclass A:  # a comment\n    x: int = 1\n'
    assert model_layout.black_layout(models) is None
    assert fmt.format_source("p/models/__init__.py", models) == _black(models)


def test_generation_does_not_import_black() -> None:
    """The printer covers the specs: a generation run never loads black (~75 ms)."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom vendorgen import pipeline\n"
        "(spec,) = pipeline.load_and_validate([Path('specs/aska.yaml')])\n"
        "pipeline.render_api(spec)\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'black'], 'black imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# Random component schemas: the printer's models are black's, or it declines (fmt.py then
# runs black). Names, descriptions and values are the awkward ones spec authors write.
_PIECES = [*"ab zZ_-.'\"\\/{}()[]#:,\n\t", "é", "€", "\u00a0", "\u4e2d", "😀", "\\n", '"""', "  "]
_text = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)
_long_text = st.builds(lambda t, n: (t + " ") * n, _text, st.integers(1, 8))
_names = st.sampled_from(
    ["id", "a b", "1st", "class", "x-y", "Name", "naïve", "self", "model_config", "q'uote"]
) | st.from_regex(r"[a-z][a-zA-Z0-9_]{0,60}", fullmatch=True)
_described = st.fixed_dictionaries({}, optional={"description": _long_text, "title": _text})


def _scalar() -> st.SearchStrategy[dict[str, Any]]:
    string = st.fixed_dictionaries(
        {"type": st.just("string")},
        optional={
            "minLength": st.integers(0, 5),
            "maxLength": st.integers(6, 10**12),
            "pattern": st.sampled_from(["^a+$", r"^\d{3}-[\"']x\\y$", "[é]"]),
            "format": st.sampled_from(["date-time", "date", "uuid", "uri", "byte"]),
            "default": _long_text,
        },
    )
    number = st.fixed_dictionaries(
        {"type": st.sampled_from(["integer", "number"])},
        optional={
            "minimum": st.integers(-(10**20), 0),
            "maximum": st.integers(1, 10**20),
            "multipleOf": st.sampled_from([2, 0.5, 1e-7]),
            "default": st.integers(0, 10**15),
        },
    )
    enum = st.builds(
        lambda values, default: {"type": "string", "enum": values}
        | ({"default": values[0]} if default else {}),
        st.lists(_text.filter(bool), min_size=1, max_size=5, unique=True),
        st.booleans(),
    )
    boolean = st.just({"type": "boolean"}) | st.just({"type": "boolean", "default": True})
    nullable = st.just({"type": ["string", "null"]})
    defaults = st.one_of(
        st.builds(
            lambda v: {"type": "array", "items": {"type": "string"}, "default": v},
            st.lists(_text, max_size=8),
        ),
        st.builds(
            lambda v: {"type": "object", "default": v},
            st.dictionaries(_text, st.integers() | _text | st.lists(st.integers()), max_size=4),
        ),
        st.builds(
            lambda v: {"type": "integer", "enum": v},
            st.lists(st.integers(), min_size=1, max_size=9),
        ),
    )
    return st.one_of(string, number, enum, boolean, nullable, defaults).flatmap(
        lambda schema: _described.map(lambda extra: {**schema, **extra})
    )


_schemas = st.recursive(
    _scalar(),
    lambda inner: st.one_of(
        st.builds(lambda items: {"type": "array", "items": items}, inner),
        st.builds(
            lambda props, required: {
                "type": "object",
                "properties": props,
                "required": [p for p in props if required],
            },
            st.dictionaries(_names, inner, min_size=1, max_size=4),
            st.booleans(),
        ),
        st.builds(lambda a, b: {"oneOf": [a, b]}, inner, inner),
        st.builds(lambda a, b: {"anyOf": [a, b, {"type": "null"}]}, inner, inner),
    ),
    max_leaves=8,
)
_components = st.dictionaries(
    st.from_regex(r"[A-Z][A-Za-z0-9]{0,70}", fullmatch=True),
    _schemas.flatmap(lambda schema: _described.map(lambda extra: {**schema, **extra})),
    min_size=1,
    max_size=4,
)


def _models(schemas: dict[str, Any]) -> str:
    document = model_schema.schema_document({"components": {"schemas": schemas}})
    api = SimpleNamespace(
        id="prop",
        title="Prop",
        schema_document=document,
        field_names=tuple(model_names.field_names(json.loads(document)).items()),
    )
    models, _ = render.render_models(cast(Api, api), HEADER)
    return models


@settings(
    max_examples=400 if EXHAUSTIVE else 40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(schemas=_components)
def test_random_schemas_print_as_black_writes_them_or_fall_back(schemas: dict[str, Any]) -> None:
    try:
        models = _models(schemas)
    except model_names.NamingError:
        # Names the generator refuses (an inline schema whose derived class name is taken):
        # a spec error it reports, nothing for the printer to print.
        assume(False)
    printed = model_layout.black_layout(models)
    expected = _black(models)
    if printed is not None:
        assert printed == expected, _diff(printed, expected)
    assert fmt.format_source("p/models/__init__.py", models) == expected
