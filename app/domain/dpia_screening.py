"""DPIA screening: which of the EDPB's criteria each purpose meets, from what the policy says.

The criteria are those of the EDPB-endorsed WP248 rev.01 guidelines on data protection impact
assessments (GDPR Art. 35), with transfers outside the area of the controller's law added as
several regulators' lists do. A purpose meeting :data:`REQUIRED_AT` of them likely needs a DPIA.

What the purpose processes, about whom and for whom is what the decision engine allows for it
(:class:`app.domain.allowed.AllowedUses`, consent granted): a sensitive category counts only
when some use of it for the purpose is allowed, a vulnerable group of people only when the
engine allows a use about them, a recipient abroad only when it allows sharing with it. What the
rules cannot tell (monitoring, scale, matching data sets, new technology, barring a right or a
service) the purpose records in its screening (:class:`app.domain.models.DpiaScreening`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.allowed import AllowedUses
from app.domain.enums import (
    DpiaState,
    PurposeKind,
    RecipientKind,
    Safeguard,
    Sensitivity,
    Tag,
    label,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage, shown_name
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import DataSubject, Policy, Purpose, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.transfers import Judgement, Standing, judge, transfers, where
from app.domain.typography import labelled, semicolons

REQUIRED_AT = 2
"""WP248: a processing meeting two criteria will in most cases need a DPIA."""
ADULT_AGE = 18
"""Below this age people are children (UN Convention on the Rights of the Child)."""
CRITERIA: dict[str, str] = {
    "sensitive": QT_TRANSLATE_NOOP("dpia screening", "sensitive or highly personal data"),
    "vulnerable": QT_TRANSLATE_NOOP("dpia screening", "vulnerable people or children"),
    "scoring": QT_TRANSLATE_NOOP("dpia screening", "evaluation or scoring"),
    "automated": QT_TRANSLATE_NOOP(
        "dpia screening", "automated decisions with legal or similarly significant effect"),
    "monitoring": QT_TRANSLATE_NOOP("dpia screening", "systematic monitoring"),
    "large_scale": QT_TRANSLATE_NOOP("dpia screening", "large scale"),
    "matching": QT_TRANSLATE_NOOP("dpia screening", "matching or combining data sets"),
    "innovative": QT_TRANSLATE_NOOP("dpia screening", "innovative technology"),
    "transfer": QT_TRANSLATE_NOOP("dpia screening", "transfers without an adequacy decision"),
    "blocks_rights": QT_TRANSLATE_NOOP(
        "dpia screening", "preventing people from exercising a right or using a service"),
}
"""Every criterion, by key, in words (in the order of the guidelines, transfers added)."""
_SCREENED = ("monitoring", "large_scale", "matching", "innovative", "blocks_rights")
"""Criteria the purpose's screening answers (a field of the same name)."""
_HIGHLY_PERSONAL = frozenset({Tag.PRECISE_LOCATION, Tag.BIOMETRIC, Tag.HEALTH, Tag.GENETIC})
"""Tags of data highly personal whatever its recorded sensitivity (WP248 criterion 4). Other
data counts by its sensitivity: financial or communications data the policy calls personal
(an invoice, an order email) is not singled out, or every shop would need an assessment."""
_OPEN = QT_TRANSLATE_NOOP("dpia screening", ", under rules open to anyone")
"""Said of people no allow rule for the purpose names, reached through rules open to all."""
_DOCUMENTED = frozenset({DpiaState.IN_PROGRESS, DpiaState.DONE})
_SENSITIVITY_WORDS = {Sensitivity.SENSITIVE: QT_TRANSLATE_NOOP("dpia screening", "sensitive"),
                      Sensitivity.SPECIAL_CATEGORY: QT_TRANSLATE_NOOP("dpia screening",
                                                                      "special category"),
                      Sensitivity.CRIMINAL: QT_TRANSLATE_NOOP("dpia screening",
                                                              "criminal offence data")}


@dataclass(frozen=True)
class Criterion:
    """One criterion a purpose meets, with what in the policy triggered it."""

    key: str
    reason: str

    @property
    def title(self) -> str:
        """The criterion in words, e.g. ``systematic monitoring``."""
        return translate("dpia screening", CRITERIA[self.key])

    def words(self) -> str:
        """``systematic monitoring (the purpose records it)``."""
        return f"{self.title} ({self.reason})"


def documented(purpose: Purpose) -> bool:
    """Whether the purpose's DPIA is in progress or done, with a reference to it."""
    dpia = purpose.dpia
    return dpia is not None and dpia.status in _DOCUMENTED and bool(dpia.reference.strip())


