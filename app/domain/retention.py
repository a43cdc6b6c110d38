"""Which retention rule applies to a use of a category for a purpose.

The rule with the most specific category match wins; among those, a rule naming the purpose
(the most specific purpose match first) beats one that applies to any purpose; among equals
the shortest period wins, and then the earliest in the file. Rules naming other purposes do
not apply.

"Shortest period" compares the maximum (``duration``): any fixed period is shorter than a
criteria-only rule (no maximum: its end is not known in advance, e.g. "for the life of the
account"), which is shorter than ``indefinite`` (no end at all). The minimum, the trigger and
the year-end start do not take part in the choice. :func:`length_key` is that order; every
engine export ranks by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.duration import Duration
from app.domain.enums import PeriodStart, Trigger
from app.domain.ids import depth, lineage
from app.domain.models import Policy, RetentionRule
from app.domain.retention_words import dispositions, retention_sentence


def _days(duration: Duration | None) -> float | None:
    return None if duration is None else duration.days


def length_key(rule: RetentionRule) -> tuple[float, int]:
    """Order of "shortest period": fixed maximum < criteria only (no maximum) < indefinite."""
    if rule.duration is None:
        return (float("inf"), 0)
    return (rule.duration.days, 1 if rule.duration.is_indefinite else 0)


def retention_terms(rule: RetentionRule) -> tuple:
    """What a retention rule decides (two rules with equal terms never conflict)."""
    return (_days(rule.duration), _days(rule.minimum), rule.criteria.strip(), str(rule.trigger),
            rule.custom_event.strip() if rule.trigger == Trigger.CUSTOM else "",
            str(rule.period_start), rule.financial_year_start
            if rule.period_start == PeriodStart.END_OF_FINANCIAL_YEAR else None,
            tuple(dispositions(rule)))


@dataclass(frozen=True, slots=True)
class RetentionInfo:
    """The retention that applies to an allowed use."""

    rule: str
    duration: str | None
    trigger: str
    disposition: str
    minimum: str | None = None
    criteria: str = ""
    custom_event: str = ""
    period_start: str = str(PeriodStart.EVENT)
    financial_year_start: str | None = None
    dispositions: tuple[str, ...] = ()
    legal_hold: bool = False
    legal_hold_reason: str = ""

    @classmethod
    def of(cls, rule: RetentionRule) -> RetentionInfo:
        """The retention ``rule`` gives."""
        return cls(
            rule=rule.id, duration=None if rule.duration is None else str(rule.duration),
            trigger=str(rule.trigger), disposition=str(rule.disposition),
            minimum=None if rule.minimum is None else str(rule.minimum),
            criteria=rule.criteria, custom_event=rule.custom_event,
            period_start=str(rule.period_start), financial_year_start=rule.financial_year_start,
            dispositions=tuple(str(d) for d in rule.dispositions), legal_hold=rule.legal_hold,
            legal_hold_reason=rule.legal_hold_reason)

    def sentence(self) -> str:
        """``kept 2 years after collection, then deleted`` (the shared wording)."""
        return retention_sentence(RetentionRule(
            id=self.rule, duration=self.duration, minimum=self.minimum, criteria=self.criteria,
            trigger=self.trigger, custom_event=self.custom_event,
            period_start=self.period_start, financial_year_start=self.financial_year_start,
            disposition=self.disposition, dispositions=list(self.dispositions),
            legal_hold=self.legal_hold, legal_hold_reason=self.legal_hold_reason))

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used in decisions (the same in ``decide`` and every engine export)."""
        return {
            "rule": self.rule,
            "duration": self.duration,
            "minimum": self.minimum,
            "criteria": self.criteria,
            "trigger": self.trigger,
            "custom_event": self.custom_event,
            "period_start": self.period_start,
            "financial_year_start": self.financial_year_start,
            "disposition": self.disposition,
            "dispositions": list(self.dispositions),
            "legal_hold": self.legal_hold,
            "legal_hold_reason": self.legal_hold_reason,
        }


def rank(rule: RetentionRule, index: int, category: str, purpose: str,
         length: tuple | None = None) -> tuple | None:
    """Sort key of ``rule`` for a (category, purpose) use, or None when it does not apply.

    ``length`` is the rule's :func:`length_key` when the caller has it already.
    """
    cat_depth = max((depth(c) for c in rule.categories if c in lineage(category)), default=0)
    if not cat_depth:
        return None
    if rule.purposes:
        purpose_depth = max((depth(p) for p in rule.purposes if p in lineage(purpose)), default=0)
        if not purpose_depth:
            return None
    else:
        purpose_depth = 0
    return (-cat_depth, -purpose_depth, length_key(rule) if length is None else length, index)


class RetentionIndex:
    """Finds the applicable retention rule quickly."""

    def __init__(self, policy: Policy) -> None:
        self._rules = policy.retention
        self._by_category: dict[str, list[int]] = {}
        for index, rule in enumerate(self._rules):
            for category in rule.categories:
                self._by_category.setdefault(category, []).append(index)
        self._cache: dict[tuple[str, str], RetentionInfo | None] = {}
        self._lengths = [length_key(rule) for rule in self._rules]

    def candidates(self, category: str, purpose: str) -> list[tuple[tuple, int]]:
        """(rank, index) of every rule that applies, best first."""
        seen: set[int] = set()
        ranked = []
        for key in lineage(category):
            for index in self._by_category.get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                order = rank(self._rules[index], index, category, purpose, self._lengths[index])
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
            info = RetentionInfo.of(rule)
        if len(self._cache) < 200_000:
            self._cache[key] = info
        return info


def retention_table(policy: Policy) -> list[dict[str, Any]]:
    """Every retention rule as data, for engines that cannot choose one themselves.

    Each entry: ``index`` (file order), ``id``, ``categories``, ``purposes``, ``rank`` (dense
    rank of :func:`length_key`, shortest first) and ``retention``, the exact object ``decide``
    answers when that rule applies. Choosing: deepest category match, then deepest purpose
    match (no purposes = 0; other purposes = not applicable), then ``rank``, then ``index``.
    """
    lengths = sorted({length_key(rule) for rule in policy.retention})
    rank = {length: position for position, length in enumerate(lengths)}
    return [{"index": index, "id": rule.id, "categories": list(rule.categories),
             "purposes": list(rule.purposes), "rank": rank[length_key(rule)],
             "retention": RetentionInfo.of(rule).to_dict()}
            for index, rule in enumerate(policy.retention)]
