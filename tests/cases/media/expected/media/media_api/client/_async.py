# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Asynchronous client of Media."""

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
from .. import _files  # noqa: F401 (types of keyword body fields)
from .. import _types  # noqa: F401 (types of keyword body fields)
from .._calls import NOT_GIVEN, NotGiven, check_options, request_body  # noqa: F401
from .._files import File
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._runtime import AsyncSession
from .._types import SequenceNotStr  # noqa: F401 (arrays: any sequence but a str)

__all__ = ["AsyncMediaClient"]


class AsyncMediaClient:
    """Asynchronous client of Media: one typed method per operation."""

    def __init__(
        self,
        *,
        key: str | SecretStr | None = None,
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
        check_options("AsyncMediaClient", runtime_options)
        credentials = Credentials(
            ops.AUTH_SCHEMES,
            {
                "key": key,
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
        return f"AsyncMediaClient({self._session!r})"

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
    ) -> AsyncMediaClient:
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
            "key": "key",
        }
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise TypeError(f"unknown credentials: {', '.join(unknown)}")
        self._session.update_credentials({names[k]: v for k, v in values.items()})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.close()

    async def __aenter__(self) -> AsyncMediaClient:
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

    async def create_attachment(
        self,
        body: models.Attachment | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        filename: str | NotGiven = NOT_GIVEN,
        content: _files.Base64 | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Attachment:
        """Bytes inside JSON, as base64 (format byte).

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "filename": filename,
            "content": content,
        }
        _sent = request_body(
            "create_attachment", models.Attachment, body, fields, required=True, name="Attachment"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_ATTACHMENT,
            body=_sent,
        )
        return typing.cast("models.Attachment", _result)

    async def create_pet(
        self,
        body: models.Pet | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Pet:
        """JSON in, JSON out.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "id": id,
            "name": name,
        }
        _sent = request_body("create_pet", models.Pet, body, fields, required=True, name="Pet")
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.CREATE_PET,
            body=_sent,
        )
        return typing.cast("models.Pet", _result)

    async def download_report(
        self,
        *,
        report_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> bytes:
        """A PDF, or a JSON error.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.DOWNLOAD_REPORT,
            path_params={
                "report_id": report_id,
            },
        )
        return typing.cast("bytes", _result)

    async def echo_raw(
        self,
        body: File | bytes | typing.IO[bytes],
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> bytes:
        """Bytes in, bytes out.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.ECHO_RAW,
            body=body,
        )
        return typing.cast("bytes", _result)

    async def export_pets(
        self,
        *,
        accept: typing.Literal["application/json", "text/csv"],
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Pet | str:
        """The caller chooses the representation with its Accept parameter.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.EXPORT_PETS,
            headers={
                "Accept": accept,
            },
        )
        return typing.cast("models.Pet | str", _result)

    async def get_session(
        self,
        *,
        session_id: str,
        tags: SequenceNotStr[str] | None = None,
        theme: typing.Literal["dark", "light"] | None = None,
        visits: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Receipt:
        """Cookie parameters.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.GET_SESSION,
            cookies={
                "session_id": session_id,
                "tags": tags,
                "theme": theme,
                "visits": visits,
            },
        )
        return typing.cast("models.Receipt", _result)

    async def patch_pet(
        self,
        body: models.PetPatch | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        pet_id: int,
        name: str | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Pet:
        """A `+json` body and response.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "name": name,
        }
        _sent = request_body(
            "patch_pet", models.PetPatch, body, fields, required=True, name="PetPatch"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PATCH_PET,
            path_params={
                "pet_id": pet_id,
            },
            body=_sent,
        )
        return typing.cast("models.Pet", _result)

    async def put_image(
        self,
        body: File | bytes | typing.IO[bytes],
        *,
        image_id: str,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Receipt:
        """Any image, as bytes.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.PUT_IMAGE,
            path_params={
                "image_id": image_id,
            },
            body=body,
        )
        return typing.cast("models.Receipt", _result)

    async def send_note(
        self,
        body: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> str:
        """Text in, text out.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SEND_NOTE,
            body=body,
        )
        return typing.cast("str", _result)

    async def submit_form(
        self,
        body: models.SignupForm | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        active: bool | None | NotGiven = NOT_GIVEN,
        ratio: _types.Number | None | NotGiven = NOT_GIVEN,
        tags: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        codes: SequenceNotStr[int] | None | NotGiven = NOT_GIVEN,
        filter: models.SignupFilter | dict[str, typing.Any] | None | NotGiven = NOT_GIVEN,
        meta: models.SignupMeta | dict[str, typing.Any] | None | NotGiven = NOT_GIVEN,
        address: models.SignupAddress | dict[str, typing.Any] | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Receipt:
        """A form, with its encoding object.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "name": name,
            "count": count,
            "active": active,
            "ratio": ratio,
            "tags": tags,
            "codes": codes,
            "filter": filter,
            "meta": meta,
            "address": address,
        }
        _sent = request_body(
            "submit_form", models.SignupForm, body, fields, required=True, name="SignupForm"
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.SUBMIT_FORM,
            body=_sent,
        )
        return typing.cast("models.Receipt", _result)

    async def upload_document(
        self,
        body: (
            models.DocumentUpload | dict[str, typing.Any] | SequenceNotStr[typing.Any] | None
        ) = None,
        *,
        title: str | NotGiven = NOT_GIVEN,
        pages: int | None | NotGiven = NOT_GIVEN,
        labels: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        meta: models.SignupMeta | dict[str, typing.Any] | None | NotGiven = NOT_GIVEN,
        file: _files.File | NotGiven = NOT_GIVEN,
        extras: SequenceNotStr[_files.File] | None | NotGiven = NOT_GIVEN,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: typing.Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> models.Receipt:
        """Multipart fields and files.

        The body is given as a model, as its JSON data (a dict), or as its fields in keyword
        arguments; it is validated here, before anything is sent.

        `timeout`, `extra_headers` and `retry` apply to this call only (as `with_options(...)`
        does for every call of a copy).
        """
        fields: dict[str, typing.Any] = {
            "title": title,
            "pages": pages,
            "labels": labels,
            "meta": meta,
            "file": file,
            "extras": extras,
        }
        _sent = request_body(
            "upload_document",
            models.DocumentUpload,
            body,
            fields,
            required=True,
            name="DocumentUpload",
        )
        _session = self._session_for(timeout, retry, extra_headers)
        _result = await _session.call(
            ops.UPLOAD_DOCUMENT,
            body=_sent,
        )
        return typing.cast("models.Receipt", _result)
