# Generated from specs/assure_ecommerce.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Assure Magic API for custom e-commerce platforms."""

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
from .._runtime import AsyncSession
from .._types import SequenceNotStr  # noqa: F401 (arrays: any sequence but a str)

__all__ = ["AsyncAssureEcommerceClient"]


class AsyncAssureEcommerceClient:
    """Asynchronous client of Assure Magic API for custom e-commerce platforms: one typed method
    per operation.
    """

    def __init__(
        self,
        *,
        auth_password: str | SecretStr | None = None,
        auth_username: str | SecretStr | None = None,
        base_url: str = ops.BASE_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | typing.Literal[False] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
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
        check_options("AsyncAssureEcommerceClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "authPassword": auth_password,
                "authUsername": auth_username,
            },
        )
        if rate_limiter is None and ops.RATE_LIMIT is not None:
            rate_limiter = RateLimiter(ops.RATE_LIMIT)
        self._max_pages = max_pages
        self._session = AsyncSession(
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
        return f"AsyncAssureEcommerceClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncAssureEcommerceClient:
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
            "auth_password": "authPassword",
            "auth_username": "authUsername",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncAssureEcommerceClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _session_for(
        self,
        timeout: httpx.Timeout | float | None,
        retry: RetryPolicy | None,
        extra_headers: typing.Mapping[str, str] | None,
    ) -> AsyncSession:
        """The session one call uses: this client's, or a copy with the call's own options."""
        if timeout is None and retry is None and not extra_headers:
            return self._session
        return self._session.with_options(timeout=timeout, retry=retry, extra_headers=extra_headers)

    async def push_order(
        self,
        body: models.OrderPush | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        ack_by_time: _types.DateTime | None | NotGiven = NOT_GIVEN,
        billing_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        dispatch_by_time: _types.DateTime | None | NotGiven = NOT_GIVEN,
        on_hold: bool | None | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.OrderPushItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        order_time: _types.DateTime | NotGiven = NOT_GIVEN,
        parent_order_id: models.LooseId | NotGiven = NOT_GIVEN,
        payment_method: _types.OpenEnum[models.PaymentMethod] | NotGiven = NOT_GIVEN,
        shipping_address: models.Address | dict[str, typing.Any] | NotGiven = NOT_GIVEN,
        start_processing_time: _types.DateTime | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.OrderPush:
        """Push a new customer order to Assure for warehouse fulfilment

        Order Push API. Sends one order with its items, addresses and timings; Assure echoes the
        request body back on success.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "ack_by_time": ack_by_time,
            "billing_address": billing_address,
            "dispatch_by_time": dispatch_by_time,
            "on_hold": on_hold,
            "order_id": order_id,
            "order_items": order_items,
            "order_time": order_time,
            "parent_order_id": parent_order_id,
            "payment_method": payment_method,
            "shipping_address": shipping_address,
            "start_processing_time": start_processing_time,
            "warehouse_id": warehouse_id,
        }
        _sent = request_body(
            "push_order", models.OrderPush, body, fields, required=True, name="OrderPush"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PUSH_ORDER,
            body=_sent,
        )
        return typing.cast("models.OrderPush", _result)

    async def push_order_cancellation(
        self,
        body: (
            models.OrderCancellationPush | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        cancel_items: (
            SequenceNotStr[models.CancelItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.OrderCancellationPush:
        """Push a (partial) order cancellation to Assure

        Order Cancellation Push API. Sends the items and quantities cancelled on the platform;
        Assure echoes the request body back on success.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "cancel_items": cancel_items,
            "order_id": order_id,
        }
        _sent = request_body(
            "push_order_cancellation",
            models.OrderCancellationPush,
            body,
            fields,
            required=True,
            name="OrderCancellationPush",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PUSH_ORDER_CANCELLATION,
            body=_sent,
        )
        return typing.cast("models.OrderCancellationPush", _result)

    async def push_return_order(
        self,
        body: (
            models.ReturnOrderPush | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        forward_order_number: str | NotGiven = NOT_GIVEN,
        order_items: (
            SequenceNotStr[models.ReturnOrderItem | dict[str, typing.Any]] | NotGiven
        ) = NOT_GIVEN,
        order_type: _types.OpenEnum[models.OrderType] | NotGiven = NOT_GIVEN,
        return_order_id: models.LooseId | NotGiven = NOT_GIVEN,
        tracking_id: str | NotGiven = NOT_GIVEN,
        transporter: str | NotGiven = NOT_GIVEN,
        warehouse_id: str | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.ReturnOrderPush:
        """Tell Assure about an incoming customer return

        Return Order Push API. Sends one return order (the items, why they come back, the
        tracking id and transporter); Assure echoes the request body back on success.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "forward_order_number": forward_order_number,
            "order_items": order_items,
            "order_type": order_type,
            "return_order_id": return_order_id,
            "tracking_id": tracking_id,
            "transporter": transporter,
            "warehouse_id": warehouse_id,
        }
        _sent = request_body(
            "push_return_order",
            models.ReturnOrderPush,
            body,
            fields,
            required=True,
            name="ReturnOrderPush",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PUSH_RETURN_ORDER,
            body=_sent,
        )
        return typing.cast("models.ReturnOrderPush", _result)
