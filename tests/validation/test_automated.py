"""Automated decision-making and profiling checks (ADM)."""

from __future__ import annotations

from typing import Any

from policy_builder import findings
from test_legal import HEALTH, policy_with

from tests.validation.policy_builder import mentions

ALL_SAFEGUARDS = ["human_intervention", "express_view", "contest"]
SCORING: dict[str, Any] = {
    "kind": "profiling", "legal_basis": "contract", "consent": "none",
    "automated_decisions": {"profiling": True, "solely_automated": True,
                            "logic": "A score from payment history decides the credit limit.",
                            "consequences": "A low score means a lower limit.",
                            "safeguards": ALL_SAFEGUARDS},
}


def _with(**decisions: Any) -> dict[str, Any]:
    return {**SCORING, "automated_decisions": {**SCORING["automated_decisions"], **decisions}}


def test_a_complete_automated_purpose_has_no_adm_finding() -> None:
    found = [f for f in findings(policy_with(SCORING)) if f.code.startswith("ADM")]
    assert found == []


def test_adm001_legitimate_interests_do_not_allow_solely_automated_decisions() -> None:
    policy = policy_with({**SCORING, "legal_basis": "legitimate_interests", "lia": "L-1"})
    [hit] = findings(policy, "ADM001")
    assert hit.path == ("purposes", 1, "automated_decisions", "solely_automated")
    assert "legitimate interests" in hit.message


def test_adm001_consent_must_be_explicit_and_every_regional_basis_counts() -> None:
    consent = {**SCORING, "legal_basis": "consent", "consent": "opt_out"}
    [hit] = findings(policy_with(consent), "ADM001")
    assert "without opt-in" in hit.message
    explicit = {**consent, "consent": "opt_in", "rights": ["withdraw_consent"]}
    assert findings(policy_with(explicit), "ADM001") == []
    regional = {**SCORING, "legal_bases": [{"basis": "public_task", "regions": ["FR"]}]}
    [hit] = findings(policy_with(regional), "ADM001")
    assert "public task" in hit.message
    not_solely = _with(solely_automated=False)
    assert findings(policy_with({**not_solely, "legal_basis": "legitimate_interests",
                                 "lia": "L"}), "ADM001") == []


def test_adm002_logic_and_consequences_in_plain_words() -> None:
    [hit] = findings(policy_with(_with(logic="", consequences="")), "ADM002")
    assert hit.path == ("purposes", 1, "automated_decisions", "logic")
    assert "logic or consequences" in hit.message
    [hit] = findings(policy_with(_with(consequences=" ")), "ADM002")
    assert hit.path[-1] == "consequences"
    assert findings(policy_with(SCORING), "ADM002") == []


def test_adm003_the_three_safeguards() -> None:
    [hit] = findings(policy_with(_with(safeguards=["human_intervention"])), "ADM003")
    assert hit.path[-1] == "safeguards"
    assert hit.message.endswith("people cannot express their point of view or contest the "
                                "decision.")
    assert findings(policy_with(SCORING), "ADM003") == []


def test_adm004_special_category_needs_explicit_consent_or_public_interest() -> None:
    health = {**SCORING, "art9_condition": "health_or_social_care"}
    policy = policy_with(health, categories=[HEALTH], rule_categories=["health"])
    [hit] = findings(policy, "ADM004")
    assert hit.path == ("purposes", 1, "art9_condition") and mentions(hit.message, "health.record")
    fine = {**health, "art9_condition": "substantial_public_interest"}
    assert findings(policy_with(fine, categories=[HEALTH], rule_categories=["health"]),
                    "ADM004") == []
    assert findings(policy_with(health), "ADM004") == []  # no special-category data allowed


def test_adm005_profiling_without_logic() -> None:
    profiling = {"kind": "analytics", "automated_decisions": {"profiling": True}}
    [hit] = findings(policy_with(profiling), "ADM005")
    assert hit.severity == "warning" and hit.path[-1] == "logic"
    described = {"kind": "analytics", "automated_decisions": {"profiling": True,
                                                              "logic": "Segments by age."}}
    assert findings(policy_with(described), "ADM005") == []


def test_adm006_profiling_kind_without_the_block() -> None:
    [hit] = findings(policy_with({"kind": "profiling"}), "ADM006")
    assert hit.severity == "info" and hit.path == ("purposes", 1, "automated_decisions")
    assert findings(policy_with(SCORING), "ADM006") == []
    assert findings(policy_with({"kind": "analytics"}), "ADM006") == []
