"""Shared, lazily computed facts about one policy that many checks need."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from operator import itemgetter
from typing import Any, TypeVar

from app.domain.allowed import AllowedUses
from app.domain.decisions import DecisionEngine
from app.domain.enums import Effect
from app.domain.ids import Hierarchy, by_id
from app.domain.intrusiveness import Scorer
from app.domain.jurisdictions import JurisdictionInfo, transfer_regimes
from app.domain.models import (
    DataCategory,
    DataSubject,
    Policy,
    Purpose,
    Recipient,
    UseRule,
)
from app.domain.regions import RegionCatalogue
from app.domain.retention import RetentionIndex
from app.domain.sections import METADATA, RETENTION, RULES
from app.storage.resources import default_jurisdictions, default_weights, region_catalogue
from app.validation.allowed_again import categories_again, purposes_again
from app.validation.catalogue import DECISIONS, METADATA_PROSE, PROSE
from app.validation.changes import ANY_FIELD, Changes

T = TypeVar("T")

_REUSABLE = ("engine", "allowed", "allow_mask", "scorer", "allowed_categories",
             "allowed_purposes")
_REUSABLE_SHARED = ("receivers", "category_facets", "scopes", "worst_uses:", "allowed_uses",
                    "rule_hits:")
"""The :meth:`Context.shared` indexes built only from the decision inputs (others rebuild)."""
_RULE_MEMOS = ("consent_regions", "names", "use_hits")
"""The :meth:`Context.shared` memos of checks that :meth:`Context.carried` hands over after
edits of rules' fields, kept also through edits that leave the decisions alone (the last two
only while no item is renamed: they hold items' names)."""
_PROSE_MEMOS = ("dpia_hits",)
"""The :meth:`Context.shared` memos of checks that read all but the prose, kept through edits
of prose alone (those checks do not rerun then, so the next edit still finds their memo)."""
_BY_SECTION = {"categories": ("categories", "category_tree"),
               "purposes": ("purposes", "purpose_tree"), "subjects": ("subjects", "subject_tree"),
               "recipients": ("recipients", "recipient_tree"),
               "rules": ("allow_rules", "deny_rules")}
"""What the items of one section alone make, taken over while the section is unchanged."""
_BY_SECTION_SHARED = {"categories": ("category_facets", "profiles:categories"),
                      "purposes": ("profiles:purposes",)}
"""Likewise, :meth:`Context.shared` indexes."""
_MEMO = "memo:"
"""The prefix of the :meth:`Context.memo` tables among the shared indexes."""
_DECISIONS = frozenset(token for token in DECISIONS if not token.endswith(".name"))
"""What the reusable indexes are built from: :data:`DECISIONS` but the items' names."""
_DECISION_SECTIONS = frozenset(token.split(".")[0] for token in DECISIONS)
_WHOLE = frozenset(token for token in DECISIONS if "." not in token)


