"""Decisions: may category ``c`` be used for purpose ``p`` about subject ``s``...?

The meaning is fixed by DESIGN section 2 and shared with every exported engine:

1. a rule *covers* a request when the category and purpose equal or descend from one of the
   rule's, and subjects/recipients/regions are open in the rule or match the request
   (subjects and recipients by equality or descent; regions by containment in format 2 and
   equality in format 1, see :mod:`app.domain.regions`). Recipients are open in a format 1
   rule that lists none; in format 2 such a rule covers internal use only (no recipient, or a
   recipient of kind ``internal``) and ``*`` opens it to any recipient;
2. any covering deny rule -> deny (``denied_by_rule``);
3. otherwise covering allow rules whose consent is satisfied -> allow, with the union of their
   obligations. Consent is judged by the mechanism of the requested purpose (its nearest
   declared ancestor-or-self; an undeclared purpose counts as opt-in): ``opt_in`` needs
   ``granted``, ``opt_out`` needs anything but ``denied``, ``none`` needs nothing. A request
   with ``gpc`` (the person's browser sent a Global Privacy Control signal) counts as a
   refusal of an ``opt_out`` purpose whose nearest declared ancestor-or-self has
   ``honours_gpc``, unless consent is ``granted`` (an explicit yes outweighs the signal);
4. covering allow rules exist but consent is not satisfied -> deny (``consent_missing``, or
   ``opted_out`` when the person said no to an opt-out purpose, by ``denied`` or by GPC);
5. nothing covers -> deny (``no_rule``).

An allowed answer carries the retention that applies (see :mod:`app.domain.retention`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import ConsentMechanism, ConsentState, Effect, RecipientKind
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage
from app.domain.models import Policy
from app.domain.region_codes import ANY_RECIPIENT, canonical_region
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.retention import RetentionIndex, RetentionInfo

_FIELDS = ("categories", "purposes", "subjects", "recipients", "regions")
"""The request fields the engine keeps rule masks for."""
ALLOWED = "allowed"
DENIED_BY_RULE = "denied_by_rule"
CONSENT_MISSING = "consent_missing"
OPTED_OUT = "opted_out"
NO_RULE = "no_rule"
REASON_TEXT = {
    ALLOWED: QT_TRANSLATE_NOOP("decision", "allowed by rule"),
    DENIED_BY_RULE: QT_TRANSLATE_NOOP("decision", "denied by rule"),
    CONSENT_MISSING: QT_TRANSLATE_NOOP("decision",
                                       "the purpose needs consent and none was granted"),
    OPTED_OUT: QT_TRANSLATE_NOOP("decision", "the person opted out of this purpose"),
    NO_RULE: QT_TRANSLATE_NOOP("decision", "no rule allows this use (default deny)"),
}
"""Why, in words, by reason (English; :func:`reason_words` gives them translated)."""


def reason_words(reason: str) -> str:
    """Why a decision came out as it did, in the current language (``reason``: its code)."""
    words = REASON_TEXT.get(reason)
    return translate("decision", words) if words else reason.replace("_", " ")


def gpc_opts_out(mechanism: ConsentMechanism, honours_gpc: bool) -> bool:
    """Whether a GPC signal counts as refusing a purpose with ``mechanism`` and ``honours_gpc``.

    Step 3 of the module's semantics (:meth:`DecisionEngine.decide` applies it inline, on its
    hot path): only an opt-out purpose honouring the signal; an opt-in one is refused anyway
    until the person agrees, one without consent cannot be refused.
    """
    return mechanism is ConsentMechanism.OPT_OUT and honours_gpc


@dataclass(frozen=True, slots=True)
class Request:
    """One question to the policy."""

    category: str
    purpose: str
    subject: str | None = None
    recipient: str | None = None
    region: str | None = None
    consent: ConsentState = ConsentState.UNKNOWN
    gpc: bool = False
    """The person's browser sent a Global Privacy Control signal."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Request:
        """Build from a JSON object with the keys of ``policy-studio decide``."""
        consent = data.get("consent") or "unknown"
        return cls(
            category=data["category"],
            purpose=data["purpose"],
            subject=data.get("subject") or None,
            recipient=data.get("recipient") or None,
            region=data.get("region") or None,
            consent=ConsentState(consent),
            gpc=data.get("gpc") is True,
        )


    def to_dict(self) -> dict[str, Any]:
        """The JSON request of ``policy-studio decide --requests`` (absent fields left out)."""
        data: dict[str, Any] = {"category": self.category, "purpose": self.purpose,
                                "consent": self.consent.value}
        for key in ("subject", "recipient", "region"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.gpc:
            data["gpc"] = True
        return data


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer: allow or deny, why, which rules, what must be done, how long it is kept."""

    decision: str
    reason: str
    rules: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()
    retention: RetentionInfo | None = None

    @property
    def allowed(self) -> bool:
        """True for an allow."""
        return self.decision == "allow"

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by the CLI and every engine export."""
        return {
            "decision": self.decision,
            "reason": self.reason,
            "rules": list(self.rules),
            "obligations": list(self.obligations),
            "retention": self.retention.to_dict() if self.retention else None,
        }


@dataclass
class RuleMasks:
    """Bit masks over the rules (bit i is rule i) for one kind of request field.

    Part of the engine's public, read-only API (see :attr:`DecisionEngine.masks`), shared with
    the checks for speed; only the engine adds to it.

    Attributes:
        listed: For every id some rule names in this field, the mask of the rules naming it.
        unconstrained: The mask of the rules that leave this field open.
    """

    listed: dict[str, int] = field(default_factory=dict)
    unconstrained: int = 0
    expand: Callable[[str], Iterable[str]] = lineage
    """The values a request's value counts as (ancestors by descent or containment)."""
    extra: Callable[[str | None], int] | None = None
    """Further rules accepting a value (format 2 recipients: internal-only rules)."""
    _cache: dict[str | None, int] = field(default_factory=dict, init=False, repr=False)

    def add(self, bit: int, values: list[str]) -> None:
        """Record that the rule ``bit`` names ``values`` (none: it leaves the field open)."""
        if not values:
            self.unconstrained |= bit
        for value in values:
            self.listed[value] = self.listed.get(value, 0) | bit

    def match(self, value: str | None) -> int:
        """Rules that accept ``value`` (by equality or descent) or do not constrain it."""
        found = self._cache.get(value)
        if found is not None:
            return found
        mask = self.unconstrained
        if value is not None:
            for key in self.expand(value):
                mask |= self.listed.get(key, 0)
        if self.extra is not None:
            mask |= self.extra(value)
        if len(self._cache) < 100_000:
            self._cache[value] = mask
        return mask

    def match_exact(self, value: str | None) -> int:
        """Rules that accept ``value`` by equality or do not constrain it."""
        found = self._cache.get(value)
        if found is None:
            found = self.unconstrained | (self.listed.get(value, 0) if value is not None else 0)
            if len(self._cache) < 100_000:
                self._cache[value] = found
        return found


class DecisionEngine:
    """Answers requests against one policy; build it once, ask many times.

    ``regions`` holds the shipped region groups (``app.storage.resources.region_catalogue()``);
    without it only ISO containment and the policy's own groups are known.
    """

    def __init__(self, policy: Policy, regions: RegionCatalogue | None = None) -> None:
        rules = policy.rules
        self._policy_rules = rules
        self.version = policy.format_version
        self.regions = (regions or NO_GROUPS).with_policy(policy)
        self._ids = [rule.id for rule in rules]
        self._obligations = [tuple(str(o) for o in rule.obligations) for rule in rules]
        self._categories, self._purposes = RuleMasks(), RuleMasks()
        self._subjects, self._recipients, self._regions = RuleMasks(), RuleMasks(), RuleMasks()
        self._internal_only = 0
        if self.version >= 2:
            self._recipients.extra = self._internal
        self._deny = self._allow = 0
        for index, rule in enumerate(rules):
            bit = 1 << index
            self._categories.add(bit, rule.categories)
            self._purposes.add(bit, rule.purposes)
            self._subjects.add(bit, rule.subjects)
            self._add_recipients(bit, rule.recipients)
            self._regions.add(bit, rule.regions)
            if rule.effect == Effect.DENY:
                self._deny |= bit
            else:
                self._allow |= bit
        # A rule with no categories or purposes covers nothing.
        self._categories.unconstrained = self._purposes.unconstrained = 0
        self._mechanisms: dict[str, ConsentMechanism] = {}
        self._gpc: dict[str, bool] = {}
        for purpose in policy.purposes:  # the first of a duplicated id counts, as in checks
            self._mechanisms.setdefault(purpose.id, purpose.consent)
            self._gpc.setdefault(purpose.id, purpose.honours_gpc)
        self._mechanism_cache: dict[str, ConsentMechanism] = {}
        self._pair_cache: dict[tuple[str, str], int] = {}
        self._sorted_obligations = [tuple(sorted(set(o))) for o in self._obligations]
        self._kinds: dict[str, RecipientKind] = {}
        for recipient in policy.recipients:
            self._kinds.setdefault(recipient.id, recipient.kind)
        self._subject_mask = self._subjects.match
        self._recipient_mask = self._recipients.match
        if self.version >= 2:
            self._regions.expand = self._region_ancestors
            self._region_mask = self._regions.match
        else:
            self._region_mask = self._v1_region_mask
        self.retention = RetentionIndex(policy)

    def patched(self, policy: Policy, changed: Iterable[int]) -> DecisionEngine:
        """The engine for ``policy``, built from this one's indexes.

        ``policy`` differs from this engine's only in fields of the rules at positions
        ``changed`` (the same rule ids in the same order, every other section equal). The
        masks of every field no changed rule differs in are reused.
        """
        engine = copy.copy(self)
        rules, before = policy.rules, self._policy_rules
        engine._policy_rules = rules
        engine._obligations, engine._sorted_obligations = (list(self._obligations),
                                                           list(self._sorted_obligations))
        fields: set[str] = set()
        for index in changed:
            old, new, bit = before[index], rules[index], 1 << index
            engine._deny &= ~bit
            engine._allow &= ~bit
            if new.effect == Effect.DENY:
                engine._deny |= bit
            else:
                engine._allow |= bit
            engine._obligations[index] = tuple(str(o) for o in new.obligations)
            engine._sorted_obligations[index] = tuple(sorted(set(engine._obligations[index])))
            fields.update(name for name in _FIELDS if getattr(old, name) != getattr(new, name))
        if fields & {"categories", "purposes"}:
            engine._pair_cache = {}
        for name in fields:
            engine._rebuild(name, rules)
        return engine

    def _rebuild(self, name: str, rules: list[Any]) -> None:
        """Index field ``name`` of ``rules`` afresh (the masks of the other fields stay)."""
        masks = RuleMasks()
        if name == "categories":
            self._categories = masks
        elif name == "purposes":
            self._purposes = masks
        elif name == "subjects":
            self._subjects = masks
            self._subject_mask = masks.match
        elif name == "recipients":
            self._recipients, self._internal_only = masks, 0
            if self.version >= 2:
                masks.extra = self._internal
            self._recipient_mask = masks.match
        else:
            self._regions = masks
            if self.version >= 2:
                masks.expand = self._region_ancestors
                self._region_mask = masks.match
            else:
                self._region_mask = self._v1_region_mask
        for index, rule in enumerate(rules):
            if name == "recipients":
                self._add_recipients(1 << index, rule.recipients)
            else:
                masks.add(1 << index, getattr(rule, name))
        if name in ("categories", "purposes"):
            masks.unconstrained = 0  # a rule with no categories or purposes covers nothing

    def _add_recipients(self, bit: int, values: list[str]) -> None:
        if self.version < 2:
            self._recipients.add(bit, values)
        elif not values:
            self._internal_only |= bit
        elif ANY_RECIPIENT in values:
            self._recipients.unconstrained |= bit
        else:
            self._recipients.add(bit, values)

    def _internal(self, recipient: str | None) -> int:
        return self._internal_only if recipient is None or self.is_internal(recipient) else 0

    def _v1_region_mask(self, region: str | None) -> int:
        return self._regions.match_exact(None if region is None else str(canonical_region(region)))

    def _region_ancestors(self, region: str) -> frozenset[str]:
        return self.regions.ancestors(str(canonical_region(region)))

    def is_internal(self, recipient: str) -> bool:
        """Whether ``recipient`` (or its nearest declared ancestor) is of kind internal."""
        return self.recipient_kind(recipient) is RecipientKind.INTERNAL

    @property
    def internal_only_mask(self) -> int:
        """Format 2: the rules without recipients (internal use only)."""
        return self._internal_only

    def internal_below(self, recipient: str) -> tuple[bool, bool]:
        """(every, some) recipient at or below ``recipient`` is internal (no recipient aside)."""
        below = [r for r in self._kinds if r.startswith(recipient + ".")]
        here = self.is_internal(recipient)
        inside = [self.is_internal(r) for r in below]
        return here and all(inside), here or any(inside)

    def recipient_kind(self, recipient: str) -> RecipientKind | None:
        """The kind of ``recipient``'s nearest declared ancestor-or-self, None if undeclared."""
        return next((self._kinds[r] for r in lineage(recipient) if r in self._kinds), None)

    def covering(self, request: Request) -> int:
        """Bit mask of the rules that cover ``request``."""
        pair = self._pair_cache.get((request.category, request.purpose))
        if pair is None:
            pair = self._pair_only(request.category, request.purpose)
        if not pair:
            return 0
        return (
            pair
            & self._subjects.match(request.subject)
            & self._recipient_mask(request.recipient)
            & self._region_mask(request.region)
        )

    @property
    def allow_mask(self) -> int:
        """Bit mask of the allow rules."""
        return self._allow

    @property
    def deny_mask(self) -> int:
        """Bit mask of the deny rules."""
        return self._deny

    def pair_mask(self, category: str, purpose: str) -> int:
        """Rules whose categories and purposes cover ``category`` and ``purpose``.

        Whatever their other constraints.
        """
        found = self._pair_cache.get((category, purpose))
        return self._pair_only(category, purpose) if found is None else found

    @property
    def masks(self) -> dict[str, RuleMasks]:
        """The :class:`RuleMasks` per request field, read-only.

        Keys are ``categories``, ``purposes``, ``subjects``, ``recipients`` and ``regions``.
        Together with :attr:`allow_mask`, :attr:`deny_mask` and :meth:`rule_indices` this is
        what the checks may read of the engine's indexes; nothing else is public.
        """
        return {"categories": self._categories, "purposes": self._purposes,
                "subjects": self._subjects, "recipients": self._recipients,
                "regions": self._regions}

    def field_mask(self, name: str, value: str | None) -> int:
        """Rules accepting ``value`` in request field ``name`` (subject, recipient or region).

        Exactly the mask :meth:`decide` uses for that field (format 1 regions by equality,
        format 2 by containment; format 2 internal-only rules for internal recipients).
        """
        if name == "subject":
            return self._subject_mask(value)
        if name == "recipient":
            return self._recipient_mask(value)
        if name == "region":
            return self._region_mask(value)
        raise ValueError(translate("decisions", "unknown request field '{name}'").format(
            name=name))

    def mechanism(self, purpose: str) -> ConsentMechanism:
        """Consent mechanism governing ``purpose`` (nearest declared ancestor-or-self)."""
        found = self._mechanism_cache.get(purpose)
        if found is None:
            found = next(
                (self._mechanisms[p] for p in lineage(purpose) if p in self._mechanisms),
                ConsentMechanism.OPT_IN,
            )
            if len(self._mechanism_cache) < 100_000:
                self._mechanism_cache[purpose] = found
        return found

    def honours_gpc(self, purpose: str) -> bool:
        """Whether ``purpose``'s nearest declared ancestor-or-self honours GPC as an opt-out."""
        return next((self._gpc[p] for p in lineage(purpose) if p in self._gpc), False)

    def decide(self, request: Request, *, with_retention: bool = True) -> Decision:
        """The decision for ``request``.

        Without ``with_retention`` an allow comes without its retention: same answer otherwise,
        cheaper when only the answer matters.
        """
        category, purpose = request.category, request.purpose
        pair = self._pair_cache.get((category, purpose))
        if pair is None:
            pair = self._pair_only(category, purpose)
        if not pair:
            return _NO_RULE
        covering = (pair & self._subject_mask(request.subject)
                    & self._recipient_mask(request.recipient)
                    & self._region_mask(request.region))
        if not covering:
            return _NO_RULE
        denying = covering & self._deny
        if denying:
            return Decision("deny", DENIED_BY_RULE, self.rule_ids(denying))
        allowing = covering & self._allow
        mechanism = self._mechanism_cache.get(purpose) or self.mechanism(purpose)
        consent = request.consent
        if mechanism is ConsentMechanism.OPT_IN and consent is not ConsentState.GRANTED:
            return Decision("deny", CONSENT_MISSING, self.rule_ids(allowing))
        if mechanism is ConsentMechanism.OPT_OUT and (
                consent is ConsentState.DENIED
                or (request.gpc and consent is not ConsentState.GRANTED
                    and self.honours_gpc(purpose))):
            return Decision("deny", OPTED_OUT, self.rule_ids(allowing))
        if allowing & (allowing - 1) == 0:  # a single rule: the common case
            index = allowing.bit_length() - 1
            ids: tuple[str, ...] = (self._ids[index],)
            obligations = self._sorted_obligations[index]
        else:
            found: set[str] = set()
            names = []
            for index in _bits(allowing):
                names.append(self._ids[index])
                found.update(self._obligations[index])
            ids, obligations = tuple(sorted(names)), tuple(sorted(found))
        return Decision("allow", ALLOWED, ids, obligations,
                        self.retention.lookup(category, purpose) if with_retention else None)

    def _pair_only(self, category: str, purpose: str) -> int:
        pair = self._categories.match(category) & self._purposes.match(purpose)
        if len(self._pair_cache) < 200_000:
            self._pair_cache[(category, purpose)] = pair
        return pair

    def rule_ids(self, mask: int) -> tuple[str, ...]:
        """Sorted ids of the rules in ``mask``."""
        return tuple(sorted(self._ids[index] for index in _bits(mask)))

    def rule_indices(self, mask: int) -> list[int]:
        """Positions of the rules in ``mask``, in file order."""
        return list(_bits(mask))


_NO_RULE = Decision("deny", NO_RULE)


def _bits(mask: int):  # type: ignore[no-untyped-def]
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def decide(policy: Policy, request: Request,
           regions: RegionCatalogue | None = None) -> Decision:
    """One-off decision (builds an engine; keep a :class:`DecisionEngine` for many)."""
    return DecisionEngine(policy, regions).decide(request)
