"""What each purpose leaves to the person: consent, opting out, Global Privacy Control.

For every purpose, the decision engine is asked about one use of it that it allows (consent
granted), under each consent state with and without a GPC signal (:data:`CONSENTS`). Deny rules
never depend on consent and consent is judged by the requested purpose alone, so every allowed
use of a purpose gets the same answers: the purpose's *cells*. A purpose no use of which is
allowed has no cells (nothing to consent to). The recipients its allowed uses name say who
receives the data for it (``None``: no recipient singled out; in format 2 that is internal use).

The consent banner (:mod:`app.exporters.klaro`) and the GPC table
(:mod:`app.exporters.gpc_table`) are built from these choices, never from the purpose fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.allowed import AllowedUses
from app.domain.decisions import (
    CONSENT_MISSING,
    OPTED_OUT,
    REASON_TEXT,
    Decision,
    DecisionEngine,
    Request,
    reason_words,
)
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.i18n import translate
from app.domain.ids import shown_name
from app.domain.impact import CONSENTS
from app.domain.models import Policy
from app.domain.regions import RegionCatalogue


@dataclass(frozen=True)
class Cell:
    """The engine's answer for one consent state, with or without a GPC signal."""

    consent: ConsentState
    gpc: bool
    decision: Decision

    @property
    def allowed(self) -> bool:
        """True when the use is allowed in this state."""
        return self.decision.allowed

    @property
    def by_gpc(self) -> bool:
        """True when the GPC signal alone made the person count as opting out."""
        return (self.gpc and self.decision.reason == OPTED_OUT
                and self.consent is not ConsentState.DENIED)


@dataclass(frozen=True)
class PurposeChoice:
    """One purpose as the person meets it: mechanism, GPC, recipients and the engine's cells."""

    purpose: str
    name: str
    description: str
    declared: bool
    """False for a purpose only rules name (the engine treats it as opt-in)."""
    mechanism: ConsentMechanism
    """The mechanism ``decide`` applies (nearest declared ancestor-or-self)."""
    honours_gpc: bool
    """Whether ``decide`` counts a GPC signal as opting out of this purpose's opt-out."""
    sale: bool
    sharing: bool
    example: Request | None
    """An allowed use (consent granted); None when no use of the purpose is allowed."""
    recipients: tuple[str | None, ...]
    """The recipients of the allowed uses, in first-seen order (None: none singled out), each
    followed by the declared ones below it (or, for ``*``, outside the organisation) the use
    reaches."""
    cells: tuple[Cell, ...]
    """The answers in :data:`CONSENTS` order; empty without :attr:`example`."""

    def cell(self, consent: ConsentState, gpc: bool) -> Cell | None:
        """The cell of ``consent`` with or without GPC (None when nothing is allowed)."""
        return next((c for c in self.cells if c.consent is consent and c.gpc is gpc), None)


def purpose_choices(policy: Policy, regions: RegionCatalogue | None = None,
                    engine: DecisionEngine | None = None, *,
                    with_recipients: bool = True) -> list[PurposeChoice]:
    """The choices of every declared purpose, in file order, then of undeclared ones by id.

    An undeclared purpose is listed when a rule names it and some use of it is allowed.
    Without ``with_recipients`` only the first (category, purpose) pair with allowed uses is
    looked at per purpose (much faster on a large policy; the same example, the same cells),
    and :attr:`PurposeChoice.recipients` names only the recipients of that pair's uses.
    """
    uses = AllowedUses(policy, engine, regions=regions)
    engine = uses.engine
    examples: dict[str, Request] = {}
    recipients: dict[str, dict[str | None, None]] = {}
    for category, purpose_id in uses.pairs():
        if with_recipients or purpose_id not in examples:
            for use in uses.of_pair(category, purpose_id):
                examples.setdefault(purpose_id, use.request())
                receiving = recipients.setdefault(purpose_id, {})
                receiving[use.recipient] = None
                receiving.update(dict.fromkeys(uses.below(use)))  # rules cover by descent
                receiving.update(dict.fromkeys(uses.anyone(use)))  # declared ones '*' reaches
    declared = {}
    for purpose in policy.purposes:
        declared.setdefault(purpose.id, purpose)
    found = []
    for purpose_id in [*declared, *sorted(set(examples) - set(declared))]:
        item = declared.get(purpose_id)
        example = examples.get(purpose_id)
        found.append(PurposeChoice(
            purpose=purpose_id,
            name=shown_name(item.name if item else "", purpose_id),
            description=item.description if item else "",
            declared=item is not None,
            mechanism=engine.mechanism(purpose_id),
            honours_gpc=engine.honours_gpc(purpose_id),
            sale=bool(item and item.sale),
            sharing=bool(item and item.sharing),
            example=example,
            recipients=tuple(recipients.get(purpose_id, ())),
            cells=_cells(engine, example) if example else (),
        ))
    return found


