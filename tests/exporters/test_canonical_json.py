"""The canonical JSON exporter: deterministic, digested, schema-valid, loads back."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.domain.canonical import digest
from app.domain.models import FORMAT_VERSION, DataCategory, Metadata, Policy
from app.exporters.registry import get
from app.paths import EXAMPLES, SCHEMAS, TEMPLATES
from app.storage.loader import load_bytes, load_file

POLICY_FILES = sorted(EXAMPLES.glob("*.policy.yaml")) + sorted(TEMPLATES.glob("*.policy.yaml"))


@pytest.fixture(params=POLICY_FILES, ids=lambda p: p.name)
def policy(request: pytest.FixtureRequest) -> Policy:
    """Each bundled example and template."""
    return load_file(request.param).policy


def test_the_bytes_are_deterministic(policy: Policy) -> None:
    exporter = get("json")
    first = exporter.export(policy)
    again = exporter.export(load_bytes(first.data or b"").policy)
    assert first.data is not None and first.data == exporter.export(policy).data
    assert again.data == first.data
    assert first.summary == []


def test_the_file_carries_the_format_version_and_digest(policy: Policy) -> None:
    result = get("json").export(policy)
    data = json.loads(result.data or b"")
    assert data["format_version"] == FORMAT_VERSION
    assert data["digest"] == result.digest == digest(policy)


def test_the_file_is_valid_against_the_published_schema(policy: Policy) -> None:
    schema = json.loads((SCHEMAS / f"policy-v{FORMAT_VERSION}.schema.json").read_text())
    data = json.loads(get("json").export(policy).data or b"")
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_loading_the_export_gives_the_same_policy(policy: Policy) -> None:
    result = get("json").export(policy)
    loaded = load_bytes(result.data or b"", "exported.policy.json")
    assert loaded.policy == policy
    assert loaded.declared_digest == result.digest


def test_canonical_json_export_imports_back_to_an_equal_policy(tmp_path: Path) -> None:
    for path in [EXAMPLES / "northwind-outfitters.policy.yaml",
                 *sorted(TEMPLATES.glob("*.policy.yaml"))]:
        policy = load_file(path).policy
        target = tmp_path / (path.stem + ".json")
        data = get("json").export(policy).data
        assert data is not None
        target.write_bytes(data)
        assert load_file(target).policy == policy
    small = Policy(policy=Metadata(id="p"), categories=[DataCategory(id="c", name="C")])
    target.write_bytes(get("json").export(small).data or b"")
    assert load_file(target).policy == small
