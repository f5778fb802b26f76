# Generated from specs/aska.yaml by vendorgen. Do not edit: regenerate instead.
"""Synchronous client of Aska Supplier API."""

from __future__ import annotations

import builtins  # noqa: F401 (keyword body fields of types spelled builtins.X)
import copy
import typing
from types import TracebackType

import httpx
from pydantic import SecretStr

from .. import _operations as ops
from .. import models
from .._auth import Credentials
from .. import _types  # noqa: F401 (types of keyword body fields)
from .._calls import NOT_GIVEN, NotGiven, check_options, request_body  # noqa: F401
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._runtime import SyncSession
from .._types import SequenceNotStr  # noqa: F401 (arrays: any sequence but a str)

__all__ = ["AskaClient"]


class AskaClient:
    """Synchronous client of Aska Supplier API: one typed method per operation."""

    def __init__(
        self,
        *,
        transkey: str | SecretStr | None = None,
        base_url: str = ops.BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | typing.Literal[False] | None = None,
        transport: httpx.BaseTransport | None = None,
        max_response_bytes: int = 32 * 1024 * 1024,
        max_pages: int = 10_000,
        **runtime_options: typing.Any,
    ) -> None:
        """Credentials are kept as SecretStr. A `base_url` holding a user name or password
        (`https://user:secret@host`) is refused with a ValueError: httpx would send it and log
        it with every request URL, and a redirect could carry it; give credentials through
        their keywords. `rate_limiter=None` paces calls by the documented
        limit (if any); `False` disables pacing. `retry.deadline` bounds a whole call, reading
        the body included. A response body larger than `max_response_bytes` once decoded
        (gzip included) raises `errors.ResponseTooLargeError`. Page iterators stop with
        `errors.PaginationError` on a page that repeats the previous one or after
        `max_pages`. `runtime_options` (clock, wall_clock, sleep, rand) exist for tests."""
        check_options("AskaClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "transkey": transkey,
            },
        )
        if rate_limiter is None and ops.RATE_LIMIT is not None:
            rate_limiter = RateLimiter(ops.RATE_LIMIT)
        self._max_pages = max_pages
        self._session = SyncSession(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            retry=retry,
            rate_limiter=rate_limiter or None,
            transport=transport,
            max_response_bytes=max_response_bytes,
            retry_after_default=ops.RETRY_AFTER_DEFAULT,
            **runtime_options,
        )

    def __repr__(self) -> str:
        return f"AskaClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AskaClient:
        """A copy of this client whose calls use these options, e.g.
        `client.with_options(timeout=5).some_call(...)`: one call's timeout, retry policy or extra
        headers (never replacing the operation's own headers or credentials). The copy shares
        this client's connection pool, credentials and rate limiter; close the original."""
        client = copy.copy(self)
        client._session = self._session.with_options(
            timeout=timeout, retry=retry, extra_headers=extra_headers
        )
        return client

    def update_credentials(self, **values: str | SecretStr | None) -> None:
        """Replace credentials by their keyword name, e.g. after an account flow hands you a
        long-lived token; None removes one."""
        names: dict[str, str] = {
            "transkey": "transkey",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> AskaClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _session_for(
        self,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        extra_headers: typing.Mapping[str, str] | None,
    ) -> SyncSession:
        """The session one call uses: this client's, or a copy with the call's own options."""
        if timeout is None and retry is None and not extra_headers:
            return self._session
        return self._session.with_options(timeout=timeout, retry=retry, extra_headers=extra_headers)

    def insert_stock(
        self,
        body: (
            models.StonesRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        stones: SequenceNotStr[models.Stone | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.InsertStockResponse:
        """Pure insert with explicit dedupe and a duplicate report

        INSERT-ONLY. Rows whose (refStockId, PartyId) already exist are skipped, never updated,
        and listed in `duplicates` with the existing Aska TagNo; a refStockId repeated within
        the payload is inserted once and the repeats reported with reason
        "duplicate_in_payload".

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "stones": stones,
        }
        _sent = request_body(
            "insert_stock", models.StonesRequest, body, fields, required=True, name="StonesRequest"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.INSERT_STOCK,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.InsertStockResponse", _result)

    def issue_api_key(
        self,
        body: (
            models.PartyKeyRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        party_id: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """(Admin) issue a supplier API key

        An Aska admin looks up the supplier's PartyId in /Admin/UserApi and posts it here; the
        response carries the freshly minted `ak_…` key.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "party_id": party_id,
        }
        _sent = request_body(
            "issue_api_key",
            models.PartyKeyRequest,
            body,
            fields,
            required=True,
            name="PartyKeyRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.ISSUE_API_KEY,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def mark_unavailable(
        self,
        body: (
            models.MarkUnavailableRequest
            | dict[str, typing.Any]
            | SequenceNotStr[typing.Any]
            | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        stock_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        reason: str | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """Out-of-stock signal — mark stones sold or unavailable

        Fire it the instant a stone is sold off-platform. Idempotent: repeated calls with the
        same ids are no-ops. The stone leaves buyer-facing search and stays in MyStock with a
        flag. If any stone is committed to an in-flight buyer order the call is blocked with
        409.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "stock_ids": stock_ids,
            "reason": reason,
        }
        _sent = request_body(
            "mark_unavailable",
            models.MarkUnavailableRequest,
            body,
            fields,
            required=True,
            name="MarkUnavailableRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.MARK_UNAVAILABLE,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def my_stock(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.MyStockResponse:
        """List the stones currently live under your supplier account

        Every WebLiveStock row scoped to your PartyId, with label-resolved fields. Poll every
        5–10 minutes during a sync and diff against the previous snapshot to see lifecycle
        transitions (InOrder, OfficeReceivedAt, Shipped, TrackingNumber).

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.MY_STOCK,
        )
        return typing.cast("models.MyStockResponse", _result)

    def revoke_api_key(
        self,
        body: (
            models.PartyKeyRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        party_id: int | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """(Admin) revoke a supplier API key — immediate

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "party_id": party_id,
        }
        _sent = request_body(
            "revoke_api_key",
            models.PartyKeyRequest,
            body,
            fields,
            required=True,
            name="PartyKeyRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.REVOKE_API_KEY,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def stone_approve(
        self,
        body: (
            models.OrderDetailList | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """Confirm you have the stone and will ship

        Send the OrderDetailIds you approve. Aska routes each stone to the right office (Mumbai
        for India suppliers, USA for US suppliers) and emails you the shipping label info.

        The body is given as a list or any other sequence but a str, e.g. a tuple (of models, or
        of their JSON data); it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {}
        _sent = request_body(
            "stone_approve",
            models.OrderDetailList,
            body,
            fields,
            required=True,
            name="OrderDetailList",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.STONE_APPROVE,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def stone_outof_stock(
        self,
        body: (
            models.OrderDetailList | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """Reject — the stone is no longer available

        Aska marks the stone unavailable and sends the buyer a generic apology; your reason is
        admin-internal. Repeated rejections affect your supplier rating.

        The body is given as a list or any other sequence but a str, e.g. a tuple (of models, or
        of their JSON data); it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {}
        _sent = request_body(
            "stone_outof_stock",
            models.OrderDetailList,
            body,
            fields,
            required=True,
            name="OrderDetailList",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.STONE_OUTOF_STOCK,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def stone_request(
        self,
        body: (
            models.EmptyRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.StoneRequestResponse:
        """List your pending order requests

        Poll every 5–10 minutes to discover new buyer requests on your stones. Each row carries
        the OrderDetailId you quote in stone_approve / stone_outof_stock.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {}
        _sent = request_body(
            "stone_request", models.EmptyRequest, body, fields, required=True, name="EmptyRequest"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.STONE_REQUEST,
            body=_sent,
        )
        return typing.cast("models.StoneRequestResponse", _result)

    def update_stock(
        self,
        body: (
            models.UpdateStockRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        stones: SequenceNotStr[models.Stone | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.UpdateStockResponse:
        """Update existing SKUs only — skips new ones

        Whitelist-update mode: the server looks up (refStockId, your PartyId) and updates
        matching rows only; a SKU unknown to Aska is silently skipped and counted in `skipped`.
        Master values (shape, color, clarity, cut, polish, symm, fluo, lab) are human-readable
        strings resolved through Aska's master tables.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "stones": stones,
        }
        _sent = request_body(
            "update_stock",
            models.UpdateStockRequest,
            body,
            fields,
            required=True,
            name="UpdateStockRequest",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.UPDATE_STOCK,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.UpdateStockResponse", _result)

    def upload_stock(
        self,
        body: (
            models.DiamondStockList | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Envelope:
        """Bulk add new stones (destructive replace of your inventory)

        Send your full inventory as an array of DiamondStock objects. Aska creates new
        WebLiveStock rows scoped to your PartyId and maps shape/color/clarity labels to master
        IDs server-side. Treat it as a destructive REPLACE of your whole inventory; use
        insert_stock or upsert_stock for incremental loads.

        The body is given as a list or any other sequence but a str, e.g. a tuple (of models, or
        of their JSON data); it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {}
        _sent = request_body(
            "upload_stock",
            models.DiamondStockList,
            body,
            fields,
            required=True,
            name="DiamondStockList",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.UPLOAD_STOCK,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.Envelope", _result)

    def upsert_stock(
        self,
        body: (
            models.StonesRequest | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        idempotency_key: str | None = None,
        stones: SequenceNotStr[models.Stone | dict[str, typing.Any]] | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.UpsertStockResponse:
        """Insert or update — fire on every stock change

        The server looks up (refStockId, your PartyId), updates the row if it exists and inserts
        it if it doesn't; the internal Aska TagNo (AJ + 4 digits) is assigned on insert.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "stones": stones,
        }
        _sent = request_body(
            "upsert_stock", models.StonesRequest, body, fields, required=True, name="StonesRequest"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = _session.call(
            ops.UPSERT_STOCK,
            body=_sent,
            idempotency_key=idempotency_key,
        )
        return typing.cast("models.UpsertStockResponse", _result)
