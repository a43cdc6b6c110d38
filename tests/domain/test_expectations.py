"""Expectations: a request and the decision expected, judged the same way for every engine."""

from __future__ import annotations

from app.domain.decisions import DecisionEngine
from app.domain.enums import ConsentState, DecisionReason, Effect
from app.domain.expectations import mismatches, run_expectations
from app.domain.models import Expectation, Policy
from app.storage.loader import LoadedPolicy, load_bytes
from app.storage.resources import region_catalogue
from app.validation.runner import validate_loaded
from tests.small_policy import UI_POLICY

V2_POLICY = UI_POLICY.replace(b"format_version: 1", b"format_version: 2")


def _loaded(tests: str) -> LoadedPolicy:
    return load_bytes(V2_POLICY + tests.encode(), "p.policy.yaml")


def _policy(tests: str) -> Policy:
    return _loaded(tests).policy


def test_an_expectation_that_holds_has_no_mismatch() -> None:
    policy = _policy("")
    engine = DecisionEngine(policy, region_catalogue())
    asked = Expectation(id="newsletter_without_consent", category="contact.email",
                        purpose="marketing.newsletter", expect=Effect.DENY,
                        reason=DecisionReason.CONSENT_MISSING, rules=["newsletter_email"])
    granted = asked.model_copy(update={"id": "with_consent", "consent": ConsentState.GRANTED,
                                       "expect": Effect.ALLOW, "reason": None,
                                       "retention": "keep_email"})
    outcomes = run_expectations(engine, [asked, granted])
    assert [o.passed for o in outcomes] == [True, True]


def test_each_difference_is_named() -> None:
    answer = {"decision": "allow", "reason": "allowed", "rules": ["a"], "retention": None}
    wrong = Expectation(id="t", category="c", purpose="p", expect=Effect.DENY)
    assert mismatches(wrong, answer) == ["expected deny, got allow by a"]
    other = Expectation(id="t", category="c", purpose="p", expect=Effect.ALLOW, rules=["b"],
                        retention="keep")
    assert mismatches(other, answer) == ["expected the rules b, got a",
                                         "expected the retention rule keep, got no retention"]


def test_validate_reports_a_failing_expectation_at_its_line() -> None:
    text = ("tests:\n"
            "  - id: newsletter_without_consent\n"
            "    note: May we send the newsletter without consent?\n"
            "    category: contact.email\n"
            "    purpose: marketing.newsletter\n"
            "    expect: allow\n")
    findings = [f for f in validate_loaded(_loaded(text)) if f.code == "TST001"]
    assert len(findings) == 1
    finding = findings[0]
    assert "expected allow, got deny (consent_missing)" in finding.message
    assert finding.line == V2_POLICY.decode().count("\n") + 2


def test_an_expectation_without_a_purpose_is_incomplete() -> None:
    loaded = _loaded("tests:\n  - id: half\n    category: contact\n")
    assert [f.path for f in validate_loaded(loaded) if f.code == "TST002"] == [
        ("tests", 0, "purpose")]


def test_an_allow_with_a_deny_reason_contradicts_itself() -> None:
    loaded = _loaded("tests:\n"
                     "  - id: odd\n"
                     "    category: contact.email\n"
                     "    purpose: marketing.newsletter\n"
                     "    consent: granted\n"
                     "    expect: allow\n"
                     "    reason: consent_missing\n"
                     "  - id: fine\n"
                     "    category: contact.email\n"
                     "    purpose: marketing.newsletter\n"
                     "    expect: deny\n"
                     "    reason: consent_missing\n")
    found = [f for f in validate_loaded(loaded) if f.code == "TST003"]
    assert [(f.path, f.message) for f in found] == [
        (("tests", 0, "reason"), "Expectation 'odd' expects allow with the reason "
                                 "consent_missing, which only a deny can have.")]


def test_unknown_rules_and_regions_in_an_expectation_are_named() -> None:
    loaded = _loaded("tests:\n"
                     "  - id: odd\n"
                     "    category: contact.email\n"
                     "    purpose: marketing.newsletter\n"
                     "    region: XX-ZZ\n"
                     "    consent: granted\n"
                     "    expect: allow\n"
                     "    rules: [newsletter_email, nope_rule]\n"
                     "    retention: nope_ret\n")
    found = {(f.code, f.path) for f in validate_loaded(loaded)}
    assert {("TST004", ("tests", 0, "rules", 1)), ("TST004", ("tests", 0, "retention")),
            ("REG001", ("tests", 0, "region"))} <= found
