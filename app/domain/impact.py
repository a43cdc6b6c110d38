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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from app.domain.decisions import Decision, DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue

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


@dataclass(frozen=True)
class Impact:
    """What a change does to decisions over the declared uses."""

    changes: tuple[UseChange, ...]
    uses: int
    """How many declared uses were compared."""

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
    """The uses whose decision changes from ``old`` to ``new``, with counts and examples."""
    return brute_force_impact(old, new, regions)


_VERBS = {"newly_allowed": "newly allows", "newly_denied": "newly denies",
          "reason_changed": "denies for another reason", "retention_changed":
          "keeps differently"}


def summary(impact: Impact, examples: int = 3) -> str:
    """One sentence: ``newly allows 12 uses (among them ...), newly denies 3 uses``."""
    if impact.unchanged:
        return "changes no decision"
    parts = []
    for kind in KINDS:
        count = impact.count(kind)
        if not count:
            continue
        shown = [c.example for c in impact.changes if c.kind == kind][:examples]
        among = "; ".join(f"{r.category} for {r.purpose}" for r in shown)
        parts.append(f"{_VERBS[kind]} {count} use{'s' if count != 1 else ''} "
                     f"(among them {among})")
    return ", ".join(parts)
