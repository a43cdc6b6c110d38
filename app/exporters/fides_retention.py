"""Fides ``retention_period``: the free text a Fides privacy declaration carries.

A privacy declaration is one data use with several data categories; its ``retention_period``
is the retention that applies to each of its categories for that use (the rule the decision
engine picks), in the shared wording of :mod:`app.domain.retention_words`. Fides has no
structured retention, so minimum, criteria, year-end starts, custom events, other dispositions
and legal holds all travel in this one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.models import Policy
from app.domain.retention import RetentionIndex
from app.domain.retention_words import retention_sentence


class FidesRetention:
    """Retention periods of privacy declarations of one policy."""

    def __init__(self, policy: Policy, index: RetentionIndex | None = None) -> None:
        self._index = index or RetentionIndex(policy)
        self._rules = {rule.id: rule for rule in reversed(policy.retention)}

    def period(self, categories: Iterable[str], purpose: str) -> str:
        """``Kept 6 years after collection, then deleted`` (one clause per distinct rule).

        Categories governed by different rules are named: ``contact.email: kept ...;
        billing: kept ...``. Empty when no retention rule applies.
        """
        by_rule: dict[str, list[str]] = {}
        for category in dict.fromkeys(categories):
            info = self._index.lookup(category, purpose)
            if info is not None:
                by_rule.setdefault(info.rule, []).append(category)
        if not by_rule:
            return ""
        if len(by_rule) == 1:
            text = retention_sentence(self._rules[next(iter(by_rule))])
            return text[:1].upper() + text[1:]
        return "; ".join(f"{', '.join(cats)}: {retention_sentence(self._rules[rule])}"
                         for rule, cats in by_rule.items())
