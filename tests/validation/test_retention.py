"""Retention checks (RET)."""

from __future__ import annotations

from typing import Any

from policy_builder import base, findings, make_policy

from tests.validation.policy_builder import mentions


def policy_with(*retention: dict[str, Any], **extra: Any) -> Any:
    """The base policy with only the given retention rules."""
    return make_policy(**{**base(), **extra, "retention": list(retention)},
                       with_retention=False)


def keep(rule_id: str, cats: list[str], **more: Any) -> dict[str, Any]:
    return {"id": rule_id, "categories": cats, "duration": "P1Y",
            "citation": "Business need", **more}


def test_ret001_allowed_data_without_retention() -> None:
    hits = findings(policy_with(keep("contacts", ["contact"])), "RET001")
    assert [h.path for h in hits] == [("categories", 3)]
    assert mentions(hits[0].message, "account.id") and mentions(hits[0].message, "service")


def test_ret001_purpose_specific_retention_for_another_purpose() -> None:
    purposes = ["service", "billing"]
    policy = policy_with(keep("contacts", ["contact"]),
                         keep("accounts", ["account"], purposes=["billing"]),
                         purposes=purposes)
    [hit] = findings(policy, "RET001")
    assert mentions(hit.message, "account.id") and mentions(hit.message, "service")


def test_ret001_not_when_every_use_has_retention() -> None:
    policy = policy_with(keep("contacts", ["contact"]),
                         keep("accounts", ["account.id"], purposes=["service"]))
    assert findings(policy, "RET001") == []


def test_ret002_indefinite_retention() -> None:
    policy = policy_with(keep("forever", ["contact", "account"], duration="indefinite"))
    [hit] = findings(policy, "RET002")
    assert hit.path == ("retention", 0, "duration") and mentions(hit.message, "forever")
    assert findings(policy, "RET007") == []


def test_ret007_indefinite_with_a_reason_is_info() -> None:
    held = keep("held", ["contact"], duration="indefinite", legal_hold=True)
    archived = keep("archived", ["account"], duration="indefinite", disposition="archive",
                    citation="Public records act s. 12")
    policy = policy_with(held, archived)
    assert [h.path[1] for h in findings(policy, "RET007")] == [0, 1]
    assert findings(policy, "RET002") == []


def test_ret002_archive_without_citation_is_still_a_warning() -> None:
    policy = policy_with(keep("archived", ["contact", "account"], duration="indefinite",
                              disposition="archive", citation=""))
    assert len(findings(policy, "RET002")) == 1


def test_ret003_two_rules_tie_for_the_same_data() -> None:
    policy = policy_with(keep("short", ["contact", "account"], duration="P30D"),
                         keep("long", ["contact"], duration="P2Y"))
    [hit] = findings(policy, "RET003")
    assert hit.path == ("retention", 1)
    assert mentions(hit.message, "short")
    assert mentions(hit.message, "long")
    assert mentions(hit.message, "contact")


def test_ret003_ties_between_purpose_specific_rules() -> None:
    policy = policy_with(keep("all", ["contact", "account"]),
                         keep("a", ["contact"], purposes=["service"], trigger="last_activity"),
                         keep("b", ["contact"], purposes=["service"]))
    [hit] = findings(policy, "RET003")
    assert mentions(hit.message, "service") and hit.path == ("retention", 2)


def test_ret003_not_when_one_rule_is_more_specific_or_terms_agree() -> None:
    policy = policy_with(keep("all", ["contact", "account"], duration="P30D"),
                         keep("email", ["contact.email"], duration="P2Y"),
                         keep("same", ["account"], duration="P30D"))
    assert findings(policy, "RET003") == []


def test_ret004_retention_without_citation() -> None:
    policy = policy_with(keep("all", ["contact", "account"], citation=" "))
    [hit] = findings(policy, "RET004")
    assert hit.path == ("retention", 0, "citation") and mentions(hit.message, "all")
    assert findings(policy_with(keep("all", ["contact", "account"])), "RET004") == []


def test_ret005_retention_for_unused_data() -> None:
    cats = [*base()["categories"], "legacy.fax"]
    policy = policy_with(keep("all", ["contact", "account", "legacy"]), categories=cats)
    [hit] = findings(policy, "RET005")
    assert hit.path == ("retention", 0, "categories", 2) and mentions(hit.message, "legacy")


def test_ret005_not_when_a_descendant_is_allowed() -> None:
    policy = policy_with(keep("all", ["contact", "account"]))
    assert findings(policy, "RET005") == []


