"""Outside OpenAPI documents (../shared/corpus/, beside the checkout; never copied into the
project), each validated as given and generated once per session into a temporary folder."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from vendorgen.load import Spec

from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
VALID = sorted(
    [
        *(CORPUS / "openapi-python-client").glob("*.yaml"),
        *(CORPUS / "openapi-python-client").glob("*.yml"),
        *(CORPUS / "openapi-python-client").glob("*.json"),
        CORPUS / "petstore" / "openapi.yaml",
    ]
)
INVALID = sorted((CORPUS / "openapi-python-client" / "documents_with_errors").glob("*.yaml"))


def doc_id(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


@dataclass(frozen=True)
class Generated:
    document: Path
    spec: Spec  # normalised
    tree: Path  # the distribution folder (holds <api>_api/)
    operations: int

    @property
    def api(self) -> str:
        return self.spec.api

    @property
    def package_name(self) -> str:
        return f"{self.api}_api"

    def package(self) -> ModuleType:
        if str(self.tree) not in sys.path:
            sys.path.insert(0, str(self.tree))
        module = importlib.import_module(self.package_name)
        importlib.import_module(f"{self.package_name}.server")
        return module


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Generated]:
    """Every valid corpus document validated, normalised and rendered into a temporary
    folder, as `vendorgen generate <file> --out <tmp>` would."""
    from vendorgen import pipeline, write

    out = tmp_path_factory.mktemp("corpus")
    result = {}
    with pipeline.fewer_collections():
        for document in VALID:
            (spec,) = pipeline.load_and_validate([document])
            rendered = pipeline.render_api(spec)
            write.write_tree(out / spec.api, rendered.files)
            result[document] = Generated(document, spec, out / spec.api, rendered.operations)
    return result
