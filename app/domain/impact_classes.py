"""Equivalence classes of request values that two versions of a policy treat alike.

Two values of one request field fall in the same class when every rule and retention rule of
BOTH versions treats them the same: the same rules of each engine accept them (the engine's own
masks, so descent, region containment and internal recipients mean what they mean in
``decide``), and for categories and purposes the same retention rules apply in the same order
and, for purposes, the same consent mechanism and GPC honouring hold in both versions. A
decision then depends on a request's values only through their classes, so
:func:`app.domain.impact.policy_impact` asks the engines once per combination of class
representatives and weighs the answer by the class sizes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.domain.decisions import DecisionEngine
from app.domain.ids import depth, lineage
from app.domain.models import Policy, RetentionRule, UseRule
from app.domain.region_codes import canonical_region


@dataclass(frozen=True)
class ValueClass:
    """Values one field of a request can take that both versions treat alike."""

    members: tuple[str | None, ...]
    old: int
    """Rules of the old version accepting any member (the same mask for each)."""
    new: int
    """Rules of the new version accepting any member."""
    size: int
    """How many values the class stands for."""

    @property
    def example(self) -> str | None:
        """The representative the engines are asked about."""
        return self.members[0]


def partition(values: Iterable[str | None],
              key: Callable[[str | None], tuple[int, int, object]]) -> list[ValueClass]:
    """Group ``values`` by ``key`` = (old mask, new mask, anything else that must agree)."""
    found: dict[tuple[int, int, object], list[str | None]] = {}
    for value in values:
        found.setdefault(key(value), []).append(value)
    return [ValueClass(tuple(members), k[0], k[1], len(members)) for k, members in found.items()]


def _ordinal(depths: dict[int, int]) -> tuple[tuple[int, int], ...]:
    """(rule index, rank of its depth): only the order of depths matters in choosing."""
    levels = {d: rank for rank, d in enumerate(sorted(set(depths.values())), start=1)}
    return tuple(sorted((index, levels[d]) for index, d in depths.items()))


def _retention_signature(rules: Sequence[RetentionRule], field: str,
                         ) -> Callable[[str], tuple[tuple[int, int], ...]]:
    """How the retention rules naming ``field`` (categories or purposes) rank a value.

    The rules applying to the value (naming it or an ancestor) with the rank of their deepest
    match; rules not naming the field are left out (they rank every value alike).
    """
    by_value: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for value in getattr(rule, field):
            by_value.setdefault(value, []).append(index)

    def signature(value: str) -> tuple[tuple[int, int], ...]:
        depths: dict[int, int] = {}
        for key in lineage(value):
            for index in by_value.get(key, ()):
                depths[index] = max(depths.get(index, 0), depth(key))
        return _ordinal(depths)

    return signature


def category_classes(values: Iterable[str], old: tuple[Policy, DecisionEngine],
                     new: tuple[Policy, DecisionEngine]) -> list[ValueClass]:
    """Categories alike in both versions' rules and retention rules."""
    before, after = old[1].masks["categories"], new[1].masks["categories"]
    kept_old = _retention_signature(old[0].retention, "categories")
    kept_new = _retention_signature(new[0].retention, "categories")
    return partition(values, lambda c: (before.match(c), after.match(c),
                                        (kept_old(c), kept_new(c))))  # type: ignore[arg-type]


def purpose_classes(values: Iterable[str], old: tuple[Policy, DecisionEngine],
                    new: tuple[Policy, DecisionEngine]) -> list[ValueClass]:
    """Purposes alike in both versions' rules, retention rules, consent and GPC honouring."""
    (old_policy, before), (new_policy, after) = old, new
    kept_old = _retention_signature(old_policy.retention, "purposes")
    kept_new = _retention_signature(new_policy.retention, "purposes")

    def key(p: str) -> tuple[int, int, object]:
        return (before.masks["purposes"].match(p), after.masks["purposes"].match(p),
                (before.mechanism(p), after.mechanism(p), before.honours_gpc(p),
                 after.honours_gpc(p), kept_old(p), kept_new(p)))

    return partition(values, key)  # type: ignore[arg-type]


