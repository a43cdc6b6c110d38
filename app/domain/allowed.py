"""Allowed uses: the one place that says which uses a policy allows, asked of the decision engine.

A *use* is a concrete combination (category, purpose, subject, recipient, region) that
:meth:`DecisionEngine.decide` allows **when the person has granted consent**. Consent is judged
that way because it is the most permissive state: a use of an opt-in purpose is allowed *with
consent*, one of an opt-out purpose *unless the person opted out*, one of a purpose without a
consent mechanism always; :attr:`AllowedUse.consent` says which (the mechanism ``decide``
applies). Deny rules never depend on consent, so a use a deny rule removes is never listed.

Which combinations are looked at:

- categories and purposes: the declared ids some allow rule covers; an id a rule names that
  covers no declared one stands for itself (paired only with what that rule names);
- subjects, recipients and regions: for one (category, purpose), the values the rules covering
  that pair name, plus ``None`` ("not singled out by any rule"). Any other request for the pair
  gets the same answer as one of these: its *representative* is its nearest ancestor-or-self
  that one of those rules names (the exact region for regions), or ``None``. So every request
  ``decide`` allows has its representative among the uses (see :meth:`AllowedUses.represent`).

In format 2 a request without recipient stands for internal use (and so for internal recipients
no rule names), ``*`` for any other recipient no rule names; a region stands for the smallest
named region containing it when the named regions containing either are the same (regions are
compared canonically, by containment).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import product
from typing import Any

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState, Effect, RecipientKind
from app.domain.ids import Hierarchy, lineage
from app.domain.models import Policy
from app.domain.region_codes import ANY_RECIPIENT, canonical_region
from app.domain.regions import RegionCatalogue


@dataclass(frozen=True, slots=True)
class AllowedUse:
    """One use ``decide`` allows (consent granted), with that answer's rules and obligations."""

    category: str
    purpose: str
    subject: str | None
    recipient: str | None
    region: str | None
    consent: ConsentMechanism
    """``opt_in``: allowed only with consent; ``opt_out``: unless the person opted out;
    ``none``: whatever the person said."""
    rules: tuple[str, ...]
    obligations: tuple[str, ...]
    indices: tuple[int, ...]
    """The positions of the allowing rules, in file order."""

    @property
    def consent_needed(self) -> bool:
        """True when the use is allowed only once the person has granted consent."""
        return self.consent is ConsentMechanism.OPT_IN

    def request(self, consent: ConsentState = ConsentState.GRANTED) -> Request:
        """The request this use answers."""
        return Request(self.category, self.purpose, self.subject, self.recipient, self.region,
                       consent)


