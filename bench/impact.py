"""``impact_large_s``: the impact of a 100-rule change on the large benchmark policy.

The change is deterministic: of every hundredth rule, the first 50 flip their effect, the next
25 are widened (their subject, recipient and region limits dropped and one more purpose added)
and the last 25 are dropped.
"""

from __future__ import annotations

import time

from app.domain.enums import Effect
from app.domain.impact import policy_impact
from app.domain.models import Policy
from app.storage.resources import region_catalogue


def changed_policy(policy: Policy) -> Policy:
    """``policy`` with 100 of its rules flipped, widened or dropped."""
    purposes = [p.id for p in policy.purposes]
    rules = list(policy.rules)
    picked = list(range(0, len(rules), max(1, len(rules) // 100)))[:100]
    dropped = set(picked[75:])
    for n, index in enumerate(picked[:75]):
        rule = rules[index]
        if n < 50:
            effect = Effect.ALLOW if rule.effect == Effect.DENY else Effect.DENY
            rules[index] = rule.model_copy(update={"effect": effect})
        else:
            extra = purposes[(index * 7) % len(purposes)]
            rules[index] = rule.model_copy(update={
                "subjects": [], "recipients": ["*"], "regions": [],
                "purposes": sorted({*rule.purposes, extra})})
    kept = [rule for index, rule in enumerate(rules) if index not in dropped]
    return policy.model_copy(update={"rules": kept})


def measure_impact(policy: Policy) -> dict[str, float]:
    """Seconds for the impact of the 100-rule change; uses, classes and groups counted."""
    new = changed_policy(policy)
    regions = region_catalogue()
    start = time.perf_counter()
    impact = policy_impact(policy, new, regions)
    elapsed = time.perf_counter() - start
    combinations = 1
    for count in impact.classes.values():
        combinations *= count
    return {"impact_large_s": elapsed,
            "impact_large_changed_uses": float(sum(c.count for c in impact.changes)),
            "impact_large_declared_uses": float(impact.uses),
            "impact_large_classes": float(sum(impact.classes.values())),
            "impact_large_class_combinations": float(combinations),
            "impact_large_groups": float(len(impact.changes))}
