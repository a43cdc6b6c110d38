"""The reviewable summary of a large policy: one section per processing activity (no Qt).

A policy with thousands of rules printed rule by rule runs to a thousand pages nobody can
sign. Past :data:`LARGE_RULES` use rules or :data:`LARGE_CATEGORIES` categories the policy
document says instead, per processing activity (a purpose family: a top-level purpose and
its descendants):

- its purposes with their legal bases, consent and rights;
- a category-family x purpose table: a use is *allowed* (for every category of the family, any
  subject, internal use, anywhere), *allowed for some* (some categories, or only some
  subjects, recipients or regions), or not allowed, every answer from the decision engine
  (:mod:`app.domain.allowed`, which asks :meth:`DecisionEngine.decide`);
- the deny rules that limit it, each with the allow rules it takes precedence over (the
  exceptions it carves out);

then retention by category family and the highest-risk uses (:mod:`app.domain.intrusiveness`).
The full rule list is the rule annex (:mod:`app.exporters.rule_annex`), a separate file carrying
the same content digest.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.allowed import AllowedUses
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, Effect, label
from app.domain.i18n import translate
from app.domain.ids import shown_name
from app.domain.intrusiveness import Scorer, Use, Weights
from app.domain.models import Policy, RetentionRule
from app.domain.retention_words import disposition_words, event_noun, period_words
from app.domain.sections import CATEGORIES, PURPOSES
from app.exporters import policy_words as words
from app.exporters import purpose_words
from app.storage.resources import region_catalogue

LARGE_RULES = 400
LARGE_CATEGORIES = 400
"""Past either, the document summarises (see the module docstring)."""
COLUMNS = 6
"""Purposes per category-family table (a wider activity gets several tables)."""
FAMILY_WIDTH = 20
"""Per cent of a table's width for the family names."""
TOP_RISKS = 25
SHOWN_OVERRIDES = 6
ALLOWED, SOME, NONE = "Allowed", "Some", "No"
Row = dict[str, object]


def is_large(policy: Policy) -> bool:
    """True when the document summarises ``policy`` instead of listing every rule."""
    return len(policy.rules) > LARGE_RULES or len(policy.categories) > LARGE_CATEGORIES


def family(item_id: str) -> str:
    """The top-level id of ``item_id`` (``area03`` for ``area03.group2.item0456``)."""
    return item_id.split(".", 1)[0]


@dataclass(frozen=True)
class Activity:
    """A processing activity: a purpose family."""

    id: str
    name: str
    purposes: tuple[str, ...]
    """The declared purposes of the family, in file order."""


def activities(policy: Policy, names: words.Names) -> list[Activity]:
    """Every purpose family of ``policy``, in the order its first purpose is declared."""
    members: dict[str, list[str]] = defaultdict(list)
    for purpose in policy.purposes:
        members[family(purpose.id)].append(purpose.id)
    return [Activity(root, names.of(PURPOSES, root), tuple(found))
            for root, found in members.items()]


class Uses:
    """The allowed uses of ``policy`` as the tables need them (asked of the decision engine)."""

    def __init__(self, policy: Policy, allowed: AllowedUses) -> None:
        self.allowed = allowed
        self.engine = allowed.engine
        self.some = set(allowed.pairs())
        """(category, purpose) pairs with some allowed use."""
        self._everyone: dict[tuple[str, str], bool] = {}
        self.families: dict[str, list[str]] = defaultdict(list)
        for category in policy.categories:
            self.families[family(category.id)].append(category.id)

    def everyone(self, category: str, purpose: str) -> bool:
        """True when ``decide`` allows the pair about anyone, internally, anywhere.

        Asked with consent granted.
        """
        key = (category, purpose)
        if key not in self._everyone:
            request = Request(category, purpose, consent=ConsentState.GRANTED)
            self._everyone[key] = self.engine.decide(request, with_retention=False).allowed
        return self._everyone[key]

    def cell(self, categories: Iterable[str], purpose: str) -> tuple[str, int, int]:
        """(state, categories with some allowed use, categories) for one family and purpose."""
        found = list(categories)
        some = sum((c, purpose) in self.some for c in found)
        if some == len(found) and all(self.everyone(c, purpose) for c in found):
            return ALLOWED, some, len(found)
        return (SOME if some else NONE), some, len(found)


