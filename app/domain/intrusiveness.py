"""An explainable intrusiveness score for every allowed use.

A use is a combination ``decide`` allows (found by :mod:`app.domain.allowed`). Its
score adds transparent factors whose weights are passed in (the bundled ones live in
``resources/intrusiveness.yaml``, read by :mod:`app.storage.resources`); the
result lists each factor with its points, so a reviewer always sees why. It is a review aid,
not a verdict.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.domain import ids
from app.domain.allowed import AllowedUses
from app.domain.decisions import Request
from app.domain.enums import ConsentMechanism, ConsentState, PurposeKind, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import DataCategory, Policy, Purpose, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import RegionCatalogue

BANDS = ("low", "medium", "high", "critical")
_BAND_WORDS = {"low": QT_TRANSLATE_NOOP("intrusiveness", "low"),
               "medium": QT_TRANSLATE_NOOP("intrusiveness", "medium"),
               "high": QT_TRANSLATE_NOOP("intrusiveness", "high"),
               "critical": QT_TRANSLATE_NOOP("intrusiveness", "critical")}


def band_words(band: str) -> str:
    """The name of ``band`` (one of :data:`BANDS`) in the current language."""
    words = _BAND_WORDS.get(band)
    return translate("intrusiveness", words) if words else band


@dataclass(frozen=True)
class Factor:
    """One reason a score went up or down."""

    label: str
    points: float
    pattern: str = field(default="", compare=False)
    """The label's words with ``{what}`` for the value it names (marked for the catalogues)."""
    value: str = field(default="", compare=False)
    """The vocabulary value ``{what}`` stands for (its label is shown in other languages)."""


_DATA = QT_TRANSLATE_NOOP("intrusiveness", "{what} data")
_PURPOSE = QT_TRANSLATE_NOOP("intrusiveness", "{what} purpose")
_CONSENT = QT_TRANSLATE_NOOP("intrusiveness", "{what} consent")
_SHARED = QT_TRANSLATE_NOOP("intrusiveness", "shared with {what}")
_OBLIGATION = QT_TRANSLATE_NOOP("intrusiveness", "{what} obligation")
_SOLELY_AUTOMATED = QT_TRANSLATE_NOOP("intrusiveness", "solely automated decisions")
_PROFILING = QT_TRANSLATE_NOOP("intrusiveness", "profiling")
_SOLD_OR_SHARED = QT_TRANSLATE_NOOP("intrusiveness", "sold or shared")
_CHILDREN = QT_TRANSLATE_NOOP("intrusiveness", "children")
_VULNERABLE = QT_TRANSLATE_NOOP("intrusiveness", "vulnerable people")
_ANY_RECIPIENT = QT_TRANSLATE_NOOP("intrusiveness", "shared with any recipient")
_FIXED = frozenset({_SOLELY_AUTOMATED, _PROFILING, _SOLD_OR_SHARED, _CHILDREN, _VULNERABLE,
                    _ANY_RECIPIENT})
"""Factors without a value, by their label."""


def factor_words(factor: Factor) -> str:
    """``factor``'s label for people in the current language (English: the label itself).

    A factor of the weights file's own (a tactic's label) reads as written there.
    """
    if factor.pattern:
        words = translate("intrusiveness", factor.pattern)
        return factor.label if words == factor.pattern else words.format(what=label(factor.value))
    return translate("intrusiveness", factor.label) if factor.label in _FIXED else factor.label


def _named(pattern: str, value: str, english: str, points: float) -> Factor:
    """A factor whose label is ``pattern`` with ``english`` (the words of ``value``)."""
    return Factor(pattern.format(what=english), points, pattern, value)


@dataclass(frozen=True)
class Score:
    """A score (0..100), its band and the factors behind it."""

    value: float
    band: str
    factors: tuple[Factor, ...]

    def explain(self) -> str:
        """``62 (high): special category +35, advertising +25, ...``."""
        parts = ", ".join(f"{factor_words(f)} {f.points:+g}" for f in self.factors)
        return translate("intrusiveness", "{score} ({band}): {factors}").format(
            score=f"{self.value:g}", band=band_words(self.band), factors=parts)


