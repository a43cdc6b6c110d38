"""The OPA bundle as a Rego engine loads it: its modules, and its data where OPA mounts it."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from typing import Any

from app.exporters.opa import DATA_NAME, DECISION_QUERY
from app.exporters.opa_tests import TESTS_QUERY

DATA_PATH = tuple(DATA_NAME.split("/")[:-1])
"""Where OPA mounts the bundle's data.json: its directory (``data.policy_studio.policy``)."""
DECISION_DOCUMENT = DECISION_QUERY.removeprefix("data.")
"""The decision as a document path below ``data`` (``policy_studio.decision``)."""
TESTS_DOCUMENT = TESTS_QUERY.removeprefix("data.")
"""The expectations' test package as a document path below ``data``."""


def unpack(bundle: bytes) -> dict[str, bytes]:
    """The bundle's files by name, from the ``.tar.gz`` that ``build_bundle`` writes."""
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(bundle)), mode="r:") as tar:
        return {member.name: tar.extractfile(member).read()  # type: ignore[union-attr]
                for member in tar.getmembers() if member.isfile()}


def modules(files: dict[str, bytes]) -> list[tuple[str, str]]:
    """(name, text) of every Rego module of the bundle, in archive order."""
    return [(name, data.decode("utf-8")) for name, data in files.items()
            if name.endswith(".rego")]


def data_value(files: dict[str, bytes]) -> Any:
    """The bundle's data.json, as the value to mount at :data:`DATA_PATH`."""
    return json.loads(files[DATA_NAME])


def mounted_data(files: dict[str, bytes]) -> dict[str, Any]:
    """The whole ``data`` document: data.json nested under :data:`DATA_PATH`."""
    data: Any = data_value(files)
    for part in reversed(DATA_PATH):
        data = {part: data}
    return data


def test_results(value: Any, names: list[str]) -> dict[str, bool]:
    """Each ``test_*`` rule's result from the value of the test package (true or not)."""
    found = value if isinstance(value, dict) else {}
    return {name: found.get(name) is True for name in names}
