"""The parental_consent obligation flows into every engine export that carries obligations."""

from __future__ import annotations

import json

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, UseRule
from app.exporters import registry
from app.exporters.odrl import odrl_document


def policy() -> Policy:
    return Policy(
        format_version=2, policy=Metadata(id="p"),
        purposes=[Purpose(id="newsletter", legal_basis="consent", consent="opt_in")],
        rules=[UseRule(id="send", categories=["contact"], purposes=["newsletter"],
                       subjects=["pupils"], obligations=["parental_consent"])])


REQUEST = Request("contact.email", "newsletter", "pupils", None, None, ConsentState.GRANTED)


def test_decide_and_opa_give_the_obligation() -> None:
    assert DecisionEngine(policy()).decide(REQUEST).obligations == ("parental_consent",)
    pytest.importorskip("regorus")
    from tests.exporters import test_opa

    test_opa.assert_equal_answers(policy(), [REQUEST])
    data = json.loads(test_opa.unpack(registry.get("opa").export(policy()).data)[
        test_opa.DATA_NAME])
    assert data["rules"][0]["obligations"] == ["parental_consent"]


def test_odrl_duty_and_cedar_summary() -> None:
    assert "ps:parental_consent" in json.dumps(odrl_document(policy()))
    summary = registry.get("cedar").export(policy()).summary
    assert any("Obligations" in line for line in summary)
