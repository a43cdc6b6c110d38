"""What the ODRL export says about a purpose's bases, automated decisions and sale (no Qt).

A permission or prohibition carries ``dpv:hasLegalBasis``: the DPV GDPR terms of the bases the
purpose relies on where the rule applies (:func:`app.domain.legal_bases.bases_in` for each of the
rule's regions; every basis when the rule is not limited to regions) and its Art. 9 condition.
DPV has no way to tie a legal basis to a region, so a purpose whose bases differ by region
also states, once on its node, ``ps:legalBasisByRegion``: one entry per basis with
``dpv:hasJurisdiction`` (region codes) or ``ps:elsewhere``. Automated decisions (``ps:profiling``,
``ps:solelyAutomated``, ``ps:logic``, ``ps:consequences``, ``ps:safeguards``), sale, sharing and
Global Privacy Control (``ps:sale``, ``ps:sharing``, ``ps:honoursGPC``) are ``ps:`` terms of the
purpose node.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.legal_bases import bases_in, entries
from app.domain.models import Purpose
from app.domain.regions import RegionCatalogue
from app.exporters.odrl_dpv import ART9, LEGAL_BASES, term

CANNOT_EXPRESS = [
    "Legal bases per region: DPV cannot tie a basis to a region, so each rule carries the bases "
    "that apply where it applies, and the purpose lists ps:legalBasisByRegion.",
    "Automated decisions (logic, consequences, safeguards), sale, sharing and Global Privacy "
    "Control are ps: terms of the purpose (DPV's terms for them are not bundled).",
]


def _basis_iri(basis: str | None) -> str | None:
    return term("legal_basis", "eu-gdpr", LEGAL_BASES.get(str(basis)))


def legal_basis_terms(purpose: Purpose, rule_regions: Iterable[str],
                      regions: RegionCatalogue) -> list[dict[str, str]]:
    """``dpv:hasLegalBasis`` values for a rule on ``purpose`` limited to ``rule_regions``."""
    where = list(rule_regions)
    bases: dict[str, None] = {}
    for region in where or [None]:
        bases.update(dict.fromkeys(str(b) for b in bases_in(purpose, region, regions)))
    found = [_basis_iri(b) for b in bases]
    found.append(term("legal_basis_special", "eu-gdpr", ART9.get(str(purpose.art9_condition))))
    return [{"@id": t} for t in found if t]


def purpose_facts(purpose: Purpose) -> dict[str, Any]:
    """The ``ps:`` statements of a purpose node (empty when the purpose has none)."""
    facts: dict[str, Any] = {}
    found = entries(purpose)
    if any(e.regions for e in found):
        facts["ps:legalBasisByRegion"] = [
            {"dpv:hasLegalBasis": {"@id": iri},
             **({"dpv:hasJurisdiction": list(e.regions)} if e.regions else
                {"ps:elsewhere": True} if e.elsewhere else {})}
            for e in found if (iri := _basis_iri(e.basis))]
    decisions = purpose.automated_decisions
    if decisions is not None:
        facts["ps:profiling"] = decisions.profiling
        facts["ps:solelyAutomated"] = decisions.solely_automated
        if decisions.logic:
            facts["ps:logic"] = decisions.logic
        if decisions.consequences:
            facts["ps:consequences"] = decisions.consequences
        if decisions.safeguards:
            facts["ps:safeguards"] = [f"ps:{s}" for s in decisions.safeguards]
    for key, on in (("ps:sale", purpose.sale), ("ps:sharing", purpose.sharing),
                    ("ps:honoursGPC", purpose.honours_gpc)):
        if on:
            facts[key] = True
    return facts
