# Generated from specs/avasam.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Avasam Seller API: the calls the vendor makes to you.

Subclass `AvasamWebhookHandlers` outside the generated tree (regeneration never touches
it), implement one method per callback, and serve `create_webhook_app(YourHandlers(), ...)`.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import models
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate
from ._store import DeliveryStore
from ._webhooks import Callback, WebhookAuth, build_webhook_app

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "AvasamWebhookHandlers", "create_webhook_app"]


class AvasamWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def price_update(
        self,
        body: models.PriceUpdateNotification,
    ) -> None:
        """Avasam reports price changes

        Sent to the price update endpoint configured in the webhook section of your API key's
        account. The doc documents only the configuration step, not the payload.

        POST /callbacks/avasam/price-update
        """

    @abc.abstractmethod
    async def stock_update(
        self,
        body: models.StockUpdateNotification,
    ) -> None:
        """Avasam reports stock-level changes of your sourced products

        Sent to the stock update endpoint configured in the webhook section of your API key's
        account when stock levels of your sourced products change. Verify the `token` JWT with
        your verification token and check that its Request ID matches `requestId`, answer 200,
        then acknowledge it with acknowledge_stock_update.

        POST /callbacks/avasam/stock-update
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = (
    WebhookAuth(
        id="verificationToken",
        kind="jwt",
        header="Authorization",
        algorithm="HS256",
        token_pointer="/token",
        claims=(
            (
                "requestId",
                "/requestId",
            ),
        ),
        max_age_seconds=None,
    ),
)

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="price_update",
        method="POST",
        path="/callbacks/avasam/price-update",
        body_model=models.PriceUpdateNotification,
        body_required=True,
        params=(),
        security=(("verificationToken",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, {"message": "x"}, "/message"),
            401: ErrorTemplate(401, {"message": "x"}, "/message"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="stock_update",
        method="POST",
        path="/callbacks/avasam/stock-update",
        body_model=models.StockUpdateNotification,
        body_required=True,
        params=(),
        security=(("verificationToken",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, {"message": "x"}, "/message"),
            401: ErrorTemplate(401, {"message": "x"}, "/message"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=("/requestId",),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: AvasamWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Avasam Seller API.

    `secrets` maps the security schemes the vendor authenticates with to their values
    (verificationToken); a missing one is an error, never an open door. `paths` overrides the
    default path of a callback by name (see DEFAULT_PATHS). `store` claims each delivery key so
    one worker runs the handler and repeats get its answer: by default a SQLite file
    (`.webhook-deliveries.sqlite3` in the working directory) shared by the workers of this
    machine; pass `SQLiteDeliveryStore(path)` for another file,
    `RedisDeliveryStore(redis_client)` for several machines.
    """
    return build_webhook_app(
        handlers,
        CALLBACKS,
        WEBHOOK_AUTH,
        title="Avasam Seller API webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