def field_classes(name: str, values: Iterable[str | None], before: DecisionEngine,
                  after: DecisionEngine) -> list[ValueClass]:
    """Subjects, recipients or regions (``name``) accepted by the same rules in both versions."""
    return partition(values, lambda v: (before.field_mask(name, v), after.field_mask(name, v),
                                        None))


def _bits(mask: int) -> Iterator[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def covered_pairs(categories: Sequence[ValueClass], purposes: Sequence[ValueClass],
                  ) -> Iterator[tuple[int, int]]:
    """(category class, purpose class) positions some rule of either version covers, in order.

    Found through the rules (which purpose classes each rule covers), so the work grows with
    what is covered, not with categories x purposes.
    """
    by_rule: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for index, purpose in enumerate(purposes):
        for side, mask in enumerate((purpose.old, purpose.new)):
            for bit in _bits(mask):
                by_rule[side].setdefault(bit, []).append(index)
    for c_index, category in enumerate(categories):
        found: set[int] = set()
        for side, mask in enumerate((category.old, category.new)):
            for bit in _bits(mask):
                found.update(by_rule[side].get(bit, ()))
        for p_index in sorted(found):
            yield c_index, p_index


def _rule_key(rule: UseRule) -> tuple:
    """Everything of a use rule the engine reads."""
    lists = tuple(tuple(str(v) for v in getattr(rule, name))
                  for name in ("categories", "purposes", "subjects", "recipients", "regions",
                               "obligations"))
    return (rule.id, str(rule.effect), *lists)


def changed_rules(old: Policy, new: Policy) -> tuple[int, int]:
    """Masks of the rules of each version with no identical counterpart in the other."""
    def keyed(policy: Policy) -> list[tuple]:
        seen: Counter[tuple] = Counter()
        keys = []
        for rule in policy.rules:
            key = _rule_key(rule)
            keys.append((*key, seen[key]))
            seen[key] += 1
        return keys

    old_keys, new_keys = keyed(old), keyed(new)

    def mask(keys: list[tuple], other: set[tuple]) -> int:
        found = 0
        for index, key in enumerate(keys):
            if key not in other:
                found |= 1 << index
        return found

    return mask(old_keys, set(new_keys)), mask(new_keys, set(old_keys))


@dataclass(frozen=True)
class Context:
    """What makes an unchanged rule accept other values in the new version.

    Subjects match by descent alone. Recipients count for format 2 internal-only rules, which
    depend on each recipient's kind; regions for format 2 rules naming regions, which depend on
    the groups; with different formats every rule and value counts (``everything``).
    """

    old: int
    """Rules of the old version whose acceptance may differ."""
    new: int
    """The same in the new version."""
    recipients: frozenset[str | None]
    """Recipients internal in one version only."""
    regions: frozenset[str | None]
    """Regions lying in other places in the new version."""
    everything: bool = False


def context(before: DecisionEngine, after: DecisionEngine, recipients: Iterable[str | None],
            regions: Iterable[str | None]) -> Context:
    """How recipients and regions mean something else between ``before`` and ``after``."""
    if before.version != after.version:
        return Context(-1, -1, frozenset(), frozenset(), everything=True)
    if before.version < 2:
        return Context(0, 0, frozenset(), frozenset())
    moved = frozenset(r for r in recipients
                      if r is not None and before.is_internal(r) != after.is_internal(r))
    regrouped = frozenset(g for g in regions if g is not None and before.regions.ancestors(
        str(canonical_region(g))) != after.regions.ancestors(str(canonical_region(g))))
    old = before.internal_only_mask if moved else 0
    new = after.internal_only_mask if moved else 0
    if regrouped:
        old, new = old | _naming_regions(before), new | _naming_regions(after)
    return Context(old, new, moved, regrouped)


def _naming_regions(engine: DecisionEngine) -> int:
    found = 0
    for mask in engine.masks["regions"].listed.values():
        found |= mask
    return found
