"""The ASGI app: `uvicorn assure_erp_receiver.app:app`."""

from __future__ import annotations

from assure_erp_api.server import create_webhook_app

from .handlers import ErpHandlers, Ledger

ledger = Ledger()
# Assure documents no credentials on its callbacks to the ERP (see specs/assure_erp.yaml),
# so there are no secrets to pass; put the receiver behind your own network controls.
app = create_webhook_app(ErpHandlers(ledger), paths={"order_posting": "/erp/assure/orders"})
