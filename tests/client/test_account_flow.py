"""Graas' account flow: an appKey-only client trades the grant code for a long-lived token,
takes it in with update_credentials(), and from then on sends it as a Bearer token."""

from __future__ import annotations

import httpx
import pytest

from tests.client.fakes import invoke, make_client, success
from tests.conftest import API_IDS, package
from tests.helpers import api

pytestmark = pytest.mark.skipif("graas" not in API_IDS, reason="the graas spec is not selected")


def test_grant_code_to_long_token_to_bearer_calls() -> None:
    a = api("graas")
    seen: list[httpx.Request] = []
    long_op = next(o for o in a.operations if o.py_name == "get_long_token")
    short_op = next(o for o in a.operations if o.py_name == "get_short_token")
    bearer = next(s for s in a.schemes if s.kind == "bearer")
    app_key = next(s for s in a.schemes if s.header.lower() == "appkey")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == long_op.path:
            return httpx.Response(200, json={"longToken": "long-lived-canary"})
        return httpx.Response(200, json={"accessToken": "short"})

    client = make_client("graas", handler, credentials={app_key.py_name: "app-key-1"})
    with pytest.raises(package("graas").errors.ClientError, match="needs credentials"):
        client.get_short_token()  # no long-lived token yet: refused before anything is sent
    token = client.get_long_token(code="grant-123").long_token
    client.update_credentials(**{bearer.py_name: token})
    client.get_short_token()
    assert [r.url.path for r in seen] == [long_op.path, short_op.path]
    assert seen[0].url.params["code"] == "grant-123" and seen[0].headers["appKey"] == "app-key-1"
    assert seen[1].headers["Authorization"] == "Bearer long-lived-canary"
    assert "long-lived-canary" not in repr(client)
    with pytest.raises(TypeError, match="unknown credentials"):
        client.update_credentials(not_a_credential="x")


def test_app_key_and_long_token_alone_call_the_v1_api() -> None:
    """graas-api.txt:160: the long token goes as `Authorization: Bearer` on all API queries, and
    the sign-up flow hands out no accountNumber: appKey + long token must reach /v1."""
    op = next(o for o in api("graas").operations if o.py_name == "get_orders")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return success(op)

    credentials = {"app_key": "app-key-1", "long_token": "long-token-1"}
    client = make_client("graas", handler, credentials=credentials)
    invoke("graas", client, op)
    assert seen[0].headers["authorization"] == "Bearer long-token-1"
    assert seen[0].headers["appkey"] == "app-key-1"
    assert "accountnumber" not in seen[0].headers
