# Generated from specs/shop.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Shop: the calls the vendor makes to you.

Subclass `ShopWebhookHandlers` outside the generated tree (regeneration never touches
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

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "ShopWebhookHandlers", "create_webhook_app"]


class ShopWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def order_shipped(
        self,
        body: models.Shipped,
    ) -> None:
        """POST orderShipped

        POST /hooks/shipped
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = (
    WebhookAuth(
        id="hookJwt",
        kind="jwt",
        header="Authorization",
        algorithm="HS256",
        token_pointer="/token",
        claims=(
            (
                "orderId",
                "/orderId",
            ),
        ),
        max_age_seconds=None,
    ),
)

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="order_shipped",
        method="POST",
        path="/hooks/shipped",
        body_model=models.Shipped,
        body_required=True,
        params=(),
        security=(("hookJwt",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, {"errors": []}, "/errors"),
            401: ErrorTemplate(401, {"errors": []}, "/errors"),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, None, None),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=("/orderId",),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: ShopWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Shop.

    `secrets` maps the security schemes the vendor authenticates with to their values (hookJwt);
    a missing one is an error, never an open door. `paths` overrides the default path of a
    callback by name (see DEFAULT_PATHS). `store` claims each delivery key so one worker runs
    the handler and repeats get its answer: by default a SQLite file
    (`.webhook-deliveries.sqlite3` in the working directory) shared by the workers of this
    machine; pass `SQLiteDeliveryStore(path)` for another file,
    `RedisDeliveryStore(redis_client)` for several machines.
    """
    return build_webhook_app(
        handlers,
        CALLBACKS,
        WEBHOOK_AUTH,
        title="Shop webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