def _cells(engine: DecisionEngine, example: Request) -> tuple[Cell, ...]:
    return tuple(
        Cell(consent, gpc, engine.decide(
            Request(example.category, example.purpose, example.subject, example.recipient,
                    example.region, consent, gpc), with_retention=False))
        for consent, gpc in CONSENTS)


def cell_words(cell: Cell | None) -> str:
    """One cell in words: ``Allowed``, ``Refused: needs consent``..."""
    if cell is None:
        return translate("purpose choices", "No use allowed")
    if cell.allowed:
        return translate("purpose choices", "Allowed")
    if cell.by_gpc:
        return translate("purpose choices", "Refused: GPC counts as opting out")
    reason = cell.decision.reason
    if reason == OPTED_OUT:
        return translate("purpose choices", "Refused: opted out")
    if reason == CONSENT_MISSING:
        return translate("purpose choices", "Refused: needs consent")
    return translate("purpose choices", "Refused: {reason}").format(
        reason=reason_words(reason) if reason in REASON_TEXT else reason)


def gpc_words(choice: PurposeChoice) -> str:
    """What the purpose does with consent and a GPC signal, read from its cells."""
    if not choice.cells:
        return translate("purpose choices", "No use of this purpose is allowed (no rule allows "
                                            "it, or a rule denies it), whatever the person "
                                            "chooses or signals.")
    allowed = {(c.consent, c.gpc) for c in choice.cells if c.allowed}
    every = {(c.consent, c.gpc) for c in choice.cells}
    granted = {(ConsentState.GRANTED, False), (ConsentState.GRANTED, True)}
    unless_denied = every - {(ConsentState.DENIED, False), (ConsentState.DENIED, True)}
    if allowed == every:
        return translate("purpose choices", "No consent needed: the use is allowed whatever "
                                            "the person chooses; a GPC signal changes nothing.")
    if allowed == granted:
        return translate("purpose choices", "Needs consent (opt-in): the use is allowed only "
                                            "after the person says yes; without a yes it is "
                                            "refused anyway, so a GPC signal changes nothing.")
    if allowed == unless_denied:
        return translate("purpose choices", "An opt-out purpose that does not honour GPC: the "
                                            "use is allowed unless the person opts out; a GPC "
                                            "signal does not count as opting out.")
    if allowed == granted | {(ConsentState.UNKNOWN, False)}:
        return translate("purpose choices", "An opt-out purpose that honours GPC: the use is "
                                            "allowed unless the person opts out, and a GPC "
                                            "signal counts as opting out unless the person said "
                                            "yes explicitly.")
    said = ", ".join(translate("purpose choices", "{consent} with GPC").format(
        consent=c.consent.value) if c.gpc else c.consent.value
        for c in choice.cells if c.allowed)
    return translate("purpose choices", "Allowed only when consent is: {states}.").format(
        states=said or translate("purpose choices", "never"))
