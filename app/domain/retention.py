"""Which retention rule applies to a use of a category for a purpose.

The rule with the most specific category match wins; among those, a rule naming the purpose
(the most specific purpose match first) beats one that applies to any purpose; among equals
the shortest duration wins, and then the earliest in the file. Rules naming other purposes do
not apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.ids import depth, lineage
from app.domain.models import Policy, RetentionRule


def retention_terms(rule: RetentionRule) -> tuple[float, str, str]:
    """What a retention rule decides: (nominal days, trigger, disposition)."""
    return rule.duration.days, str(rule.trigger), str(rule.disposition)


@dataclass(frozen=True, slots=True)
class RetentionInfo:
    """The retention that applies to an allowed use."""

    rule: str
    duration: str
    trigger: str
    disposition: str

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used in decisions."""
        return {
            "rule": self.rule,
            "duration": self.duration,
            "trigger": self.trigger,
            "disposition": self.disposition,
        }


def rank(rule: RetentionRule, index: int, category: str, purpose: str) -> tuple | None:
    """Sort key of ``rule`` for a (category, purpose) use, or None when it does not apply."""
    cat_depth = max((depth(c) for c in rule.categories if c in lineage(category)), default=0)
    if not cat_depth:
        return None
    if rule.purposes:
        purpose_depth = max((depth(p) for p in rule.purposes if p in lineage(purpose)), default=0)
        if not purpose_depth:
            return None
    else:
        purpose_depth = 0
    return (-cat_depth, -purpose_depth, rule.duration.days, index)


class RetentionIndex:
    """Finds the applicable retention rule quickly."""

    def __init__(self, policy: Policy) -> None:
        self._rules = policy.retention
        self._by_category: dict[str, list[int]] = {}
        for index, rule in enumerate(self._rules):
            for category in rule.categories:
                self._by_category.setdefault(category, []).append(index)
        self._cache: dict[tuple[str, str], RetentionInfo | None] = {}

    def candidates(self, category: str, purpose: str) -> list[tuple[tuple, int]]:
        """(rank, index) of every rule that applies, best first."""
        seen: set[int] = set()
        ranked = []
        for key in lineage(category):
            for index in self._by_category.get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                order = rank(self._rules[index], index, category, purpose)
                if order is not None:
                    ranked.append((order, index))
        ranked.sort()
        return ranked

    def lookup(self, category: str, purpose: str) -> RetentionInfo | None:
        """The retention for using ``category`` for ``purpose``, or None."""
        key = (category, purpose)
        if key in self._cache:
            return self._cache[key]
        ranked = self.candidates(category, purpose)
        info = None
        if ranked:
            rule = self._rules[ranked[0][1]]
            info = RetentionInfo(rule.id, str(rule.duration), str(rule.trigger),
                                 str(rule.disposition))
        if len(self._cache) < 200_000:
            self._cache[key] = info
        return info
