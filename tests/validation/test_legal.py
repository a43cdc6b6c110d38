"""Legal basis checks (LEG)."""

from __future__ import annotations

from typing import Any

from policy_builder import base, findings, make_policy

from tests.validation.policy_builder import mentions

HEALTH = {"id": "health.record", "sensitivity": "special_category", "tags": ["health"]}
RECORD = {"id": "record.conviction", "sensitivity": "criminal"}
CONSENTED = {"kind": "research", "legal_basis": "consent", "consent": "opt_in",
             "rights": ["access", "withdraw_consent"]}


def policy_with(purpose: dict[str, Any], *, categories: list[Any] | None = None,
                rule_categories: list[str] | None = None, used: bool = True,
                **extra: Any) -> Any:
    """The base policy plus ``purpose`` (id ``study``), allowed ``rule_categories``."""
    sections = base()
    sections["categories"] = sections["categories"] + (categories or [])
    sections["purposes"] = sections["purposes"] + [{"id": "study", **purpose}]
    if used:
        sections["rules"] = sections["rules"] + [
            {"id": "study_rule", "categories": rule_categories or ["contact.email"],
             "purposes": ["study"]}]
    return make_policy(**{**sections, **extra})


def test_leg001_used_purpose_without_basis() -> None:
    [hit] = findings(policy_with({"legal_basis": None}), "LEG001")
    assert hit.path == ("purposes", 1, "legal_basis") and mentions(hit.message, "study")
    assert findings(policy_with({"legal_basis": None}), "LEG011") == []


def test_leg011_unused_purpose_without_basis_is_a_warning() -> None:
    policy = policy_with({"legal_basis": None}, used=False)
    [hit] = findings(policy, "LEG011")
    assert hit.severity == "warning" and mentions(hit.message, "study")
    assert findings(policy, "LEG001") == []


def test_leg001_not_with_a_basis() -> None:
    assert findings(policy_with({"legal_basis": "contract"}), "LEG001") == []


def test_leg002_special_category_without_art9() -> None:
    policy = policy_with(CONSENTED, categories=[HEALTH], rule_categories=["health"])
    [hit] = findings(policy, "LEG002")
    assert hit.path == ("purposes", 1, "art9_condition")
    assert mentions(hit.message, "study") and mentions(hit.message, "health.record")
    assert mentions(hit.message, "study_rule")


def test_leg002_not_with_an_art9_condition() -> None:
    purpose = {**CONSENTED, "art9_condition": "explicit_consent"}
    policy = policy_with(purpose, categories=[HEALTH], rule_categories=["health"])
    assert findings(policy, "LEG002") == []


def test_leg003_consent_without_opt_in() -> None:
    policy = policy_with({**CONSENTED, "consent": "opt_out"})
    [hit] = findings(policy, "LEG003")
    assert hit.path == ("purposes", 1, "consent") and "opt-out" in hit.message
    assert findings(policy_with(CONSENTED), "LEG003") == []


def test_leg004_consent_without_withdrawal() -> None:
    policy = policy_with({**CONSENTED, "rights": ["access"]})
    [hit] = findings(policy, "LEG004")
    assert hit.path == ("purposes", 1, "rights") and mentions(hit.message, "study")
    assert findings(policy_with(CONSENTED), "LEG004") == []


def test_leg005_legitimate_interests_without_assessment() -> None:
    purpose = {"kind": "analytics", "legal_basis": "legitimate_interests", "consent": "opt_out"}
    [hit] = findings(policy_with(purpose), "LEG005")
    assert hit.path == ("purposes", 1, "lia") and mentions(hit.message, "study")
    assert findings(policy_with({**purpose, "lia": "LIA-2026-04"}), "LEG005") == []


def test_leg006_criminal_data_on_a_private_basis() -> None:
    policy = policy_with({"legal_basis": "legitimate_interests", "lia": "LIA-1"},
                         categories=[RECORD], rule_categories=["record"])
    [hit] = findings(policy, "LEG006")
    assert hit.path == ("purposes", 1, "legal_basis")
    assert mentions(hit.message, "record.conviction") and "legitimate interests" in hit.message


def test_leg006_not_under_a_legal_obligation() -> None:
    policy = policy_with({"legal_basis": "legal_obligation"}, categories=[RECORD],
                         rule_categories=["record"])
    assert findings(policy, "LEG006") == []


def test_leg007_opt_in_not_relied_on() -> None:
    purpose = {"legal_basis": "legitimate_interests", "lia": "LIA-1", "consent": "opt_in",
               "rights": ["access", "withdraw_consent"]}
    [hit] = findings(policy_with(purpose), "LEG007")
    assert hit.path == ("purposes", 1, "consent")
    assert "legitimate interests" in hit.message and mentions(hit.message, "study")
    assert findings(policy_with(CONSENTED), "LEG007") == []


def test_leg008_explicit_consent_without_opt_in() -> None:
    purpose = {"legal_basis": "contract", "art9_condition": "explicit_consent"}
    [hit] = findings(policy_with(purpose), "LEG008")
    assert hit.path == ("purposes", 1, "art9_condition") and mentions(hit.message, "study")
    fixed = {**CONSENTED, "art9_condition": "explicit_consent"}
    assert findings(policy_with(fixed), "LEG008") == []


def test_leg009_cpra_sale_without_opt_out() -> None:
    purpose = {"kind": "sale_or_sharing", "legal_basis": "consent", "consent": "opt_in",
               "rights": ["access", "withdraw_consent"]}
    cpra = {"jurisdictions": ["eu_gdpr", "us_ca_cpra"]}
    [hit] = findings(policy_with(purpose, policy=cpra), "LEG009")
    assert hit.path == ("purposes", 1, "rights") and mentions(hit.message, "study")
    fixed = {**purpose, "rights": ["access", "withdraw_consent", "opt_out_of_sale"]}
    assert findings(policy_with(fixed, policy=cpra), "LEG009") == []
    assert findings(policy_with(purpose), "LEG009") == []  # no CPRA, no finding


def test_leg010_stale_art9_condition() -> None:
    purpose = {**CONSENTED, "art9_condition": "explicit_consent"}
    [hit] = findings(policy_with(purpose), "LEG010")
    assert hit.severity == "info" and hit.path == ("purposes", 1, "art9_condition")
    used = policy_with(purpose, categories=[HEALTH], rule_categories=["health.record"])
    assert findings(used, "LEG010") == []

