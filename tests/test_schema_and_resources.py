"""The checked-in JSON Schema is current, and every bundled policy obeys it."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from app.cli import main
from app.paths import EXAMPLES, TEMPLATES
from app.storage.loader import load_file
from app.storage.safe_yaml import read_bytes
from app.storage.schema import SCHEMA_FILE, policy_json_schema, schema_text

BUNDLED = sorted(TEMPLATES.glob("*.policy.yaml")) + sorted(EXAMPLES.glob("*.policy.yaml"))


def test_checked_in_schema_is_not_stale() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "policy_schemas/ is stale: run `policy-studio schema -o "
        f"{SCHEMA_FILE.relative_to(SCHEMA_FILE.parent.parent)}`"
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(policy_json_schema())


def test_there_are_templates_and_an_example() -> None:
    assert {p.name for p in TEMPLATES.glob("*.policy.yaml")} >= {
        "blank.policy.yaml", "gdpr-online-shop.policy.yaml", "cpra-app.policy.yaml"}
    assert list(EXAMPLES.glob("*.policy.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_policy_validates_against_the_schema(path: Path) -> None:
    data = read_bytes(path.read_bytes(), str(path)).data
    validator = jsonschema.Draft202012Validator(
        policy_json_schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = jsonschema.Draft202012Validator(policy_json_schema())
    bad = {"format_version": 1, "policy": {"id": "Bad Id"}, "rules": [{"id": "r", "x": 1}]}
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