def required(found: Sequence[Criterion]) -> bool:
    """Whether the criteria ``found`` make a DPIA likely required."""
    return len(found) >= REQUIRED_AT


class Screening:
    """Screens the purposes of one policy (build once, ask per purpose).

    ``regimes`` are the transfer rules binding the controller
    (:func:`app.domain.jurisdictions.transfer_regimes`), ``regions`` the region catalogue.
    """

    def __init__(self, policy: Policy, allowed: AllowedUses,
                 regimes: Sequence[JurisdictionInfo], regions: RegionCatalogue) -> None:
        self.policy = policy
        self.allowed = allowed
        self.regimes = regimes
        self.regions = regions
        self._categories: dict[str, list[str]] = {}
        self._complete = False
        """True when :attr:`_categories` holds every purpose with an allowed use."""
        self._position: dict[str, int] | None = None
        self._why_sensitive: dict[str, str] | None = None
        self._accepting: dict[tuple[str, str], int] = {}
        self._abroad: list[tuple[Recipient, list[Judgement]]] | None = None

    def keep_category_tables(self, other: Screening) -> None:
        """Take over ``other``'s tables made from the categories alone, if they are the same.

        The very same list of categories (a copy-on-write snapshot shares what was not edited).
        """
        if other.policy.categories is self.policy.categories:
            self._position = other._position
            self._why_sensitive = other._why_sensitive

    def categories(self, purpose_id: str) -> list[str]:
        """The categories with an allowed use for ``purpose_id``, in the file's order.

        (Undeclared ids some rule names follow, in rule order.) Only the categories of the
        allow rules covering the purpose are looked at.
        """
        found = self._categories.get(purpose_id)
        if found is None and self._complete:
            return []
        if found is None:
            allowed = self.allowed
            engine, tree = allowed.engine, allowed.category_tree
            rules = self.policy.rules
            candidates: dict[str, None] = {}
            for index in engine.rule_indices(engine.allow_mask
                                             & engine.masks["purposes"].match(purpose_id)):
                for name in rules[index].categories:
                    candidates.update(dict.fromkeys(tree.covered(name) or (name,)))
            position, last = self._positions(), len(self.policy.categories)
            found = sorted((c for c in candidates if purpose_id in allowed.row(c)),
                           key=lambda c: position.get(c, last))
            self._categories[purpose_id] = found
        return found

    def screen_all(self) -> None:
        """Work out every purpose's categories at once, from the allowed pairs in one pass.

        Cheaper than :meth:`categories` purpose by purpose when most purposes are asked.
        """
        found: dict[str, list[str]] = {}
        for category, purpose in self.allowed.pairs():
            found.setdefault(purpose, []).append(category)
        position, last = self._positions(), len(self.policy.categories)
        for categories in found.values():
            categories.sort(key=lambda c: position.get(c, last))
        self._categories, self._complete = found, True

    def _positions(self) -> dict[str, int]:
        if self._position is None:
            self._position = {c.id: i for i, c in reversed(list(enumerate(self.policy.categories)))}
        return self._position

    def criteria(self, purpose: Purpose) -> list[Criterion]:
        """The criteria ``purpose`` meets, in :data:`CRITERIA` order."""
        categories = self.categories(purpose.id)
        found = [Criterion(key, reason) for key, reason in (
            ("sensitive", self._sensitive(categories)),
            ("vulnerable", self._vulnerable(purpose.id, categories)),
            ("scoring", _scoring(purpose)),
            ("automated", _automated(purpose)),
            *((key, _screened(purpose, key)) for key in _SCREENED[:4]),
            ("transfer", self._transfer(purpose.id, categories)),
            ("blocks_rights", _screened(purpose, "blocks_rights"))) if reason]
        order = list(CRITERIA)
        return sorted(found, key=lambda c: order.index(c.key))

    def _sensitive(self, categories: list[str]) -> str:
        if self._why_sensitive is None:
            self._why_sensitive = {}
            for category in reversed(self.policy.categories):  # the first of an id wins
                why = ([translate("dpia screening", _SENSITIVITY_WORDS[category.sensitivity])]
                       if category.sensitivity in _SENSITIVITY_WORDS else []) \
                    + [label(t) for t in category.tags if t in _HIGHLY_PERSONAL]
                if why:
                    self._why_sensitive[category.id] = \
                        labelled(shown_name(category.name, category.id), ", ".join(why))
        said = self._why_sensitive
        return semicolons(said[c] for c in categories if c in said)

    def _reached(self, purpose_id: str, categories: list[str], field: str, value: str) -> bool:
        """Whether the engine allows a use of ``purpose_id`` with ``field`` set to ``value``.

        Only pairs some allow rule accepting ``value`` covers are asked (an allowed answer needs
        one).
        """
        engine, reaches = self.allowed.engine, self.allowed.reaches
        masks = engine.masks
        accepting = self._accepting.get((field, value))
        if accepting is None:
            accepting = self._accepting[(field, value)] = \
                engine.allow_mask & engine.field_mask(field[:-1], value)
        accepting &= masks["purposes"].match(purpose_id)
        covers = masks["categories"].match
        return bool(accepting) and any(covers(c) & accepting
                                       and reaches(c, purpose_id, field, value)
                                       for c in categories)

    def _vulnerable(self, purpose_id: str, categories: list[str]) -> str:
        return semicolons(labelled(shown_name(s.name, s.id), _why_vulnerable(s))
                          + ("" if self._named(purpose_id, s.id) else _open())
                          for s in self.policy.subjects if _why_vulnerable(s)
                          and self._reached(purpose_id, categories, "subjects", s.id))

    def _named(self, purpose_id: str, subject_id: str) -> bool:
        """Whether an allow rule for the purpose names the people or a group they belong to.

        Words only: when none does, the people are reached through rules open to anyone.
        """
        engine = self.allowed.engine
        masks = engine.masks
        naming = 0
        for name in lineage(subject_id):
            naming |= masks["subjects"].listed.get(name, 0)
        return bool(naming & engine.allow_mask & masks["purposes"].match(purpose_id))

    def _transfer(self, purpose_id: str, categories: list[str]) -> str:
        return semicolons(translate("dpia screening", "{recipient} in {places}").format(
            recipient=shown_name(r.name, r.id), places=_places(judged))
            for r, judged in self.abroad()
            if self._reached(purpose_id, categories, "recipients", r.id))

    def abroad(self) -> list[tuple[Recipient, list[Judgement]]]:
        """Recipients with a place outside the law's area that no adequacy decision covers."""
        if self._abroad is None:
            self._abroad = []
            for recipient in self.policy.recipients:
                if recipient.kind is RecipientKind.PUBLIC:
                    continue  # publication is not a transfer to a country
                judged = [j for j in transfers(judge(recipient, self.regimes, self.regions))
                          if not _adequate(recipient, j)]
                if judged:
                    self._abroad.append((recipient, judged))
        return self._abroad

