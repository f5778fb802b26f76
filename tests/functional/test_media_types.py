"""Request and response media types, on the focused case `tests/cases/media` (its generated
package, as checked in): what the client puts on the wire for each documented type (the exact
bytes and headers, through httpx.MockTransport), and the client against its own mock over real
HTTP on 127.0.0.1, sync and async, for every media type — the mock decoding each body as the
type it was sent as, refusing what the spec does not allow."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import serve

CASE = Path(__file__).resolve().parents[1] / "cases" / "media" / "expected" / "media"
if str(CASE) not in sys.path:
    sys.path.insert(0, str(CASE))

import media_api  # noqa: E402
from media_api import errors, models  # noqa: E402
from media_api._files import File  # noqa: E402
from media_api.server import create_mock_app  # noqa: E402

# A PDF head whose bytes are not UTF-8: what `format: byte` must carry.
PDF = b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n\xff\xd8\xff\x00"


class Recorder:
    """An httpx transport that keeps every request (body read) and answers `answer`."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.answer = answer or (lambda request: httpx.Response(200, json={"ok": True}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        return self.answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _client(recorder: Recorder) -> media_api.MediaClient:
    return media_api.MediaClient(key="k", transport=httpx.MockTransport(recorder))


# --- exact bytes and headers sent -----------------------------------------------------------


def test_json_body_and_accept() -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"id": 1, "name": "a"}))
    pet = _client(recorder).create_pet(id=1, name="a")
    assert pet == models.Pet(id=1, name="a")
    assert recorder.bodies == [b'{"id":1,"name":"a"}']
    assert recorder.last.headers["content-type"] == "application/json"
    assert recorder.last.headers["accept"] == "application/json"


def test_plus_json_body_is_sent_as_its_documented_type() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            200,
            content=b'{"id":3,"name":"b"}',
            headers={"content-type": "application/vnd.media+json"},
        )
    )
    pet = _client(recorder).patch_pet(pet_id=3, name="b")
    assert pet == models.Pet(id=3, name="b")
    assert recorder.bodies == [b'{"name":"b"}']
    assert recorder.last.headers["content-type"] == "application/merge-patch+json"
    assert recorder.last.headers["accept"] == "application/vnd.media+json"


def test_form_body_follows_the_encoding_object() -> None:
    recorder = Recorder()
    _client(recorder).submit_form(
        name="Zoë & co",
        count=2,
        active=True,
        ratio=0.5,
        tags=["a", "b c"],
        codes=[1, 2],  # encoding: explode false -> one comma-joined value
        filter={"kind": "x", "level": 2},  # encoding: style deepObject
        meta={"source": "s", "score": 3},  # an object, no encoding: its JSON text
        address={"city": "Oslo", "floor": 4},  # encoding: style form, exploded: its own pairs
    )
    assert recorder.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert recorder.bodies == [
        b"name=Zo%C3%AB+%26+co&count=2&active=true&ratio=0.5&tags=a&tags=b+c&codes=1%2C2"
        b"&filter%5Bkind%5D=x&filter%5Blevel%5D=2"
        b"&meta=%7B%22source%22%3A%22s%22%2C%22score%22%3A3%7D"
        b"&city=Oslo&floor=4"
    ]


def _boundary(request: httpx.Request) -> str:
    match = re.fullmatch(r"multipart/form-data; boundary=(\S+)", request.headers["content-type"])
    assert match, request.headers["content-type"]
    return match.group(1)


def test_multipart_fields_and_files() -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"ok": True}))
    stream = io.BytesIO(b"second\r\n--not-a-boundary")
    _client(recorder).upload_document(
        title='Q3 "report"',
        pages=2,
        labels=["x", "y"],
        meta={"source": "s"},
        file=File(PDF, filename="q3.pdf"),  # encoding: contentType application/pdf
        extras=[File(stream, filename="b.bin"), File(b"\x00", content_type="image/png")],
    )
    b = _boundary(recorder.last).encode()
    head = b"--" + b + b'\r\nContent-Disposition: form-data; name="'
    assert recorder.bodies == [
        head
        + b'title"\r\n\r\nQ3 "report"\r\n'
        + head
        + b'pages"\r\n\r\n2\r\n'
        + head
        + b'labels"\r\n\r\nx\r\n'
        + head
        + b'labels"\r\n\r\ny\r\n'
        + head
        + b'meta"\r\nContent-Type: application/json\r\n\r\n{"source":"s"}\r\n'
        + head
        + b'file"; filename="q3.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
        + PDF
        + b"\r\n"
        + head
        + b'extras"; filename="b.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        + b"second\r\n--not-a-boundary\r\n"
        + head
        + b'extras"; filename="extras"\r\nContent-Type: image/png\r\n\r\n\x00\r\n'
        + b"--"
        + b
        + b"--\r\n"
    ]


