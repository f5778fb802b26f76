"""One format checker for examples in specs, mock samples and the client's send-side check."""

from __future__ import annotations

import pytest
from vendorgen.formats import FORMAT_CHECKER
from vendorgen.runtime._validation import FORMATS


def test_the_spec_validator_checks_formats_as_the_client_does() -> None:
    assert FORMAT_CHECKER is FORMATS


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("uuid", "123e4567-e89b-12d3-a456-426614174000", "notauuid"),
        ("uri", "https://example.com/a", "https://example.com/a b"),
        ("date-time", "2020-10-16T20:22:28.000+05:30", "2020-10-16T20:22:28"),
        ("int32", 2**31 - 1, 2**31),
    ],
)
def test_a_format_is_checked_on_send(fmt: str, good: object, bad: object) -> None:
    assert FORMATS.conforms(good, fmt)
    assert not FORMATS.conforms(bad, fmt)
