"""Allowed uses that keep what they can from the version before (some rules' fields edited)
answer every question about every rule as allowed uses built afresh."""

from __future__ import annotations

import random

import pytest

from app.domain.allowed import AllowedUses
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
