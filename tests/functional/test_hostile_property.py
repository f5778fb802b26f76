"""Arbitrary text in each string slot of a small spec (description, summary, enum value, default,
example, property name, operationId): the spec is either refused with problems (nothing
rendered), or it renders code that parses, compiles, hides no control/bidi/invisible character,
imports with warnings as errors, keeps free text out of the AST (the neutral-twin rule in
tests/hostile_checks.py), and carries every value literal and wire name back exactly.
mypy is left to the corpus (tests/hostile/) for time. Derandomized: the same examples every run.
"""

from __future__ import annotations

import copy
import enum
import importlib
import itertools
import re
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from vendorgen import pipeline
from vendorgen.load import Spec, load_text
from vendorgen.validate import check_spec

from tests import hostile_checks as checks

EXAMPLES = 60
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Property API", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "put_thing",
                "summary": "Put a thing",
                "description": "Stores a thing.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "A thing.",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "note": {"type": "string", "default": "plain", "example": "plain"},
                    "kind": {"type": "string", "enum": ["plain", "other"]},
                    "slot": {"type": "string"},
                },
            }
        }
    },
}
SLOTS = ("description", "summary", "enum", "default", "example", "property", "operation_id")
# Plain text, and text drawn from the characters that have broken generators before.
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(
        alphabet=st.sampled_from(
            list("\"'\\{}%#\n\r\t\u2028\u2029\u202e\u2066\u200b\ufeff\x00\x1b aA_1é名")
        ),
        max_size=24,
    ),
    st.sampled_from(
        [
            '"""',
            "'''",
            "\\",
            "\\N{",
            "{{ x }}",
            "{% x %}",
            "{__import__('os')}",
            "",
            "class",
            "list",
            "close",
        ]
    ),
)
DumpNoAliases = type(
    "DumpNoAliases", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True}
)


def _with(slot: str, text: str) -> dict[str, Any]:
    data = copy.deepcopy(SPEC)
    op = data["paths"]["/things"]["post"]
    thing = data["components"]["schemas"]["Thing"]
    if slot in ("description", "summary"):
        op[slot] = text
        thing["description"] = text
    elif slot == "enum":
        thing["properties"]["kind"]["enum"] = [text, "other"] if text != "other" else [text]
    elif slot in ("default", "example"):
        thing["properties"]["note"][slot] = text
    elif slot == "property":
        thing["properties"][text] = thing["properties"].pop("slot")
    else:
        op["operationId"] = text
    return data


def _import(site: Path, package: str) -> Any:
    if str(site) not in sys.path:
        sys.path.insert(0, str(site))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        module = importlib.import_module(package)
        importlib.import_module(f"{package}.server")
    return module


def _round_trips(slot: str, text: str, module: Any, spec: Spec) -> None:
    thing = module.models.Thing
    if slot == "enum":
        enums = [
            cls
            for cls in vars(module.models).values()
            if isinstance(cls, type) and issubclass(cls, enum.Enum)
        ]
        assert ([text] if text == "other" else [text, "other"]) in [
            [m.value for m in cls] for cls in enums
        ]
    elif slot == "default":
        assert thing.model_validate({"id": "x"}).model_dump(by_alias=True)["note"] == text
    elif slot == "example":
        field = next(f for n, f in thing.model_fields.items() if (f.alias or n) == "note")
        assert field.examples == [text]
    elif slot == "property":
        dumped = thing.model_validate({"id": "x", text: "value"}).model_dump(
            by_alias=True, exclude_unset=True
        )
        assert dumped == {"id": "x", text: "value"}
        assert text in {n if f.alias is None else f.alias for n, f in thing.model_fields.items()}
    elif slot == "operation_id":
        method = spec.data["paths"]["/things"]["post"]["operationId"]
        assert method.isascii() and method.isidentifier(), "a derived method name is plain"
        if re.fullmatch(r"[a-z][a-z0-9_]*", text) and method != text:
            assert method == text + "_", "a method name is kept, escaped only when reserved"
        assert callable(getattr(_client(module), method))


def _client(module: Any) -> Any:
    return next(
        getattr(module, name)
        for name in module.__all__
        if name.endswith("Client") and not name.startswith("Async")
    )


def test_arbitrary_text_in_every_slot(tmp_path: Path) -> None:
    outcomes: Counter[str] = Counter()
    numbers = itertools.count()

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[
            Phase.explicit,
            Phase.generate,
        ],  # no shrinking: a failure prints its example as found
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(slot=st.sampled_from(SLOTS), text=TEXT)
    def run(slot: str, text: str) -> None:
        api = f"prop{next(numbers)}"
        data = _with(slot, text)
        source = yaml.dump(
            data, Dumper=DumpNoAliases, allow_unicode=False, sort_keys=False, width=10**6
        )
        spec = load_text(source, tmp_path / f"{api}.yaml", api)
        if isinstance(spec, list):  # refused while loading
            assert spec and all(p.message for p in spec)
            outcomes[f"{slot}: refused"] += 1
            return
        assert isinstance(spec, Spec) and spec.data == data, "the YAML round trip is exact"
        # As the pipeline does: validated as given, then rendered from the normalised document
        # (where an operationId that is no method name has been given a derived one).
        normalised, problems = check_spec(spec)
        if normalised is None or any(p.level == "error" for p in problems):
            assert problems and all(p.render() for p in problems)
            outcomes[f"{slot}: refused"] += 1
            return
        spec = normalised
        try:
            files = pipeline.render_api(spec).files
        except pipeline.GenerationError as exc:
            assert "nothing was written" in str(exc)
            outcomes[f"{slot}: refused"] += 1
            return
        checks.check_files(files)
        twin = checks.render_twin(spec)
        if twin is not None:
            checks.assert_same_as_twin(files, twin)
        for rel, text_ in files.items():
            path = tmp_path / "site" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text_, encoding="utf-8")
        _round_trips(slot, text, _import(tmp_path / "site", f"{api}_api"), spec)
        outcomes[f"{slot}: generated"] += 1

    run()
    generated = sum(n for key, n in outcomes.items() if key.endswith("generated"))
    print(f"\n{EXAMPLES} examples: {dict(sorted(outcomes.items()))}")
    assert generated >= EXAMPLES // 2, outcomes  # most examples exercise generated code