@dataclass(frozen=True)
class Use:
    """One allowed use of the policy (an :class:`AllowedUse`) with its score."""

    category: str
    purpose: str
    subject: str | None
    recipient: str | None
    score: Score
    region: str | None = None
    consent: ConsentMechanism = ConsentMechanism.NONE
    rules: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()

    @property
    def rule(self) -> str:
        """The first of the allowing rules (by id)."""
        return self.rules[0] if self.rules else ""

    def request(self, consent: ConsentState = ConsentState.GRANTED) -> Request:
        """The request this use answers (consent granted unless told otherwise)."""
        return Request(self.category, self.purpose, self.subject, self.recipient, self.region,
                       consent)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``policy-studio review --json``."""
        return {
            "category": self.category, "purpose": self.purpose, "subject": self.subject,
            "recipient": self.recipient, "region": self.region,
            "consent": self.consent.value, "score": self.score.value, "band": self.score.band,
            "factors": [{"label": f.label, "points": f.points} for f in self.score.factors],
            "rules": list(self.rules), "obligations": list(self.obligations),
        }


@dataclass
class Weights:
    """Factor weights (the bundled ones are in ``resources/intrusiveness.yaml``)."""

    bands: dict[str, float]
    sensitivity: dict[str, float]
    tags: dict[str, float]
    purpose_kind: dict[str, float]
    consent: dict[str, float]
    subject: dict[str, float]
    recipient: dict[str, float]
    obligations: dict[str, float]
    tactics: list[dict[str, Any]] = field(default_factory=list)
    practices: dict[str, float] = field(default_factory=dict)
    """What a purpose says it does: ``solely_automated``, ``profiling``, ``sale_or_sharing``."""

    def band(self, value: float) -> str:
        """The band a score falls in."""
        found = BANDS[0]
        for name in BANDS:
            if value >= self.bands.get(name, 0):
                found = name
        return found


class Scorer:
    """Scores uses of one policy; parts are cached, so reviewing many uses stays fast."""

    def __init__(self, policy: Policy, weights: Weights) -> None:
        self.weights = weights
        self.categories = ids.by_id(policy.categories)
        self.purposes = ids.by_id(policy.purposes)
        self.subjects = ids.by_id(policy.subjects)
        self.recipients = ids.by_id(policy.recipients)
        self._pairs: dict[tuple[str, str], tuple[Factor, ...]] = {}
        self._alike: dict[tuple[object, ...], tuple[Factor, ...]] = {}
        self._nearest: dict[tuple[int, str], Any] = {}

    def _declared(self, table: dict[str, Any], item_id: str) -> Any | None:
        key = (id(table), item_id)
        if key not in self._nearest:
            self._nearest[key] = next((table[i] for i in ids.lineage(item_id) if i in table),
                                      None)
        return self._nearest[key]

    def pair_factors(self, category: str, purpose: str) -> tuple[Factor, ...]:
        """Factors from the category, the purpose and the tactics they combine into."""
        key = (category, purpose)
        found = self._pairs.get(key)
        if found is None:
            cat = self._declared(self.categories, category)
            use = self._declared(self.purposes, purpose)
            # The factors depend on the category's sensitivity and tags only, so categories
            # alike share them.
            alike = (None if cat is None else (str(cat.sensitivity), tuple(cat.tags)),
                     None if use is None else use.id)
            found = self._alike.get(alike)
            if found is None:
                found = self._alike[alike] = tuple(self._pair(cat, use))
            self._pairs[key] = found
        return found

    def _pair(self, cat: DataCategory | None, purpose: Purpose | None) -> Iterator[Factor]:
        w = self.weights
        if cat is not None:
            sensitivity = str(cat.sensitivity)
            yield _named(_DATA, sensitivity, sensitivity.replace("_", " "),
                         w.sensitivity[sensitivity])
            tag_points = sorted((w.tags.get(t, 0), str(t)) for t in cat.tags)[::-1]
            for rank, (points, tag) in enumerate(tag_points):
                if points:
                    share = points if rank == 0 else points / 2
                    yield _named(_DATA, tag, tag.replace("_", " "), share)
        if purpose is not None:
            kind_points = w.purpose_kind.get(purpose.kind, 0)
            if kind_points:
                yield _named(_PURPOSE, purpose.kind, purpose.kind.replace("_", " "),
                             kind_points)
            consent_points = w.consent.get(purpose.consent, 0)
            if consent_points:
                yield _named(_CONSENT, purpose.consent, purpose.consent.replace("_", "-"),
                             consent_points)
            yield from self._practices(purpose)
        if cat is not None and purpose is not None:
            for tactic in w.tactics:
                if purpose.kind not in tactic.get("purpose_kinds", ()):
                    continue
                tag_hit = set(tactic.get("tags", ())) & {str(t) for t in cat.tags}
                if tag_hit or cat.sensitivity in tactic.get("sensitivity", ()):
                    yield Factor(tactic["label"], tactic["points"])

    def _practices(self, purpose: Purpose) -> Iterator[Factor]:
        """Solely automated decisions, profiling and sale or sharing the purpose declares.

        Profiling and sale or sharing count only when the purpose's kind does not already say so.
        """
        points = self.weights.practices
        decisions = purpose.automated_decisions
        if decisions is not None and decisions.solely_automated:
            if points.get("solely_automated"):
                yield Factor(_SOLELY_AUTOMATED, points["solely_automated"])
        elif (decisions is not None and decisions.profiling
              and purpose.kind != PurposeKind.PROFILING and points.get("profiling")):
            yield Factor(_PROFILING, points["profiling"])
        if ((purpose.sale or purpose.sharing) and purpose.kind != PurposeKind.SALE_OR_SHARING
                and points.get("sale_or_sharing")):
            yield Factor(_SOLD_OR_SHARED, points["sale_or_sharing"])

    def score(self, category: str, purpose: str, subject: str | None = None,
              recipient: str | None = None, obligations: tuple[str, ...] = ()) -> Score:
        """Score one use."""
        w = self.weights
        factors = list(self.pair_factors(category, purpose))
        subj = self._declared(self.subjects, subject) if subject else None
        if subj is not None:
            if subj.children:
                factors.append(Factor(_CHILDREN, w.subject["children"]))
            elif subj.vulnerable:
                factors.append(Factor(_VULNERABLE, w.subject["vulnerable"]))
        rec: Recipient | None = self._declared(self.recipients, recipient) if recipient else None
        if recipient == ANY_RECIPIENT and rec is None and w.recipient:
            # Any recipient at all: as intrusive as the most intrusive kind could be.
            factors.append(Factor(_ANY_RECIPIENT, max(w.recipient.values())))
        if rec is not None and w.recipient.get(rec.kind, 0):
            factors.append(_named(_SHARED, rec.kind, rec.kind.replace("_", " "),
                                  w.recipient[rec.kind]))
        for obligation in sorted(set(obligations)):
            if w.obligations.get(obligation):
                factors.append(_named(_OBLIGATION, obligation, obligation,
                                      w.obligations[obligation]))
        value = max(0.0, min(100.0, sum(f.points for f in factors)))
        return Score(round(value, 1), w.band(value), tuple(factors))



def review(policy: Policy, weights: Weights, allowed: AllowedUses | None = None,
           regions: RegionCatalogue | None = None) -> list[Use]:
    """Every use ``decide`` allows (see :mod:`app.domain.allowed`), most intrusive first.

    ``regions``: the shipped region groups (``app.storage.resources.region_catalogue()``).
    """
    scorer = Scorer(policy, weights)
    allowed = allowed or AllowedUses(policy, regions=regions)
    uses = [Use(u.category, u.purpose, u.subject, u.recipient,
                scorer.score(u.category, u.purpose, u.subject, u.recipient, u.obligations),
                u.region, u.consent, u.rules, u.obligations)
            for u in allowed.uses()]
    uses.sort(key=lambda u: (-u.score.value, u.category, u.purpose, u.subject or "",
                             u.recipient or "", u.region or ""))
    return uses
