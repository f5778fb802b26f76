# Generated from specs/media.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Media as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._mediatypes import PartEncoding, RequestMedia
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://media.example"

AUTH_SCHEMES: tuple[AuthScheme, ...] = (
    AuthScheme(
        id="key",
        header="X-Key",
        kind="header",
        arguments=(("key",),),
    ),
)

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

CREATE_ATTACHMENT = Operation(
    name="create_attachment",
    method="POST",
    path="/attachments",
    success_model=models.Attachment,
    success_name="Attachment",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema="Attachment",
    failure_when=(),
)

CREATE_PET = Operation(
    name="create_pet",
    method="POST",
    path="/pets",
    success_model=models.Pet,
    success_name="Pet",
    errors={
        "400": ErrorSpec(models.Problem, "/message"),
    },
    security=(("key",),),
    idempotency_header=None,
    request_schema="Pet",
    failure_when=(),
)

DOWNLOAD_REPORT = Operation(
    name="download_report",
    method="GET",
    path="/reports/{report_id}",
    success_model=models.Blob,
    success_name="Blob",
    errors={
        "404": ErrorSpec(models.Problem, None),
    },
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    accept="application/pdf, application/json",
    success_media=("application/pdf",),
)

ECHO_RAW = Operation(
    name="echo_raw",
    method="POST",
    path="/raw",
    success_model=models.Blob,
    success_name="Blob",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    request_media=RequestMedia(
        media_type="application/octet-stream",
        types=("application/octet-stream",),
    ),
    accept="application/octet-stream",
    success_media=("application/octet-stream",),
)

EXPORT_PETS = Operation(
    name="export_pets",
    method="GET",
    path="/export",
    success_model=models.Pet,
    success_name="Pet",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    accept=None,
    success_media=(
        "application/json",
        "text/csv",
    ),
)

GET_SESSION = Operation(
    name="get_session",
    method="GET",
    path="/session",
    success_model=models.Receipt,
    success_name="Receipt",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

PATCH_PET = Operation(
    name="patch_pet",
    method="PATCH",
    path="/pets/{pet_id}",
    success_model=models.Pet,
    success_name="Pet",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema="PetPatch",
    failure_when=(),
    request_media=RequestMedia(
        media_type="application/merge-patch+json",
        types=("application/merge-patch+json",),
    ),
    accept="application/vnd.media+json",
    success_media=("application/vnd.media+json",),
)

PUT_IMAGE = Operation(
    name="put_image",
    method="PUT",
    path="/images/{image_id}",
    success_model=models.Receipt,
    success_name="Receipt",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    request_media=RequestMedia(
        media_type="image/*",
        types=("image/*",),
    ),
)

SEND_NOTE = Operation(
    name="send_note",
    method="POST",
    path="/notes",
    success_model=models.Note,
    success_name="Note",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    request_media=RequestMedia(
        media_type="text/plain",
        types=("text/plain",),
    ),
    accept="text/plain",
    success_media=("text/plain",),
)

SUBMIT_FORM = Operation(
    name="submit_form",
    method="POST",
    path="/forms",
    success_model=models.Receipt,
    success_name="Receipt",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema="SignupForm",
    failure_when=(),
    request_media=RequestMedia(
        media_type="application/x-www-form-urlencoded",
        types=("application/x-www-form-urlencoded",),
        encoding=(
            PartEncoding("address", None, "form", True),
            PartEncoding("codes", None, None, False),
            PartEncoding("filter", None, "deepObject", True),
        ),
    ),
)

UPLOAD_DOCUMENT = Operation(
    name="upload_document",
    method="POST",
    path="/documents",
    success_model=models.Receipt,
    success_name="Receipt",
    errors={},
    security=(("key",),),
    idempotency_header=None,
    request_schema="DocumentUpload",
    failure_when=(),
    request_media=RequestMedia(
        media_type="multipart/form-data",
        types=("multipart/form-data",),
        encoding=(PartEncoding("file", "application/pdf", None, None),),
    ),
)
