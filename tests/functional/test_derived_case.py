"""tests/cases/derived: an OpenAPI 3.0 document written as outside vendors write them
generates as given. The derived names, the 3.0 schemas read as 3.1, the only-`default`
operation and the ignored extensions, checked on the generated code, and its client against
its mock over 127.0.0.1."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.helpers import run_vendorgen
from tests.servers import serve

CASE = ROOT / "tests" / "cases" / "derived"
sys.path.insert(0, str(CASE / "expected" / "derived"))

api = importlib.import_module("derived_api")
server = importlib.import_module("derived_api.server")
models = api.models


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with serve(server.create_mock_app()) as url, api.DerivedClient(base_url=url) as c:
        yield c


def test_class_names_come_from_names_and_places() -> None:
    # `order_line` and `cart.Full` become class names; inline bodies are named by place.
    for name in (
        "OrderLine",
        "CartFull",
        "CreateOrderRequest",
        "ListOrdersResponseItem",
        "GetOrdersOrderId404Response",
        "CancelOrderResponse",
    ):
        assert isinstance(getattr(models, name), type), name
    # An inline array response is named by place too, as a list alias (nothing to unwrap).
    assert models.ListOrdersResponse == list[models.ListOrdersResponseItem]
    assert not hasattr(models, "order_line")


def test_method_names_from_operation_ids_or_method_and_path() -> None:
    methods = {name for name in vars(api.DerivedClient) if not name.startswith("_")}
    assert {"list_orders", "create_order", "cancel_order", "get_orders_order_id"} <= methods


def test_openapi_30_schemas_read_as_31() -> None:
    assert models.ListOrdersResponseItem(id="1", note=None).note is None  # nullable
    assert models.CartFull(id="c", lines=[], total=None).total is None
    schema = models.OrderLine.model_json_schema()
    assert schema["required"] == ["sku", "quantity"]


def test_every_operation_against_the_mock(client: Any) -> None:
    orders = client.list_orders(page_size=10)
    assert isinstance(orders, list)  # the mock answers the smallest valid list: []
    assert all(isinstance(order, models.ListOrdersResponseItem) for order in orders)
    created = client.create_order(lines=[{"sku": "A-1", "quantity": 2}], coupon=None)
    assert isinstance(created, models.CartFull)
    assert isinstance(client.get_orders_order_id(order_id="o-1"), models.CartFull)
    # Only a `default` response: it is the success shape too.
    assert isinstance(client.cancel_order(order_id="o-1"), models.CancelOrderResponse)


def test_strict_refuses_what_plain_validate_derives() -> None:
    spec = CASE / "derived.yaml"
    plain = run_vendorgen("validate", "--verbose", str(spec.relative_to(ROOT)))
    assert plain.returncode == 0, plain.stderr
    for ignored in ("x-logo", "x-internal-id", "x-speakeasy-name-override"):
        assert f"ignored extension {ignored} at " in plain.stderr
    assert "x-request-id" not in plain.stderr  # a header's name, not an extension
    strict = run_vendorgen("validate", "--strict", str(spec.relative_to(ROOT)))
    assert strict.returncode == 1
    assert "specs must be OpenAPI 3.1" in strict.stderr


def test_the_api_id_can_be_given(tmp_path: Path) -> None:
    result = run_vendorgen(
        "--out", str(tmp_path), "generate", "--api", "shop", str(CASE / "derived.yaml")
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shop" / "shop_api" / "client").is_dir()
    header = (tmp_path / "shop" / "shop_api" / "models" / "__init__.py").read_text()
    assert header.startswith("# Generated from derived.yaml by vendorgen.")
