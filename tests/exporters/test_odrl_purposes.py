"""ODRL/DPV export of per-region legal bases, automated decisions and sale flags."""

from __future__ import annotations

import json
from typing import Any

from app.domain.models import Policy
from app.exporters.odrl import EXPORTER, odrl_bytes, odrl_document
from app.storage.resources import region_catalogue

HOSTILE = 'Logic "quoted" </script><b>{"@id": "x"}'
CONSENT, INTERESTS = "eu-gdpr:A6-1-a", "eu-gdpr:A6-1-f"


def _policy(**purpose: Any) -> Policy:
    return Policy.model_validate({
        "policy": {"id": "shop"},
        "categories": [{"id": "orders"}],
        "purposes": [{"id": "news", "legal_basis": "legitimate_interests",
                      "legal_bases": [{"basis": "consent", "regions": ["eea"]}], **purpose}],
        "rules": [{"id": "de_only", "categories": ["orders"], "purposes": ["news"],
                   "regions": ["DE"]},
                  {"id": "us_only", "categories": ["orders"], "purposes": ["news"],
                   "regions": ["US"]},
                  {"id": "anywhere", "categories": ["orders"], "purposes": ["news"]}],
    })


def _bases(doc: dict[str, Any], rule: str) -> set[str]:
    node = next(p for p in doc["permission"] if p["ps:rule"] == rule)
    return {b["@id"] for b in node.get("dpv:hasLegalBasis", [])}


def _purpose_node(doc: dict[str, Any]) -> dict[str, Any]:
    """The purpose node where it is described (its first mention)."""
    for permission in doc["permission"]:
        for constraint in permission["constraint"]:
            operand = constraint["rightOperand"]
            if isinstance(operand, dict) and ":purpose:news" in operand.get("@id", ""):
                return operand
    raise AssertionError("no purpose node")


def test_each_rule_carries_the_bases_that_apply_where_it_applies() -> None:
    doc = odrl_document(_policy(), region_catalogue())
    assert _bases(doc, "de_only") == {CONSENT}
    assert _bases(doc, "us_only") == {INTERESTS}
    assert _bases(doc, "anywhere") == {CONSENT, INTERESTS}


def test_the_purpose_lists_its_bases_by_region() -> None:
    node = _purpose_node(odrl_document(_policy(), region_catalogue()))
    assert node["ps:legalBasisByRegion"] == [
        {"dpv:hasLegalBasis": {"@id": INTERESTS}, "ps:elsewhere": True},
        {"dpv:hasLegalBasis": {"@id": CONSENT}, "dpv:hasJurisdiction": ["eea"]}]
    assert any("Legal bases per region" in line for line in EXPORTER.export(_policy()).summary)


def test_a_single_basis_needs_no_regional_list() -> None:
    node = _purpose_node(odrl_document(_policy(legal_bases=[]), region_catalogue()))
    assert "ps:legalBasisByRegion" not in node and "ps:profiling" not in node


def test_automated_decisions_and_sale_are_stated_and_stay_data() -> None:
    policy = _policy(automated_decisions={"profiling": True, "solely_automated": True,
                                          "logic": HOSTILE, "safeguards": ["contest"]},
                     sale=True, sharing=True, honours_gpc=True)
    node = _purpose_node(odrl_document(policy, region_catalogue()))
    assert node["ps:solelyAutomated"] is True and node["ps:profiling"] is True
    assert node["ps:logic"] == HOSTILE and node["ps:safeguards"] == ["ps:contest"]
    assert node["ps:sale"] is node["ps:sharing"] is node["ps:honoursGPC"] is True
    again = json.loads(odrl_bytes(policy, region_catalogue()))
    assert _purpose_node(again)["ps:logic"] == HOSTILE
