"""Canonical JSON: deterministic bytes, a stable content digest, valid against the schema."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import pytest

from app.domain.canonical import (
    canonical_bytes,
    digest,
    digest_of_data,
    policy_data,
    to_canonical_json,
)
from app.domain.document import PolicyDocument
from app.domain.models import Approval, Policy
from app.storage.loader import load_bytes

DATA: dict[str, Any] = {
    "format_version": 1,
    "policy": {
        "id": "shop",
        "title": "Shöp — policy",
        "version": "1.2.0",
        "status": "draft",
        "controller": {"name": "Shop Ltd", "email": "privacy@shop.example"},
        "dpo": {"name": "Dana"},
        "jurisdictions": ["eu_gdpr", "us_ca_cpra"],
        "effective_date": "2025-01-01",
        "approvals": [{"name": "Lee", "role": "Legal", "date": "2025-01-02"}],
        "security_measures": [{"id": "tls", "name": "TLS everywhere"}],
    },
    "categories": [
        {"id": "contact.email", "name": "Email", "tags": ["contact", "identifier"]},
        {"id": "health", "sensitivity": "special_category", "tags": ["health"]},
    ],
    "subjects": [{"id": "customer", "vulnerable": False}],
    "recipients": [{"id": "mailer", "kind": "processor", "country": "DE",
                    "safeguard": "standard_contractual_clauses"}],
    "purposes": [
        {"id": "support", "kind": "essential", "legal_basis": "contract", "consent": "none"},
        {"id": "research", "kind": "research", "legal_basis": "consent", "consent": "opt_in",
         "art9_condition": "explicit_consent", "rights": ["withdraw_consent", "access"]},
    ],
    "rules": [
        {"id": "r1", "categories": ["contact.email"], "purposes": ["support"],
         "obligations": ["encrypt"], "regions": ["eu"]},
        {"id": "r2", "effect": "deny", "categories": ["health"], "purposes": ["support"]},
    ],
    "retention": [
        {"id": "k1", "categories": ["contact.email"], "duration": "P2Y",
         "trigger": "account_closure", "citation": "Limitation Act s.5", "legal_hold": True},
        {"id": "k2", "categories": ["health"], "purposes": ["research"],
         "duration": "indefinite", "disposition": "anonymise"},
    ],
}


def make_policy(data: dict[str, Any] | None = None) -> Policy:
    return Policy.model_validate(json.loads(json.dumps(data or DATA)))


def reverse_keys(value: Any) -> Any:
    """The same data with every mapping's keys in reverse order."""
    if isinstance(value, dict):
        return {key: reverse_keys(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [reverse_keys(item) for item in value]
    return value


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return Policy.model_json_schema()


def test_same_policy_gives_identical_bytes() -> None:
    first = to_canonical_json(make_policy())
    second = to_canonical_json(make_policy())
    assert first == second
    assert first.endswith(b"\n")
    assert b"\n" not in first[:-1]
    assert b": " not in first and b", " not in first


def test_key_order_of_input_is_irrelevant() -> None:
    assert list(reverse_keys(DATA)) == list(reversed(list(DATA)))
    assert to_canonical_json(make_policy(reverse_keys(DATA))) == to_canonical_json(make_policy())


def test_canonical_bytes_sort_keys_and_keep_unicode() -> None:
    assert canonical_bytes({"b": 1, "a": {"d": "é", "c": None}}) == (
        '{"a":{"c":null,"d":"é"},"b":1}\n'.encode()
    )
    with pytest.raises(ValueError):
        canonical_bytes({"x": float("nan")})


def test_defaults_are_written_out() -> None:
    data = policy_data(make_policy())
    assert data["subjects"][0]["children"] is False
    assert data["rules"][1]["subjects"] == []
    assert "art9_condition" not in data["purposes"][0]  # None values are left out


def test_digest_format_and_stability() -> None:
    value = digest(make_policy())
    assert value.startswith("sha256:")
    assert len(value) == len("sha256:") + 64
    assert digest(make_policy(reverse_keys(DATA))) == value
    assert json.loads(to_canonical_json(make_policy()))["digest"] == value
    assert digest_of_data(policy_data(make_policy())) == value


def test_digest_ignores_status_and_approvals() -> None:
    policy = make_policy()
    before = digest(policy)
    policy.policy.status = "approved"
    policy.policy.approvals.append(
        Approval(name="Kim", role="DPO", date=dt.date(2025, 2, 1), digest=before)
    )
    assert digest(policy) == before
    assert to_canonical_json(policy) != to_canonical_json(make_policy())


@pytest.mark.parametrize(
    ("section", "item_id", "field", "value"),
    [
        ("policy", None, "title", "Another title"),
        ("policy", None, "version", "1.2.1"),
        ("policy", None, "controller.email", "dpo@shop.example"),
        ("policy", None, "effective_date", "2025-01-03"),
        ("categories", "health", "sensitivity", "sensitive"),
        ("categories", "contact.email", "description", "x"),
        ("rules", "r1", "obligations", ["encrypt", "minimise"]),
        ("rules", "r2", "effect", "allow"),
        ("retention", "k1", "duration", "P3Y"),
        ("retention", "k1", "legal_hold", False),
        ("purposes", "research", "consent", "opt_out"),
        ("recipients", "mailer", "country", "FR"),
    ],
)
def test_any_content_change_changes_the_digest(
    section: str, item_id: str | None, field: str, value: Any
) -> None:
    doc = PolicyDocument(make_policy())
    before = digest(doc.policy)
    change = doc.set(section, item_id, field, value)
    assert digest(doc.policy) != before
    doc.apply(change.undo)
    assert digest(doc.policy) == before


def test_structural_changes_change_the_digest() -> None:
    doc = PolicyDocument(make_policy())
    before = digest(doc.policy)
    doc.move("rules", "r2", 0)  # rule order is content (file order breaks ties)
    assert digest(doc.policy) != before
    doc.move("rules", "r2", 1)
    assert digest(doc.policy) == before
    doc.rename("categories", "health", "health_data")
    assert digest(doc.policy) != before


def test_canonical_json_validates_against_the_schema(schema: dict[str, Any]) -> None:
    data = json.loads(to_canonical_json(make_policy()))
    data.pop("digest")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_what_the_model_rejects(schema: dict[str, Any]) -> None:
    data = json.loads(to_canonical_json(make_policy()))
    data.pop("digest")
    validator = jsonschema.Draft202012Validator(schema)
    for path, bad in [
        (("retention", 0, "duration"), "P1.5Y"),
        (("retention", 0, "duration"), "-P1D"),
        (("categories", 0, "id"), "Contact"),
        (("rules", 0, "effect"), "maybe"),
    ]:
        broken = json.loads(json.dumps(data))
        holder = broken
        for part in path[:-1]:
            holder = holder[part]
        holder[path[-1]] = bad
        assert not validator.is_valid(broken), path
        with pytest.raises(ValueError):
            Policy.model_validate(broken)


def test_canonical_json_loads_back_equal_with_its_digest() -> None:
    policy = make_policy()
    loaded = load_bytes(to_canonical_json(policy), "shop.policy.json")
    assert loaded.policy == policy
    assert loaded.declared_digest == digest(policy)
    assert digest(loaded.policy) == loaded.declared_digest
    assert to_canonical_json(loaded.policy) == to_canonical_json(policy)
