"""Every JSON example attached to a body in the specs (the vendor documents' examples, repaired)
parses into its generated model and serialises back to equal JSON."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from vendorgen.walk import deref, iter_operations

from tests.conftest import API_IDS, package
from tests.helpers import same_json, spec


def _examples() -> list[tuple[str, str, str, Any]]:
    found = []
    for api_id in API_IDS:
        data = spec(api_id).data
        for _section, _name, _method, op in iter_operations(data):
            bodies = [("request", op.get("requestBody"))] + [
                (f"response {code}", r) for code, r in sorted(op.get("responses", {}).items())
            ]
            for label, body in bodies:
                if body is None:
                    continue
                for media in (deref(data, body).get("content") or {}).values():
                    model = media["schema"]["$ref"].rsplit("/", 1)[1]
                    for ex_name, example in (media.get("examples") or {}).items():
                        value = deref(data, example)["value"]
                        found.append(
                            (api_id, f"{op['operationId']} {label} {ex_name}", model, value)
                        )
    return found


EXAMPLES = _examples()


def test_every_api_has_examples() -> None:
    assert {a for a, *_ in EXAMPLES} == set(API_IDS)


@pytest.mark.parametrize(
    ("api_id", "where", "model", "value"), EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES]
)
def test_example_round_trips(api_id: str, where: str, model: str, value: Any) -> None:
    # A model class, or a type alias (a list, a union: generator/model_aliases.py).
    shape = pydantic.TypeAdapter(getattr(package(api_id).models, model))
    parsed = shape.validate_json(json.dumps(value))
    again = json.loads(shape.dump_json(parsed, by_alias=True, exclude_unset=True))
    assert same_json(again, value), (again, value)
