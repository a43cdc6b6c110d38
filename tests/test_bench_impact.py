"""The bench's impact measurement runs, and its 100-rule change is the one it says."""

from __future__ import annotations

import pytest

import bench.generate as generate
from app.domain.models import Policy
from app.storage.loader import load_bytes
from bench.impact import changed_policy, measure_impact


@pytest.fixture
def policy(monkeypatch: pytest.MonkeyPatch) -> Policy:
    monkeypatch.setattr(generate, "SIZES", {"categories": 300, "purposes": 20, "subjects": 4,
                                            "recipients": 6, "rules": 400, "retention": 40})
    return load_bytes(generate.generate().encode()).policy


def test_the_change_flips_50_widens_25_and_drops_25(policy: Policy) -> None:
    new = changed_policy(policy)
    old_rules = {rule.id: rule for rule in policy.rules}
    kept = {rule.id: rule for rule in new.rules}
    assert len(old_rules) - len(kept) == 25
    flipped = [i for i, r in kept.items() if r.effect != old_rules[i].effect]
    widened = [i for i, r in kept.items() if r.effect == old_rules[i].effect
               and r != old_rules[i]]
    assert (len(flipped), len(widened)) == (50, 25)
    assert changed_policy(policy) == new  # deterministic


def test_measure_impact_reports_its_figures(policy: Policy) -> None:
    figures = measure_impact(policy)
    assert figures["impact_large_s"] > 0
    assert 0 < figures["impact_large_changed_uses"] <= figures["impact_large_declared_uses"]
    assert figures["impact_large_classes"] > 0 and figures["impact_large_groups"] > 0
