"""Plain words of the record of processing (GDPR Art. 30): parties, dates, transfers, DPIAs.

Everything here returns plain text (never markup); the record's HTML template escapes it. Places
are named as people read them (``Germany``, ``United States``), never by their codes; kinds,
bases and derogations are spelt out with the article they come from.
"""

from __future__ import annotations

import datetime as dt

from app.domain.enums import ApprovalDecision, PurposeKind, Safeguard, label
from app.domain.ids import shown_name
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import ClientController, Contact, Metadata, Purpose, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.transfers import Place, Standing, judge, places, transfers
from app.exporters.art30_groups import INLINE

NO_SAFEGUARD = "NO SAFEGUARD RECORDED"
NO_CONTRACT = "NO CONTRACT REFERENCED"
NOT_LISTED = "NOT LISTED under Processing for controllers"
MARKS = (NO_SAFEGUARD, NO_CONTRACT, NOT_LISTED)
"""Words the documents highlight: a gap a reviewer must act on."""

DEROGATION = {
    "explicit_consent": "the person's explicit consent, informed of the risks "
                        "(GDPR Art. 49(1)(a))",
    "contract_with_subject": "necessary for a contract with the person or steps they asked "
                             "for (GDPR Art. 49(1)(b))",
    "contract_for_subject": "necessary for a contract made in the person's interest "
                            "(GDPR Art. 49(1)(c))",
    "public_interest": "important reasons of public interest (GDPR Art. 49(1)(d))",
    "legal_claims": "establishing, exercising or defending legal claims (GDPR Art. 49(1)(e))",
    "vital_interests": "vital interests of a person who cannot consent (GDPR Art. 49(1)(f))",
    "public_register": "made from a public register (GDPR Art. 49(1)(g))",
}
SAFEGUARD = {
    "adequacy_decision": "adequacy decision (GDPR Art. 45)",
    "standard_contractual_clauses": "standard contractual clauses (GDPR Art. 46(2)(c))",
    "binding_corporate_rules": "binding corporate rules (GDPR Art. 47)",
    "derogation": "derogation for a specific situation (GDPR Art. 49)",
}
DPIA = {
    "not_needed": "Not needed (screened out)",
    "required": "Required, not started",
    "in_progress": "In progress",
    "done": "Done",
}
OBLIGATION = {
    "pseudonymise": "pseudonymisation",
    "anonymise": "anonymisation",
    "aggregate": "aggregation",
    "encrypt": "encryption",
    "minimise": "data minimisation",
    "notify": "notifying the person",
    "parental_consent": "a parent's or guardian's consent for a child below the age of "
                        "digital consent",
}
"""What the rules require of an allowed use, as a measure."""
KIND_HEADING = {
    "internal": "Within the organisation",
    "processor": "Processors",
    "third_party": "Third parties (independent controllers)",
    "public_authority": "Public authorities",
    "public": "Published (anyone can see it)",
}
"""Headings of the recipients by kind, in the record's order."""


def contact_text(contact: Contact | ClientController | None) -> str:
    """``name, address, email, phone`` without the empty parts."""
    if contact is None:
        return ""
    return ", ".join(p for p in (contact.name, contact.address, contact.email, contact.phone)
                     if p)


def day(value: dt.date) -> str:
    """``16 February 2026``: unambiguous in every locale."""
    return f"{value.day} {value:%B %Y}"


def last_updated(meta: Metadata) -> str:
    """When the record was last brought up to date, saying where the date comes from.

    The recorded update date; else the latest approval; else the effective date.
    """
    if meta.record_updated is not None:
        return day(meta.record_updated)
    approved = [a.date for a in meta.approvals if a.decision == ApprovalDecision.APPROVED]
    if approved:
        return f"{day(max(approved))} (the latest approval; no update date recorded)"
    if meta.effective_date is not None:
        return f"{day(meta.effective_date)} (the effective date; no update date recorded)"
    return "not recorded"


def place_words(regions: RegionCatalogue, place: Place) -> str:
    """``United States``, ``Germany (storage only)``."""
    name = regions.name(place.code)
    return f"{name} (storage only)" if place.stored_only else name


def where(recipient: Recipient, regions: RegionCatalogue) -> str:
    """Every place of ``recipient`` in words, or ``""``."""
    return ", ".join(place_words(regions, p) for p in places(recipient))


