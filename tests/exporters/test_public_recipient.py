"""A public recipient (the data is published): not internal in any engine, weighed as the most
intrusive recipient, not a transfer to a country, accepted by every export."""

from __future__ import annotations

import json

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, RecipientKind
from app.domain.intrusiveness import Scorer
from app.domain.models import DataCategory, Metadata, Policy, Purpose, Recipient, UseRule
from app.exporters import registry
from app.storage.resources import default_weights
from tests.validation.policy_builder import findings, make_policy

GRANTED = ConsentState.GRANTED


def published() -> Policy:
    return Policy(
        format_version=2, policy=Metadata(id="p", jurisdictions=["eu_gdpr"], establishment="DE"),
        categories=[DataCategory(id="results"), DataCategory(id="photos")],
        purposes=[Purpose(id="league", legal_basis="legitimate_interests")],
        recipients=[Recipient(id="staff", kind="internal"),
                    Recipient(id="website", kind="public")],
        rules=[UseRule(id="internal_only", categories=["photos"], purposes=["league"]),
               UseRule(id="publish", categories=["results"], purposes=["league"],
                       recipients=["website"])])


ASKED = [Request(c, "league", None, r, None, GRANTED)
         for c in ("results", "photos") for r in (None, "staff", "website", "website.page")]


def test_decide_treats_public_as_not_internal() -> None:
    engine = DecisionEngine(published())
    answers = {(r.category, r.recipient): engine.decide(r).reason for r in ASKED}
    assert answers[("photos", "staff")] == "allowed"
    assert answers[("photos", "website")] == "no_rule"  # a rule without recipients: internal
    assert answers[("results", "website.page")] == "allowed"  # named, with its sub-recipients
    assert not engine.is_internal("website")


def test_opa_and_cedar_agree_with_decide_on_public_recipients() -> None:
    pytest.importorskip("regorus")
    pytest.importorskip("cedarpy", reason="cedarpy (the Cedar engine) is not installed")
    from tests.exporters import test_cedar, test_opa

    test_opa.assert_equal_answers(published(), ASKED)
    test_cedar.assert_equal_answers(published(), ASKED)


def test_publication_weighs_more_than_a_third_party() -> None:
    weights = default_weights()
    assert weights.recipient[RecipientKind.PUBLIC] > weights.recipient[RecipientKind.THIRD_PARTY]
    scorer = Scorer(published(), weights)
    assert scorer.score("results", "league", None, "website").value > \
        scorer.score("results", "league", None, "staff").value


def test_publication_is_not_a_transfer() -> None:
    policy = make_policy(
        categories=["results"], recipients=[{"id": "website", "kind": "public", "country": None},
                                            {"id": "host", "country": None}],
        rules=[{"id": "r", "categories": ["results"], "purposes": ["service"],
                "recipients": ["website", "host"]}], purposes=["service"])
    assert [f.path for f in findings(policy, "TRF002")] == [("recipients", 1)]
    far = make_policy(
        categories=["results"], recipients=[{"id": "website", "kind": "public", "country": "US"}],
        rules=[{"id": "r", "categories": ["results"], "purposes": ["service"],
                "recipients": ["website"]}], purposes=["service"])
    assert findings(far, "TRF001") == []


@pytest.mark.parametrize("name", ["fides", "odrl", "opa", "cedar", "json"])
def test_every_export_accepts_a_public_recipient(name: str) -> None:
    exporter = registry.get(name)
    result = exporter.export(published())
    payload = b"".join([result.data or b"", *(result.files or {}).values()])
    assert payload
    if name == "json":
        assert json.loads(payload)["recipients"][1]["kind"] == "public"