class AllowedUses:
    """The allowed uses of one policy, derived from its decision engine (build once).

    Work is done per category, on first demand, so a check about a few categories never pays
    for the whole policy.
    """

    def __init__(self, policy: Policy, engine: DecisionEngine | None = None,
                 categories: Hierarchy | None = None, purposes: Hierarchy | None = None,
                 regions: RegionCatalogue | None = None) -> None:
        self.policy = policy
        self.engine = engine or DecisionEngine(policy, regions)
        self.category_tree = categories or Hierarchy(c.id for c in policy.categories)
        self.purpose_tree = purposes or Hierarchy(p.id for p in policy.purposes)
        self._rows: dict[str, dict[str, list[int]]] = {}
        self._covering: dict[tuple[str, str], Sequence[int]] = {}
        self._uses: dict[tuple[str, str], list[AllowedUse]] = {}
        self._expanded: dict[str, dict[str, tuple[str, ...]]] = {"c": {}, "p": {}}
        self._by_category: dict[str, list[int]] | None = None
        self._pairs: dict[int, list[tuple[str, str]]] = {}  # rule -> rule_pairs
        self._values: dict[tuple[int, str], list[str]] = {}  # (rule, field) -> rule_values
        self._purposes_of: dict[int, list[str]] = {}  # allow rule -> the purposes it covers
        self._odd: set[int] = set()  # allow rules naming a purpose that covers nothing declared
        self._deny: list[dict[str, frozenset[int]]] = []
        self._deny_cache: list[dict[str, frozenset[int]]] = [{}, {}]
        self._declared = (self.category_tree.declared_set, self.purpose_tree.declared_set)
        self._kept_category: Callable[[str], bool] = lambda _category: False

    def keep_from(self, previous: AllowedUses, changed: Iterable[int]) -> AllowedUses:
        """Take over ``previous``'s answers about the pairs the rules at ``changed`` never cover.

        ``previous`` is of a policy equal to this one but for the fields of the rules at
        positions ``changed`` (the same rule ids in the same order, every other section equal).
        Only rules covering a pair, by category and purpose, take part in its answers, so a
        pair neither version of a changed rule covers keeps its uses, a category neither
        covers keeps its row, and another rule keeps its pairs and values unless one of its
        categories and one of its purposes are both covered. Returns self.
        """
        before, after = previous.policy.rules, self.policy.rules
        edited = set(changed)
        named: tuple[set[str], set[str]] = (set(), set())
        for index in edited:
            for rule in (before[index], after[index]):
                named[0].update(rule.categories)
                named[1].update(rule.purposes)

        trees = (self.category_tree, self.purpose_tree)
        covered = tuple({c for name in names for c in tree.covered(name)}
                        for names, tree in zip(named, trees, strict=True))

        declared = self._declared  # not self: kept_category then holds no cycle through it

        def touched(kind: int, item: str) -> bool:
            if item in declared[kind]:
                return item in covered[kind]
            return not named[kind].isdisjoint(lineage(item))

        self._kept_category = lambda category: not touched(0, category)

        def touched_among(kind: int, items: set[str]) -> set[str]:
            """The touched ones of ``items`` (set operations for the declared ones)."""
            return (items & covered[kind]) | {item for item in items - declared[kind]
                                              if touched(kind, item)}

        self._rows = dict(previous._rows)
        for category in touched_among(0, set(self._rows)):
            del self._rows[category]
        for mine, theirs in ((self._uses, previous._uses), (self._covering, previous._covering)):
            hit = [touched_among(kind, {key[kind] for key in theirs}) for kind in (0, 1)]
            mine.update(theirs)  # type: ignore[arg-type]
            if len(hit[0]) * len(hit[1]) <= len(theirs):
                for key in product(*hit):
                    mine.pop(key, None)  # type: ignore[call-overload]
            else:
                for key in [k for k in theirs if k[0] in hit[0] and k[1] in hit[1]]:
                    del mine[key]  # type: ignore[arg-type]
        self._expanded = {kind: dict(cache) for kind, cache in previous._expanded.items()}
        if previous._by_category is not None:
            self._patch_index(previous, edited, named, touched)
        # what a rule takes part in comes from the answers about its pairs: it stands unless
        # one of its categories and one of its purposes are both covered by an edited rule
        redone = edited | self._touching(named, covered)
        self._pairs = dict(previous._pairs)
        self._values = dict(previous._values)
        for index in redone:
            self._pairs.pop(index, None)
            for field in type(after[index]).model_fields:
                self._values.pop((index, field), None)
        return self

    def _touching(self, named: tuple[set[str], set[str]], covered: tuple[set[str], ...]
                  ) -> set[int]:
        """Rules naming a category and a purpose that cover an id an edited rule covers.

        For :meth:`keep_from` (``named``: what the edited rules name, ``covered``: the declared
        ids they cover). A name covering declared ids covers a touched one when it is in the
        lineage of one; a name covering none stands for itself, touched when it is, or is
        below, a name an edited rule names.
        """
        masks = []
        for kind, (field, tree) in enumerate((("categories", self.category_tree),
                                              ("purposes", self.purpose_tree))):
            listed = self.engine.masks[field].listed
            names = {name for item in covered[kind] for name in lineage(item)}
            below = tuple(f"{name}." for name in named[kind])
            names.update(name for name in listed if (name in named[kind] or name.startswith(below))
                         and not tree.covered(name))
            mask = 0
            for name in names:
                mask |= listed.get(name, 0)
            masks.append(mask)
        return set(self.engine.rule_indices(masks[0] & masks[1]))

    def _patch_index(self, previous: AllowedUses, edited: set[int],
                     named: tuple[set[str], set[str]], touched: Callable[[int, str], bool]
                     ) -> None:
        """Take over ``previous``'s allow rules by category and deny tables, patched.

        Patched for the rules at ``edited`` (see :meth:`keep_from`; ``named``: the categories
        and purposes they name, before or after). Left to :meth:`rules_by_category` to build
        afresh when the categories' order could change (a category gains or loses its first
        allow rule).
        """
        by_category, purposes_of, odd = (dict(previous._by_category or {}),
                                         dict(previous._purposes_of), set(previous._odd))
        lists = (previous.policy.rules, self.policy.rules)
        scopes: set[str] = set()
        for index in edited:
            old, new = (self._allow_scope(rules[index]) for rules in lists)
            scopes.update(old, new)
            for category in old:
                found = by_category[category] = [i for i in by_category[category] if i != index]
                if not found or found[0] != previous._by_category[category][0]:
                    return
            for category in new:
                found = by_category.get(category)
                if found is None or found[0] > index:
                    return
                by_category[category] = sorted({*found, index})
            purposes_of.pop(index, None)
            odd.discard(index)
            if new:
                purposes = purposes_of[index] = self._expand("p", self.policy.rules[index].purposes)
                if any(p not in self._declared[1] for p in purposes):
                    odd.add(index)
        if any(by_category[c][0] in edited for c in scopes):
            return  # an edited rule first in a category: the order of its categories may change
        engine = self.engine
        self._deny = [dict(table) for table in previous._deny]
        for kind, field in enumerate(("categories", "purposes")):
            listed = engine.masks[field].listed
            for name in named[kind]:
                mask = listed.get(name, 0) & engine.deny_mask
                if mask:
                    self._deny[kind][name] = frozenset(engine.rule_indices(mask))
                else:
                    self._deny[kind].pop(name, None)
        self._deny_cache = [{item: rules for item, rules in cache.items()
                             if not touched(kind, item)}
                            for kind, cache in enumerate(previous._deny_cache)]
        self._by_category, self._purposes_of, self._odd = by_category, purposes_of, odd

    def _allow_scope(self, rule: Any) -> list[str]:
        """The categories allow rule ``rule`` covers (none for a deny rule or an empty one)."""
        if rule.effect == Effect.DENY or not (rule.categories and rule.purposes):
            return []
        return self._expand("c", rule.categories)

    def kept(self, category: str) -> bool:
        """True when :meth:`keep_from` found that no edited rule covers ``category``.

        Then whatever is derived from the uses of ``category`` alone stands (False without a
        version before).
        """
        return self._kept_category(category)

    # -- indexes -----------------------------------------------------------------------------
    def _expand(self, kind: str, names: list[str]) -> list[str]:
        """Declared ids the named ones cover; a name covering none stands for itself."""
        tree = self.category_tree if kind == "c" else self.purpose_tree
        cache = self._expanded[kind]
        found: list[str] = []
        for name in names:
            ids = cache.get(name)
            if ids is None:
                ids = cache[name] = tree.covered(name) or (name,)
            found.extend(ids)
        return found if len(names) < 2 else list(dict.fromkeys(found))

    def rules_by_category(self) -> dict[str, list[int]]:
        """For each category some allow rule covers, those rules (positions, file order)."""
        if self._by_category is None:
            engine, rules = self.engine, self.policy.rules
            by_category: dict[str, list[int]] = {}
            purposes_by_name: dict[str, tuple[list[str], bool]] = {}
            declared = self.purpose_tree.declared_set
            expand, purposes_of, odd = self._expand, self._purposes_of, self._odd
            for index, rule in enumerate(rules):  # the allow rules (the engine's allow mask)
                if rule.effect == Effect.DENY or not (rule.categories and rule.purposes):
                    continue
                for category in expand("c", rule.categories):
                    known = by_category.get(category)
                    if known is None:
                        by_category[category] = [index]
                    else:
                        known.append(index)
                names = rule.purposes
                if len(names) == 1 and names[0] in purposes_by_name:  # most rules: seen before
                    purposes_of[index], is_odd = purposes_by_name[names[0]]
                else:
                    purposes = expand("p", names)
                    is_odd = any(p not in declared for p in purposes)
                    purposes_of[index] = purposes
                    if len(names) == 1:
                        purposes_by_name[names[0]] = (purposes, is_odd)
                if is_odd:
                    odd.add(index)
            deny, indices = engine.deny_mask, engine.rule_indices
            self._deny = [{name: frozenset(indices(mask & deny))
                           for name, mask in engine.masks[field].listed.items() if mask & deny}
                          for field in ("categories", "purposes")]
            self._by_category = by_category
        return self._by_category

    def denying(self, kind: int, item: str) -> frozenset[int]:
        """Deny rules naming ``item`` or an ancestor of it.

        ``item`` is a category when ``kind`` is 0, a purpose when it is 1.
        """
        cache = self._deny_cache[kind]
        found = cache.get(item)
        if found is None:
            self.rules_by_category()
            named = self._deny[kind]
            found = frozenset()
            for ancestor in lineage(item):
                more = named.get(ancestor)
                if more:
                    found |= more
            cache[item] = found
        return found

    def unopposed(self, category: str, purpose: str) -> bool:
        """True when no deny rule covers a pair of declared ids.

        Then the allow rules covering it are all the rules covering it, and each allows the use
        naming its own first subject, recipient and region (or none), so every value they name has
        an allowed use.
        """
        if category not in self._declared[0] or purpose not in self._declared[1]:
            return False
        against = self.denying(0, category)
        return not (against and against & self.denying(1, purpose))

    # -- pairs -------------------------------------------------------------------------------
    def row(self, category: str) -> dict[str, list[int]]:
        """The purposes ``category`` has an allowed use for, with the rules taking part.

        Each purpose maps to the positions of the allow rules taking part in allowing some use of
        the pair (file order). Cached; treat as read-only.
        """
        found = self._rows.get(category)
        if found is not None:
            return found
        found = {}
        purposes_of = self._purposes_of
        for index in self.rules_by_category().get(category, ()):
            for purpose in purposes_of[index]:
                known = found.get(purpose)
                if known is None:
                    found[purpose] = [index]
                else:
                    known.append(index)
        declared = self._declared[1]
        if category not in self._declared[0]:
            opposed = list(found)
        else:
            against = self.denying(0, category)
            opposed = [p for p in found if p not in declared
                       or (against and against & self.denying(1, p))]
        for purpose in opposed:
            taking_part = self.taking_part(category, purpose)
            if taking_part:
                found[purpose] = taking_part
            else:
                del found[purpose]
        self._rows[category] = found
        return found

    def purposes_of(self, index: int) -> list[str]:
        """The purposes allow rule ``index`` covers (declared ones, or the named id itself)."""
        self.rules_by_category()
        return self._purposes_of.get(index, [])

    def taking_part(self, category: str, purpose: str) -> list[int]:
        """Positions of the allow rules taking part in some allowed use of the pair, in file order.

        The pair is one some allow rule covers; empty when no use of it is allowed.
        """
        if self.unopposed(category, purpose):
            return list(self.covering_rules(category, purpose))
        # A deny rule may remove some of the pair's uses (or an id is undeclared): ask the
        # engine, use by use.
        return sorted({i for use in self.of_pair(category, purpose) for i in use.indices})

    def categories(self) -> set[str]:
        """Categories with at least one allowed use."""
        self.rules_by_category()
        purposes_of, unopposed = self._purposes_of, self.unopposed
        found = set()
        for category, indices in self.rules_by_category().items():
            # Most pairs no deny rule covers settle it at once; otherwise ask the engine.
            if any(unopposed(category, p) for i in indices for p in purposes_of[i]) \
                    or self.row(category):
                found.add(category)
        return found

    def purposes(self) -> set[str]:
        """Purposes with at least one allowed use."""
        by_category = self.rules_by_category()
        purposes_of, unopposed = self._purposes_of, self.unopposed
        found: set[str] = set()
        doubtful: dict[str, None] = {}  # categories with a pair a deny rule may remove
        for category, indices in by_category.items():
            for index in indices:
                for purpose in purposes_of[index]:
                    if purpose not in found:
                        if unopposed(category, purpose):
                            found.add(purpose)
                        else:
                            doubtful[category] = None
        for category in doubtful:
            found.update(self.row(category))
        return found

    def odd_purposes(self, indices: list[int]) -> bool:
        """True when one of allow rules ``indices`` names a purpose covering no declared one."""
        self.rules_by_category()
        odd = self._odd
        return bool(odd) and any(i in odd for i in indices)

    def table(self) -> dict[str, dict[str, list[int]]]:
        """:meth:`row` of every category with an allowed use, in rule order."""
        return {category: row for category in self.rules_by_category()
                if (row := self.row(category))}

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every (category, purpose) with at least one allowed use, in rule order."""
        for category, row in self.table().items():
            for purpose in row:
                yield category, purpose

    def rule_pairs(self, index: int) -> Iterator[tuple[str, str]]:
        """The (category, purpose) pairs rule ``index`` takes part in allowing some use of."""
        found = self._pairs.get(index)
        if found is None:
            rule = self.policy.rules[index]
            purposes = self._expand("p", rule.purposes)
            found = self._pairs[index] = [
                (category, purpose) for category in self._expand("c", rule.categories)
                if (row := self.row(category))
                for purpose in purposes if index in row.get(purpose, ())]
        return iter(found)

    def rule_values(self, index: int, field: str,
                    purposes: set[str] | None = None) -> list[str]:
        """The values rule ``index`` names in ``field`` for which it takes part in allowing a use.

        ``field`` is ``subjects`` or ``recipients``; uses are of ``purposes`` only, when given.
        Cached when ``purposes`` is not given; treat as read-only.
        """
        if purposes is None:
            found = self._values.get((index, field))
            if found is None:
                found = self._values[(index, field)] = self._rule_values(index, field, None)
            return found
        return self._rule_values(index, field, purposes)

    def _rule_values(self, index: int, field: str, purposes: set[str] | None) -> list[str]:
        rule = self.policy.rules[index]
        values = getattr(rule, field)
        unopposed = self.unopposed
        if any(unopposed(category, purpose) for purpose in self.purposes_of(index)
               if purposes is None or purpose in purposes
               for category in self._expand("c", rule.categories)):
            return list(values)  # a pair it covers that no deny rule is in the way of
        attribute = field[:-1]
        found: set[str | None] = set()
        for key in self.rule_pairs(index):
            if purposes is not None and key[1] not in purposes:
                continue
            if self.unopposed(*key):
                return list(values)  # no deny rule in the way: the rule allows each of them
            found.update(getattr(use, attribute) for use in self.of_pair(*key)
                         if index in use.indices)
        return [v for v in values if v in found]

    # -- uses --------------------------------------------------------------------------------
    def _named(self, covering: Sequence[int], field: str) -> list[str | None]:
        """``None`` and the values the rules ``covering`` name in ``field``, without repeats."""
        rules = self.policy.rules
        values: dict[str | None, None] = {None: None}
        for index in covering:
            values.update(dict.fromkeys(getattr(rules[index], field)))
        if field == "recipients" and self.engine.version >= 2:
            values.pop(ANY_RECIPIENT, None)
            values[ANY_RECIPIENT] = None  # any recipient no rule names (not internal)
        return list(values)

    def covering_rules(self, category: str, purpose: str) -> Sequence[int]:
        """Positions of the rules (allow and deny) covering the pair by category and purpose.

        In file order.
        """
        found = self._covering.get((category, purpose))
        if found is None and self.unopposed(category, purpose):
            # No deny rule: the covering rules are the allow rules covering the pair.
            purposes_of = self._purposes_of
            found = self._covering[(category, purpose)] = [
                i for i in self.rules_by_category().get(category, ())
                if purpose in purposes_of[i]]
        if found is None:
            engine = self.engine
            found = self._covering[(category, purpose)] = tuple(
                engine.rule_indices(engine.pair_mask(category, purpose)))
        return found

    def of_pair(self, category: str, purpose: str) -> list[AllowedUse]:
        """The allowed uses of one (category, purpose) (cached; treat as read-only)."""
        key = (category, purpose)
        found = self._uses.get(key)
        if found is None:
            found = self._uses[key] = self._decide_pair(category, purpose)
        return found

    def _decide_pair(self, category: str, purpose: str) -> list[AllowedUse]:
        engine = self.engine
        covering = self.covering_rules(category, purpose)
        if not covering:
            return []
        mechanism = engine.mechanism(purpose)
        found = []
        combos = product(self._named(covering, "subjects"), self._named(covering, "recipients"),
                         self._named(covering, "regions"))
        allow = engine.allow_mask
        for subject, recipient, region in combos:
            request = Request(category, purpose, subject, recipient, region, ConsentState.GRANTED)
            answer = engine.decide(request, with_retention=False)
            if answer.allowed:
                indices = tuple(engine.rule_indices(engine.covering(request) & allow))
                found.append(AllowedUse(category, purpose, subject, recipient, region,
                                        mechanism, answer.rules, answer.obligations, indices))
        return found

    def reaches(self, category: str, purpose: str, field: str, value: str) -> bool:
        """Whether ``decide`` allows some use of the pair about or for ``value`` (consent granted).

        ``field`` is ``subjects`` or ``recipients``. A request naming ``value`` gets the answer
        of its representative (:meth:`represent`), whose value is ``value``'s nearest
        ancestor-or-self the covering rules name (or none, or ``*``), while the other fields
        range over what :meth:`of_pair` asks; so the answer is whether one of the pair's uses
        names that representative (the uses are worked out once per pair and shared).
        """
        if not self.covering_rules(category, purpose):
            return False
        uses = self.of_pair(category, purpose)
        if not uses:
            return False
        if field == "subjects":
            standing = self.represent(Request(category, purpose, value, None, None))[2]
            return any(use.subject == standing for use in uses)
        standing = self.represent(Request(category, purpose, None, value, None))[3]
        return any(use.recipient == standing for use in uses)

    def below(self, use: AllowedUse) -> list[str]:
        """Declared recipients below ``use``'s recipient that ``decide`` lets it reach.

        In file order. Rules cover recipients by descent, so a use naming ``partners`` also
        reaches a declared ``partners.adnet`` (unless a deny rule keeps it out), although the
        uses name only the recipients the rules name.
        """
        if use.recipient is None or use.recipient == ANY_RECIPIENT:
            return []
        return self._reaching(use, lambda r: r.id.startswith(f"{use.recipient}."))

    def anyone(self, use: AllowedUse) -> list[str]:
        """Declared recipients outside the organisation a ``*`` use reaches, in file order.

        ``*`` covers every recipient no deny rule keeps out, named by a rule or not (internal
        ones are the organisation's own use). Empty for any other use.
        """
        if use.recipient != ANY_RECIPIENT:
            return []
        return self._reaching(use, lambda r: r.kind is not RecipientKind.INTERNAL)

    def _reaching(self, use: AllowedUse, among: Callable[[Any], bool]) -> list[str]:
        """The declared recipients ``among`` accepts that ``decide`` lets ``use`` reach."""
        decide = self.engine.decide
        return [r.id for r in self.policy.recipients if among(r)
                and decide(replace(use.request(), recipient=r.id), with_retention=False).allowed]

    def uses(self, pairs: Iterable[tuple[str, str]] | None = None) -> Iterator[AllowedUse]:
        """Every allowed use (of ``pairs`` only, when given), pair by pair in rule order."""
        for key in self.pairs() if pairs is None else pairs:
            yield from self.of_pair(*key)

    def represent(self, request: Request) -> tuple[str, str, str | None, str | None,
                                                    str | None]:
        """The (category, purpose, subject, recipient, region) of the use standing for ``request``.

        Same answer from ``decide``, see the module's docstring.
        """
        covering = self.covering_rules(request.category, request.purpose)

        def nearest(field: str, value: str | None, exact: bool = False) -> str | None:
            if value is None:
                return None
            named = set(self._named(covering, field))
            return next((v for v in ((value,) if exact else lineage(value)) if v in named),
                        None)

        if self.engine.version < 2:
            return (request.category, request.purpose, nearest("subjects", request.subject),
                    nearest("recipients", request.recipient),
                    nearest("regions", request.region and str(canonical_region(request.region)),
                            exact=True))
        recipient = nearest("recipients", request.recipient)
        if recipient is None and request.recipient is not None \
                and not self.engine.is_internal(request.recipient):
            recipient = ANY_RECIPIENT
        return (request.category, request.purpose, nearest("subjects", request.subject),
                recipient, self._region_for(covering, request.region))

    def _region_for(self, covering: Sequence[int], region: str | None) -> str | None:
        """Format 2: the named region standing for ``region`` (see the module docstring)."""
        if region is None:
            return None
        named = {g for g in self._named(covering, "regions") if g is not None}
        regions = self.engine.regions
        within = regions.ancestors(str(canonical_region(region))) & named
        if not within:
            return None
        return min((g for g in within if regions.ancestors(g) & named == within),
                   key=lambda g: (len(regions.ancestors(g)) * -1, g), default=None)


def allowed_uses(policy: Policy, engine: DecisionEngine | None = None,
                 regions: RegionCatalogue | None = None) -> list[AllowedUse]:
    """Every use ``policy`` allows (see :class:`AllowedUses`; ``regions``: the shipped groups)."""
    return list(AllowedUses(policy, engine, regions=regions).uses())
