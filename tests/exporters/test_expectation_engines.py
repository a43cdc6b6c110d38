"""Expectations asked of the exported engines: the evaluators, the bundle's Rego tests, and
how each engine is judged and compared with the in-app engine."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, DecisionReason, Effect
from app.domain.expectations import expectation_request
from app.domain.models import Expectation, Policy
from app.exporters.evaluate import EngineError, Evaluator, open_evaluator
from app.exporters.evaluate.bundle import unpack
from app.exporters.evaluate.opa_eval import opa_import_error
from app.exporters.evaluate.suite import run_engine, run_in_app, run_suite
from app.exporters.opa import DATA_NAME, REGO_NAME, build_bundle
from app.exporters.opa_tests import TESTS_NAME, rego_test_names
from app.storage.loader import load_bytes
from app.storage.resources import region_catalogue
from tests.exporters.test_opa import HOSTILE
from tests.small_policy import UI_POLICY

V2_POLICY = UI_POLICY.replace(b"format_version: 1", b"format_version: 2")
HOLDING = """\
tests:
  - id: newsletter.no_consent
    note: May we send the newsletter without consent?
    category: contact.email
    purpose: marketing.newsletter
    expect: deny
    reason: consent_missing
    rules: [newsletter_email]
  - id: newsletter_granted
    category: contact.email
    purpose: marketing.newsletter
    consent: granted
    expect: allow
    reason: allowed
    rules: [newsletter_email]
    retention: keep_email
  - id: location_ads
    category: location.precise
    purpose: marketing.newsletter
    consent: granted
    expect: deny
    reason: denied_by_rule
    rules: [no_location_ads]
  - id: unknown_items
    category: nothing.here
    purpose: nowhere
    subject: nobody
    recipient: no_one
    region: ZZ
    expect: deny
    reason: no_rule
"""
FAILING = """\
  - id: wrong_decision
    category: contact.email
    purpose: marketing.newsletter
    expect: allow
  - id: wrong_retention
    category: contact.email
    purpose: marketing.newsletter
    consent: granted
    expect: allow
    retention: keep_forever
  - id: half
    category: contact
