"""The impact of a change: the class computation agrees with asking about every use.

``brute_force_impact`` asks both engines about every declared use; ``policy_impact`` must find
the same changes (per kind, and per category x purpose x old and new decision) on many seeded
random policy pairs, and each of its examples must really change that way.
"""

from __future__ import annotations

from collections import Counter

import pytest

from app.domain.decisions import DecisionEngine
from app.domain.impact import (
    KINDS,
    Impact,
    brute_force_impact,
    change_kind,
    policy_impact,
    summary,
)
from app.domain.models import Policy
from app.storage.resources import region_catalogue
from tests.domain.impact_policies import random_pair

REGIONS = region_catalogue()


def per_pair(impact: Impact) -> Counter[tuple]:
    """Uses per (kind, category, purpose, old decision, new decision)."""
    found: Counter[tuple] = Counter()
    for change in impact.changes:
        categories = change.categories or (change.example.category,)
        purposes = change.purposes or (change.example.purpose,)
        assert change.count % change.pairs == 0
        for category in categories:
            for purpose in purposes:
                found[(change.kind, category, purpose, change.old, change.new)] += (
                    change.count // change.pairs)
    return found


def assert_agrees(old: Policy, new: Policy) -> Impact:
    """policy_impact equals the brute force, and its examples change as they say."""
    fast, slow = policy_impact(old, new, REGIONS), brute_force_impact(old, new, REGIONS)
    assert fast.uses == slow.uses
    assert {k: fast.count(k) for k in KINDS} == {k: slow.count(k) for k in KINDS}
    assert per_pair(fast) == per_pair(slow)
    before, after = DecisionEngine(old, REGIONS), DecisionEngine(new, REGIONS)
    for change in fast.changes:
        was, now = before.decide(change.example), after.decide(change.example)
        assert (was, now) == (change.old, change.new)
        assert change_kind(was, now) == change.kind
        assert change.example.category in change.categories
        assert change.example.purpose in change.purposes
    return fast


@pytest.mark.parametrize("block", range(8))
def test_agrees_with_brute_force_on_random_policies(block: int) -> None:
    changed = 0
    for seed in range(block * 60, block * 60 + 60):
        old, new = random_pair(seed)
        changed += not assert_agrees(old, new).unchanged
    assert changed >= 15  # the generator really produces changes


def test_random_policies_cover_what_matters() -> None:
    """The generator exercises both formats, groups, GPC, ``*`` and internal recipients."""
    seen: Counter[str] = Counter()
    for seed in range(480):
        old, new = random_pair(seed)
        seen[f"format{old.format_version}"] += 1
        seen["groups"] += bool(old.regions or new.regions)
        seen["gpc"] += any(p.honours_gpc for p in new.purposes)
        seen["any recipient"] += any("*" in r.recipients for r in new.rules)
        seen["internal"] += any(str(r.kind) == "internal" for r in new.recipients)
        seen["retention"] += bool(new.retention)
        seen["same"] += old == new
    assert min(seen.values()) >= 20, seen
