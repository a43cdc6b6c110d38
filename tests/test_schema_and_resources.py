"""The checked-in JSON Schemas: v2 is current, v1 is as issued, every bundled policy obeys the
schema of its own format version."""

from __future__ import annotations

import hashlib
from pathlib import Path

import jsonschema
import pytest

from app.cli import main
from app.paths import EXAMPLES, TEMPLATES
from app.storage.loader import load_file
from app.storage.safe_yaml import read_bytes
from app.storage.schema import (
    SCHEMA_FILE,
    policy_json_schema,
    published_schema,
    schema_file,
    schema_text,
)

BUNDLED = sorted(TEMPLATES.glob("*.policy.yaml")) + sorted(EXAMPLES.glob("*.policy.yaml"))


def test_checked_in_schema_is_not_stale() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "policy_schemas/ is stale: run `policy-studio schema -o "
        f"{SCHEMA_FILE.relative_to(SCHEMA_FILE.parent.parent)}`"
    )


def test_the_current_schema_is_v2_and_v1_is_kept_as_issued() -> None:
    assert schema_file(2) == SCHEMA_FILE
    assert policy_json_schema()["properties"]["format_version"]["const"] == 2
    v1 = schema_file(1).read_bytes()
    assert hashlib.sha256(v1).hexdigest() == V1_DIGEST, "policy-v1.schema.json was changed"
    assert published_schema(1)["$id"].endswith("/policy-v1.schema.json")
    assert published_schema(1)["properties"]["format_version"]["const"] == 1


V1_DIGEST = "79cb65adc05e537d7b7e40bea7f6b2fd9f4c1d316148cc5b008357bf4c499056"
"""policy-v1.schema.json as issued: format 1 files are checked against it unchanged."""


@pytest.mark.parametrize("version", [1, 2])
def test_schema_is_a_valid_draft_2020_12_schema(version: int) -> None:
    jsonschema.Draft202012Validator.check_schema(published_schema(version))


def test_there_are_templates_and_an_example() -> None:
    assert {p.name for p in TEMPLATES.glob("*.policy.yaml")} >= {
        "blank.policy.yaml", "gdpr-online-shop.policy.yaml", "cpra-app.policy.yaml"}
    assert list(EXAMPLES.glob("*.policy.yaml"))


def _schema_errors(data: dict) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        published_schema(data["format_version"]), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    return [f"{list(e.path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_policy_validates_against_the_schema_of_its_version(path: Path) -> None:
    data = read_bytes(path.read_bytes(), str(path)).data
    assert data["format_version"] == 2
    assert _schema_errors(data) == []


FORMAT_1 = b"""\
format_version: 1
policy: {id: a, title: A}
purposes:
  - {id: ads, name: Ads, legal_basis: consent, consent: opt_in}
rules:
  - {id: r, categories: [email], purposes: [ads], regions: [eu]}
"""


def test_a_format_1_file_validates_against_the_v1_schema_and_format_2_fields_do_not() -> None:
    data = read_bytes(FORMAT_1, "v1").data
    assert _schema_errors(data) == []
    data["purposes"][0]["sale"] = True
    assert any("'sale'" in e for e in _schema_errors(data))
    assert _schema_errors({**data, "format_version": 2}) == []


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = jsonschema.Draft202012Validator(policy_json_schema())
    bad = {"format_version": 2, "policy": {"id": "Bad Id"}, "rules": [{"id": "r", "x": 1}]}
    messages = [e.message for e in validator.iter_errors(bad)]
    assert any("does not match" in m for m in messages)
    assert any("Additional properties" in m for m in messages)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.policy.yaml")), ids=lambda p: p.name)
def test_example_is_complete_and_valid(path: Path) -> None:
    policy = load_file(path).policy
    assert len(policy.categories) >= 40
    assert len(policy.purposes) >= 15
    assert len(policy.recipients) >= 8
    assert len(policy.rules) >= 40
    assert len(policy.retention) >= 15
    assert all(rule.citation for rule in policy.retention)
    assert main(["validate", str(path)]) == 0


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.policy.yaml")), ids=lambda p: p.name)
def test_templates_have_no_errors(path: Path) -> None:
    assert main(["validate", str(path)]) in (0,)
