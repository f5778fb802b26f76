"""The spec layer (generator/spec/): api ids from any file name, derivations, and problems
found after normalising that still cite the document as written."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from vendorgen import pipeline
from vendorgen.pipeline_paths import api_id
from vendorgen.problems import SpecProblems


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("aska.yaml", "aska"),
        ("baseline_openapi_3.1.yaml", "baseline_openapi_3_1"),
        ("3.1_specific.openapi.yaml", "api_3_1_specific_openapi"),
        ("Petstore-API.json", "petstore_api"),
        ("_x.yml", "api_x"),
    ],
)
def test_api_id_from_any_file_name(name: str, expected: str) -> None:
    assert api_id(Path(name)) == expected


def _write(tmp_path: Path, text: str, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def _problems(path: Path) -> list[tuple[str, int, str]]:
    with pytest.raises(SpecProblems) as caught:
        pipeline.load_and_validate([path])
    return [(p.pointer, p.line, p.message) for p in caught.value.problems if p.level == "error"]


HOISTED_30 = """
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count:
                    type: integer
                    nullable: true
                    example: many
"""


def test_a_problem_inside_a_hoisted_30_schema_cites_where_it_was_written(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, HOISTED_30)
    ((pointer, line, message),) = _problems(path)
    # Normalised, the schema is /components/schemas/GetThingsResponse and the example is
    # examples/0; the author wrote neither.
    at = "/paths/~1things/get/responses/200/content/application~1json/schema/properties/count"
    assert pointer == f"{at}/example"
    assert path.read_text().splitlines()[line - 1].strip() == "example: many"
    assert "'many' is not of type 'integer', 'null'" in message


RENAMED = """
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    cart_Full:
      type: object
      properties:
        size: {type: integer, default: big}
    AB: {type: string}
    a_b: {type: integer}
"""


def test_renamed_schemas_keep_their_pointer_and_clashes_are_named_not_numbered(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, RENAMED)
    ((pointer, line, _),) = _problems(path)
    assert pointer == "/components/schemas/cart_Full/properties/size/default"
    assert "default: big" in path.read_text().splitlines()[line - 1]
    (spec,) = pipeline.load_and_validate([_write(tmp_path, RENAMED.replace("big", "1"), "b.yaml")])
    assert sorted(spec.data["components"]["schemas"]) == ["AB", "ABSchema", "CartFull"]


def test_an_operation_without_2xx_or_default_is_refused_precisely(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /x:
            get:
              responses:
                '404': {description: gone}
        """,
    )
    ((pointer, _, message),) = _problems(path)
    assert pointer == "/paths/~1x/get/responses"
    assert message.startswith("an operation needs a 2xx or a default response")


def test_duplicate_operation_ids_are_located(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /a:
            get: {operationId: same, responses: {'200': {description: ok}}}
          /b:
            get: {operationId: same, responses: {'200': {description: ok}}}
        """,
    )
    ((pointer, line, message),) = _problems(path)
    assert pointer == "/paths/~1b/get/operationId"
    assert line == 7
    assert "already used at /paths/~1a/get/operationId" in message


def test_the_typed_model_of_a_normalised_document() -> None:
    from vendorgen.spec.model import read_document

    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # beside the checkout
    (spec,) = pipeline.load_and_validate([corpus / "petstore" / "openapi.yaml"])
    document = read_document(spec.data)
    assert document.openapi == "3.1.0"  # normalised from 3.0.4
    assert document.servers[0].resolved_url == "https://petstore3.swagger.io/api/v3"
    assert len(document.operations) == 19 and document.webhooks == ()
    by_id = {op.operation_id: op for op in document.operations}
    find = by_id["find_pets_by_status"]
    (status,) = find.parameters
    assert (status.name, status.location, status.required, status.explode) == (
        "status",
        "query",
        False,
        True,
    )
    assert [r.status for r in find.responses] == ["200", "400", "default"]
    assert [m.media_type for m in find.responses[0].content] == [
        "application/json",
        "application/xml",
    ]
    # The inline list was hoisted and named from its place.
    assert find.responses[0].content[0].schema == {
        "$ref": "#/components/schemas/FindPetsByStatusResponse"
    }
    assert document.schemas["FindPetsByStatusResponse"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }
    oauth = next(s for s in document.security_schemes if s.id == "petstore_auth")
    assert oauth.type == "oauth2"
    (flow,) = oauth.flows
    assert flow.kind == "implicit" and dict(flow.scopes)["read:pets"]
    inventory = by_id["get_inventory"]
    (requirement,) = document.requirements(inventory)
    assert requirement.schemes == (("api_key", ()),)
    assert by_id["add_pet"].request_body is not None
    assert by_id["add_pet"].request_body.required is True


def test_a_schema_named_like_a_models_import_gets_a_free_class_name(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            BaseModel: {type: object, properties: {a: {$ref: '#/components/schemas/ConfigDict'}}}
            ConfigDict: {type: string}
        """,
    )
    (spec,) = pipeline.load_and_validate([path])
    schemas = spec.data["components"]["schemas"]
    assert sorted(schemas) == ["BaseModelSchema", "ConfigDictSchema"]
    assert schemas["BaseModelSchema"]["properties"]["a"] == {
        "$ref": "#/components/schemas/ConfigDictSchema"
    }