def test_multipart_quotes_names_and_filenames() -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"ok": True}))
    _client(recorder).upload_document(title="t", file=File(b"x", filename='a"b\r\n.pdf'))
    assert b'filename="a%22b%0D%0A.pdf"' in recorder.bodies[0]


def test_binary_body_bytes_file_and_stream() -> None:
    recorder = Recorder()
    client = _client(recorder)
    client.put_image(File(b"\x89PNG\r\n", content_type="image/png"), image_id="i")
    client.put_image(File(io.BytesIO(b"GIF89a"), filename="x.gif"), image_id="i")  # guessed
    assert recorder.bodies == [b"\x89PNG\r\n", b"GIF89a"]
    assert [r.headers["content-type"] for r in recorder.requests] == ["image/png", "image/gif"]
    with pytest.raises(ValueError, match="content_type"):
        client.put_image(b"\x89PNG", image_id="i")  # `image/*`: which image is not known
    assert len(recorder.requests) == 2  # nothing sent


def test_octet_stream_in_and_out() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            200, content=bytes(range(256)), headers={"content-type": "application/octet-stream"}
        )
    )
    out = _client(recorder).echo_raw(b"\x00\xff\xfe")
    assert out == bytes(range(256))
    assert recorder.bodies == [b"\x00\xff\xfe"]
    assert recorder.last.headers["content-type"] == "application/octet-stream"
    assert recorder.last.headers["accept"] == "application/octet-stream"


def test_a_streamed_body_is_sent_again_whole_on_a_retry() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "0"}), httpx.Response(200)])
    recorder = Recorder(lambda r: next(answers))
    stream = io.BytesIO(b"head" + b"x" * 200_000)
    stream.seek(4)  # sent from where the caller left it
    client = media_api.MediaClient(
        key="k", transport=httpx.MockTransport(recorder), sleep=lambda s: None
    )
    client.echo_raw(stream)
    assert recorder.bodies == [b"x" * 200_000, b"x" * 200_000]
    assert [r.headers["content-length"] for r in recorder.requests] == ["200000", "200000"]
    assert "transfer-encoding" not in recorder.last.headers