def _open() -> str:
    return translate("dpia screening", _OPEN)


def _why_vulnerable(subject: DataSubject) -> str:
    if subject.children:
        return translate("dpia screening", "children")
    if subject.age_min is not None and subject.age_min < ADULT_AGE:
        return translate("dpia screening", "aged from {age}").format(age=subject.age_min)
    return translate("dpia screening", "vulnerable") if subject.vulnerable else ""


def _scoring(purpose: Purpose) -> str:
    decisions = purpose.automated_decisions
    if decisions is not None and decisions.profiling:
        return translate("dpia screening", "the purpose profiles people")
    return translate("dpia screening", "the purpose is of the profiling kind") \
        if purpose.kind is PurposeKind.PROFILING else ""


def _automated(purpose: Purpose) -> str:
    decisions = purpose.automated_decisions
    if decisions is not None and decisions.solely_automated:
        return translate("dpia screening", "the purpose takes solely automated decisions")
    return ""


def _screened(purpose: Purpose, key: str) -> str:
    screening = purpose.screening
    return translate("dpia screening", "the purpose's screening says so") \
        if screening and getattr(screening, key) else ""


def _adequate(recipient: Recipient, judgement: Judgement) -> bool:
    """Whether an adequacy decision covers the place (a partial one when the recipient says)."""
    return judgement.standing is Standing.ADEQUATE or (
        judgement.standing is Standing.PARTIAL
        and recipient.safeguard is Safeguard.ADEQUACY_DECISION)


def _places(judged: list[Judgement]) -> str:
    """``US, with no adequacy decision under EU GDPR``: the places, each with the laws."""
    by_place: dict[str, list[str]] = {}
    for j in judged:
        by_place.setdefault(where(j.place), []).append(label(j.regime.id))
    either = " " + translate("dpia screening", "or") + " "
    both = " " + translate("dpia screening", "and") + " "
    return both.join(translate("dpia screening", "{place}, with no adequacy decision under "
                               "{laws}").format(place=place, laws=either.join(dict.fromkeys(laws)))
                     for place, laws in by_place.items())
