"""The generated packages' public surface is what their __all__ says, and only that."""

from __future__ import annotations

import enum
import re
import typing

import pydantic
import pytest

from tests.conftest import API_IDS, package
from tests.helpers import api

RUNTIME = {
    "InMemoryRateLimitBackend",
    "RateLimit",
    "RateLimitBackend",
    "RateLimiter",
    "RedisRateLimitBackend",
    "RetryPolicy",
    "RATE_LIMIT",
    "SequenceNotStr",
    "errors",
    "models",
}


@pytest.mark.parametrize("api_id", API_IDS)
def test_top_level_exports(api_id: str) -> None:
    pkg, a = package(api_id), api(api_id)
    assert set(pkg.__all__) == RUNTIME | {a.client_class, a.async_client_class}
    for name in set(pkg.__all__) - {"RATE_LIMIT"}:
        assert getattr(pkg, name) is not None
    assert (pkg.RATE_LIMIT is None) == (a.rate_limit is None)
    public = {n for n in vars(pkg) if not n.startswith("_")} - {"client", "server"}
    assert public <= set(pkg.__all__), public - set(pkg.__all__)


@pytest.mark.parametrize("api_id", API_IDS)
def test_server_exports(api_id: str) -> None:
    server, a = package(api_id).server, api(api_id)
    expected = {"create_mock_app"} | (
        {a.webhook_handlers_class, "create_webhook_app", *STORES} if a.webhooks else set()
    )
    assert set(server.__all__) == expected
    for name in server.__all__:
        assert callable(getattr(server, name))


STORES = ("DeliveryStore", "InMemoryDeliveryStore", "RedisDeliveryStore", "SQLiteDeliveryStore")


@pytest.mark.parametrize("api_id", API_IDS)
def test_every_error_is_exported(api_id: str) -> None:
    errors = package(api_id).errors
    classes = {
        n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)
    }
    assert set(errors.__all__) == classes
    assert all(issubclass(getattr(errors, n), errors.ClientError) for n in classes)


# Names a reader should never meet in a generated package: numbered clashes (`Status1`),
# numbered union members (`AmountOption1`), generated enum members (`INTEGER_0`, `INT_10`,
# `FIELD_10`), acronyms split mid-word (`image_ur_ls`, `asn_i_ds`) or singularised (`...Statu`).
_BAD_CLASS = re.compile(r"\d$|Option\d|Statu$|[a-z][A-Z][a-z]*[A-Z]$")
_BAD_FIELD = re.compile(r"\d$|(^|_)[a-z]_[a-z](_|$)|_ur_ls|_i_ds")
_BAD_MEMBER = re.compile(r"^(INTEGER|INT|FIELD|VALUE|NUMBER)_\d|^FIELD_$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_FIELD = re.compile(r"^[a-z][a-z0-9_]*$")


def _public_names(api_id: str) -> list[tuple[str, str]]:
    """(kind, name) for every model class, field and enum member of a package."""
    models = package(api_id).models
    names: list[tuple[str, str]] = []
    for name, value in vars(models).items():
        if not isinstance(value, type) or value.__module__ != models.__name__:
            continue
        if not name.isidentifier():  # RootModel[...] specialisations pydantic registers
            continue
        names.append(("class", name))
        if issubclass(value, enum.Enum):
            names.extend(("member", f"{name}.{m}") for m in value.__members__)
        elif issubclass(value, pydantic.BaseModel):
            names.extend(
                ("field", f"{name}.{f}")
                for f, info in value.model_fields.items()
                if not (info.alias or f)[-1].isdigit()  # the vendor's own `imageFile1` stays
            )
    return names


@pytest.mark.parametrize("api_id", API_IDS)
def test_model_names_read_well(api_id: str) -> None:
    bad = []
    for kind, qualified in _public_names(api_id):
        name = qualified.rsplit(".", 1)[-1]
        if (
            (kind == "class" and (_BAD_CLASS.search(name) or not _CLASS.match(name)))
            or (
                kind == "field"
                and name != "root"
                and (_BAD_FIELD.search(name) or not _FIELD.match(name))
            )
            or (kind == "member" and _BAD_MEMBER.search(name))
        ):
            bad.append(qualified)
    assert not bad, bad


def test_the_surface_check_can_fail() -> None:
    assert _BAD_CLASS.search("Status1") and _BAD_CLASS.search("AmountOption1")
    assert _BAD_CLASS.search("TicketidStatu") and _BAD_CLASS.search("ImageUrL")
    assert _BAD_FIELD.search("image_ur_ls") and _BAD_FIELD.search("asn_i_ds")
    assert _BAD_MEMBER.search("INTEGER_0") and _BAD_MEMBER.search("INT_10")
    assert not _BAD_CLASS.search("AvasamOrderStatus") and not _BAD_FIELD.search("image_urls")


def _wrappers(hint: object) -> list[str]:
    """The RootModel classes inside a type hint (through unions, lists, aliases, Annotated)."""
    value = getattr(hint, "__value__", hint)  # a TypeAliasType (recursive aliases)
    if isinstance(value, type) and issubclass(value, pydantic.RootModel):
        return [value.__name__]
    return [w for arg in typing.get_args(value) for w in _wrappers(arg)]


def _surface(api_id: str) -> dict[str, object]:
    """Every public model name and every client method's parameter and return hint."""
    pkg = package(api_id)
    surface: dict[str, object] = {
        name: value for name, value in vars(pkg.models).items() if not name.startswith("_")
    }
    for cls in (
        getattr(pkg, api(api_id).client_class),
        getattr(pkg, api(api_id).async_client_class),
    ):
        for name, method in vars(cls).items():
            if callable(method) and not name.startswith("_"):
                hints = typing.get_type_hints(method)
                surface.update({f"{cls.__name__}.{name}:{k}": v for k, v in hints.items()})
    return surface


@pytest.mark.parametrize("api_id", API_IDS)
def test_nothing_public_must_be_unwrapped(api_id: str) -> None:
    """No RootModel a user meets: not as a model, a body, a field or a result (`.root`)."""
    found = {}
    for where, value in _surface(api_id).items():
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
            if value is pydantic.RootModel:
                found[where] = ["RootModel imported"]
            for field, info in value.model_fields.items():
                if _wrappers(info.annotation):
                    found[f"{where}.{field}"] = _wrappers(info.annotation)
        elif _wrappers(value):
            found[where] = _wrappers(value)
    assert not found, found


def test_the_wrapper_check_can_fail() -> None:
    class Code(pydantic.RootModel[str]):
        pass

    assert _wrappers(Code) == ["Code"]
    assert _wrappers(list[Code] | None) == ["Code"]
    assert _wrappers(typing.Annotated[Code | int, "x"]) == ["Code"]