def top_uses(policy: Policy, allowed: AllowedUses, weights: Weights,
             count: int = TOP_RISKS) -> list[Use]:
    """The ``count`` most intrusive uses: ``review(...)[:count]``, without scoring every use.

    Pairs are visited by the highest score any of their uses could reach; once that is below
    the lowest score kept, no later pair can enter.
    """
    scorer = Scorer(policy, weights)
    lift = (max([0.0, *weights.subject.values()]) + max([0.0, *weights.recipient.values()])
            + sum(v for v in weights.obligations.values() if v > 0))

    def bound(key: tuple[str, str]) -> float:
        # Rounded as scores are: rounding keeps the order, so no use scores above it.
        return round(min(100.0, sum(f.points for f in scorer.pair_factors(*key)) + lift), 1)

    # Highest bound first; among equal bounds in review's order of category and purpose, so
    # once a pair could neither outscore nor precede the last use kept, no later one can.
    ranked = sorted(((bound(key), key) for key in allowed.pairs()),
                    key=lambda b: (-b[0], b[1]))
    best: list[Use] = []
    for most, key in ranked:
        if len(best) >= count:
            last = best[-1]
            if most < last.score.value or (most == last.score.value
                                           and key > (last.category, last.purpose)):
                break
        best += [Use(u.category, u.purpose, u.subject, u.recipient,
                     scorer.score(u.category, u.purpose, u.subject, u.recipient, u.obligations),
                     u.region, u.consent, u.rules, u.obligations)
                 for u in allowed.of_pair(*key)]
        best.sort(key=_rank)
        del best[count:]
    return best


def _rank(use: Use) -> tuple[object, ...]:
    """The order of :func:`app.domain.intrusiveness.review`."""
    return (-use.score.value, use.category, use.purpose, use.subject or "", use.recipient or "",
            use.region or "")


def _cell_text(state: str, some: int, total: int) -> str:
    if state == ALLOWED:
        return translate("policy document", "Allowed")
    if state == SOME:
        return translate("policy document", "{count} of {total}").format(count=some, total=total) \
            if total > 1 else translate("policy document", "some")
    return "-"


