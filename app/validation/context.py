"""Shared, lazily computed facts about one policy that many checks need."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from app.domain.decisions import DecisionEngine
from app.domain.enums import Effect
from app.domain.ids import Hierarchy
from app.domain.intrusiveness import Scorer
from app.domain.jurisdictions import JurisdictionInfo, load_jurisdictions
from app.domain.models import (
    DataCategory,
    DataSubject,
    Policy,
    Purpose,
    Recipient,
    UseRule,
)


class Context:
    """What the checks look at: the policy plus indexes built once, on first use."""

    def __init__(self, policy: Policy, *, today: dt.date | None = None,
                 declared_digest: str | None = None) -> None:
        self.policy = policy
        self.today = today or dt.date.today()
        self.declared_digest = declared_digest

    # -- items by id (the first of each id; duplicates are a finding of their own) -------------
    @cached_property
    def categories(self) -> dict[str, DataCategory]:
        """Declared categories by id."""
        return _first_by_id(self.policy.categories)

    @cached_property
    def purposes(self) -> dict[str, Purpose]:
        """Declared purposes by id."""
        return _first_by_id(self.policy.purposes)

    @cached_property
    def subjects(self) -> dict[str, DataSubject]:
        """Declared subjects by id."""
        return _first_by_id(self.policy.subjects)

    @cached_property
    def recipients(self) -> dict[str, Recipient]:
        """Declared recipients by id."""
        return _first_by_id(self.policy.recipients)

    # -- hierarchies -----------------------------------------------------------------------
    @cached_property
    def category_tree(self) -> Hierarchy:
        """Declared category ids, indexed by hierarchy."""
        return Hierarchy(self.categories)

    @cached_property
    def purpose_tree(self) -> Hierarchy:
        """Declared purpose ids, indexed by hierarchy."""
        return Hierarchy(self.purposes)

    @cached_property
    def subject_tree(self) -> Hierarchy:
        """Declared subject ids, indexed by hierarchy."""
        return Hierarchy(self.subjects)

    # -- rules -----------------------------------------------------------------------------
    @cached_property
    def allow_rules(self) -> list[tuple[int, UseRule]]:
        """(position, rule) of every allow rule."""
        return [(i, r) for i, r in enumerate(self.policy.rules) if r.effect == Effect.ALLOW]

    @cached_property
    def deny_rules(self) -> list[tuple[int, UseRule]]:
        """(position, rule) of every deny rule."""
        return [(i, r) for i, r in enumerate(self.policy.rules) if r.effect == Effect.DENY]

    @cached_property
    def engine(self) -> DecisionEngine:
        """The decision engine for this policy."""
        return DecisionEngine(self.policy)

    @cached_property
    def scorer(self) -> Scorer:
        """The intrusiveness scorer for this policy."""
        return Scorer(self.policy)

    def rule_purposes(self, rule: UseRule) -> list[Purpose]:
        """Declared purposes a rule covers (the named ones and their descendants)."""
        return [self.purposes[p] for p in self.purpose_tree.covered_by_any(rule.purposes)]

    def rule_categories(self, rule: UseRule) -> list[DataCategory]:
        """Declared categories a rule covers (the named ones and their descendants)."""
        return [self.categories[c] for c in self.category_tree.covered_by_any(rule.categories)]

    @cached_property
    def allowed_categories(self) -> set[str]:
        """Declared categories that at least one allow rule covers."""
        found: set[str] = set()
        for _, rule in self.allow_rules:
            found.update(self.category_tree.covered_by_any(rule.categories))
        return found

    # -- jurisdictions ---------------------------------------------------------------------
    @cached_property
    def jurisdictions(self) -> list[JurisdictionInfo]:
        """What the policy's jurisdictions mean for transfers."""
        known = load_jurisdictions()
        return [known[str(j)] for j in self.policy.policy.jurisdictions if str(j) in known]

    @cached_property
    def home_countries(self) -> set[str]:
        """Countries inside the policy's jurisdictions (no transfer safeguard needed)."""
        return {c for j in self.jurisdictions for c in j.home_countries}


def _first_by_id(items: list[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found
