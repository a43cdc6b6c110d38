"""FMT checks: a format 1 file is told to migrate; format 2 words in it are errors."""

from __future__ import annotations

import json

import pytest
from policy_builder import base, findings, make_policy

from app.domain import enums, models
from app.domain.format_versions import FORMAT_2_FIELDS, FORMAT_2_VALUES, format_2_uses
from app.storage.loader import load_bytes
from app.storage.schema import published_schema
from app.validation.runner import validate_loaded

V1 = """\
# a comment
format_version: 1
policy:
  id: shop
  title: Shop
  version: 1.0.0
categories:
  - id: contact
    name: Contact
    ccpa_category: identifiers
purposes:
  - id: marketing
    name: Marketing
recipients:
  - id: ads
    name: Ads
    kind: public
rules:
  - id: r1
    categories: [contact]
    purposes: [marketing]
    recipients: ["*"]
    regions: [us-ca]
retention:
  - id: keep
    categories: [contact]
    duration: P2Y
    minimum: P1Y
"""


def test_a_format_1_policy_is_told_to_migrate_and_a_format_2_one_is_not() -> None:
    old = make_policy(policy=None, **base()).model_copy(update={"format_version": 1})
    (notice,) = findings(old, "FMT001")
    assert notice.severity == "info"
    assert notice.message == ("This file is in format 1; migrating it to format 2 keeps every "
                              "decision and adds the new fields.")
    assert "Migrate" in notice.hint and "policy-studio migrate FILE" in notice.hint
    assert notice.path == ("format_version",)
    assert not findings(make_policy(**base()), "FMT001")


def test_format_2_words_in_a_format_1_file_are_errors_naming_field_and_line() -> None:
    loaded = load_bytes(V1.encode(), "old.policy.yaml")
    placed = {(f.code, f.line): f for f in validate_loaded(loaded)}
    assert placed[("FMT001", 2)].column == 17
    expected = {10: "'ccpa_category'", 17: "'public'", 22: "'*'", 23: "'US-CA'",
                28: "'minimum'"}
    for line, words in expected.items():
        found = placed[("FMT002", line)]
        assert words in found.message and found.severity == "error", found
    assert {line for code, line in placed if code == "FMT002"} == set(expected)


def test_the_same_words_in_a_format_2_file_are_fine() -> None:
    loaded = load_bytes(V1.replace("format_version: 1", "format_version: 2").encode(), "new")
    found = validate_loaded(loaded)
    assert not [f for f in found if f.code.startswith("FMT")]
    assert not [f for f in found if f.code == "STR005"]  # '*' is no unknown recipient


def test_any_recipient_in_a_format_1_file_is_one_error_not_two() -> None:
    found = validate_loaded(load_bytes(V1.encode(), "old"))
    assert [f.code for f in found if f.line == 22] == ["FMT002"]


def test_a_format_1_file_without_format_2_words_has_no_fmt002() -> None:
    old = make_policy(**{**base(), "recipients": ["mailer"]}).model_copy(
        update={"format_version": 1})  # format 1 has no processor contract reference
    assert not findings(old, "FMT002")


def test_criteria_based_retention_without_a_duration_is_format_2() -> None:
    policy = make_policy(**{**base(), "recipients": ["mailer"]}, with_retention=False, retention=[
        {"id": "life", "categories": ["contact"], "duration": None, "citation": "x"}])
    policy.format_version = 1
    assert list(format_2_uses(policy)) == [(("retention", 0), "a retention rule without "
                                                              "'duration'")]


@pytest.mark.parametrize("name", ["DataCategory", "DataSubject", "Recipient", "Purpose",
                                  "RetentionRule", "SecurityMeasure", "UseRule", "Metadata"])
def test_the_format_2_fields_are_exactly_those_the_v1_schema_lacks(name: str) -> None:
    v1 = published_schema(1)["$defs"][name]["properties"]
    model = getattr(models, name)
    declared = set().union(*(FORMAT_2_FIELDS.get(c, set()) for c in model.__mro__))
    assert set(model.model_fields) - set(v1) == declared & set(model.model_fields)
    assert set(published_schema(1)["properties"]) - {"digest"} == \
        set(models.Policy.model_fields) - FORMAT_2_FIELDS[models.Policy]


def test_the_format_2_values_are_exactly_those_the_v1_schema_lacks() -> None:
    defs = published_schema(1)["$defs"]
    new = {member for name in ("RecipientKind", "Obligation", "Trigger")
           for member in getattr(enums, name) if member.value not in defs[name]["enum"]}
    assert new == set(FORMAT_2_VALUES)
    other = {name for name, schema in defs.items() if "enum" in schema
             and {m.value for m in getattr(enums, name)} - set(schema["enum"])}
    assert other == {"RecipientKind", "Obligation", "Trigger"}, json.dumps(sorted(other))
