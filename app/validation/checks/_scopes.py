"""Which rules include or overlap which: bit masks built from the decision engine's indexes.

Bit ``i`` of a mask stands for rule ``i``, as in :class:`app.domain.decisions.DecisionEngine`.
Scopes are compared on the ids the rules name (a rule naming ``contact`` covers every id below
it, declared or not), so "includes" never claims more than the engine would decide.
"""

from __future__ import annotations

from functools import cached_property

from app.domain.ids import lineage
from app.domain.models import UseRule
from app.domain.region_codes import ANY_RECIPIENT
from app.validation.context import Context

_FIELDS = ("categories", "purposes", "subjects", "recipients")
_SCOPE_FIELDS = frozenset({*_FIELDS, "regions"})
"""The fields of a rule that make its scope."""
_CACHES = ("_inclusion", "_tables", "_below", "_below_masks", "_recipient_cache",
           "_region_cache", "_overlaps")
"""What :class:`Scopes` derives from the rules' scopes alone."""


class Scopes:
    """Masks of the rules whose scope includes, or overlaps, the scope of a given rule."""

    def __init__(self, ctx: Context, before: Scopes | None = None) -> None:
        """``before``: the version before's, taken over when no edit since touched a scope."""
        engine = ctx.engine
        self.rules = ctx.policy.rules
        self.everything = (1 << len(self.rules)) - 1
        self.allow = engine.allow_mask
        self.deny = engine.deny_mask
        self._masks = {
            "categories": engine.masks["categories"],
            "purposes": engine.masks["purposes"],
            "subjects": engine.masks["subjects"],
            "recipients": engine.masks["recipients"],
        }
        self._regions = engine.masks["regions"]
        self._engine = engine
        self._v2 = ctx.policy.format_version >= 2
        self._internal = engine.internal_only_mask
        self._recipient_cache: dict[tuple[str, ...], int] = {}
        self._region_cache: dict[str, int] = {}
        self.indices = engine.rule_indices
        self._below: dict[str, dict[str, list[str]]] = {}
        self._below_masks: dict[tuple[str, str], int] = {}
        self._tables: dict[str, dict[str, int]] = {}
        self._overlaps: dict[tuple[int, bool], int] = {}
        if before is not None and ctx.rule_fields_edited.isdisjoint(_SCOPE_FIELDS):
            # only effects or obligations changed: nothing here reads them but the two masks
            for name in _CACHES:
                if name in before.__dict__:
                    self.__dict__[name] = before.__dict__[name]

    @staticmethod
    def active(rule: UseRule) -> bool:
        """False for a rule without categories or purposes (it covers nothing)."""
        return bool(rule.categories and rule.purposes)

    # -- inclusion ---------------------------------------------------------------------------
    def supersets(self, index: int) -> int:
        """Rules (the rule itself included) that cover every request rule ``index`` covers.

        0 for a rule that covers nothing.
        """
        found = self._inclusion.get(index)
        if found is None:
            return 1 << index if self.active(self.rules[index]) else 0
        return found

    @property
    def included(self) -> list[int]:
        """Positions of the rules that some other rule includes, in file order."""
        return list(self._inclusion)

    @cached_property
    def _inclusion(self) -> dict[int, int]:
        """:meth:`supersets` of the rules that some other rule includes, in file order.

        Categories narrow the candidates down first (most rules share their categories with
        few others), then purposes, then the other constraints.
        """
        categories, purposes = self.table("categories"), self.table("purposes")
        found: dict[int, int] = {}
        for index, rule in enumerate(self.rules):
            names, purposes_named = rule.categories, rule.purposes
            if not (names and purposes_named):
                continue
            mask = categories[names[0]]
            if len(names) > 1:
                for category in names[1:]:
                    mask &= categories[category]
            if mask.bit_count() < 2:
                continue
            for purpose in purposes_named:
                mask &= purposes[purpose]
            if mask.bit_count() < 2:
                continue
            mask &= self.constraint_supersets(rule)
            if mask.bit_count() > 1:
                found[index] = mask
        return found

    def table(self, field: str) -> dict[str, int]:
        """For every id some rule names in ``field``, the rules covering it."""
        found = self._tables.get(field)
        if found is None:
            masks = self._masks[field]
            found = self._tables[field] = {name: masks.match(name) for name in masks.listed}
        return found

    def constraint_supersets(self, rule: UseRule) -> int:
        """Rules whose subjects, recipients and regions are no narrower than ``rule``'s."""
        mask = self.everything
        masks = self._masks["subjects"]
        if not rule.subjects:
            mask &= masks.unconstrained
        for value in rule.subjects:
            mask &= masks.match(value)
        mask &= self._recipient_supersets(rule)
        if not rule.regions:
            return mask & self._regions.unconstrained
        for region in rule.regions:
            mask &= self._regions.match(region) if self._v2 else self._regions.match_exact(region)
        return mask

    def _recipient_supersets(self, rule: UseRule) -> int:
        """Rules covering every recipient ``rule`` covers (format 2: internal-only, ``*``)."""
        masks = self._masks["recipients"]
        if not self._v2:
            found = self.everything if rule.recipients else masks.unconstrained
            for value in rule.recipients:
                found &= masks.match(value)
            return found
        if ANY_RECIPIENT in rule.recipients:
            return masks.unconstrained
        if not rule.recipients:
            return masks.unconstrained | self._internal
        found = self.everything
        for value in rule.recipients:
            one = masks.match(value) & ~self._internal
            if self._engine.internal_below(value)[0]:
                one |= self._internal
            found &= one
        return found

    def same_scope(self, first: int, second: int) -> bool:
        """True when the two rules cover exactly the same requests."""
        return bool(self.supersets(first) >> second & 1 and self.supersets(second) >> first & 1)

    # -- overlap -----------------------------------------------------------------------------
    def overlapping(self, index: int, *, any_recipient: bool = False) -> int:
        """Rules that cover at least one request rule ``index`` also covers.

        ``any_recipient``: as if rule ``index`` covered every recipient (what would overlap
        were its recipients widened to ``*``).
        """
        found = self._overlaps.get((index, any_recipient))
        if found is None:
            found = self._overlaps[(index, any_recipient)] = self._overlapping(index, any_recipient)
        return found

    def _overlapping(self, index: int, any_recipient: bool) -> int:
        rule = self.rules[index]
        if not self.active(rule):
            return 0
        mask = self.everything
        for field in _FIELDS:
            values = getattr(rule, field)
            if field == "recipients" and any_recipient:
                continue
            if field == "recipients" and self._v2:
                mask &= self._recipient_overlap(values)
                continue
            if not values:
                continue
            found = 0 if field in ("categories", "purposes") else self._masks[field].unconstrained
            for value in values:
                found |= self.related(field, value)
            mask &= found
            if not mask:
                return 0
        if rule.regions:
            found = self._regions.unconstrained
            for region in rule.regions:
                found |= self._region_overlap(region) if self._v2 \
                    else self._regions.listed.get(region, 0)
            mask &= found
        return mask

    @property
    def format2(self) -> bool:
        """Whether the policy is read with format 2's meanings."""
        return self._v2

    def _recipient_overlap(self, values: list[str]) -> int:
        """Format 2: rules covering some recipient (or no recipient) that ``values`` cover."""
        key = tuple(values)
        found = self._recipient_cache.get(key)
        if found is None:
            found = self._recipient_cache[key] = self._recipient_overlap_of(values)
        return found

    def _recipient_overlap_of(self, values: list[str]) -> int:
        masks = self._masks["recipients"]
        if ANY_RECIPIENT in values:
            return self.everything
        if not values:  # internal use: rules for it, and rules naming internal recipients
            found = masks.unconstrained | self._internal
            for name, named in masks.listed.items():
                if self._engine.internal_below(name)[1]:
                    found |= named
            return found
        found = masks.unconstrained
        for value in values:
            found |= self.related("recipients", value) & ~self._internal
            if self._engine.internal_below(value)[1]:
                found |= self._internal
        return found

    def _region_overlap(self, region: str) -> int:
        """Format 2: rules naming a region that shares a place with ``region``."""
        found = self._region_cache.get(region)
        if found is None:
            found = self._region_cache[region] = self._region_overlap_of(region)
        return found

    def _region_overlap_of(self, region: str) -> int:
        catalogue = self._engine.regions
        places = {region, *catalogue.members(region)}
        within = set().union(*(catalogue.ancestors(p) for p in places))
        found = 0
        for name, named in self._regions.listed.items():
            if name in within or region in catalogue.ancestors(name) or any(
                    name in catalogue.ancestors(m) for m in catalogue.members(name)
                    if m in places or region in catalogue.ancestors(m)):
                found |= named
        return found

    def related(self, field: str, value: str) -> int:
        """Rules naming ``value``, an ancestor of it, or a descendant of it, in ``field``."""
        return (self._masks[field].match(value) & ~self._masks[field].unconstrained
                | self.below(field, value))

    def below(self, field: str, value: str) -> int:
        """Rules naming an id strictly below ``value`` in ``field``."""
        key = (field, value)
        found = self._below_masks.get(key)
        if found is None:
            listed = self._masks[field].listed
            found = 0
            for name in self._below_index(field).get(value, ()):
                found |= listed[name]
            self._below_masks[key] = found
        return found

    def _below_index(self, field: str) -> dict[str, list[str]]:
        """For each id, the named ids strictly below it."""
        index = self._below.get(field)
        if index is None:
            index = self._below[field] = {}
            for name in self._masks[field].listed:
                for ancestor in lineage(name)[1:]:
                    index.setdefault(ancestor, []).append(name)
        return index


def scopes(ctx: Context) -> Scopes:
    """The shared :class:`Scopes` of ``ctx``."""
    return ctx.shared("scopes", lambda c: Scopes(c, c.carried("scopes")))


def touching_edits(ctx: Context) -> int:
    """The rules edited since the version before, and every rule that may share a request.

    Two rules covering one (category, purpose) name categories on one line of descent (equal,
    above or below each other), and purposes too; a rule naming none so related to what an
    edited rule names, before or after, shares no request with it. After edits of rules'
    fields alone (:meth:`Context.carried`), what was worked out about any other rule from the
    rules covering its requests stands.
    """
    scope = scopes(ctx)
    found = 0
    for index, old, new in ctx.edited_rules():
        related = []
        for field in ("categories", "purposes"):
            mask = 0
            for name in {*getattr(old, field), *getattr(new, field)}:
                mask |= scope.related(field, name)
            related.append(mask)
        found |= 1 << index | related[0] & related[1]
    return found