def test_ret006_retention_for_a_purpose_the_data_is_not_used_for() -> None:
    policy = policy_with(keep("all", ["contact", "account"]),
                         keep("ads", ["contact"], purposes=["marketing"], duration="P30D"),
                         purposes=["service", "marketing"])
    [hit] = findings(policy, "RET006")
    assert hit.path == ("retention", 1, "purposes", 0) and mentions(hit.message, "marketing")


def test_ret006_not_when_the_purpose_is_allowed() -> None:
    policy = policy_with(keep("all", ["contact", "account"]),
                         keep("svc", ["contact"], purposes=["service"], duration="P30D"))
    assert findings(policy, "RET006") == []


# -- format 2 terms (RET009-RET014) and the older checks with no maximum ----------------------
def schedule(**more: Any) -> Any:
    """Every allowed category kept by one rule with ``more`` terms (no other findings)."""
    rule = {"id": "kept", "categories": ["contact", "account"], "citation": "Tax code",
            "duration": None, **more}
    return policy_with(rule)


def test_ret009_neither_period_nor_criteria() -> None:
    [hit] = findings(schedule(duration=None, minimum="P1Y"), "RET009")
    assert hit.path == ("retention", 0, "duration") and mentions(hit.message, "kept")
    assert findings(schedule(duration=None, criteria="while valid"), "RET009") == []
    assert findings(schedule(duration="P1Y"), "RET009") == []


def test_ret010_minimum_longer_than_maximum() -> None:
    [hit] = findings(schedule(duration="P1Y", minimum="P13M"), "RET010")
    assert hit.path == ("retention", 0, "minimum") and "1 year" in hit.message
    assert findings(schedule(duration="P1Y", minimum="P12M"), "RET010") == []
    assert findings(schedule(duration="indefinite", minimum="P40Y"), "RET010") == []
    assert findings(schedule(criteria="while valid", minimum="P40Y"), "RET010") == []


def test_ret011_custom_trigger_needs_its_event() -> None:
    [hit] = findings(schedule(duration="P7Y", trigger="custom", custom_event=" "), "RET011")
    assert hit.path == ("retention", 0, "custom_event")
    assert findings(schedule(duration="P7Y", trigger="custom",
                             custom_event="asset disposed of"), "RET011") == []
    assert findings(schedule(duration="P7Y", trigger="contract_end"), "RET011") == []


def test_ret012_financial_year_needs_its_start() -> None:
    [hit] = findings(schedule(duration="P6Y", period_start="end_of_financial_year"), "RET012")
    assert hit.path == ("retention", 0, "financial_year_start")
    assert findings(schedule(duration="P6Y", period_start="end_of_financial_year",
                             financial_year_start="04-01"), "RET012") == []
    assert findings(schedule(duration="P6Y", period_start="end_of_calendar_year"),
                    "RET012") == []


def test_ret013_legal_hold_needs_a_reason() -> None:
    [hit] = findings(schedule(duration="P6Y", legal_hold=True), "RET013")
    assert hit.path == ("retention", 0, "legal_hold_reason")
    assert findings(schedule(duration="P6Y", legal_hold=True,
                             legal_hold_reason="HMRC enquiry open"), "RET013") == []
    assert findings(schedule(duration="P6Y", legal_hold_reason="no hold"), "RET013") == []


def test_ret014_criteria_only_suggests_a_review() -> None:
    [hit] = findings(schedule(criteria="for the life of the account"), "RET014")
    assert hit.path == ("retention", 0, "criteria") and mentions(hit.message, "review")
    assert findings(schedule(criteria="while valid", duration="P10Y"), "RET014") == []
    assert findings(schedule(duration="P10Y"), "RET014") == []


def test_criteria_only_counts_as_retention_and_is_not_indefinite() -> None:
    policy = schedule(criteria="for the life of the account")
    assert findings(policy, "RET001") == []
    assert findings(policy, "RET002") == findings(policy, "RET007") == []
    assert findings(policy, "RET008") == []


def test_ret008_minimum_beyond_any_calendar() -> None:
    [hit] = findings(schedule(duration="indefinite", legal_hold=True,
                              legal_hold_reason="statute", minimum="P20000Y"), "RET008")
    assert hit.path == ("retention", 0, "minimum")


def test_ret003_criteria_and_fixed_period_tie_and_the_fixed_one_wins() -> None:
    policy = policy_with(keep("life", ["contact", "account"], duration=None,
                              criteria="for the life of the account"),
                         keep("fixed", ["contact", "account"], duration="P6Y"))
    hits = findings(policy, "RET003")
    assert hits and "Only fixed takes effect" in hits[0].message
    assert "kept for the life of the account" in hits[0].message
    same_terms = policy_with(keep("a", ["contact", "account"], duration=None, criteria="x"),
                             keep("b", ["contact", "account"], duration=None, criteria="x"))
    assert findings(same_terms, "RET003") == []
