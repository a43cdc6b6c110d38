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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import product

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.ids import Hierarchy, lineage
from app.domain.models import Policy


@dataclass(frozen=True, slots=True)
class AllowedUse:
    """One use ``decide`` allows (with consent granted), with the rules and obligations of
    that answer."""

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
    """The allowed uses of one policy, derived from its decision engine (build once)."""

    def __init__(self, policy: Policy, engine: DecisionEngine | None = None,
                 categories: Hierarchy | None = None, purposes: Hierarchy | None = None) -> None:
        self.policy = policy
        self.engine = engine or DecisionEngine(policy)
        self.category_tree = categories or Hierarchy(c.id for c in policy.categories)
        self.purpose_tree = purposes or Hierarchy(p.id for p in policy.purposes)
        self._table: dict[str, dict[str, list[int]]] | None = None
        self._covering: dict[tuple[str, str], Sequence[int]] = {}
        self._opposed: set[tuple[str, str]] = set()
        self._expanded: dict[str, dict[str, tuple[str, ...]]] = {"c": {}, "p": {}}

    # -- pairs -------------------------------------------------------------------------------
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

    def _deny_lookup(self, field: str) -> dict[str, frozenset[int]]:
        """For each id named in ``field`` by a deny rule, those deny rules (positions)."""
        deny, indices = self.engine.deny_mask, self.engine.rule_indices
        return {name: frozenset(indices(mask & deny))
                for name, mask in self.engine.masks[field].listed.items() if mask & deny}

    def table(self) -> dict[str, dict[str, list[int]]]:
        """For every category with an allowed use, its purposes with one, each mapped to the
        positions of the allow rules taking part in allowing some use of the pair (in file
        order). Built once; treat as read-only."""
        if self._table is not None:
            return self._table
        engine, rules = self.engine, self.policy.rules
        found: dict[str, dict[str, list[int]]] = {}
        for index in engine.rule_indices(engine.allow_mask):
            rule = rules[index]
            if not (rule.categories and rule.purposes):
                continue
            purposes = self._expand("p", rule.purposes)
            for category in self._expand("c", rule.categories):
                row = found.get(category)
                if row is None:
                    row = found[category] = {}
                for purpose in purposes:
                    known = row.get(purpose)
                    if known is None:
                        row[purpose] = [index]
                    else:
                        known.append(index)
        deny_by_category = self._deny_lookup("categories")
        deny_by_purpose = self._deny_lookup("purposes")
        declared_categories = self.category_tree.declared_set
        odd_purposes = {p for row in found.values() for p in row} - self.purpose_tree.declared_set
        purpose_cache: dict[str, frozenset[int]] = {}
        opposed = self._opposed
        # Without a deny rule covering a pair, the allow rules found are all the rules
        # covering it, and each allows the use naming its own first subject, recipient and
        # region (or none): nothing can remove it. Elsewhere a deny rule may remove some of
        # the pair's uses (or a named id covers no declared one): ask the engine, use by use.
        for category, row in found.items():
            denying = _through_lineage(category, deny_by_category, {})
            if category not in declared_categories:
                opposed.update((category, purpose) for purpose in row)
            elif denying or odd_purposes:
                for purpose in row:
                    if purpose in odd_purposes:
                        opposed.add((category, purpose))
                        continue
                    against = purpose_cache.get(purpose)
                    if against is None:
                        against = _through_lineage(purpose, deny_by_purpose, purpose_cache)
                    if denying & against:
                        opposed.add((category, purpose))
        for category, purpose in opposed:
            taking_part: set[int] = set()
            for use in self.of_pair(category, purpose):
                taking_part.update(use.indices)
            row = found[category]
            if taking_part:
                row[purpose] = sorted(taking_part)
            else:
                del row[purpose]
        self._table = {category: row for category, row in found.items() if row}
        return self._table

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every (category, purpose) with at least one allowed use, in rule order."""
        for category, row in self.table().items():
            for purpose in row:
                yield category, purpose

    def unopposed(self, category: str, purpose: str) -> bool:
        """True when only allow rules cover the pair, so every value those rules name (as
        subject, recipient or region) has an allowed use."""
        key = (category, purpose)
        return key not in self._opposed and purpose in self.table().get(category, ())

    def rule_pairs(self, index: int) -> Iterator[tuple[str, str]]:
        """The (category, purpose) pairs rule ``index`` takes part in allowing some use of."""
        rule, table = self.policy.rules[index], self.table()
        purposes = self._expand("p", rule.purposes)
        for category in self._expand("c", rule.categories):
            row = table.get(category)
            if row:
                for purpose in purposes:
                    if index in row.get(purpose, ()):
                        yield category, purpose

    # -- uses --------------------------------------------------------------------------------
    def _named(self, covering: Sequence[int], field: str) -> list[str | None]:
        """``None`` and the values the rules ``covering`` name in ``field``, without repeats."""
        rules = self.policy.rules
        values: dict[str | None, None] = {None: None}
        for index in covering:
            values.update(dict.fromkeys(getattr(rules[index], field)))
        return list(values)

    def covering_rules(self, category: str, purpose: str) -> Sequence[int]:
        """Positions of the rules (allow and deny) whose categories and purposes cover the
        pair, in file order."""
        found = self._covering.get((category, purpose))
        if found is None and self.unopposed(category, purpose):
            return self.table()[category][purpose]
        if found is None:
            engine = self.engine
            found = self._covering[(category, purpose)] = tuple(
                engine.rule_indices(engine.pair_mask(category, purpose)))
        return found

    def of_pair(self, category: str, purpose: str) -> list[AllowedUse]:
        """The allowed uses of one (category, purpose)."""
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

    def uses(self, pairs: Iterable[tuple[str, str]] | None = None) -> Iterator[AllowedUse]:
        """Every allowed use (of ``pairs`` only, when given), pair by pair in rule order."""
        for key in self.pairs() if pairs is None else pairs:
            yield from self.of_pair(*key)

    def represent(self, request: Request) -> tuple[str, str, str | None, str | None,
                                                    str | None]:
        """The (category, purpose, subject, recipient, region) of the use that stands for
        ``request`` (same answer from ``decide``, see the module's docstring)."""
        covering = self.covering_rules(request.category, request.purpose)

        def nearest(field: str, value: str | None, exact: bool = False) -> str | None:
            if value is None:
                return None
            named = set(self._named(covering, field))
            return next((v for v in ((value,) if exact else lineage(value)) if v in named),
                        None)

        return (request.category, request.purpose, nearest("subjects", request.subject),
                nearest("recipients", request.recipient),
                nearest("regions", request.region, exact=True))


def _through_lineage(item: str, named: dict[str, frozenset[int]],
                     cache: dict[str, frozenset[int]]) -> frozenset[int]:
    """The rules of ``named`` naming ``item`` or one of its ancestors (cached)."""
    found = cache.get(item)
    if found is None:
        found = frozenset()
        for ancestor in lineage(item):
            found |= named.get(ancestor, frozenset())
        cache[item] = found
    return found


def allowed_uses(policy: Policy, engine: DecisionEngine | None = None) -> list[AllowedUse]:
    """Every use ``policy`` allows (see :class:`AllowedUses`)."""
    return list(AllowedUses(policy, engine).uses())
