"""Every vendor mock's error answers against what its spec documents (issue 12), over real HTTP on
127.0.0.1: a status the operation documents with a body answers a body valid against that
schema; one documented without a body answers none; one nobody documents answers none (nothing
invented); and a doc example's text is never copied into an answer."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest
from vendorgen.walk import deref, iter_operations

from tests.conftest import API_IDS, package
from tests.contract.test_schemathesis import _mock_headers
from tests.helpers import api, raw_operation, spec
from tests.servers import serve


def _documented(data: dict[str, Any], raw: dict[str, Any], status: int) -> Any:
    """The operation's response for `status` (exact, NXX, default), or None when silent."""
    responses = raw.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return deref(data, responses[key])
    return None


def _documented_anywhere(data: dict[str, Any], status: int) -> bool:
    return any(
        str(status) in (raw.get("responses") or {})
        for section, _, _, raw in iter_operations(data)
        if section == "paths"
    )


def _example_texts(data: dict[str, Any]) -> set[str]:
    """Text values of the documented examples of error responses (at least 12 characters)."""
    texts: set[str] = set()
    for response in (data.get("components") or {}).get("responses", {}).values():
        for media in (response.get("content") or {}).values():
            for example in (media.get("examples") or {}).values():
                for value in (example.get("value") or {}).values():
                    if isinstance(value, str) and len(value) >= 12:
                        texts.add(value)
    return texts


def _check(data: dict[str, Any], response: Any, answer: httpx.Response, where: str) -> None:
    if response is None or not response.get("content"):
        assert answer.content == b"", f"{where}: documented without a body, got {answer.text}"
        return
    media = next(iter(sorted(response["content"].items())))[1]
    schema = {**media.get("schema", {}), "components": data.get("components", {})}
    jsonschema.validate(answer.json(), schema)
    for text in _example_texts(data):
        assert text not in answer.text, f"{where}: the doc example's {text!r} copied"


@pytest.mark.parametrize("api_id", API_IDS)
def test_mock_errors_answer_only_what_the_spec_documents(api_id: str) -> None:
    a, data = api(api_id), spec(api_id).data
    checked = 0
    with serve(package(api_id).server.create_mock_app()) as url:
        for op in a.operations:
            raw = raw_operation(api_id, op)
            path = op.path.replace("{", "").replace("}", "")  # any value fits a path parameter
            if op.body is not None:
                bad = httpx.request(
                    op.method,
                    url + path,
                    content=b'{"x": NaN}',
                    headers={**_mock_headers(api_id), "content-type": "application/json"},
                    timeout=10,
                )
                assert bad.status_code == 400, (op.py_name, bad.text)
                _check(data, _documented(data, raw, 400), bad, f"{op.py_name} 400")
                checked += 1
            if op.security and () not in op.security:
                anonymous = httpx.request(op.method, url + path, timeout=10)
                assert anonymous.status_code == 401, op.py_name
                _check(data, _documented(data, raw, 401), anonymous, f"{op.py_name} 401")
                checked += 1
        unknown = httpx.get(url + "/no/such/path", timeout=10)
        assert unknown.status_code == 404
        if not _documented_anywhere(data, 404):
            assert unknown.content == b"", "404 is documented nowhere: no invented body"
        else:
            assert unknown.content == b"" or "detail" not in json.loads(unknown.content)
    assert checked, "no error answer checked"
