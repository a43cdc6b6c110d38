"""The allow rules whose most intrusive use reaches a score, found without scoring every use.

A use's score is the sum of pair factors (category x purpose), a subject factor, a recipient
factor and the rule's obligations (then clamped to 0..100). Pair factors depend only on the
category's sensitivity and tags and on the purpose's kind and consent, so declared categories
and purposes are grouped into *profiles*, each profile pair is scored once, and profile pairs
are visited from the worst down: the first pair in which a rule shows up is its worst pair.
Rules naming ids that cover no declared item are scored the slow way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.domain.ids import Hierarchy
from app.domain.intrusiveness import Score, Scorer
from app.domain.models import DataCategory, Purpose, UseRule
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
        self.cats = _Profiles(ctx.categories.values(), _category_key)
        self.purps = _Profiles(ctx.purposes.values(), _purpose_key)
        weights = self.scorer.weights
        self.subject_points = {s: self.scorer.score("", "", subject=s).value
                               for s in ctx.engine.masks["subjects"].listed}
        self.recipient_points = {r: self.scorer.score("", "", recipient=r).value
                                 for r in ctx.engine.masks["recipients"].listed}
        self.obligation_points = {str(k): v for k, v in weights.obligations.items()}

    def _points(self, category: str, purpose: str) -> float:
        return sum(f.points for f in self.scorer.pair_factors(category, purpose))

    def _extras(self, rule: UseRule) -> float:
        """The most the rule's subjects, recipients and obligations add to a pair."""
        if not (rule.subjects or rule.recipients or rule.obligations):
            return 0.0
        subject = max((self.subject_points.get(s, 0.0) for s in rule.subjects), default=0.0)
        recipient = max((self.recipient_points.get(r, 0.0) for r in rule.recipients),
                        default=0.0)
        return subject + recipient + sum(self.obligation_points.get(str(o), 0.0)
                                         for o in set(rule.obligations))

    def _most_extra(self) -> float:
        positive = sum(v for v in self.obligation_points.values() if v > 0)
        return (max(self.subject_points.values(), default=0.0)
                + max(self.recipient_points.values(), default=0.0) + positive)

    def reaching(self, threshold: float) -> list[Worst]:
        """The worst use of every allow rule whose worst use scores ``threshold`` or more."""
        ctx = self.ctx
        odd = self._odd_rules()
        found = [w for w in (self._slow(i, threshold) for i in ctx.engine.rule_indices(odd))
                 if w is not None]
        cat_masks = {rep: ctx.allow_mask & ctx.category_mask(ids)
                     for rep, ids in self.cats.members.items()}
        purp_masks = {rep: ctx.purpose_mask(ids) for rep, ids in self.purps.members.items()}
        pairs = sorted(((self._points(c, p), c, p) for c in cat_masks for p in purp_masks
                        if cat_masks[c] & purp_masks[p]), reverse=True)
        most_extra, seen = self._most_extra(), odd
        for points, cat, purpose in pairs:
            if points + most_extra < threshold - _EPSILON:
                break
            fresh = cat_masks[cat] & purp_masks[purpose] & ~seen
            if not fresh:
                continue
            seen |= fresh
            for index in ctx.engine.rule_indices(fresh):
                rule = ctx.policy.rules[index]
                if points + self._extras(rule) >= threshold - _EPSILON:
                    found.append(self._score(index, rule, cat, purpose))
        found.sort(key=lambda w: w.index)
        return found

    def _odd_rules(self) -> int:
        """Allow rules naming a category or purpose that covers nothing declared."""
        ctx, mask = self.ctx, 0
        for masks, tree in ((ctx.engine.masks["categories"], ctx.category_tree),
                            (ctx.engine.masks["purposes"], ctx.purpose_tree)):
            for name, listed in masks.listed.items():
                if not tree.covered(name):
                    mask |= listed
        return mask & ctx.allow_mask

    def _slow(self, index: int, threshold: float) -> Worst | None:
        rule = self.ctx.policy.rules[index]
        cats = self.ctx.category_tree.covered_by_any(rule.categories) or rule.categories
        purps = self.ctx.purpose_tree.covered_by_any(rule.purposes) or rule.purposes
        points, cat, purpose = max((self._points(c, p), c, p) for c in cats for p in purps)
        if points + self._extras(rule) < threshold - _EPSILON:
            return None
        return self._score(index, rule, cat, purpose, exact=True)

    def _score(self, index: int, rule: UseRule, cat: str, purpose: str,
               exact: bool = False) -> Worst:
        """Score the rule's use of a category and purpose with the profiles of ``cat`` and
        ``purpose`` (those ids themselves when ``exact``), its worst subject and recipient."""
        if not exact:
            cat = self._example(rule.categories, cat, self.cats, self.ctx.category_tree)
            purpose = self._example(rule.purposes, purpose, self.purps, self.ctx.purpose_tree)
        subject = max(rule.subjects, key=lambda s: self.subject_points.get(s, 0.0), default=None)
        recipient = max(rule.recipients, key=lambda r: self.recipient_points.get(r, 0.0),
                        default=None)
        score = self.scorer.score(cat, purpose, subject, recipient,
                                  tuple(str(o) for o in rule.obligations))
        return Worst(index, cat, purpose, subject, recipient, score)

    @staticmethod
    def _example(names: list[str], rep: str, profiles: _Profiles, tree: Hierarchy) -> str:
        """A declared id the rule covers that has the profile ``rep``."""
        return next((i for i in tree.covered_by_any(names) if profiles.rep_of.get(i) == rep), rep)


def reaching(ctx: Context, threshold: float) -> list[Worst]:
    """Allow rules whose worst use scores at least ``threshold`` (shared per threshold)."""
    return ctx.shared(f"worst_uses:{threshold}", lambda c: WorstUses(c).reaching(threshold))
