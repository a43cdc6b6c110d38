"""Which legal bases a purpose relies on, and where.

A purpose names its bases in two places: ``legal_basis`` (the basis wherever no regional entry
applies) and ``legal_bases`` (entries, each relied on everywhere when it lists no regions, or
only in the regions it lists). "Consent in the EEA, legitimate interests elsewhere" is written
``legal_basis: legitimate_interests`` plus one entry ``{basis: consent, regions: [eea]}``.

In a region X the purpose relies on:

* every entry that lists no regions (it applies everywhere), and
* every entry listing a region that contains X (:class:`RegionCatalogue` containment), and
* ``legal_basis``, unless an entry listing regions applies to X (a regional entry replaces the
  default basis there).

When the region is not known, every basis of the purpose may apply (:func:`all_bases`). Checks
ask about bases relied on *anywhere*: a consent basis anywhere needs opt-in consent, legitimate
interests anywhere need an assessment, and so on.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import LegalBasis, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Purpose
from app.domain.regions import RegionCatalogue
from app.domain.typography import semicolons


@dataclass(frozen=True)
class BasisWhere:
    """One basis of a purpose and where it is relied on (no regions: everywhere)."""

    basis: LegalBasis
    regions: tuple[str, ...] = ()
    elsewhere: bool = False
    """True for ``legal_basis`` when regional entries exist: it applies only outside them."""
    note: str = ""

    def where(self, regions: RegionCatalogue | None = None) -> str:
        """``in European Economic Area and CH``, ``elsewhere`` or ``everywhere``."""
        if self.regions:
            named = [regions.name(r) if regions else r for r in self.regions]
            return "in " + (", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1
                            else named[0])
        return "elsewhere" if self.elsewhere else "everywhere"


def entries(purpose: Purpose) -> list[BasisWhere]:
    """Every basis of ``purpose`` with where it applies: the default basis first."""
    regional = any(e.regions for e in purpose.legal_bases)
    found: list[BasisWhere] = []
    if purpose.legal_basis is not None:
        found.append(BasisWhere(purpose.legal_basis, elsewhere=regional))
    for entry in purpose.legal_bases:
        found.append(BasisWhere(entry.basis, tuple(str(r) for r in entry.regions),
                                note=entry.note))
    return found


def all_bases(purpose: Purpose) -> list[LegalBasis]:
    """Every basis ``purpose`` relies on somewhere, without repeats, default basis first."""
    return list(dict.fromkeys(e.basis for e in entries(purpose)))


def relies_on(purpose: Purpose, basis: LegalBasis) -> bool:
    """Whether ``purpose`` relies on ``basis`` in at least one region."""
    return basis in all_bases(purpose)


def bases_in(purpose: Purpose, region: str | None,
             regions: RegionCatalogue | None = None) -> list[LegalBasis]:
    """The bases ``purpose`` relies on in ``region`` (all of them when ``region`` is None)."""
    if region is None:
        return all_bases(purpose)
    catalogue = regions or RegionCatalogue()
    within = catalogue.ancestors(str(region))
    found: list[LegalBasis] = []
    regional = False
    for entry in purpose.legal_bases:
        if not entry.regions:
            found.append(entry.basis)
        elif within.intersection(str(r) for r in entry.regions):
            found.append(entry.basis)
            regional = True
    if not regional and purpose.legal_basis is not None:
        found.insert(0, purpose.legal_basis)
    return list(dict.fromkeys(found))


def has_basis_everywhere(purpose: Purpose) -> bool:
    """Whether some basis applies in every region (a default basis or an unlimited entry)."""
    return purpose.legal_basis is not None or any(not e.regions for e in purpose.legal_bases)


def summary(purpose: Purpose, regions: RegionCatalogue | None = None,
            word: dict[str, str] | None = None) -> str:
    """``consent (in European Economic Area); legitimate interests (elsewhere)`` or ``""``.

    ``word`` maps a basis to the words used for it (default: its enum label). A single basis
    relied on everywhere is given without "(everywhere)".
    """
    found = entries(purpose)
    words = word or {}

    def name(b: LegalBasis) -> str:
        return words.get(str(b)) or label(b)

    if len(found) == 1 and not found[0].regions:
        return name(found[0].basis)
    return semicolons(f"{name(e.basis)} ({e.where(regions)})" for e in found)


SAFEGUARD_WORDS = {
    "human_intervention": QT_TRANSLATE_NOOP("legal bases", "obtain human intervention"),
    "express_view": QT_TRANSLATE_NOOP("legal bases", "express their point of view"),
    "contest": QT_TRANSLATE_NOOP("legal bases", "contest the decision"),
}
"""What each Art. 22(3) safeguard lets people do, in words that follow "people can" (English;
:func:`safeguard_words` gives them in the reader's language)."""


def safeguard_words(safeguard: str) -> str:
    """What ``safeguard`` lets people do, in words that follow "people can"."""
    return translate("legal bases", SAFEGUARD_WORDS[safeguard])


def sells_or_shares(purpose: Purpose) -> str:
    """``sells``, ``shares``, ``sells and shares`` (CPRA) or ``""``."""
    return " and ".join(w for w, on in (("sells", purpose.sale), ("shares", purpose.sharing))
                        if on)


def said_of_sale(purpose: Purpose, both: str, sold: str, shared: str, neither: str = "") -> str:
    """The one of four sentences that fits: ``purpose`` sells and shares, sells, shares, neither.

    Sharing is CPRA's sharing for cross-context behavioural advertising.
    """
    if purpose.sale and purpose.sharing:
        return both
    return sold if purpose.sale else shared if purpose.sharing else neither
