"""Every engine export carries the same retention object as ``decide`` (every new field)."""

from __future__ import annotations

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import DataCategory, Metadata, Policy, Purpose, RetentionRule, UseRule
from app.domain.retention import RetentionIndex
from app.exporters.opa import build_bundle, bundle_data
from tests.exporters import test_opa
from tests.retention_schedule_policy import SCHEDULE, parish_policy


def requests(policy: Policy) -> list[Request]:
    return [Request(category.id, "administration", consent=ConsentState.GRANTED)
            for category in policy.categories]


def test_decide_carries_every_retention_field() -> None:
    policy = parish_policy()
    answer = DecisionEngine(policy).decide(
        Request("finance.vat", "administration")).to_dict()["retention"]
    assert answer == {
        "rule": "vat_records", "duration": "P6Y", "minimum": None, "criteria": "",
        "trigger": "contract_end", "custom_event": "", "period_start": "end_of_financial_year",
        "financial_year_start": "04-01", "disposition": "delete", "dispositions": ["anonymise"],
        "legal_hold": False, "legal_hold_reason": ""}
    accounts = DecisionEngine(policy).decide(
        Request("residents.account", "administration")).to_dict()["retention"]
    assert (accounts["duration"], accounts["criteria"]) == (None, "for the life of the account")


def test_opa_answers_carry_the_identical_retention_object() -> None:
    policy = parish_policy()
    test_opa.assert_equal_answers(policy, requests(policy))
    data = bundle_data(policy)
    assert [kept["info"]["rule"] for kept in data["retention"]] == [r.id for r in SCHEDULE]


def test_criteria_only_ranks_between_fixed_periods_and_indefinite() -> None:
    def winner(*rules: RetentionRule) -> str:
        policy = Policy(policy=Metadata(id="p"), categories=[DataCategory(id="c")],
                        purposes=[Purpose(id="p", consent="none")],
                        rules=[UseRule(id="r", categories=["c"], purposes=["p"])],
                        retention=list(rules))
        info = RetentionIndex(policy).lookup("c", "p")
        assert info is not None
        opa = test_opa.ask(test_opa.engine_for(build_bundle(policy)),
                           {"category": "c", "purpose": "p"})
        assert opa["retention"] == info.to_dict()
        return info.rule

    forever = RetentionRule(id="forever", categories=["c"], duration="indefinite")
    life = RetentionRule(id="life", categories=["c"], criteria="for the life of the account")
    fixed = RetentionRule(id="fixed", categories=["c"], duration="P99Y")
    assert winner(forever, life) == "life"
    assert winner(forever, life, fixed) == "fixed"
    assert winner(life, forever) == "life"


def odrl_duties(policy: Policy) -> dict[str, dict]:
    from app.exporters.odrl import odrl_document

    document = odrl_document(policy)
    duties = {}
    for node in document.get("permission", []):
        for duty in node.get("duty", []):
            if "ps:retentionRule" in duty:
                duties[duty["ps:retentionRule"]] = duty
    return duties


def test_odrl_duties_say_minimum_and_maximum_and_keep_the_rest_as_our_terms() -> None:
    from app.exporters.registry import get

    duties = odrl_duties(parish_policy())
    elapsed = {rule: [(c["operator"], c["rightOperand"]["@value"])
                      for c in duty.get("constraint", [])] for rule, duty in duties.items()}
    assert elapsed["payroll"] == [("gteq", "P6Y"), ("lteq", "P7Y")]
    assert elapsed["vat_records"] == [("lteq", "P6Y")]
    assert elapsed["accounts"] == []  # criteria: no invented period
    assert duties["accounts"]["ps:criteria"] == "for the life of the account"
    assert duties["accounts"]["ps:otherDispositions"] == ["anonymise"]
    assert (duties["vat_records"]["ps:periodStart"], duties["vat_records"][
        "ps:financialYearStart"]) == ("end_of_financial_year", "04-01")
    assert duties["payroll"]["ps:customEvent"] == "the employee left"
    assert duties["insurance"]["ps:legalHoldReason"] == "statutory duty to keep"
    assert "minutes" not in duties  # indefinite
    summary = " ".join(get("odrl").export(parish_policy()).summary)
    assert "criteria" in summary and "ps:periodStart" in summary


def test_fides_retention_period_text_says_every_field() -> None:
    from app.exporters.fides_retention import FidesRetention

    policy = parish_policy()
    fides = FidesRetention(policy)
    assert fides.period(["finance.vat"], "administration") == (
        "Kept 6 years after the end of the financial year (starting 1 April) in which the "
        "contract ended, then deleted or anonymised")
    assert fides.period(["residents.account", "finance.insurance"], "administration") == (
        "residents.account: kept for the life of the account, counted from account closure, "
        "then deleted or anonymised; finance.insurance: kept 40 years after insurance "
        "commenced or was renewed, then deleted; under legal hold (statutory duty to keep)")
    assert fides.period(["undeclared"], "administration") == ""


def test_cedar_export_carries_the_identical_retention_objects() -> None:
    import json

    from app.domain.ids import depth, lineage
    from app.exporters.cedar import RETENTION_NAME
    from app.exporters.registry import get

    policy = parish_policy()
    files = get("cedar").export(policy).files
    assert files is not None
    table = json.loads(files[RETENTION_NAME])["retention"]

    def chosen(category: str, purpose: str) -> dict | None:
        keys = []
        for entry in table:
            cats = [depth(c) for c in lineage(category) if c in entry["categories"]]
            purps = [depth(p) for p in lineage(purpose) if p in entry["purposes"]]
            if cats and (purps or not entry["purposes"]):
                keys.append((-max(cats), -max(purps, default=0), entry["rank"],
                             entry["index"], entry["retention"]))
        return min(keys)[-1] if keys else None

    engine = DecisionEngine(policy)
    for request in requests(policy):
        assert chosen(request.category, request.purpose) == \
            engine.decide(request).to_dict()["retention"]
    assert "cedar/retention.json" in " ".join(get("cedar").export(policy).summary)


def test_fides_system_declarations_carry_the_retention_period() -> None:
    from app.exporters.fides_system import declarations

    [declaration], _ = declarations(parish_policy())
    period = declaration["retention_period"]
    assert "finance.vat: kept 6 years after the end of the financial year (starting 1 April)" \
        in period
    assert "residents.account: kept for the life of the account, counted from account " \
           "closure, then deleted or anonymised" in period