def matrix(activity: Activity, uses: Uses, names: words.Names) -> list[Row]:
    """The category-family x purpose tables of ``activity`` (at most :data:`COLUMNS` wide).

    Only families with some allowed use of the activity are rows; the rest are counted.
    """
    tables = []
    count = len(activity.purposes)
    per_table = -(-count // -(-count // COLUMNS)) if count else COLUMNS  # evenly split
    for start in range(0, count, per_table):
        columns = activity.purposes[start:start + per_table]
        rows = []
        for root, members in uses.families.items():
            cells = [uses.cell(members, p) for p in columns]
            if any(state != NONE for state, _, _ in cells):
                rows.append({"family": names.of(CATEGORIES, root), "id": root,
                             "cells": [{"state": cell[0].lower(), "text": _cell_text(*cell)}
                                       for cell in cells]})
        headers = [names.of(PURPOSES, p) for p in columns]
        share = (100 - FAMILY_WIDTH) // per_table
        tables.append({"headers": (translate("policy document", "Data category family"),
                                   *headers), "purposes": headers,
                       "in_words": names.purpose_phrases(columns, "or"),
                       "widths": (100 - share * len(columns), *(share,) * len(columns)),
                       "rows": rows, "silent": len(uses.families) - len(rows)})
    return tables


def purpose_rows(policy: Policy, activity: Activity) -> list[Row]:
    """One row per purpose of ``activity``: legal basis, consent, rights."""
    by_id = {p.id: p for p in policy.purposes}
    regions = region_catalogue().with_policy(policy)
    rows = []
    for pid in activity.purposes:
        p = by_id[pid]
        rows.append({"name": shown_name(p.name, p.id), "id": p.id, "kind": label(p.kind),
                     "basis": purpose_words.bases(p, regions)
                     or translate("policy document", "not stated"),
                     "consent": words.said(words.CONSENT_PHRASE, str(p.consent))
                     or translate("policy document", "not asked"),
                     "rights": words.join(label(r) for r in p.rights)
                     or translate("policy document", "none listed")})
    return rows


def overrides(policy: Policy, engine: DecisionEngine) -> dict[int, list[int]]:
    """For each deny rule, the allow rules it takes precedence over (they share a use).

    Asked of the engine: a deny rule covers an allow rule's category and purpose.
    """
    deny = engine.deny_mask
    found: dict[int, list[int]] = defaultdict(list)
    for index, rule in enumerate(policy.rules):
        if rule.effect == Effect.DENY:
            continue
        mask = 0
        for category in rule.categories:
            for purpose in rule.purposes:
                mask |= engine.pair_mask(category, purpose) & deny
        for denying in engine.rule_indices(mask):
            found[denying].append(index)
    return found


def denies(policy: Policy, activity: Activity, writer: words.RuleWriter,
           overridden: dict[int, list[int]]) -> tuple[list[Row], list[str]]:
    """The deny rules of ``activity`` with the exceptions they make, and others limiting it.

    A deny rule is listed once, under the activity of its first purpose; the second list holds
    the ids of those listed under another activity that also limit this one.
    """
    rows, elsewhere = [], []
    for index, rule in enumerate(policy.rules):
        if rule.effect != Effect.DENY or not any(family(p) == activity.id
                                                 for p in rule.purposes):
            continue
        if family(rule.purposes[0]) != activity.id:
            elsewhere.append(rule.id)
            continue
        over = [policy.rules[i].id for i in overridden.get(index, ())]
        shown = words.join([*over[:SHOWN_OVERRIDES],
                            *([translate("policy document", "%n more", None,
                                         len(over) - SHOWN_OVERRIDES)]
                              if len(over) > SHOWN_OVERRIDES else [])])
        rows.append({"id": rule.id, "sentence": writer.sentence(rule),
                     "description": rule.description, "overrides": shown})
    return rows, elsewhere


def retention_by_family(policy: Policy, names: words.Names) -> list[Row]:
    """Per category family: how many retention rules, their periods, events and dispositions."""
    grouped: dict[str, list[object]] = defaultdict(list)
    for rule in policy.retention:
        for root in dict.fromkeys(family(c) for c in rule.categories):
            grouped[root].append(rule)
    rows = []
    for root, rules in grouped.items():
        periods = Counter(_period(r) for r in rules)  # type: ignore[arg-type]
        events = Counter(event_noun(r) for r in rules)  # type: ignore[arg-type]
        ends = Counter(disposition_words(r) for r in rules)  # type: ignore[arg-type]
        rows.append({"family": names.of(CATEGORIES, root), "id": root, "rules": len(rules),
                     "periods": _periods(periods), "events": _counted(events),
                     "ends": words.capitalised(_counted(ends))})
    return rows


def _period(rule: RetentionRule) -> tuple[float, str]:
    """(days, words) of how long ``rule`` keeps data, without the event it counts from."""
    if rule.duration is not None and not rule.criteria.strip() and rule.minimum is None:
        return rule.duration.days, rule.duration.words()
    return float("inf"), period_words(rule)


def _periods(counts: Counter[tuple[float, str]]) -> str:
    """``30 days (12), 6 years (3)``: shortest first."""
    return ", ".join(f"{text} ({count})" for (_days, text), count in sorted(counts.items()))


def _counted(counts: Counter[str]) -> str:
    """``6 years (12), 2 years (3)``: most frequent first."""
    return ", ".join(f"{text} ({count})" for text, count in counts.most_common())


def category_families(policy: Policy, names: words.Names) -> list[Row]:
    """Per category family: how many categories, by sensitivity, and their tags."""
    grouped: dict[str, list[object]] = defaultdict(list)
    for category in policy.categories:
        grouped[family(category.id)].append(category)
    rows = []
    for root, members in grouped.items():
        levels = Counter(label(c.sensitivity) for c in members)  # type: ignore[attr-defined]
        tags = Counter(label(t) for c in members for t in c.tags)  # type: ignore[attr-defined]
        rows.append({"family": names.of(CATEGORIES, root), "id": root, "count": len(members),
                     "sensitivity": _counted(levels),
                     "tags": _counted(tags) or translate("policy document", "none")})
    return rows
