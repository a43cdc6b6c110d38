"""Remedies for intrusive uses (Qt-free): each is one domain edit reaching the score it promises."""

from __future__ import annotations

import pytest

from app.domain.document import PolicyDocument
from app.domain.intrusiveness import Use, review
from app.domain.remedies import remedies
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.storage.resources import default_weights

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
WEIGHTS = default_weights()


def key(use: Use) -> tuple[str, str, str | None, str | None, str | None]:
    return use.category, use.purpose, use.subject, use.recipient, use.region


@pytest.mark.parametrize("kind", ["obligation", "opt_in", "narrow"])
def test_each_remedy_lowers_the_score_it_promises_and_undoes(kind: str) -> None:
    policy = load_file(EXAMPLE).policy
    offered = [(use, remedy) for use in review(policy, WEIGHTS)
               for remedy in remedies(policy, use, WEIGHTS)
               if remedy.kind == kind]
    assert offered, f"the example offers no {kind} remedy"
    use, remedy = offered[0]
    assert remedy.score < use.score.value
    document = PolicyDocument(policy)
    before = {key(u): u.score.value for u in review(document.policy, WEIGHTS)}
    change = document.apply(remedy.edit)
    after = {key(u): u.score.value for u in review(document.policy, WEIGHTS)}
    if key(use) in after:
        assert after[key(use)] == remedy.score
    else:
        assert kind == "narrow" and remedy.score == 0  # the rule no longer allows it
    document.apply(change.undo)
    assert {key(u): u.score.value for u in review(document.policy, WEIGHTS)} == before


def test_a_use_without_its_rule_has_no_remedies() -> None:
    policy = load_file(EXAMPLE).policy
    use = review(policy, WEIGHTS)[0]
    policy.rules = [r for r in policy.rules if r.id != use.rule]
    assert remedies(policy, use, WEIGHTS) == []
