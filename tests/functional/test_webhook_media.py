"""Webhook receivers read every media type their spec documents, on the focused case
`tests/cases/media` (its generated package, as checked in): a form (with its encoding object),
multipart fields and files, text in the charset it was sent in, bytes of any `image/*` type;
JSON too where the body is a model. What our own client sends for a form or multipart body is
read back as the same model. An undocumented type is answered 415 in the documented error
shape; a callback that documents JSON alone still refuses a form (no CORS "simple" requests).
A success documented as text or bytes is answered as the str or bytes the handler returns.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

CASE = Path(__file__).resolve().parents[1] / "cases" / "media" / "expected" / "media"
if str(CASE) not in sys.path:
    sys.path.insert(0, str(CASE))

import media_api  # noqa: E402
from media_api import models  # noqa: E402
from media_api._files import File  # noqa: E402
from media_api.server import InMemoryDeliveryStore  # noqa: E402
from media_api.server.webhooks import MediaWebhookHandlers, create_webhook_app  # noqa: E402

PDF = b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n\xff\xd8\xff\x00"
FORM = "application/x-www-form-urlencoded"
SECRET = "media-webhook-key"


class Recording(MediaWebhookHandlers):
    """Every handler keeps what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.receipt: Any = b"\x00receipt\xff"

    async def document_posted(self, body: models.DocumentUpload) -> bytes:
        self.calls.append(("document_posted", body))
        return self.receipt

    async def image_posted(self, body: str | bytes) -> None:
        self.calls.append(("image_posted", body))

    async def note_posted(self, body: str) -> None:
        self.calls.append(("note_posted", body))

    async def pet_posted(self, body: models.Pet) -> None:
        self.calls.append(("pet_posted", body))

    async def signup_posted(self, body: models.SignupForm) -> str:
        self.calls.append(("signup_posted", body))
        return f"welcome, {body.name} ✓"


@pytest.fixture
def handlers() -> Recording:
    return Recording()


@pytest.fixture
def receiver(handlers: Recording) -> TestClient:
    app = create_webhook_app(handlers, secrets={"key": SECRET}, store=InMemoryDeliveryStore())
    return TestClient(app, headers={"X-Key": SECRET})  # the spec's apiKey scheme


