"""Allowed uses that keep what they can from the version before (some rules' fields edited)
answer every question about every rule as allowed uses built afresh."""

from __future__ import annotations

import random

import pytest

from app.domain.allowed import AllowedUses
from app.domain.decisions import Request
from app.domain.enums import ConsentState
from app.domain.models import Policy
from app.storage.resources import region_catalogue
from tests.domain.test_decisions_patched import _edit, _policies


def _asked(allowed: AllowedUses, policy: Policy) -> list[object]:
    """What the checks ask about each rule (which also fills the caches kept next time)."""
    return [(list(allowed.rule_pairs(i)), allowed.rule_values(i, "recipients"),
             allowed.rule_values(i, "subjects"), allowed.purposes_of(i))
            for i in range(len(policy.rules))]


@pytest.mark.parametrize("which", range(3))
def test_kept_allowed_uses_answer_as_fresh_ones(which: int) -> None:
    rng = random.Random(which)
    policy = _policies()[which]
    allowed = AllowedUses(policy, regions=region_catalogue())
    _asked(allowed, policy)
    for _ in range(40):
        policy, edited = _edit(rng, policy)
        kept = AllowedUses(policy, regions=region_catalogue()).keep_from(allowed, edited)
        fresh = AllowedUses(policy, regions=region_catalogue())
        assert _asked(kept, policy) == _asked(fresh, policy)
        assert kept.categories() == fresh.categories()
        allowed = kept


@pytest.mark.parametrize("which", range(3))
def test_a_rules_values_are_those_of_the_uses_decide_allows_with_it(which: int) -> None:
    policy = _policies()[which]
    allowed = AllowedUses(policy, regions=region_catalogue())
    purposes = {p.id for p in policy.purposes[::2]}
    for index, rule in enumerate(policy.rules):
        for field in ("recipients", "subjects"):
            for only in (None, purposes):
                uses = [use for key in allowed.rule_pairs(index) if only is None or key[1] in only
                        for use in allowed.of_pair(*key) if index in use.indices]
                named = {getattr(use, field[:-1]) for use in uses}
                assert allowed.rule_values(index, field, only) == [
                    v for v in getattr(rule, field) if v in named], (index, field)


def test_a_deny_rule_takes_away_the_values_it_names_but_not_where_it_does_not_reach() -> None:
    from tests.validation.policy_builder import make_policy

    policy = make_policy(
        categories=["email", "phone"], purposes=["support", "billing"],
        recipients=["crm", "mailer"],
        rules=[{"id": "share", "categories": ["email", "phone"], "purposes": ["support"],
                "recipients": ["crm", "mailer"]},
               {"id": "no_mailer", "effect": "deny", "categories": ["email"],
                "purposes": ["support"], "recipients": ["mailer"]},
               {"id": "no_phone", "effect": "deny", "categories": ["phone"],
                "purposes": ["support"], "recipients": ["mailer"]}])
    allowed = AllowedUses(policy, regions=region_catalogue())
    assert allowed.rule_values(0, "recipients") == ["crm"]
    assert allowed.rule_values(0, "recipients", {"support"}) == ["crm"]
    assert allowed.rule_values(0, "recipients", {"billing"}) == []
    unblocked = policy.model_copy(update={"rules": policy.rules[:2]})
    again = AllowedUses(unblocked, regions=region_catalogue())
    assert again.rule_values(0, "recipients") == ["crm", "mailer"]  # phone: mailer too
    for engine, allowed_to_mailer in ((allowed.engine, False), (again.engine, True)):
        answer = engine.decide(Request("phone", "support", recipient="mailer",
                                       consent=ConsentState.GRANTED))
        assert answer.allowed is allowed_to_mailer
