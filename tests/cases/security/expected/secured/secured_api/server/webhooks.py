# Generated from specs/secured.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Secured: the calls the vendor makes to you.

Subclass `SecuredWebhookHandlers` outside the generated tree (regeneration never touches
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

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "SecuredWebhookHandlers", "create_webhook_app"]


class SecuredWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def payment_done(
        self,
        body: models.Payment,
    ) -> None:
        """POST paymentDone

        POST /hooks/payment
        """

    @abc.abstractmethod
    async def refund_done(
        self,
        body: models.Payment,
    ) -> None:
        """POST refundDone

        POST /hooks/refund
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = (
    WebhookAuth(
        id="hookBasic",
        kind="basic",
        header="Authorization",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
    ),
    WebhookAuth(
        id="hookCookie",
        kind="shared-header",
        header="hook_session",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
        location="cookie",
    ),
    WebhookAuth(
        id="hookCustom",
        kind="http",
        header="Authorization",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
        prefix="Signature",
    ),
    WebhookAuth(
        id="hookQuery",
        kind="shared-header",
        header="signature",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
        location="query",
    ),
)

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="payment_done",
        method="POST",
        path="/hooks/payment",
        body_model=models.Payment,
        body_required=True,
        params=(),
        security=(
            ("hookBasic",),
            ("hookQuery",),
        ),
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
        dedupe_pointers=(),
    ),
    Callback(
        name="refund_done",
        method="POST",
        path="/hooks/refund",
        body_model=models.Payment,
        body_required=True,
        params=(),
        security=(
            ("hookCookie",),
            ("hookCustom",),
        ),
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
        dedupe_pointers=(),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: SecuredWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Secured.

    `secrets` maps the security schemes the vendor authenticates with to their values
    (hookBasic, hookCookie, hookCustom, hookQuery); a missing one is an error, never an open
    door. A callback with several security alternatives needs the secrets of one; the others
    then never authenticate. `paths` overrides the default path of a callback by name (see
    DEFAULT_PATHS). `store` claims each delivery key so one worker runs the handler and repeats
    get its answer: by default a SQLite file (`.webhook-deliveries.sqlite3` in the working
    directory) shared by the workers of this machine; pass `SQLiteDeliveryStore(path)` for
    another file, `RedisDeliveryStore(redis_client)` for several machines.
    """
    return build_webhook_app(
        handlers,
        CALLBACKS,
        WEBHOOK_AUTH,
        title="Secured webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