def _sent_by_our_client(method: str, **kwargs: Any) -> tuple[bytes, str]:
    """(the body, its Content-Type) our generated client puts on the wire for `method`."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        request.read()
        return httpx.Response(200, json={"ok": True})

    client = media_api.MediaClient(key="k", transport=httpx.MockTransport(answer))
    getattr(client, method)(**kwargs)
    return sent[0].content, sent[0].headers["content-type"]


SIGNUP = {
    "name": "Zoë & co",
    "count": 2,
    "active": True,
    "ratio": 0.5,
    "tags": ["a", "b c"],
    "codes": [1, 2],  # encoding: explode false -> one comma-joined value
    "filter": {"kind": "x", "level": 2},  # encoding: style deepObject
    "meta": {"source": "s", "score": 3},  # no encoding: its JSON text
    "address": {"city": "Oslo", "floor": 4},  # encoding: style form, exploded
}


def test_a_form_our_client_sends_is_read_back_as_the_same_model(
    receiver: TestClient, handlers: Recording
) -> None:
    raw, content_type = _sent_by_our_client("submit_form", **SIGNUP)
    assert content_type == FORM
    response = receiver.post("/signupPosted", content=raw, headers={"content-type": FORM})
    assert response.status_code == 200, response.text
    assert handlers.calls == [("signup_posted", models.SignupForm.model_validate(SIGNUP))]


def test_a_form_keeps_fields_the_spec_does_not_name(
    receiver: TestClient, handlers: Recording
) -> None:
    response = receiver.post("/signupPosted", data={"name": "n", "count": "1", "referrer": "ad"})
    assert response.status_code == 200, response.text
    ((_, body),) = handlers.calls
    assert body.name == "n" and body.count == 1
    assert body.model_dump(by_alias=True, exclude_unset=True)["referrer"] == "ad"


def test_a_documented_form_sent_as_json_is_read_too(
    receiver: TestClient, handlers: Recording
) -> None:
    response = receiver.post("/signupPosted", json=SIGNUP)
    assert response.status_code == 200, response.text
    assert handlers.calls == [("signup_posted", models.SignupForm.model_validate(SIGNUP))]


def test_multipart_fields_and_files_our_client_sends_are_read_back(
    receiver: TestClient, handlers: Recording
) -> None:
    raw, content_type = _sent_by_our_client(
        "upload_document",
        title='Q3 "report"',
        pages=2,
        labels=["x", "y"],
        file=File(PDF, filename="q3.pdf", content_type="application/pdf"),
        extras=[File(b"\x00\xff", filename="b.bin"), File(b"GIF89a", filename="c.gif")],
    )
    response = receiver.post("/documentPosted", content=raw, headers={"content-type": content_type})
    assert response.status_code == 200, response.text
    ((name, body),) = handlers.calls
    assert name == "document_posted"
    assert (body.title, body.pages, body.labels) == ('Q3 "report"', 2, ["x", "y"])
    assert (body.file.content, body.file.filename) == (PDF, "q3.pdf")
    assert body.file.content_type == "application/pdf"
    assert [(f.content, f.filename) for f in body.extras] == [
        (b"\x00\xff", "b.bin"),
        (b"GIF89a", "c.gif"),
    ]


@pytest.mark.parametrize(
    ("content_type", "raw", "text"),
    [
        ("text/plain", "grüße ✓".encode(), "grüße ✓"),
        ("text/plain; charset=UTF-8", "grüße ✓".encode(), "grüße ✓"),
        ("text/plain; charset=iso-8859-1", "grüße".encode("latin-1"), "grüße"),
        ('text/plain; charset="utf-16"', "grüße".encode("utf-16"), "grüße"),
        ("text/plain", b" \n", " \n"),  # whitespace is text too, not an empty body
    ],
)
def test_text_is_read_in_the_charset_it_was_sent_in(
    receiver: TestClient, handlers: Recording, content_type: str, raw: bytes, text: str
) -> None:
    response = receiver.post("/notePosted", content=raw, headers={"content-type": content_type})
    assert response.status_code == 200, response.text
    assert handlers.calls == [("note_posted", text)]


@pytest.mark.parametrize(
    ("content_type", "raw"),
    [("text/plain", b"\xff\xfe\xfa"), ("text/plain; charset=rot13", b"x"), ("text/plain", b"")],
)
def test_text_that_cannot_be_read_is_a_400(
    receiver: TestClient, handlers: Recording, content_type: str, raw: bytes
) -> None:
    response = receiver.post("/notePosted", content=raw, headers={"content-type": content_type})
    assert response.status_code == 400
    assert handlers.calls == []


def test_any_image_type_is_handed_over_as_its_exact_bytes(
    receiver: TestClient, handlers: Recording
) -> None:
    every_byte = bytes(range(256))
    response = receiver.post("/imagePosted", content=b" ", headers={"content-type": "image/png"})
    assert response.status_code == 200, response.text  # one space byte is an image's content
    handlers.calls.clear()
    for content_type in ("image/png", "image/webp"):
        response = receiver.post(
            "/imagePosted", content=every_byte, headers={"content-type": content_type}
        )
        assert response.status_code == 200, response.text
    response = receiver.post(
        "/imagePosted", content=b"a cat", headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    assert handlers.calls == [
        ("image_posted", every_byte),
        ("image_posted", every_byte),
        ("image_posted", "a cat"),
    ]


def test_an_undocumented_type_is_a_415_in_the_documented_shape(
    receiver: TestClient, handlers: Recording
) -> None:
    response = receiver.post("/signupPosted", content=b"x", headers={"content-type": "text/csv"})
    assert response.status_code == 415
    assert response.json() == {"message": f"the body must be sent as {FORM} or application/json"}
    response = receiver.post(
        "/imagePosted", content=b"{}", headers={"content-type": "application/json"}
    )
    assert response.status_code == 415  # no model: JSON is not read in place of an image
    assert handlers.calls == []


def test_a_json_only_callback_still_refuses_a_form(
    receiver: TestClient, handlers: Recording
) -> None:
    # A web page may POST a form or text cross-site without asking (CORS "simple" request).
    for content_type in (FORM, "text/plain", "multipart/form-data; boundary=x"):
        response = receiver.post(
            "/petPosted", content=b"id=1&name=a", headers={"content-type": content_type}
        )
        assert response.status_code == 415, content_type
    assert receiver.post("/petPosted", json={"id": 1, "name": "a"}).status_code == 200
    assert handlers.calls == [("pet_posted", models.Pet(id=1, name="a"))]


def test_a_repeated_form_delivery_runs_the_handler_once(
    receiver: TestClient, handlers: Recording
) -> None:
    # x-dedupe-key: [/name], resolved in the fields the form carried.
    for _ in range(2):
        response = receiver.post("/signupPosted", data={"name": "same", "count": "1"})
        assert response.status_code == 200, response.text
    response = receiver.post("/signupPosted", data={"name": "other", "count": "1"})
    assert response.status_code == 200, response.text
    assert [body.name for _, body in handlers.calls] == ["same", "other"]


def test_a_form_that_does_not_fit_its_model_is_a_400(
    receiver: TestClient, handlers: Recording
) -> None:
    response = receiver.post("/signupPosted", data={"count": "1"})  # name is required
    assert response.status_code == 400
    assert (
        receiver.post("/signupPosted", content=b"", headers={"content-type": FORM}).status_code
        == 400
    )
    assert handlers.calls == []


def test_a_text_answer_is_sent_as_documented_and_replayed_the_same(
    receiver: TestClient, handlers: Recording
) -> None:
    answers = [receiver.post("/signupPosted", data={"name": "Zoë", "count": "1"}) for _ in "ab"]
    for answer in answers:  # the second is the stored answer of the first (x-dedupe-key)
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "text/plain; charset=utf-8"
        assert answer.content == "welcome, Zoë ✓".encode()
    assert len(handlers.calls) == 1


def test_a_bytes_answer_is_sent_as_its_documented_type(
    receiver: TestClient, handlers: Recording
) -> None:
    answer = receiver.post("/documentPosted", data={"title": "t"}, files={"file": ("a", b"x")})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.content == b"\x00receipt\xff"


@pytest.mark.parametrize("wrong", ["a str", None, {"ok": True}])
def test_a_handler_answer_of_the_wrong_kind_is_the_documented_500(
    receiver: TestClient, handlers: Recording, caplog: pytest.LogCaptureFixture, wrong: Any
) -> None:
    handlers.receipt = wrong
    answer = receiver.post("/documentPosted", data={"title": "t"}, files={"file": ("a", b"x")})
    assert answer.status_code == 500
    assert answer.headers.get("content-type", "application/json") == "application/json"
    assert "expected bytes" in caplog.text