"""
ENGINES = ["regorus", "cedar"] + (["opa"] if opa_import_error() is None else [])


def policy_with(tests: str) -> Policy:
    return load_bytes(V2_POLICY + tests.encode(), "p.policy.yaml").policy


def test_every_rego_test_is_true_when_the_expectations_hold() -> None:
    policy = policy_with(HOLDING)
    assert all(o.passed for o in run_in_app(policy, region_catalogue()).outcomes)
    names = rego_test_names(policy)
    assert names == ["test_newsletter__no_consent", "test_newsletter_granted",
                     "test_location_ads", "test_unknown_items"]
    for engine in ("regorus", "opa"):
        if engine == "opa" and opa_import_error() is not None:
            continue  # real OPA is optional; regorus ran
        with open_evaluator(engine, policy, region_catalogue()) as evaluator:
            assert evaluator.rego_tests() == dict.fromkeys(names, True)


def test_a_failing_expectation_has_a_false_rego_test() -> None:
    policy = policy_with(HOLDING + FAILING)
    passed = [o.passed for o in run_in_app(policy, region_catalogue()).outcomes]
    assert passed == [True, True, True, True, False, False, False]
    for engine in ("regorus", "opa"):
        if engine == "opa" and opa_import_error() is not None:
            continue
        with open_evaluator(engine, policy, region_catalogue()) as evaluator:
            results = evaluator.rego_tests()
        assert results is not None and list(results.values()) == passed
    assert all(run.ok is False for run in run_suite(policy, region_catalogue(), ENGINES))


def test_the_bundle_carries_the_expectations_as_data_and_tests_as_static_code() -> None:
    policy = policy_with(HOLDING)
    files = unpack(build_bundle(policy, region_catalogue()))
    rego = files[TESTS_NAME].decode("utf-8")
    assert "package policy_studio.expectations_test" in rego
    assert rego.rstrip().endswith("test_unknown_items if holds(3)")
    assert "newsletter without consent" not in rego
    data = json.loads(files[DATA_NAME])["tests"]
    assert data[0]["note"] == "May we send the newsletter without consent?"
    assert data[0]["input"] == {"category": "contact.email", "purpose": "marketing.newsletter",
                                "consent": "unknown"}
    assert data[1]["retention"] == "keep_email" and data[3]["reason"] == "no_rule"
    empty = unpack(build_bundle(policy_with(""), region_catalogue()))
    assert json.loads(empty[DATA_NAME])["tests"] == []
    assert "\ntest_" not in empty[TESTS_NAME].decode("utf-8")
    assert files[REGO_NAME] == empty[REGO_NAME]


def test_rule_names_are_distinct_and_hostile_notes_stay_data() -> None:
    tests = [Expectation(id="a.b", note=HOSTILE[0]), Expectation(id="a__b", note=HOSTILE[1]),
             Expectation(id="a.b", note=HOSTILE[3]),
             Expectation.model_construct(id='x" if true { "', note="")]
    policy = policy_with("").model_copy(update={"tests": tests})
    names = rego_test_names(policy)
    assert names == ["test_a__b", "test_a__b__2", "test_a__b__3", "test_expectation_3"]
    files = unpack(build_bundle(policy, region_catalogue()))
    rego = files[TESTS_NAME].decode("utf-8")
    assert all(text not in rego for text in HOSTILE[:4]) and '"' not in rego.split("---")[-1]
    with open_evaluator("regorus", policy, region_catalogue()) as evaluator:
        assert evaluator.rego_tests() == dict.fromkeys(names, False)


def test_cedar_is_judged_only_where_it_can_answer() -> None:
    policy = policy_with(HOLDING + FAILING)
    reference = run_in_app(policy, region_catalogue())
    with open_evaluator("cedar", policy, region_catalogue()) as cedar:
        run = run_engine(cedar, policy, reference)
    assert run.disagreements == ()
    by_id = {o.expectation.id: o for o in run.outcomes}
    assert by_id["newsletter.no_consent"].passed  # consent_missing: a plain deny in Cedar
    assert by_id["newsletter.no_consent"].answer == {"decision": "deny", "reason": None,
                                                     "rules": []}
    assert by_id["location_ads"].answer["rules"] == ["no_location_ads"]
    assert by_id["wrong_retention"].passed  # Cedar does not choose retention
    assert by_id["wrong_decision"].problems == ("expected allow, got deny",)
    assert "retention" in run.judged_on and "obligations" in run.judged_on
    wrong_reason = Expectation(id="r", category="contact.email",
                               purpose="marketing.newsletter", expect=Effect.DENY,
                               reason=DecisionReason.DENIED_BY_RULE)
    answer = {"decision": "deny", "reason": None, "rules": []}
    judged = cedar.judged(wrong_reason, answer)
    assert judged.reason == DecisionReason.DENIED_BY_RULE  # Cedar would name the forbid


def test_rego_engines_answer_exactly_as_decide() -> None:
    policy = policy_with(HOLDING + FAILING)
    engine = DecisionEngine(policy, region_catalogue())
    requests = [r for e in policy.tests if (r := expectation_request(e))]
    requests += [Request("contact.email", "marketing.newsletter", consent=state, region=region)
                 for state in ConsentState for region in ("DE", "eea", None)]
    for name in ENGINES:
        with open_evaluator(name, policy, region_catalogue()) as evaluator:
            answers = list(evaluator.answers(requests))
        expected = [evaluator.project(engine.decide(r).to_dict()) for r in requests]
        assert answers == expected, name


class Contrary(Evaluator):
    """An engine that allows everything, and whose Rego tests all pass."""

    name, title = "contrary", "an engine that allows everything"

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        for _ in requests:
            yield {"decision": "allow", "reason": "allowed", "rules": ["x"],
                   "obligations": [], "retention": None}

    def rego_tests(self) -> dict[str, bool]:
        return {"test_newsletter__no_consent": True, "test_newsletter_granted": True}


def test_an_engine_that_disagrees_is_reported_even_where_the_expectation_holds() -> None:
    policy = policy_with(HOLDING).model_copy(update={"tests": policy_with(HOLDING).tests[:2]})
    run = run_engine(Contrary(), policy, run_in_app(policy, region_catalogue()))
    assert [o.passed for o in run.outcomes] == [False, False]
    phrases = [d.phrase for d in run.disagreements]
    assert phrases[0] == ("contrary answers allow by x, the in-app engine deny "
                          "(consent_missing) by newsletter_email")
    assert "the in-app engine allow by newsletter_email (they differ in retention)" \
        in phrases[1]
    assert any("Rego test test_newsletter_granted is true though the expectation fails" in p
               for p in phrases)
    assert not run.ok


class Broken(Evaluator):
    name, title = "broken", "an engine that fails"

    def answers(self, requests: Sequence[Request]) -> Iterator[dict[str, Any]]:
        yield {"decision": "deny", "reason": "consent_missing", "rules": ["newsletter_email"],
               "obligations": [], "retention": None}
        raise EngineError("the engine fell over")


def test_an_engine_that_fails_is_an_error_not_a_pass() -> None:
    policy = policy_with(HOLDING)
    run = run_engine(Broken(), policy, run_in_app(policy, region_catalogue()))
    assert run.error == "the engine fell over" and not run.ok
    assert [o.passed for o in run.outcomes] == [True, False, False, False]
    assert run.outcomes[1].problems == ("not answered: the engine fell over",)


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        open_evaluator("prolog", policy_with(""), region_catalogue())


class FailingTests(Contrary):
    def rego_tests(self) -> dict[str, bool]:
        raise EngineError("the Rego tests could not run")


def test_rego_tests_that_cannot_run_are_an_error() -> None:
    policy = policy_with(HOLDING)
    run = run_engine(FailingTests(), policy, run_in_app(policy, region_catalogue()))
    assert run.error == "the Rego tests could not run" and not run.ok
    with open_evaluator("cedar", policy, region_catalogue()) as cedar:
        assert cedar.rego_tests() is None


@pytest.mark.parametrize(("language", "said"), [
    ("de", ("contrary antwortet erlauben durch x, die eingebaute Engine verweigern "
            "(consent_missing: keine Einwilligung erteilt) durch newsletter_email",
            "(sie unterscheiden sich in retention)",
            "Rego-Test test_newsletter_granted ist wahr, obwohl die Erwartung")),
    ("fr", ("contrary répond autoriser par x, le moteur intégré refuser "
            "(consent_missing : aucun consentement accordé) par newsletter_email",
            "(ils diffèrent sur retention)",
            "test Rego test_newsletter_granted est vrai alors que l\u2019attente échoue")),
])
def test_a_disagreement_is_said_in_the_chosen_language(language: str,
                                                      said: tuple[str, str, str]) -> None:
    from app.domain import i18n
    from app.storage.translations import catalogue

    policy = policy_with(HOLDING).model_copy(update={"tests": policy_with(HOLDING).tests[:2]})
    before = i18n.current()
    i18n.use(catalogue(language))
    try:
        run = run_engine(Contrary(), policy, run_in_app(policy, region_catalogue()))
    finally:
        i18n.use(before)
    phrases = [d.phrase for d in run.disagreements]
    assert phrases[0] == said[0]
    assert said[1] in phrases[1]
    assert any(said[2] in p for p in phrases), phrases
