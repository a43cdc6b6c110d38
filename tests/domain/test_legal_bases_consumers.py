"""The data-flow map, the opt-in remedy and intrusiveness read a purpose's bases and practices."""

from __future__ import annotations

from typing import Any

from app.domain.flow import build_flow
from app.domain.intrusiveness import review
from app.domain.models import Policy
from app.domain.remedies import remedies
from app.storage.resources import default_weights


def _policy(**purpose: Any) -> Policy:
    return Policy.model_validate({
        "policy": {"id": "p"},
        "categories": [{"id": "orders"}],
        "purposes": [{"id": "offers", "kind": "marketing", "consent": "opt_out", **purpose}],
        "rules": [{"id": "r", "categories": ["orders"], "purposes": ["offers"]}],
    })


def test_the_flow_map_names_every_basis_with_its_regions() -> None:
    policy = _policy(legal_bases=[{"basis": "consent", "regions": ["eea"]}],
                     legal_basis="legitimate_interests")
    [node] = [n for n in build_flow(policy).columns["purposes"] if n.id == "offers"]
    assert "legitimate interests (elsewhere); consent (in eea)" in node.notes[0]
    [bare] = build_flow(_policy()).columns["purposes"]
    assert "no legal basis" in bare.notes[0]


def test_the_opt_in_remedy_keeps_regional_bases() -> None:
    weights = default_weights()
    for purpose, sets_basis in (({"legal_bases": [{"basis": "contract", "regions": ["US"]}]},
                                 False), ({}, True)):
        policy = _policy(**purpose)
        [remedy] = [r for u in review(policy, weights) for r in remedies(policy, u, weights)
                    if r.kind == "opt_in"]
        assert ("legal basis becomes consent" in remedy.tip) is sets_basis


def test_solely_automated_decisions_and_sale_weigh_in() -> None:
    weights = default_weights()
    plain = review(_policy(), weights)[0].score
    heavy = review(_policy(automated_decisions={"solely_automated": True}, sale=True),
                   weights)[0].score
    labels = {f.label for f in heavy.factors}
    assert {"solely automated decisions", "sold or shared"} <= labels
    assert heavy.value > plain.value
    kind_says_it = review(_policy(kind="sale_or_sharing", sale=True), weights)[0].score
    assert "sold or shared" not in {f.label for f in kind_says_it.factors}
    profiled = review(_policy(automated_decisions={"profiling": True}), weights)[0].score
    assert "profiling" in {f.label for f in profiled.factors}
