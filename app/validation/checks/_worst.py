"""The allow rules whose most intrusive allowed use reaches a score, without scoring every use.

Uses are those ``decide`` allows (:mod:`app.domain.allowed`). A use's score is the sum of pair
factors (category x purpose), a subject factor, a recipient factor and the answer's obligations
(then clamped to 0..100). Pair factors depend only on the category's sensitivity and tags and
on the purpose's kind and consent, so declared categories and purposes are grouped into
*profiles* and each profile pair is scored once: only the allowed pairs whose profile could
reach the threshold (with the most any subject, recipient and obligations add) are scored
use by use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.intrusiveness import Score, Scorer
from app.domain.models import DataCategory, Purpose, UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.validation.context import Context

_EPSILON = 0.05


@dataclass(frozen=True)
class Worst:
    """The worst use of one rule and its score."""

    index: int
    category: str
    purpose: str
    subject: str | None
    recipient: str | None
    score: Score


class _Profiles:
    """Declared items of one kind grouped by what the score looks at."""

    def __init__(self, items: Iterable[Any], key: Callable[[Any], tuple]) -> None:
        self.rep_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        reps: dict[tuple, str] = {}
        for item in items:
            rep = reps.setdefault(key(item), item.id)
            self.rep_of[item.id] = rep
            self.members.setdefault(rep, []).append(item.id)


def _category_key(item: DataCategory) -> tuple:
    return item.sensitivity, tuple(sorted(item.tags))


def _purpose_key(item: Purpose) -> tuple:
    return item.kind, item.consent


class WorstUses:
    """Finds the rules whose worst use scores at least a threshold."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.scorer: Scorer = ctx.scorer
        self.cats: _Profiles = ctx.shared(
            "profiles:categories", lambda c: _Profiles(c.categories.values(), _category_key))
        self.purps: _Profiles = ctx.shared(
            "profiles:purposes", lambda c: _Profiles(c.purposes.values(), _purpose_key))
        weights = self.scorer.weights
        self.subject_points = {s: self.scorer.score("", "", subject=s).value
                               for s in ctx.engine.masks["subjects"].listed}
        self.recipient_points = {r: self.scorer.score("", "", recipient=r).value
                                 for r in [*ctx.engine.masks["recipients"].listed, ANY_RECIPIENT]}
        self.obligation_points = {str(k): v for k, v in weights.obligations.items()}
        self._extra_lists: tuple[list[float], list[float], list[float]] | None = None

    def _points(self, category: str, purpose: str) -> float:
        return sum(f.points for f in self.scorer.pair_factors(category, purpose))

    def _extras(self, category: str, purpose: str) -> float:
        """The most the rules covering the pair can add to its score.

        That is, what their subjects, recipients and obligations can add.
        """
        return self._most_of(self.ctx.allowed.covering_rules(category, purpose))

    def _bound(self, category: str, purpose: str, bounds: dict[tuple[str, str], float]
               ) -> float:
        """The pair points of two profiles (cached in ``bounds``)."""
        points = bounds.get((category, purpose))
        if points is None:
            points = bounds[(category, purpose)] = self._points(category, purpose)
        return points

    def _extras_of(self, rule: UseRule) -> tuple[float, float, float]:
        """The most the subjects and the recipients of ``rule`` add, and its obligations."""
        return (max((self.subject_points.get(s, 0.0) for s in rule.subjects), default=0.0),
                max((self.recipient_points.get(r, 0.0) for r in rule.recipients), default=0.0),
                sum(max(self.obligation_points.get(str(o), 0.0), 0.0)
                    for o in set(rule.obligations)))

    def _most_of(self, indices: Sequence[int]) -> float:
        """The most the subjects, recipients and obligations of rules ``indices`` add."""
        if self._extra_lists is None:
            columns = zip(*map(self._extras_of, self.ctx.policy.rules), strict=True)
            subjects, recipients, obligations = (list(column) for column in columns)
            self._extra_lists = (subjects, recipients, obligations)
        if not indices:
            return 0.0
        subjects, recipients, obligations = self._extra_lists
        return (max(map(subjects.__getitem__, indices))
                + max(map(recipients.__getitem__, indices))
                + sum(map(obligations.__getitem__, indices)))

    def _most_extra(self) -> float:
        positive = sum(v for v in self.obligation_points.values() if v > 0)
        return (max(self.subject_points.values(), default=0.0)
                + max(self.recipient_points.values(), default=0.0) + positive)

    def reaching(self, threshold: float, before: Reached | None = None) -> Reached:
        """The worst allowed use of each allow rule taking part in a use scoring ``threshold``+.

        One per rule, in file order. ``before`` is what the version before found, when only
        some rules' fields changed since: categories no edited rule covers keep their uses.
        """
        ctx = self.ctx
        cats, purps = self.cats.rep_of, self.purps.rep_of
        most = self._most_extra()
        floor = threshold - _EPSILON - most
        bounds: dict[tuple[str, str], float] = {}
        purpose_reps = set(purps.values())
        best_of: dict[str, float] = {}  # per category profile: its best declared purpose pair
        allowed = ctx.allowed
        target = threshold - _EPSILON

        def candidates(category: str, indices: list[int]) -> list[Worst]:
            rep = cats.get(category)
            extras = most
            if rep is not None and not allowed.odd_purposes(indices):
                top = best_of.get(rep)
                if top is None:
                    top = best_of[rep] = max((self._points(rep, p) for p in purpose_reps),
                                             default=0.0)
                if top < floor:
                    return []
                extras = self._most_of([*indices, *allowed.denying(0, category)])
                if top + extras < target:
                    return []
                top = max(self._bound(rep, purps[p], bounds)  # the purposes its rules cover
                          for index in indices for p in allowed.purposes_of(index))
                if top + extras < target:
                    return []  # no purpose, subject or recipient can lift it that far
            found: list[Worst] = []
            for purpose in dict.fromkeys(p for index in indices
                                         for p in allowed.purposes_of(index)):
                points = self._bound(cats.get(category, category), purps.get(purpose, purpose),
                                     bounds)
                if points + extras < target or points + self._extras(category, purpose) < target:
                    continue
                found += self._visit(category, purpose, threshold)
            return found

        kept = before.by_category if before is not None else {}
        if before is not None and before.extras is not None and self._extra_lists is None:
            lists = self._extra_lists = tuple(list(column) for column in before.extras)
            for index in ctx.rules_edited:  # the others' subjects, recipients, obligations stay
                for column, value in zip(lists, self._extras_of(ctx.policy.rules[index]),
                                         strict=True):
                    column[index] = value
        by_category: dict[str, list[Worst]] = {}
        best: dict[int, Worst] = {}
        for category, indices in allowed.rules_by_category().items():
            found = kept.get(category)
            if found is None or not allowed.kept(category):
                found = candidates(category, indices)
            by_category[category] = found
            for worst in found:  # in the order visited: the first of equal scores wins
                known = best.get(worst.index)
                if known is None or worst.score.value > known.score.value:
                    best[worst.index] = worst
        return Reached([best[index] for index in sorted(best)], by_category, self._extra_lists)

    def _visit(self, category: str, purpose: str, threshold: float) -> list[Worst]:
        """Each allowed use of one pair reaching ``threshold``, once per rule taking part."""
        found = []
        for use in self.ctx.allowed.of_pair(category, purpose):
            score = self.scorer.score(category, purpose, use.subject, use.recipient,
                                      use.obligations)
            if score.value >= threshold - _EPSILON:
                found += [Worst(index, category, purpose, use.subject, use.recipient, score)
                          for index in use.indices]
        return found


@dataclass(frozen=True)
class Reached:
    """What :meth:`WorstUses.reaching` found: the rules, and each category's candidates."""

    rules: list[Worst]
    by_category: dict[str, list[Worst]]
    """The uses of each category reaching the threshold, once per rule taking part."""
    extras: tuple[list[float], list[float], list[float]] | None
    """What each rule's subjects, recipients and obligations add (see ``_most_of``)."""


def reaching(ctx: Context, threshold: float) -> list[Worst]:
    """Allow rules whose worst use scores at least ``threshold`` (shared per threshold)."""
    key = f"worst_uses:{threshold}"
    found: Reached = ctx.shared(key, lambda c: WorstUses(c).reaching(threshold, c.carried(key)))
    return found.rules
