# Generated from specs/items.yaml by vendorgen. Do not edit: regenerate instead.
"""Operations of Items as data for the transport: method, path, models, auth."""

from __future__ import annotations

from . import models
from ._auth import AuthScheme
from ._params import ParamStyle
from ._ratelimit import RateLimit
from ._responses import ErrorSpec, Operation

BASE_URL = "https://items.example"

AUTH_SCHEMES: tuple[AuthScheme, ...] = ()

RATE_LIMIT: RateLimit | None = None
# Seconds to wait after a 429 without Retry-After, as the vendor documents it (x-rate-limit).
RETRY_AFTER_DEFAULT: float | None = None

FETCH_ITEM = Operation(
    name="fetch_item",
    method="GET",
    path="/items/{item-id}",
    success_model=models.Item,
    success_name="Item",
    errors={
        "400": ErrorSpec(models.Problem, None),
        "404": ErrorSpec(None, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

FETCH_USER = Operation(
    name="fetch_user",
    method="GET",
    path="/users/{user.name}",
    success_model=models.User,
    success_name="User",
    errors={
        "400": ErrorSpec(None, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

LABEL_ARRAY = Operation(
    name="label_array",
    method="GET",
    path="/styles/label/{ids}",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    param_styles={
        ("path", "ids"): ParamStyle("label", explode=True),
    },
)

LIST_CHANGES = Operation(
    name="list_changes",
    method="GET",
    path="/changes",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

LOG_IN = Operation(
    name="log_in",
    method="GET",
    path="/users/login",
    success_model=models.Session,
    success_name="Session",
    errors={
        "400": ErrorSpec(None, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

MATRIX_OBJECT = Operation(
    name="matrix_object",
    method="GET",
    path="/styles/matrix/{point}",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    param_styles={
        ("path", "point"): ParamStyle("matrix", explode=True),
    },
)

QUERY_STYLES = Operation(
    name="query_styles",
    method="GET",
    path="/styles/query",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
    param_styles={
        ("header", "X-Point"): ParamStyle(explode=True),
        ("query", "codes"): ParamStyle("pipeDelimited", explode=False),
        ("query", "ids"): ParamStyle("form", explode=False),
        ("query", "range"): ParamStyle("deepObject", explode=True),
    },
)

SEARCH_BY_STATUS = Operation(
    name="search_by_status",
    method="GET",
    path="/items/findByStatus",
    success_model=models.ItemList,
    success_name="ItemList",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)

SIMPLE_ARRAY = Operation(
    name="simple_array",
    method="GET",
    path="/styles/simple/{ids}",
    success_model=None,
    success_name="",
    errors={
        "400": ErrorSpec(models.Problem, None),
    },
    security=(),
    idempotency_header=None,
    request_schema=None,
    failure_when=(),
)
