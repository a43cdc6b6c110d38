"""The OPA bundle's indexes: plain data, ids that read like Rego, and answers equal to decide.

The data indexes rules by category and purpose and retention rules by category, and carries
the lineage of every id the policy names; ids that look like Rego keywords, built-ins or refs
(``default``, ``input.category``, ``data.policy_studio``) are only ever JSON keys and values.
Requests naming ids the policy does not (their lineage is computed by the Rego) answer the same.
"""

from __future__ import annotations

import itertools
import json

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, Recipient, RetentionRule, UseRule
from app.exporters.opa import DATA_NAME, REGO_NAME, build_bundle, bundle_data, rego_text
from app.storage.resources import region_catalogue
from tests.exporters.test_opa import as_input, ask, engine_for, generated_requests, unpack

pytest.importorskip("regorus")


def keyword_policy() -> Policy:
    """Every id reads like Rego: keywords, built-ins, refs into input and data."""
    return Policy(
        policy=Metadata(id="default"),
        recipients=[Recipient(id="data", kind="internal"),
                    Recipient(id="data.policy_studio", kind="processor"),
                    Recipient(id="null", kind="third_party")],
        purposes=[Purpose(id="import", consent="none"),
                  Purpose(id="import.rego.v1", consent="opt_in"),
                  Purpose(id="with", consent="opt_out", honours_gpc=True),
                  Purpose(id="with.as", consent="opt_out")],
        rules=[
            UseRule(id="if", categories=["input", "default.else"], purposes=["import"]),
            UseRule(id="else", categories=["input.category"], purposes=["import.rego.v1"],
                    subjects=["true", "false.some"], obligations=["notify"]),
            UseRule(id="some", effect="deny", categories=["input.category.every"],
                    purposes=["import"]),
            UseRule(id="contains", categories=["input", "input"], purposes=["with", "with"],
                    recipients=["null", "data.policy_studio"], regions=["eea"]),
            UseRule(id="contains", categories=["default.else.in"], purposes=["with.as"],
                    recipients=["*"], obligations=["notify", "encrypt"]),
            UseRule(id="package", categories=["input.category"], purposes=["with"]),
        ],
        retention=[
            RetentionRule(id="sort", categories=["input"], duration="P1Y"),
            RetentionRule(id="max", categories=["input.category", "input"], duration="P2Y",
                          purposes=["import", "with"]),
            RetentionRule(id="min", categories=["default.else"], duration="P1D",
                          purposes=["with.as"]),
        ],
    )


def test_indexes_are_plain_data() -> None:
    data = bundle_data(keyword_policy(), region_catalogue())
    assert data["rules_by_category"] == {
        "input": [0, 3], "default.else": [0], "input.category": [1, 5],
        "input.category.every": [2], "default.else.in": [4]}
    assert data["rules_by_purpose"] == {
        "import": [0, 2], "import.rego.v1": [1], "with": [3, 5], "with.as": [4]}
    assert data["retention_by_category"] == {"input": [0, 1], "input.category": [1],
                                            "default.else": [2]}
    assert data["lineages"]["input.category.every"] == [
        "input", "input.category", "input.category.every"]
    assert data["lineages"]["data.policy_studio"] == ["data", "data.policy_studio"]
    assert set(data["lineages"]) >= {"true", "false.some", "null", "with.as", "default.else.in"}


def keyword_requests() -> list[Request]:
    """Every combination of the keyword policy's ids, their descendants and strangers."""
    categories = ["input", "input.category", "input.category.every", "input.category.x",
                  "default.else", "default.else.in", "default.else.in.deep", "data", "é.ü"]
    purposes = ["import", "import.rego.v1", "import.x", "with", "with.as", "with.as.is", "as"]
    subjects = [None, "true", "true.x", "false", "false.some", "null"]
    recipients = [None, "data", "data.x", "data.policy_studio", "data.policy_studio.x", "null",
                  "null.x", "input"]
    asked = [Request(c, p, s, r, region, consent, gpc)
             for c, p in itertools.product(categories, purposes)
             for s, r, region, consent, gpc in zip(
                 itertools.cycle(subjects), recipients, itertools.cycle(["DE", None, "US"]),
                 itertools.cycle(list(ConsentState)), itertools.cycle([False, True, True]),
                 strict=False)]
    return asked


def test_keyword_ids_answer_equal_decide() -> None:
    policy = keyword_policy()
    files = unpack(build_bundle(policy, region_catalogue()))
    assert files[REGO_NAME].decode("utf-8") == rego_text()
    assert json.loads(files[DATA_NAME]) == bundle_data(policy, region_catalogue())
    engine = engine_for(build_bundle(policy, region_catalogue()))
    decide = DecisionEngine(policy, region_catalogue()).decide
    asked = keyword_requests()
    answers = [decide(request).to_dict() for request in asked]
    assert {answer["reason"] for answer in answers} == {
        "allowed", "denied_by_rule", "consent_missing", "opted_out", "no_rule"}
    assert any(answer["retention"] for answer in answers)
    for request, wanted in zip(asked, answers, strict=True):
        assert ask(engine, as_input(request)) == wanted, request
    both = ask(engine, {"category": "input.category", "purpose": "with.as", "recipient": "null",
                        "region": "DE", "consent": "granted"})
    assert both == decide(Request("input.category", "with.as", None, "null", "DE",
                                  ConsentState.GRANTED)).to_dict()


def test_requests_for_undeclared_ids_answer_equal_decide() -> None:
    """Ids outside the data's lineages (descendants, undeclared, odd text) answer the same."""
    policy = keyword_policy()
    engine = engine_for(build_bundle(policy, region_catalogue()))
    decide = DecisionEngine(policy, region_catalogue()).decide
    for request in generated_requests(policy, 400, seed=12):
        assert ask(engine, as_input(request)) == decide(request).to_dict(), request
    for odd in ("input..category", ".input", "input.", "..", "中文.x", "input.category.é"):
        request = Request(odd, "import", consent=ConsentState.GRANTED)
        assert ask(engine, as_input(request)) == decide(request).to_dict(), odd


def test_keyword_ids_in_real_opa() -> None:
    try:
        from tests.exporters.test_opa_real import assert_equal_answers
    except pytest.skip.Exception as why:  # the module skips when the OPA bindings cannot load
        pytest.skip(str(why))
    policy = keyword_policy()
    assert_equal_answers(policy, keyword_requests() + generated_requests(policy, 200, seed=12))