def transfer_parts(recipient: Recipient, regimes: list[JurisdictionInfo],
                   regions: RegionCatalogue, home: str | None) -> tuple[str, str] | None:
    """(the countries, the safeguard or derogation) of a transfer to ``recipient``.

    ``("United States", "standard contractual clauses (GDPR Art. 46(2)(c))")``.

    None when sharing with ``recipient`` transfers nothing outside the regimes (or, without
    regimes, outside the controller's country).
    """
    found = places(recipient)
    if not found:
        return None
    judged = transfers(judge(recipient, regimes, regions))
    if judged:
        abroad = list(dict.fromkeys(place_words(regions, j.place) for j in judged))
    elif not regimes and home:
        abroad = [place_words(regions, p) for p in found if not regions.contains(home, p.code)]
    else:
        abroad = []
    if not abroad:
        return None
    grounds = []
    if recipient.safeguard is not None and recipient.safeguard is not Safeguard.DEROGATION:
        grounds.append(SAFEGUARD[recipient.safeguard])
    elif judged and all(j.standing == Standing.ADEQUATE for j in judged) \
            and recipient.derogation is None:
        grounds.append("adequacy decision (GDPR Art. 45; the country is recognised as adequate, "
                       "not recorded for this recipient)")
    if recipient.derogation is not None:
        grounds.append("derogation: " + DEROGATION[recipient.derogation])
    elif recipient.safeguard is Safeguard.DEROGATION:
        grounds.append("derogation (GDPR Art. 49), which one is not recorded")
    conditions = [f"the {label(j.regime.id)} adequacy decision covers only part of the "
                  f"country: {j.condition[:1].lower()}{j.condition[1:].rstrip('.')}"
                  for j in judged if j.standing == Standing.PARTIAL]
    ground = "; ".join(grounds) or NO_SAFEGUARD
    if conditions:  # after a semicolon: the ground often ends with an article in brackets
        ground += "; " + "; ".join(dict.fromkeys(conditions))
    return ", ".join(abroad), ground


def no_transfer(recipients: list[Recipient], regions: RegionCatalogue, area: str,
                also: bool) -> str:
    """The line saying which recipients involve no transfer (``No transfer outside ...``).

    With ``also`` (some recipients do transfer) it names only the ones that do not.
    """
    named = ", ".join(f"{shown_name(r.name, r.id)}: {where(r, regions)}" for r in recipients)
    if len(recipients) > INLINE:  # where each one is stands under Categories of recipients
        places_ = ", ".join(dict.fromkeys(where(r, regions) for r in recipients))
        named = f"{len(recipients)} recipients in {places_}"
    if also:
        return f"No transfer outside {area} for the other recipients ({named})."
    return f"No transfer outside {area}: every recipient is in {area} or a country it " \
        f"recognises as adequate without conditions ({named})." if area != "the EEA" else \
        f"No transfer outside the EEA: every recipient is in the EEA ({named})."


_TARGETING = (PurposeKind.PROFILING, PurposeKind.PERSONALISATION, PurposeKind.MARKETING,
              PurposeKind.ADVERTISING)
"""Kinds of purpose that, fed with inferred data, evaluate people (GDPR Art. 4(4))."""


def profiling_signs(purpose: Purpose, inferred: list[str]) -> str:
    """What in the policy suggests profiling when the purpose records nothing about it.

    A purpose of the profiling kind, or one that targets people (personalisation, marketing,
    advertising) with data inferred about them.
    """
    signs = []
    if purpose.kind is PurposeKind.PROFILING:
        signs.append("the purpose is of the profiling kind")
    if inferred and purpose.kind in _TARGETING:
        signs.append(f"it uses data inferred about people ({', '.join(inferred)}) for "
                     f"{label(purpose.kind).lower()}")
    if not signs:
        return ""
    return (f"Not recorded, although {' and '.join(signs)}: record whether people are "
            "profiled and whether decisions are taken solely by automated means (GDPR Art. 22).")


def dpia_words(status: str, reference: str) -> str:
    """``Done: DPIA-2025-02 Fraud screening``."""
    return f"{DPIA[status]}: {reference}" if reference else DPIA[status]
