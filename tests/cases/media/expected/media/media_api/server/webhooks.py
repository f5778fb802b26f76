# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Webhook receivers for Media: the calls the vendor makes to you.

Subclass `MediaWebhookHandlers` outside the generated tree (regeneration never touches
it), implement one method per callback, and serve `create_webhook_app(YourHandlers(), ...)`.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from .. import models
from .._mediatypes import PartEncoding, RequestMedia
from ._support import DEFAULT_MAX_BODY_BYTES, ErrorTemplate
from ._store import DeliveryStore
from ._webhooks import Callback, WebhookAuth, build_webhook_app

__all__ = ["CALLBACKS", "DEFAULT_PATHS", "MediaWebhookHandlers", "create_webhook_app"]


class MediaWebhookHandlers(abc.ABC):
    """One coroutine per callback: typed request in, typed response out. Raise to make the
    vendor retry (it gets the documented 500 body); repeats of a delivery with the same
    key are answered from the first response without calling you again."""

    @abc.abstractmethod
    async def document_posted(
        self,
        body: models.DocumentUpload,
    ) -> bytes:
        """A multipart delivery with files; the receipt is bytes.

        POST /documentPosted
        """

    @abc.abstractmethod
    async def image_posted(
        self,
        body: str | bytes,
    ) -> None:
        """An image delivery, of any image type, or its description as text.

        POST /imagePosted
        """

    @abc.abstractmethod
    async def note_posted(
        self,
        body: str,
    ) -> None:
        """A text delivery.

        POST /notePosted
        """

    @abc.abstractmethod
    async def pet_posted(
        self,
        body: models.Pet,
    ) -> None:
        """A JSON delivery (JSON only, as before).

        POST /petPosted
        """

    @abc.abstractmethod
    async def signup_posted(
        self,
        body: models.SignupForm,
    ) -> str:
        """A form delivery, with its encoding object; JSON is read too.

        POST /signupPosted
        """


WEBHOOK_AUTH: tuple[WebhookAuth, ...] = (
    WebhookAuth(
        id="key",
        kind="shared-header",
        header="X-Key",
        algorithm="",
        token_pointer=None,
        claims=(),
        max_age_seconds=None,
    ),
)

CALLBACKS: tuple[Callback, ...] = (
    Callback(
        name="document_posted",
        method="POST",
        path="/documentPosted",
        body_model=models.DocumentUpload,
        body_required=True,
        params=(),
        security=(("key",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, {"message": ""}, "/message"),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=(),
        answer_media="application/octet-stream",
        body_media=RequestMedia(
            media_type="multipart/form-data",
            types=("multipart/form-data",),
        ),
    ),
    Callback(
        name="image_posted",
        method="POST",
        path="/imagePosted",
        body_model=None,
        body_required=True,
        params=(),
        security=(("key",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, {"message": ""}, "/message"),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=(),
        body_media=RequestMedia(
            media_type="text/plain",
            types=(
                "text/plain",
                "image/*",
            ),
        ),
    ),
    Callback(
        name="note_posted",
        method="POST",
        path="/notePosted",
        body_model=None,
        body_required=True,
        params=(),
        security=(("key",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, {"message": ""}, "/message"),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=(),
        body_media=RequestMedia(
            media_type="text/plain",
            types=("text/plain",),
        ),
    ),
    Callback(
        name="pet_posted",
        method="POST",
        path="/petPosted",
        body_model=models.Pet,
        body_required=True,
        params=(),
        security=(("key",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, {"message": ""}, "/message"),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=(),
    ),
    Callback(
        name="signup_posted",
        method="POST",
        path="/signupPosted",
        body_model=models.SignupForm,
        body_required=True,
        params=(),
        security=(("key",),),
        success_status=200,
        response_model=None,
        errors={
            400: ErrorTemplate(400, None, None),
            401: ErrorTemplate(401, None, None),
            404: ErrorTemplate(404, None, None),
            405: ErrorTemplate(405, None, None),
            413: ErrorTemplate(413, None, None),
            415: ErrorTemplate(415, {"message": ""}, "/message"),
            429: ErrorTemplate(429, None, None),
            500: ErrorTemplate(500, None, None),
        },
        dedupe_pointers=("/name",),
        answer_media="text/plain",
        body_media=RequestMedia(
            media_type="application/x-www-form-urlencoded",
            types=("application/x-www-form-urlencoded",),
            encoding=(
                PartEncoding("address", None, "form", True),
                PartEncoding("codes", None, None, False),
                PartEncoding("filter", None, "deepObject", True),
            ),
        ),
    ),
)

DEFAULT_PATHS: Mapping[str, str] = {callback.name: callback.path for callback in CALLBACKS}


def create_webhook_app(
    handlers: MediaWebhookHandlers,
    *,
    secrets: Mapping[str, str] | None = None,
    paths: Mapping[str, str] | None = None,
    store: DeliveryStore | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """A FastAPI app receiving every callback of Media.

    `secrets` maps the security schemes the vendor authenticates with to their values (key); a
    missing one is an error, never an open door. `paths` overrides the default path of a
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
        title="Media webhooks",
        secrets=secrets or {},
        paths=paths,
        store=store,
        max_body_bytes=max_body_bytes,
        clock=clock,
    )
