"""The worked example in examples/assure_erp_receiver, driven over real HTTP with the vendor
document's own callback examples: GRN, order posting, inventory, and Get Invoice."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, package
from tests.contract.test_webhooks import deliveries
from tests.helpers import api
from tests.servers import serve

sys.path.insert(0, str(ROOT / "examples"))
package("assure_erp")


@pytest.fixture
def served() -> Iterator[tuple[str, Any]]:
    app_module = importlib.reload(importlib.import_module("assure_erp_receiver.app"))
    with serve(app_module.app) as url:
        yield url, app_module.ledger


def _op(name: str) -> Any:
    return next(op for op in api("assure_erp").webhooks if op.py_name == name)


def test_grn_order_posting_and_inventory_reach_the_ledger(served: tuple[str, Any]) -> None:
    url, ledger = served
    grn, posting, inventory = (
        _op("grn_posting_order_wise"),
        _op("order_posting"),
        _op("update_inventory_count"),
    )
    with httpx.Client(base_url=url, timeout=10) as http:
        (_, grn_body), *_ = deliveries("assure_erp", grn)
        assert http.post(grn.webhook_path, json=grn_body).json() == {"hasError": False}
        (_, order_body), *_ = deliveries("assure_erp", posting)
        assert http.post("/erp/assure/orders", json=order_body).json() == {"hasError": False}
        assert (
            http.post(posting.webhook_path, json=order_body).status_code == 404
        )  # path overridden
        (_, stock_body), *_ = deliveries("assure_erp", inventory)
        answer = http.request(inventory.method, inventory.webhook_path, json=stock_body).json()
    item = grn_body["orderItems"][0]
    assert (
        ledger.received[(grn_body["orderCode"], item["channelSkuCode"])] == item["qcPassQuantity"]
    )
    assert order_body["orderCode"] in ledger.orders
    skus = [line["channelSkuCode"] for line in stock_body["inventories"]]
    assert answer == {"successList": skus, "failureList": []}
    assert (
        ledger.stock[(stock_body["locationCode"], skus[0])]
        == stock_body["inventories"][0]["quantity"]
    )


def test_get_invoice_answers_from_the_ledger(served: tuple[str, Any]) -> None:
    url, ledger = served
    from assure_erp_receiver.handlers import sample_invoice

    op = _op("get_invoice")
    params = {"orderCode": "SO-1", "shipmentCode": "SH-1"}
    missing = httpx.get(url + op.webhook_path, params=params, timeout=10)
    assert missing.status_code == 500  # not on file yet: Assure gets its error body and retries
    assert missing.json()["hasError"] is True  # the ERP error body the document specifies
    ledger.invoices[("SO-1", "SH-1")] = sample_invoice("SO-1")
    found = httpx.get(url + op.webhook_path, params=params, timeout=10)
    assert found.status_code == 200
    invoice = package("assure_erp").models.InvoiceResponse.model_validate_json(found.content)
    assert invoice.invoice_code == "INV-SO-1" and invoice.invoice_details[0].quantity == 2


def test_example_type_checks() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(ROOT / "generated" / "assure_erp" / "pyproject.toml"),
            "-p",
            "assure_erp_receiver",
        ],
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        timeout=300,
        env={"MYPYPATH": str(ROOT / "generated" / "assure_erp"), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
