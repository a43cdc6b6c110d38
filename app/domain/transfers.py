"""Where a recipient's data goes, judged against the regimes the controller is bound by.

Every place of a recipient counts: its country, its other countries and where it stores the
data. Each place is inside a regime's area, adequate in full, adequate only under a condition
(a partial decision, which holds only when the recipient records the adequacy decision as its
safeguard) or outside. The transfer checks, the Art. 30 record and the flow view all read this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import Safeguard
from app.domain.i18n import translate
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import Recipient
from app.domain.regions import RegionCatalogue


class Standing(StrEnum):
    """How a regime sees one place."""

    INSIDE = "inside"
    ADEQUATE = "adequate"
    PARTIAL = "partial"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class Place:
    """One place a recipient has the data: processed there, or only stored there."""

    code: str
    stored_only: bool = False


@dataclass(frozen=True)
class Judgement:
    """How one regime sees one place of a recipient."""

    place: Place
    regime: JurisdictionInfo
    standing: Standing
    condition: str = ""
    """The partial decision's condition, for :attr:`Standing.PARTIAL`."""

    @property
    def covered_by_claim(self) -> bool:
        """Adequate, or partially adequate and the recipient claims the decision covers it."""
        return self.standing in (Standing.ADEQUATE, Standing.PARTIAL)


def places(recipient: Recipient) -> list[Place]:
    """Every place of ``recipient``: country, countries, then storage places not listed before."""
    processed = list(dict.fromkeys([*([recipient.country] if recipient.country else []),
                                    *recipient.countries]))
    stored = [code for code in dict.fromkeys(recipient.stored_in) if code not in processed]
    return [Place(code) for code in processed] + [Place(code, True) for code in stored]


def judge(recipient: Recipient, regimes: Sequence[JurisdictionInfo],
          regions: RegionCatalogue) -> list[Judgement]:
    """How each regime sees each place of ``recipient``."""
    found = []
    for place in places(recipient):
        for regime in regimes:
            if regime.applies_to(place.code, regions):
                found.append(Judgement(place, regime, Standing.INSIDE))
            elif regime.is_adequate(place.code, regions):
                found.append(Judgement(place, regime, Standing.ADEQUATE))
            elif (condition := regime.condition(place.code, regions)) is not None:
                found.append(Judgement(place, regime, Standing.PARTIAL, condition))
            else:
                found.append(Judgement(place, regime, Standing.OUTSIDE))
    return found


def transfers(judgements: Sequence[Judgement]) -> list[Judgement]:
    """The judgements that are transfers (the place is outside a regime's area)."""
    return [j for j in judgements if j.standing != Standing.INSIDE and
            j.regime.restricts_transfers]


def grounded(recipient: Recipient, judgement: Judgement) -> bool:
    """Whether the transfer ``judgement`` describes has a ground the policy records or implies.

    A recorded safeguard other than an adequacy decision is a ground for every place. An
    adequacy decision is one where the regime deems the place adequate, in full or, the
    recipient saying it meets the condition, in part. Without a safeguard only a full decision
    or a named Art. 49 derogation grounds it (the policy should still say so).
    """
    if judgement.standing == Standing.INSIDE:
        return True
    if recipient.safeguard is None:  # an Art. 49 derogation grounds a transfer on its own
        return judgement.standing == Standing.ADEQUATE or recipient.derogation is not None
    if recipient.safeguard == Safeguard.ADEQUACY_DECISION:
        return judgement.covered_by_claim
    return True


def where(place: Place) -> str:
    """``US`` or ``US (stored)`` for a place."""
    return translate("transfers", "{code} (stored)").format(code=place.code) \
        if place.stored_only else place.code
