"""The data-flow map's graph (Qt-free): nodes, edges as decide allows them, markings."""

from __future__ import annotations

from app.domain.enums import Effect
from app.domain.flow import build_flow
from app.domain.jurisdictions import JurisdictionInfo
from tests.domain.test_timeline_rows import diagram_policy

GDPR = JurisdictionInfo("eu_gdpr", "EU GDPR", frozenset({"DE"}), frozenset({"CH"}), True)


def test_edges_follow_the_allow_rules() -> None:
    flow = build_flow(diagram_policy(), [GDPR])
    assert [n.id for n in flow.columns["categories"]] == ["contact.email", "health", "location"]
    assert [n.id for n in flow.columns["purposes"]] == ["newsletter", "support", "ads"]
    assert [n.id for n in flow.columns["recipients"]] == ["mailer", "partner"]
    assert flow.edges[(("categories", "health"), ("purposes", "support"))] == ["health_support"]
    assert (("purposes", "support"), ("recipients", "partner")) in flow.edges
    assert not flow.grouped


def test_a_deny_rule_removes_the_edges_it_forbids() -> None:
    policy = diagram_policy()
    policy.rules.append(policy.rules[2].model_copy(update={"id": "no_ads", "effect": Effect.DENY}))
    flow = build_flow(policy, [GDPR])
    assert flow.node("categories", "location") is None
    assert flow.node("purposes", "ads") is None


def test_markings_for_special_data_third_parties_and_transfers() -> None:
    flow = build_flow(diagram_policy(), [GDPR])
    assert flow.node("categories", "health").badges == ["Art. 9"]
    assert flow.node("recipients", "partner").badges == ["third party"]
    mailer = flow.node("recipients", "mailer")
    assert mailer.badges == ["US", "no safeguard"]
    assert "without a recorded safeguard" in mailer.describe()
    assert build_flow(diagram_policy()).node("recipients", "mailer").badges == []


def test_long_category_lists_are_grouped() -> None:
    flow = build_flow(diagram_policy(), group_above=1)
    assert flow.grouped
    contact = flow.node("categories", "contact")
    assert contact.members == ["contact.email"] and contact.title == "Contact details (1)"
