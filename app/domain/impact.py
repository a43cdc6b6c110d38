"""The impact of a change: every declared use whose decision differs between two versions.

A *use* is one request over the declared items of both versions: category x purpose x
subject (or none) x recipient (or none) x region (or none, or a region either version names)
x consent (granted, denied, unknown, each with and without a Global Privacy Control signal).
:func:`policy_impact` compares the decisions of the old and the new engine on every use and
groups the differences by kind: newly allowed, newly denied, reason changed (still denied, for
another reason), retention changed (still allowed, kept differently).

:func:`brute_force_impact` asks both engines about every use, one by one: the reference the
faster computation is tested against.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.impact_classes import (
    Context,
    ValueClass,
    category_classes,
    changed_rules,
    context,
    covered_pairs,
    field_classes,
    purpose_classes,
)
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue
from app.domain.typography import number, semicolons

ChangeKind = Literal["newly_allowed", "newly_denied", "reason_changed", "retention_changed"]
KINDS: tuple[ChangeKind, ...] = ("newly_allowed", "newly_denied", "reason_changed",
                                 "retention_changed")
CONSENTS: tuple[tuple[ConsentState, bool], ...] = tuple(
    (state, gpc) for gpc in (False, True) for state in ConsentState)
"""The consent axis: each consent state without, then with, a GPC signal."""


@dataclass(frozen=True)
class UseChange:
    """A group of uses whose decision changed the same way; ``example`` is one of them."""

    kind: ChangeKind
    example: Request
    old: Decision
    new: Decision
    count: int = 1
    """How many declared uses the group stands for."""
    categories: tuple[str, ...] = ()
    """The categories the group spans (the example's among them; empty: just the example's)."""
    purposes: tuple[str, ...] = ()
    """The purposes the group spans (each category x purpose has count / (len x len) uses)."""

    @property
    def pairs(self) -> int:
        """How many category x purpose pairs the group spans."""
        return max(1, len(self.categories)) * max(1, len(self.purposes))


@dataclass(frozen=True)
class Impact:
    """What a change does to decisions over the declared uses."""

    changes: tuple[UseChange, ...]
    uses: int
    """How many declared uses were compared."""
    classes: dict[str, int] = field(default_factory=dict)
    """How many classes of values each request field fell into (empty: none formed)."""

    def count(self, kind: ChangeKind) -> int:
        """How many uses changed in the way ``kind`` says."""
        return sum(change.count for change in self.changes if change.kind == kind)

    @property
    def unchanged(self) -> bool:
        """True when no decision changes."""
        return not self.changes


def axes(old: Policy, new: Policy) -> dict[str, list[str | None]]:
    """The declared values of each request field over both versions (None: not given)."""
    def ids(section: str) -> list[str]:
        return sorted({item.id for policy in (old, new) for item in getattr(policy, section)})

    regions = sorted({code for policy in (old, new) for rule in policy.rules
                      for code in rule.regions}
                     | {group.id for policy in (old, new) for group in policy.regions}
                     | {code for policy in (old, new) for group in policy.regions
                        for code in group.members})
    return {
        "category": list(ids("categories")),
        "purpose": list(ids("purposes")),
        "subject": [None, *ids("subjects")],
        "recipient": [None, *ids("recipients")],
        "region": [None, *regions],
    }


def declared_uses(old: Policy, new: Policy) -> Iterator[Request]:
    """Every use :func:`policy_impact` compares, one by one."""
    values = axes(old, new)
    for category, purpose, subject, recipient, region in itertools.product(
            values["category"], values["purpose"], values["subject"], values["recipient"],
            values["region"]):
        for consent, gpc in CONSENTS:
            yield Request(category, purpose, subject, recipient, region, consent, gpc)  # type: ignore[arg-type]


def change_kind(old: Decision, new: Decision) -> ChangeKind | None:
    """How the decision changed, or None when it did not (in a way the impact reports)."""
    if old.allowed != new.allowed:
        return "newly_allowed" if new.allowed else "newly_denied"
    if not new.allowed and old.reason != new.reason:
        return "reason_changed"
    if new.allowed and old.retention != new.retention:
        return "retention_changed"
    return None


def brute_force_impact(old: Policy, new: Policy, regions: RegionCatalogue) -> Impact:
    """Every declared use asked of both engines, one change per use (the reference)."""
    before, after = DecisionEngine(old, regions), DecisionEngine(new, regions)
    changes = []
    uses = 0
    for request in declared_uses(old, new):
        uses += 1
        was, now = before.decide(request), after.decide(request)
        kind = change_kind(was, now)
        if kind is not None:
            changes.append(UseChange(kind, request, was, now))
    return Impact(tuple(changes), uses)


def policy_impact(old: Policy, new: Policy, regions: RegionCatalogue) -> Impact:
    """The uses whose decision changes from ``old`` to ``new``, with counts and examples.

    Exact, and the same counts as :func:`brute_force_impact`, but computed over equivalence
    classes (:mod:`app.domain.impact_classes`): each field's values are grouped into classes
    both versions treat alike, the engines are asked once per combination of representatives
    and each answer counts for every use it stands for. A category x purpose pair no rule of
    either version covers is skipped (no rule both times); so is a pair whose covering rules,
    consent, GPC honouring and retention are the same in both versions (and whose
    recipients and regions mean the same in both). One :class:`UseChange` per category
    class x purpose class x change (same old and new decision), its ``categories`` and
    ``purposes`` naming the class members.
    """
    before, after = DecisionEngine(old, regions), DecisionEngine(new, regions)
    values = axes(old, new)
    categories = category_classes(values["category"], (old, before), (new, after))  # type: ignore[arg-type]
    purposes = purpose_classes(values["purpose"], (old, before), (new, after))  # type: ignore[arg-type]
    fields = [field_classes(name, values[name], before, after)
              for name in ("subject", "recipient", "region")]
    changed_old, changed_new = changed_rules(old, new)
    moved = context(before, after, values["recipient"], values["region"])
    if moved.everything:
        changed_old = changed_new = -1
    partial = _context_fields(fields, moved)
    retention_same = old.retention == new.retention
    quiet = [before.mechanism(p.example) == after.mechanism(p.example)  # type: ignore[arg-type]
             and before.honours_gpc(p.example) == after.honours_gpc(p.example)  # type: ignore[arg-type]
             for p in purposes]
    groups: dict[tuple, list] = {}
    for c_index, p_index in covered_pairs(categories, purposes):
        category, purpose = categories[c_index], purposes[p_index]
        pair_old, pair_new = category.old & purpose.old, category.new & purpose.new
        if (quiet[p_index] and not pair_old & changed_old and not pair_new & changed_new
                and (retention_same or _same_retention(before, after, category.example,
                                                       purpose.example))):
            if not pair_old & moved.old and not pair_new & moved.new:
                continue  # nothing that decides these uses changed
            # only the uses with a recipient or region that means something else can change
            combinations = [*_coverings(pair_old, pair_new, partial[0]).values(),
                            *_coverings(pair_old, pair_new, partial[1]).values()]
        else:
            combinations = list(_coverings(pair_old, pair_new, fields).values())
        weight = category.size * purpose.size
        for (subject, recipient, region), count in combinations:
            for consent, gpc in CONSENTS:
                request = Request(category.example, purpose.example, subject,  # type: ignore[arg-type]
                                  recipient, region, consent, gpc)
                was, now = before.decide(request), after.decide(request)
                kind = change_kind(was, now)
                if kind is not None:
                    group = groups.setdefault((kind, c_index, p_index, was, now), [request, 0])
                    group[1] += count * weight
    changes = [UseChange(kind, request, was, now, count,
                         tuple(categories[c].members), tuple(purposes[p].members))  # type: ignore[arg-type]
               for (kind, c, p, was, now), (request, count) in groups.items()]
    changes.sort(key=lambda change: KINDS.index(change.kind))
    uses = len(CONSENTS)
    for axis in values.values():
        uses *= len(axis)
    classes = {"category": len(categories), "purpose": len(purposes),
               **{name: len(found) for name, found in zip(("subject", "recipient", "region"),
                                                          fields, strict=True)},
               "consent": len(CONSENTS)}
    return Impact(tuple(changes), uses, classes)


def _context_fields(fields: list[list[ValueClass]], moved: Context,
                    ) -> tuple[list[list[ValueClass]], list[list[ValueClass]]]:
    """Two disjoint parts of the subject x recipient x region space.

    Together they hold every use whose recipient or region means something else: (moved
    recipients, any region) and (the other recipients, moved regions). A class holding a moved
    value counts as moved (its members are treated alike in both versions, so the others
    behave as it does).
    """
    subjects, recipients, regions = fields

    def split(classes: list[ValueClass], values: frozenset[str | None]) -> tuple[list, list]:
        hit = [c for c in classes if values.intersection(c.members)]
        return hit, [c for c in classes if not values.intersection(c.members)]

    moved_recipients, other_recipients = split(recipients, moved.recipients)
    moved_regions, _ = split(regions, moved.regions)
    return ([subjects, moved_recipients, regions], [subjects, other_recipients, moved_regions])


def _same_retention(before: DecisionEngine, after: DecisionEngine, category: str,
                    purpose: str) -> bool:
    return before.retention.lookup(category, purpose) == after.retention.lookup(category, purpose)


def _restrict(classes: list[ValueClass], old: int, new: int) -> dict[tuple[int, int], list]:
    """``classes`` grouped by the rules among ``old``/``new`` they accept: [example, size]."""
    found: dict[tuple[int, int], list] = {}
    for value in classes:
        key = (value.old & old, value.new & new)
        if key == (0, 0):
            continue  # no rule of either version: no rule both times
        entry = found.get(key)
        if entry is None:
            found[key] = [value.example, value.size]
        else:
            entry[1] += value.size
    return found


def _coverings(pair_old: int, pair_new: int, fields: list[list[ValueClass]],
               ) -> dict[tuple[int, int], tuple[tuple[str | None, ...], int]]:
    """(covering rules old, new) -> (example subject, recipient, region; how many triples).

    Only triples some rule of either version covers; the rest decide no rule both times.
    """
    subjects, recipients, regions = fields
    found: dict[tuple[int, int], tuple[tuple[str | None, ...], int]] = {}
    if not (subjects and recipients and regions):
        return found
    for (s_old, s_new), (subject, s_size) in _restrict(subjects, pair_old, pair_new).items():
        for (r_old, r_new), (recipient, r_size) in _restrict(recipients, s_old, s_new).items():
            for key, (region, g_size) in _restrict(regions, r_old, r_new).items():
                size = s_size * r_size * g_size
                entry = found.get(key)
                found[key] = ((subject, recipient, region), size) if entry is None else (
                    entry[0], entry[1] + size)
    return found


_VERBS: dict[ChangeKind, str] = {
    "newly_allowed": QT_TRANSLATE_NOOP(
        "impact", "newly allows {count} uses (among them {examples})"),
    "newly_denied": QT_TRANSLATE_NOOP(
        "impact", "newly denies {count} uses (among them {examples})"),
    "reason_changed": QT_TRANSLATE_NOOP(
        "impact", "denies {count} uses for another reason (among them {examples})"),
    "retention_changed": QT_TRANSLATE_NOOP(
        "impact", "alters how long {count} uses are kept (among them {examples})"),
}
"""What :func:`summary` says of each kind of change, of several uses."""
_VERBS_ONE: dict[ChangeKind, str] = {
    "newly_allowed": QT_TRANSLATE_NOOP(
        "impact", "newly allows {count} use (among them {examples})"),
    "newly_denied": QT_TRANSLATE_NOOP(
        "impact", "newly denies {count} use (among them {examples})"),
    "reason_changed": QT_TRANSLATE_NOOP(
        "impact", "denies {count} use for another reason (among them {examples})"),
    "retention_changed": QT_TRANSLATE_NOOP(
        "impact", "alters how long {count} use is kept (among them {examples})"),
}
"""The same, of one use."""


def _examples(impact: Impact, kind: ChangeKind, wanted: int) -> list[tuple[str, str]]:
    """Up to ``wanted`` (category, purpose) examples of ``kind``, largest groups first.

    Pairs whose category and purpose are not shown yet come before the others.
    """
    pairs = list(dict.fromkeys(
        (c.example.category, c.example.purpose)
        for c in sorted(impact.changes, key=lambda c: -c.count) if c.kind == kind))
    chosen: list[tuple[str, str]] = []
    for pair in pairs:
        if len(chosen) < wanted and all(pair[0] != c and pair[1] != p for c, p in chosen):
            chosen.append(pair)
    chosen += [pair for pair in pairs if pair not in chosen][:wanted - len(chosen)]
    return chosen


UNCHANGED = QT_TRANSLATE_NOOP("impact", "leaves every decision as it was")
"""What :func:`summary` says of a change that changes no decision."""


def summary(impact: Impact, examples: int = 3,
            names: Mapping[tuple[str, str], str] | None = None) -> str:
    """One sentence: ``newly allows 12 uses (among them ...), newly denies 3 uses (...)``.

    ``names`` maps (section, id) to the name people read (``("categories", "contact.email")``
    -> ``Email address``); with it the examples read by name (ids are in the full list).
    It follows "this change": ``this change leaves every decision as it was``.
    """
    if impact.unchanged:
        return translate("impact", UNCHANGED)

    def words(section: str, code: str) -> str:
        return (names or {}).get((section, code)) or code

    parts = []
    for kind in KINDS:
        count = impact.count(kind)
        if not count:
            continue
        among = semicolons(translate("impact", "{category} for {purpose}").format(
            category=words("categories", category), purpose=words("purposes", purpose))
            for category, purpose in _examples(impact, kind, examples))
        said = _VERBS_ONE[kind] if count == 1 else _VERBS[kind]
        parts.append(translate("impact", said).format(
            count=number(count), examples=among))
    return ", ".join(parts)
