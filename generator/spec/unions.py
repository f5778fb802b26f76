"""A `oneOf` that lists the same schema twice.

No value is valid against exactly one of two equal members, so the client, which checks what
it sends against the spec, refuses every value of such a schema before sending (and the mock,
playing a strict vendor, every request). Reading is unaffected: the models take either member.
The document is valid OpenAPI, so outside `validate --strict` this is a warning; what such a
document means is `anyOf` (an example: openapi-python-client's baseline,
`/types/unions/duplicate-types`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..load import Spec
from ..problems import Problem
from ..walk import iter_keywords
from .refs import is_schema


def repeated_one_of_members(spec: Spec, level: str = "warning") -> Iterator[Problem]:
    for owner, key, members in iter_keywords(spec.data):
        if key != "oneOf" or not isinstance(members, list) or not is_schema(owner):
            continue
        seen: dict[str, int] = {}
        for index, member in enumerate(members):
            first = seen.setdefault(json.dumps(member, sort_keys=True, default=str), index)
            if first != index:
                yield spec.problem(
                    f"{owner}/oneOf/{index}",
                    f"oneOf member {index} repeats member {first}: no value matches exactly one "
                    "of them, so none is valid here and the client refuses to send one (anyOf "
                    "is probably meant)",
                    level=level,
                )


def repeated_one_of_errors(spec: Spec) -> Iterator[Problem]:
    """`validate --strict` (the house style of specs/): the same, as an error."""
    return repeated_one_of_members(spec, "error")