class _OneShot(io.RawIOBase):
    """A stream that can be read once and not rewound (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data


def test_a_one_shot_stream_is_read_once_and_sent_whole_on_every_attempt() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "0"}), httpx.Response(200)])
    recorder = Recorder(lambda r: next(answers))
    client = media_api.MediaClient(
        key="k", transport=httpx.MockTransport(recorder), sleep=lambda s: None
    )
    client.echo_raw(File(_OneShot(b"once")))
    assert recorder.bodies == [b"once", b"once"]


def test_file_repr_never_shows_the_content() -> None:
    assert repr(File(b"secret", "a.txt", "text/plain")) == (
        "File(filename='a.txt', content_type='text/plain', 6 bytes)"
    )
    assert File(io.BytesIO(b"x"), "a").read() == b"x"
    with pytest.raises(TypeError):
        File("text")  # type: ignore[arg-type]


def test_format_byte_reads_base64url_and_wrapped_base64() -> None:
    data = bytes(range(250, 256)) * 20
    wrapped = "\n".join(base64.b64encode(data).decode()[i : i + 76] for i in range(0, 160, 76))
    for text in (base64.urlsafe_b64encode(data).decode().rstrip("="), wrapped):
        assert models.Attachment.model_validate({"filename": "a", "content": text}).content == data


def test_text_in_and_out() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            200,
            content="grüße".encode("latin-1"),
            headers={"content-type": "text/plain; charset=latin-1"},
        )
    )
    assert _client(recorder).send_note("héllo") == "grüße"
    assert recorder.bodies == ["héllo".encode()]
    assert recorder.last.headers["content-type"] == "text/plain; charset=utf-8"
    assert recorder.last.headers["accept"] == "text/plain"


def test_accept_lists_the_documented_response_types() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
    )
    assert _client(recorder).download_report(report_id="r") == PDF
    assert recorder.last.headers["accept"] == "application/pdf, application/json"


def test_a_documented_accept_parameter_is_never_overwritten() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(200, content=b"id,name\n", headers={"content-type": "text/csv"})
    )
    client = _client(recorder)
    assert client.export_pets(accept="text/csv") == "id,name\n"
    assert recorder.last.headers.get_list("accept") == ["text/csv"]
    client.with_options(extra_headers={"Accept": "application/xml"}).export_pets(accept="text/csv")
    assert recorder.last.headers.get_list("accept") == ["text/csv"]


def test_cookie_parameters_are_one_cookie_header() -> None:
    recorder = Recorder()
    _client(recorder).get_session(session_id='a b;c,"d"é', theme="dark", visits=3)
    assert recorder.last.headers["cookie"] == (
        "session_id=a%20b%3Bc%2C%22d%22%C3%A9; theme=dark; visits=3"
    )
    _client(recorder).get_session(session_id="s")
    assert recorder.last.headers["cookie"] == "session_id=s"
    _client(recorder).get_session(session_id="s", tags=["a,b", "cd"])
    assert recorder.last.headers["cookie"] == "session_id=s; tags=a%2Cb,cd"  # items encoded


def test_format_byte_carries_any_bytes_as_base64() -> None:
    echoed: dict[str, Any] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        echoed.update(json.loads(request.read()))
        return httpx.Response(201, json=echoed)

    recorder = Recorder(answer)
    result = _client(recorder).create_attachment(filename="a.pdf", content=PDF)
    assert echoed == {"filename": "a.pdf", "content": base64.b64encode(PDF).decode()}
    assert result.content == PDF
    assert result.model_dump(mode="json") == echoed  # read back, written back the same


def test_format_byte_that_is_not_base64_is_kept_as_sent() -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json={"filename": "a", "content": "n0t!"}))
    assert _client(recorder).create_attachment(filename="a", content=b"").content == "n0t!"


@pytest.mark.parametrize(
    ("method", "kwargs", "pointer"),
    [
        ("create_pet", {"id": 1, "name": ""}, "/name: must satisfy minLength"),
        ("submit_form", {"name": "n", "count": 0}, "/count: must satisfy minimum"),
        ("upload_document", {"title": "", "file": File(b"x")}, "/title: must satisfy minLength"),
    ],
)
def test_json_form_and_multipart_fields_are_checked_before_sending(
    method: str, kwargs: dict[str, Any], pointer: str
) -> None:
    recorder = Recorder()
    with pytest.raises(errors.RequestValidationError) as caught:
        getattr(_client(recorder), method)(**kwargs)
    assert any(p.startswith(pointer) for p in caught.value.problems), caught.value.problems
    assert recorder.requests == []


def test_a_json_response_labelled_otherwise_still_parses() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(
            201, content=b'{"id":1,"name":"a"}', headers={"content-type": "text/plain"}
        )
    )
    assert _client(recorder).create_pet(id=1, name="a") == models.Pet(id=1, name="a")


# --- the client against its mock over real HTTP, sync and async -----------------------------


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve(create_mock_app(credentials={"key": "k"})) as url:
        yield url


def _calls() -> list[tuple[str, Callable[[], tuple[str, dict[str, Any]]], Callable[[Any], None]]]:
    """(name, the call's method and arguments, what its result must be) per media type."""

    def is_pet(result: Any) -> None:
        assert isinstance(result, models.Pet)

    def is_receipt(result: Any) -> None:
        assert isinstance(result, models.Receipt)

    def is_bytes(result: Any) -> None:
        assert result == bytes(range(256))

    return [
        ("json", lambda: ("create_pet", {"id": 1, "name": "a"}), is_pet),
        ("+json", lambda: ("patch_pet", {"pet_id": 3, "name": "b"}), is_pet),
        (
            "form",
            lambda: (
                "submit_form",
                {
                    "name": "n",
                    "count": 2,
                    "active": False,
                    "ratio": 1.5,
                    "tags": ["a", "b"],
                    "codes": [1, 2],
                    "filter": {"kind": "x", "level": 3},
                    "meta": {"source": "s", "score": 1},
                    "address": {"city": "Oslo", "floor": 2},
                },
            ),
            is_receipt,
        ),
        (
            "multipart",
            lambda: (
                "upload_document",
                {
                    "title": "t",
                    "pages": 3,
                    "labels": ["a"],
                    "meta": {"score": 2},
                    "file": File(io.BytesIO(PDF), filename="a.pdf"),
                    "extras": [File(b"\x00\x01"), File(b"\xff")],
                },
            ),
            is_receipt,
        ),
        (
            "image",
            lambda: ("put_image", {"body": File(b"\x89PNG", "a.png"), "image_id": "i"}),
            is_receipt,
        ),
        ("octet-stream", lambda: ("echo_raw", {"body": io.BytesIO(PDF)}), is_bytes),
        ("text", lambda: ("send_note", {"body": "grüße"}), lambda r: _equals(r, "noted: grüße")),
        ("pdf", lambda: ("download_report", {"report_id": "r"}), is_bytes),
        ("accept csv", lambda: ("export_pets", {"accept": "text/csv"}), lambda r: _is_str(r)),
        ("accept json", lambda: ("export_pets", {"accept": "application/json"}), is_pet),
        (
            "cookie",
            lambda: (
                "get_session",
                {"session_id": "a b;c", "theme": "dark", "visits": 2, "tags": ["x,y", "zz"]},
            ),
            is_receipt,
        ),
        (
            "format byte",
            lambda: ("create_attachment", {"filename": "a.pdf", "content": PDF}),
            lambda r: _equals(r.content, base64.b64decode("JVBERi0xLjQK4uPP0wr/2P8A")),
        ),
    ]


def _equals(result: Any, expected: Any) -> None:
    assert result == expected


def _is_str(result: Any) -> None:
    assert isinstance(result, str) and result


CALLS = _calls()


@pytest.mark.parametrize(("name", "call", "check"), CALLS, ids=[c[0] for c in CALLS])
def test_sync_client_against_mock(
    mock_url: str, name: str, call: Callable[[], tuple[str, dict[str, Any]]], check: Any
) -> None:
    method, kwargs = call()
    with media_api.MediaClient(key="k", base_url=mock_url) as client:
        check(getattr(client, method)(**kwargs))


@pytest.mark.parametrize(("name", "call", "check"), CALLS, ids=[c[0] for c in CALLS])
def test_async_client_against_mock(
    mock_url: str, name: str, call: Callable[[], tuple[str, dict[str, Any]]], check: Any
) -> None:
    method, kwargs = call()

    async def run() -> Any:
        async with media_api.AsyncMediaClient(key="k", base_url=mock_url) as client:
            return await getattr(client, method)(**kwargs)

    check(asyncio.run(run()))


# --- the mock refuses what the spec does not allow -------------------------------------------


@pytest.mark.parametrize(
    ("path", "content_type", "body", "status", "message"),
    [
        ("/forms", "application/json", b'{"name":"n","count":1}', 415, "x-www-form-urlencoded"),
        ("/forms", "application/x-www-form-urlencoded", b"name=n&count=abc", 400, "count"),
        ("/forms", "application/x-www-form-urlencoded", b"name=n", 400, "count"),
        ("/forms", "application/x-www-form-urlencoded", b"name=n&count=0", 400, "minimum"),
        ("/forms", "application/x-www-form-urlencoded", b"name=n&count=1&floor=2", 400, "city"),
        (
            "/forms",
            "application/x-www-form-urlencoded",
            b"name=n&count=1&filter%5Blevel%5D=high",
            400,
            "level",
        ),
        ("/raw", "application/octet-stream", b"", 400, "required"),
        ("/raw", "text/plain", b"x", 415, "application/octet-stream"),
        ("/images/i", "application/pdf", b"x", 415, "image/*"),
        ("/notes", "text/plain", b"\xff", 400, "UTF-8"),
        ("/pets", "text/plain", b'{"id":1,"name":"a"}', 415, "application/json"),
    ],
)
def test_mock_refuses_bodies_the_spec_does_not_allow(
    mock_url: str, path: str, content_type: str, body: bytes, status: int, message: str
) -> None:
    method = "PUT" if path.startswith("/images") else "POST"
    response = httpx.request(
        method,
        mock_url + path,
        content=body,
        headers={"content-type": content_type, "x-key": "k"},
    )
    assert response.status_code == status, response.text
    if status == 415:  # the case documents no 415 body: the mock invents none
        assert response.content == b""
    else:
        assert message in response.text


def test_mock_refuses_multipart_without_its_required_file(mock_url: str) -> None:
    response = httpx.post(
        mock_url + "/documents", files={"title": (None, b"t")}, headers={"x-key": "k"}
    )
    assert response.status_code == 400, response.text
    assert "file" in response.text


def test_mock_reads_cookie_parameters(mock_url: str) -> None:
    missing = httpx.get(mock_url + "/session", headers={"x-key": "k"})
    assert missing.status_code == 400 and "session_id" in missing.text
    wrong = httpx.get(
        mock_url + "/session", headers={"x-key": "k", "cookie": "session_id=s; visits=x"}
    )
    assert wrong.status_code == 400 and "visits" in wrong.text
    short = httpx.get(
        mock_url + "/session", headers={"x-key": "k", "cookie": "session_id=s; tags=ab,c"}
    )
    assert short.status_code == 400 and "tags" in short.text  # "c": minLength 2, per item
    ok = httpx.get(
        mock_url + "/session", headers={"x-key": "k", "cookie": "session_id=s; visits=2"}
    )
    assert ok.status_code == 200, ok.text