class Context:
    """What the checks look at: the policy plus indexes built once, on first use."""

    def __init__(self, policy: Policy, *, today: dt.date | None = None,
                 declared_digest: str | None = None) -> None:
        self.policy = policy
        self.today = today or dt.date.today()
        self.declared_digest = declared_digest
        self._shared: dict[str, Any] = {}
        self._positions: dict[str, dict[str, int]] = {}
        self.rules_edited: list[int] = []
        """Positions of the rules edited since the version before (see :meth:`carried`)."""
        self.rule_fields_edited: frozenset[str] = frozenset()
        """The fields of rules edited since the version before, when nothing else of what
        decisions are built from was (see :meth:`carried`)."""
        self._carried: dict[str, Any] = {}
        """The version before's shared indexes, after edits of rules' fields alone."""
        self._memos: dict[str, dict[int, Any]] = {}
        """The version before's :meth:`memo` tables."""
        self._kept: tuple[AllowedUses, list[int]] | None = None
        """The allowed uses of the version before and the rules edited since (see reuse)."""
        self._rules_before: list[UseRule] = []
        """The version before's rules, after edits of rules' fields alone."""
        self._found_before: dict[str, set[str]] = {}
        """The version before's allowed categories and purposes, after edits of rules' fields
        alone (see :mod:`app.validation.allowed_again`)."""

    def reuse(self, previous: Context, changed: Changes) -> None:
        """Take over ``previous``'s expensive indexes when ``changed`` leaves their inputs alone.

        The decision engine, the allowed uses, the scorer and every :meth:`shared` index are
        built from :data:`~app.validation.catalogue.DECISIONS` (and the shipped resources);
        any change to the metadata but its title and description rebuilds them, to be safe.
        They keep pointing at the previous version's items, which differ from this one's at
        most in names and descriptions. After an edit of the retention rules the engine is
        copied with the new rules' retention index (nothing else in it reads them). After edits
        of rules' fields alone, the scorer is kept and the allowed uses keep what they can.
        """
        if changed.everything:
            return
        self.keep_memos(previous)
        self._keep_sections(previous)
        decisive = [(section, name) for section, name in changed.fields
                    if (section == METADATA and name not in METADATA_PROSE)
                    or section in _WHOLE or f"{section}.{name}" in _DECISIONS
                    or (name == ANY_FIELD and section in _DECISION_SECTIONS)]
        if decisive:
            if all(section == RULES and name not in (ANY_FIELD, "id")
                   for section, name in decisive):
                self._reuse_for_rules(previous, changed)
            return
        kept = previous.__dict__
        for name in _REUSABLE:
            if name in kept:
                self.__dict__[name] = kept[name]
        self._shared.update((key, value) for key, value in previous._shared.items()
                            if key.startswith(_REUSABLE_SHARED))
        renamed = any(name in ("name", ANY_FIELD) for _, name in changed.fields)
        if all(name in (METADATA_PROSE if section == METADATA else PROSE)
               for section, name in changed.fields):
            self._shared.update((key, previous._shared[key]) for key in _PROSE_MEMOS
                                if key in previous._shared)
        for key in _RULE_MEMOS if not renamed else _RULE_MEMOS[:1]:
            found = previous._shared.get(key, previous._carried.get(key))
            if found is not None:
                self._shared[key] = found
        engine = self.__dict__.get("engine")
        if engine is not None and RETENTION in changed.sections:
            engine = self.__dict__["engine"] = copy.copy(engine)
            engine.retention = RetentionIndex(self.policy)

    def keep_memos(self, previous: Context) -> None:
        """Take over ``previous``'s :meth:`memo` tables: results about single items stand."""
        self._memos = {key: value for key, value in previous._shared.items()
                       if key.startswith(_MEMO)}

    def _keep_sections(self, previous: Context) -> None:
        """Take over what a section the edit left alone (the very same list) makes on its own."""
        kept = previous.__dict__
        for section, names in _BY_SECTION.items():
            if getattr(previous.policy, section) is getattr(self.policy, section):
                self.__dict__.update((name, kept[name]) for name in names if name in kept)
                if section in previous._positions:
                    self._positions[section] = previous._positions[section]
                for key in _BY_SECTION_SHARED.get(section, ()):
                    if key in previous._shared:
                        self._shared[key] = previous._shared[key]

    def _patch_rule_lists(self, previous: Context, edited: list[int]) -> None:
        """:attr:`allow_mask` and :attr:`deny_rules` of the version before, for ``edited``."""
        kept, rules = previous.__dict__, self.policy.rules
        if "allow_mask" in kept:
            mask = kept["allow_mask"]
            for index in edited:
                rule = rules[index]
                mask &= ~(1 << index)
                if rule.effect == Effect.ALLOW and rule.categories and rule.purposes:
                    mask |= 1 << index
            self.__dict__["allow_mask"] = mask
        if "deny_rules" in kept:
            deny = list(kept["deny_rules"])
            for index in edited:
                at = bisect.bisect_left(deny, index, key=itemgetter(0))
                if at < len(deny) and deny[at][0] == index:
                    del deny[at]
                if rules[index].effect == Effect.DENY:
                    deny.insert(at, (index, rules[index]))
            self.__dict__["deny_rules"] = deny

    def _reuse_for_rules(self, previous: Context, changed: Changes) -> None:
        """After edits of some rules' fields (no rule added, removed, moved or renamed).

        The scorer reads no rule; the engine is patched (:meth:`DecisionEngine.patched`) and
        the allowed uses keep what the edited rules do not cover (:meth:`AllowedUses.keep_from`).
        """
        kept = previous.__dict__
        if "scorer" in kept:
            self.__dict__["scorer"] = kept["scorer"]
        edited = [i for i, (old, new) in enumerate(zip(previous.policy.rules, self.policy.rules,
                                                       strict=True)) if old is not new]
        if "engine" in kept:
            engine = self.__dict__["engine"] = kept["engine"].patched(self.policy, edited)
            if RETENTION in changed.sections:
                engine.retention = RetentionIndex(self.policy)
        if "allowed" in kept:
            self._kept = (kept["allowed"], edited)
        self._patch_rule_lists(previous, edited)
        self._found_before = {name: kept[name] for name in ("allowed_categories",
                                                            "allowed_purposes") if name in kept}
        self._carried = previous._shared
        self._rules_before = previous.policy.rules
        self.rules_edited = edited
        self.rule_fields_edited = frozenset(name for section, name in changed.fields
                                            if section == RULES)

    def carried(self, key: str) -> Any:
        """The version before's :meth:`shared` index ``key``, or None.

        Only after edits of rules' fields alone (:attr:`rule_fields_edited`);
        :meth:`AllowedUses.kept` says what of it stands.
        """
        return self._carried.get(key)

    def edited_rules(self) -> list[tuple[int, UseRule, UseRule]]:
        """(position, version before, this version) of each rule in :attr:`rules_edited`."""
        return [(index, self._rules_before[index], self.policy.rules[index])
                for index in self.rules_edited]

    def purposes_edited(self) -> set[str]:
        """Declared purposes the rules edited since the version before cover, before or after.

        After edits of rules' fields alone (:meth:`carried`), only uses of these purposes can
        be allowed or denied differently: a rule takes part only in decisions it covers.
        """
        found: set[str] = set()
        for index in self.rules_edited:
            for rules in (self._rules_before, self.policy.rules):
                for name in rules[index].purposes:
                    found.update(self.purpose_tree.covered(name))
        return found

    def memo(self, key: str) -> tuple[dict[int, Any], dict[int, Any]]:
        """This version's and the version before's table ``key`` of results about single items.

        Keyed by ``id(item)``, each value holding the item itself first so that its id stays
        its own: an item the snapshots share between versions is the very same, unchanged,
        object (see :mod:`app.validation.changes`), so a result worked out from it alone
        stands. Fill this version's table with what a check uses, so it holds no more.
        """
        key = _MEMO + key
        return self._shared.setdefault(key, {}), self._memos.get(key, {})

    def shared(self, key: str, build: Callable[[Context], T]) -> T:
        """The index ``build(self)`` computes, built once and shared by every check asking."""
        if key not in self._shared:
            self._shared[key] = build(self)
        return self._shared[key]  # type: ignore[no-any-return]

    # -- items by id (the first of each id; duplicates are a finding of their own) -------------
    @cached_property
    def categories(self) -> dict[str, DataCategory]:
        """Declared categories by id."""
        return by_id(self.policy.categories)

    @cached_property
    def purposes(self) -> dict[str, Purpose]:
        """Declared purposes by id."""
        return by_id(self.policy.purposes)

    @cached_property
    def subjects(self) -> dict[str, DataSubject]:
        """Declared subjects by id."""
        return by_id(self.policy.subjects)

    @cached_property
    def recipients(self) -> dict[str, Recipient]:
        """Declared recipients by id."""
        return by_id(self.policy.recipients)

    def positions(self, section: str) -> dict[str, int]:
        """The position of the first item with each id in ``section``."""
        found = self._positions.get(section)
        if found is None:
            found = self._positions[section] = {}
            for index, item in enumerate(getattr(self.policy, section)):
                found.setdefault(item.id, index)
        return found

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

    @cached_property
    def recipient_tree(self) -> Hierarchy:
        """Declared recipient ids, indexed by hierarchy."""
        return Hierarchy(self.recipients)

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
        return DecisionEngine(self.policy, region_catalogue())

    @cached_property
    def scorer(self) -> Scorer:
        """The intrusiveness scorer for this policy."""
        return Scorer(self.policy, default_weights())

    def rule_categories(self, rule: UseRule) -> list[DataCategory]:
        """Declared categories a rule covers (the named ones and their descendants)."""
        return [self.categories[c] for c in self.category_tree.covered_by_any(rule.categories)]

    @cached_property
    def allow_mask(self) -> int:
        """Allow rules that cover something (they name categories and purposes)."""
        mask = self.engine.allow_mask
        for index, rule in self.allow_rules:
            if not (rule.categories and rule.purposes):
                mask &= ~(1 << index)
        return mask

    # -- allowed uses (what ``decide`` allows; see app.domain.allowed) ------------------------
    @cached_property
    def allowed(self) -> AllowedUses:
        """The policy's allowed uses, derived from :attr:`engine`."""
        found = AllowedUses(self.policy, self.engine, self.category_tree, self.purpose_tree)
        if self._kept is not None:
            found.keep_from(*self._kept)
            self._kept = None  # the version before can go
        return found

    @cached_property
    def allowed_categories(self) -> set[str]:
        """Categories with at least one allowed use."""
        before = self._found_before.get("allowed_categories")
        return self.allowed.categories() if before is None else categories_again(self, before)

    @cached_property
    def allowed_purposes(self) -> set[str]:
        """Purposes with at least one allowed use."""
        before = self._found_before.get("allowed_purposes")
        return self.allowed.purposes() if before is None else purposes_again(self, before)

    # -- rule masks (bit i stands for rule i, as in the decision engine) ----------------------
    def category_mask(self, categories: Iterable[str]) -> int:
        """Rules that cover any of ``categories`` (each equal to or below a rule's category)."""
        match = self.engine.masks["categories"].match
        mask = 0
        for category in categories:
            mask |= match(category)
        return mask

    def purpose_mask(self, purposes: Iterable[str]) -> int:
        """Rules that cover any of ``purposes`` (each equal to or below a rule's purpose)."""
        match = self.engine.masks["purposes"].match
        mask = 0
        for purpose in purposes:
            mask |= match(purpose)
        return mask

    def rules_in(self, mask: int) -> Iterator[tuple[int, UseRule]]:
        """(position, rule) of every rule in ``mask``, in file order."""
        rules = self.policy.rules
        return ((i, rules[i]) for i in self.engine.rule_indices(mask))

    # -- jurisdictions ---------------------------------------------------------------------
    @cached_property
    def jurisdictions(self) -> list[JurisdictionInfo]:
        """What the policy's jurisdictions mean for transfers."""
        known = default_jurisdictions()
        return [known[str(j)] for j in self.policy.policy.jurisdictions if str(j) in known]

    @cached_property
    def transfer_regimes(self) -> list[JurisdictionInfo]:
        """The regimes whose transfer rules apply (see :func:`transfer_regimes`)."""
        return transfer_regimes(self.policy, default_jurisdictions(), self.regions)

    @cached_property
    def regions(self) -> RegionCatalogue:
        """The shipped region groups plus the policy's own."""
        return region_catalogue().with_policy(self.policy)
