"""Legal bases per region and the assessment's balancing text (LEG003-007, LEG020, LEG021)."""

from __future__ import annotations

from typing import Any

from policy_builder import findings
from test_legal import CONSENTED, RECORD, policy_with

from app.domain.enums import LegalBasis
from app.domain.legal_bases import all_bases, bases_in, has_basis_everywhere, summary
from app.domain.models import Purpose
from app.storage.resources import region_catalogue
from tests.validation.policy_builder import mentions

EEA_CONSENT: dict[str, Any] = {
    "kind": "marketing", "legal_basis": "legitimate_interests", "consent": "opt_out",
    "lia": "LIA-2026-04", "balancing": "Existing customers expect offers like these.",
    "legal_bases": [{"basis": "consent", "regions": ["eea"]}],
    "rights": ["access", "objection", "withdraw_consent"],
}


def test_bases_in_a_region_follow_containment() -> None:
    purpose = Purpose.model_validate({"id": "news", **EEA_CONSENT})
    regions = region_catalogue()
    assert bases_in(purpose, "DE", regions) == [LegalBasis.CONSENT]
    assert bases_in(purpose, "US-CA", regions) == [LegalBasis.LEGITIMATE_INTERESTS]
    assert bases_in(purpose, None, regions) == all_bases(purpose) == [
        LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.CONSENT]
    assert summary(purpose, regions) == ("legitimate interests (elsewhere); consent (in "
                                         "European Economic Area)")


def test_an_entry_without_regions_applies_everywhere() -> None:
    purpose = Purpose.model_validate({"id": "p", "legal_bases": [
        {"basis": "contract"}, {"basis": "consent", "regions": ["DE"]}]})
    assert bases_in(purpose, "DE") == [LegalBasis.CONTRACT, LegalBasis.CONSENT]
    assert bases_in(purpose, "FR") == [LegalBasis.CONTRACT]
    assert has_basis_everywhere(purpose)
    only_de = Purpose.model_validate({"id": "p", "legal_bases": [
        {"basis": "consent", "regions": ["DE"]}]})
    assert not has_basis_everywhere(only_de) and bases_in(only_de, "FR") == []


def test_leg001_not_when_the_only_basis_is_an_entry() -> None:
    purpose = {"legal_basis": None, "legal_bases": [{"basis": "contract"}]}
    assert findings(policy_with(purpose), "LEG001") == []


def test_leg003_consent_in_one_region_needs_opt_in() -> None:
    [hit] = findings(policy_with(EEA_CONSENT), "LEG003")
    assert hit.path == ("purposes", 1, "consent") and "(in eea)" in hit.message
    assert findings(policy_with({**EEA_CONSENT, "consent": "opt_in"}), "LEG003") == []


def test_leg005_legitimate_interests_in_one_region_needs_the_assessment() -> None:
    purpose = {**CONSENTED, "legal_bases": [{"basis": "legitimate_interests",
                                             "regions": ["US"]}]}
    [hit] = findings(policy_with(purpose), "LEG005")
    assert hit.path == ("purposes", 1, "lia") and "(in US)" in hit.message
    assert findings(policy_with({**purpose, "lia": "LIA-7"}), "LEG005") == []


def test_leg006_names_the_regional_basis_that_is_not_official() -> None:
    purpose = {"legal_basis": "legal_obligation",
               "legal_bases": [{"basis": "contract", "regions": ["US"]}]}
    policy = policy_with(purpose, categories=[RECORD], rule_categories=["record"])
    [hit] = findings(policy, "LEG006")
    assert hit.path == ("purposes", 1, "legal_bases", 0, "basis")
    assert mentions(hit.message, "contract")
    official = {"legal_basis": "legal_obligation",
                "legal_bases": [{"basis": "public_task", "regions": ["US"]}]}
    assert findings(policy_with(official, categories=[RECORD], rule_categories=["record"]),
                    "LEG006") == []


def test_leg007_opt_in_is_relied_on_when_consent_is_a_regional_basis() -> None:
    purpose = {**EEA_CONSENT, "consent": "opt_in"}
    assert findings(policy_with(purpose), "LEG007") == []
    no_consent = {**purpose, "legal_bases": []}
    [hit] = findings(policy_with(no_consent), "LEG007")
    assert "legitimate interests" in hit.message


def test_leg020_assessment_without_balancing_text() -> None:
    purpose = {**EEA_CONSENT, "consent": "opt_in", "balancing": " "}
    [hit] = findings(policy_with(purpose), "LEG020")
    assert hit.severity == "info" and hit.path == ("purposes", 1, "balancing")
    assert "LIA-2026-04" in hit.message
    assert findings(policy_with({**purpose, "balancing": "Low impact."}), "LEG020") == []
    assert findings(policy_with({**purpose, "lia": ""}), "LEG020") == []  # LEG005's business


def test_leg021_allowed_where_no_basis_applies() -> None:
    purpose = {**CONSENTED, "legal_basis": None,
               "legal_bases": [{"basis": "consent", "regions": ["eea"]}]}
    [hit] = findings(policy_with(purpose), "LEG021")
    assert hit.path == ("purposes", 1, "legal_bases") and "any region" in hit.message
    sections = {"rules": [{"id": "serve", "categories": ["contact", "account.id"],
                           "purposes": ["service"], "recipients": ["mailer"]},
                          {"id": "study_rule", "categories": ["contact.email"],
                           "purposes": ["study"], "regions": ["DE", "US"]}]}
    [hit] = findings(policy_with(purpose, used=False, **sections), "LEG021")
    assert mentions(hit.message, "US") and not mentions(hit.message, "DE")
    sections["rules"][1]["regions"] = ["DE", "FR"]
    assert findings(policy_with(purpose, used=False, **sections), "LEG021") == []
    assert findings(policy_with(CONSENTED), "LEG021") == []
