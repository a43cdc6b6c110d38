"""The Fides ``system`` of a policy: one privacy declaration per purpose with allowed uses.

A declaration names the purpose (``data_use``), the categories and subjects of its allowed uses
(those ``decide`` allows, :mod:`app.domain.allowed`): the categories, and the declared subjects
the allow rules taking part name (every declared subject when one of them names none, as in the
Art. 30 record) and the purpose's legal basis. Fides takes one basis per declaration: the
basis relied on wherever no regional entry applies (``legal_basis``, else the first entry that
lists no regions, else the first entry); the other bases are listed in the export summary.

Automated decisions map to the system's ``uses_profiling`` and ``legal_basis_for_profiling``
(contract, legal obligation as "Authorised by law", consent collected by opt-in as "Explicit
consent") and to ``automated_decisions_or_profiling`` on the data subjects concerned.
Fides has no field for sale, sharing or Global Privacy Control, nor for the logic of a decision,
an assessment reference or a balancing test: the summary says so.
"""

from __future__ import annotations

from typing import Any

from app.domain import ids
from app.domain.allowed import AllowedUses
from app.domain.enums import ConsentMechanism, LegalBasis
from app.domain.legal_bases import all_bases, entries
from app.domain.models import Policy, Purpose
from app.exporters.fides_retention import FidesRetention
from app.exporters.fides_transfers import transfer_fields
from app.storage.resources import region_catalogue

SYSTEM_NAME = "fides/system.yml"
FIDES_BASIS = {
    LegalBasis.CONSENT: "Consent",
    LegalBasis.CONTRACT: "Contract",
    LegalBasis.LEGAL_OBLIGATION: "Legal obligations",
    LegalBasis.VITAL_INTERESTS: "Vital interests",
    LegalBasis.PUBLIC_TASK: "Public interest",
    LegalBasis.LEGITIMATE_INTERESTS: "Legitimate interests",
}
_PROFILING_BASIS = {LegalBasis.CONTRACT: "Contract",
                    LegalBasis.LEGAL_OBLIGATION: "Authorised by law"}


def main_basis(purpose: Purpose) -> LegalBasis | None:
    """The one basis a Fides declaration carries (see the module docstring)."""
    if purpose.legal_basis is not None:
        return purpose.legal_basis
    unlimited = [e.basis for e in purpose.legal_bases if not e.regions]
    if unlimited:
        return unlimited[0]
    return purpose.legal_bases[0].basis if purpose.legal_bases else None


def other_bases(purpose: Purpose) -> int:
    """How many of the purpose's bases a declaration cannot carry."""
    return len(entries(purpose)) - (main_basis(purpose) is not None)


def profiles(purpose: Purpose) -> bool:
    """Whether the purpose profiles people or takes solely automated decisions."""
    decisions = purpose.automated_decisions
    return decisions is not None and (decisions.profiling or decisions.solely_automated)


def profiling_bases(purpose: Purpose) -> list[str]:
    """The Fides ``legal_basis_for_profiling`` values the purpose's bases give."""
    found = []
    for basis in all_bases(purpose):
        if basis == LegalBasis.CONSENT and purpose.consent == ConsentMechanism.OPT_IN:
            found.append("Explicit consent")
        elif basis in _PROFILING_BASIS:
            found.append(_PROFILING_BASIS[basis])
    return found


def declarations(policy: Policy) -> tuple[list[dict[str, Any]], set[str]]:
    """(privacy declarations, subjects concerned by profiling) of ``policy``."""
    purposes = ids.by_id(policy.purposes)
    subjects = sorted(ids.by_id(policy.subjects))
    cats: dict[str, dict[str, None]] = {}
    taking_part: dict[str, set[int]] = {}
    for category, row in AllowedUses(policy, regions=region_catalogue()).table().items():
        for purpose, rules in row.items():
            if purpose in purposes:
                cats.setdefault(purpose, {})[category] = None
                taking_part.setdefault(purpose, set()).update(rules)
    people: dict[str, set[str]] = {}
    for purpose, rules in taking_part.items():
        named = [policy.rules[i].subjects for i in rules]
        people[purpose] = set(subjects) if any(not n for n in named) else {
            s for n in named for s in subjects if any(ids.covers(x, s) for x in n)}
    found = []
    profiled: set[str] = set()
    retention = FidesRetention(policy)
    for pid in sorted(cats):
        purpose = purposes[pid]
        entry: dict[str, Any] = {
            "name": ids.shown_name(purpose.name, pid), "data_use": pid,
            "data_categories": sorted(cats[pid]), "data_subjects": sorted(people.get(pid, ())),
        }
        basis = main_basis(purpose)
        if basis is not None:
            entry["legal_basis_for_processing"] = FIDES_BASIS[basis]
        period = retention.period(entry["data_categories"], pid)
        if period:
            entry["retention_period"] = period
        found.append(entry)
        if profiles(purpose):
            profiled |= people.get(pid, set())
    return found, profiled


def system_manifest(policy: Policy) -> tuple[dict[str, Any], set[str]]:
    """The system manifest and the subjects to flag ``automated_decisions_or_profiling``."""
    meta = policy.policy
    found, profiled = declarations(policy)
    profiling = [p for p in policy.purposes if profiles(p)]
    system: dict[str, Any] = {
        "fides_key": meta.id, "organization_fides_key": "default_organization",
        "name": ids.shown_name(meta.title, meta.id), "description": meta.description,
        "system_type": "Service", "privacy_declarations": found,
        "uses_profiling": bool(profiling),
        "legal_basis_for_profiling": sorted({b for p in profiling for b in profiling_bases(p)}),
        **transfer_fields(policy),
    }
    return {"system": [system]}, profiled


def summary(policy: Policy) -> list[str]:
    """Lines for what the system manifest cannot carry about the purposes."""
    purposes = policy.purposes
    counts = [
        (sum(other_bases(p) > 0 for p in purposes),
         "further legal bases (per region) of {} (a declaration takes one basis)"),
        (sum(bool(p.lia or p.balancing) for p in purposes),
         "legitimate interests assessments and balancing tests of {}"),
        (sum(p.automated_decisions is not None for p in purposes),
         "logic, consequences and safeguards of automated decisions of {}"),
        (sum(p.sale or p.sharing or p.honours_gpc for p in purposes),
         "sale, sharing and Global Privacy Control of {}"),
    ]
    return [text.format(f"{n} purpose" + ("" if n == 1 else "s")) for n, text in counts if n]
