"""Plain words of the record of processing (GDPR Art. 30): parties, dates, transfers, DPIAs.

Everything here returns plain text (never markup); the record's HTML template escapes it. Places
are named as people read them (``Germany``, ``United States``), never by their codes; kinds,
bases and derogations are spelt out with the article they come from.
"""

from __future__ import annotations

import datetime as dt

from app.domain.enums import ApprovalDecision, PurposeKind, Safeguard, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import ClientController, Contact, Metadata, Purpose, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.transfers import Place, Standing, judge, places, transfers
from app.domain.typography import semicolons
from app.exporters.art30_groups import INLINE

EEA = "eea"
"""The area data stays in under the GDPR (``Builder.area``); otherwise the country of
establishment."""

NO_SAFEGUARD = QT_TRANSLATE_NOOP("art30", "NO SAFEGUARD RECORDED")
NO_CONTRACT = QT_TRANSLATE_NOOP("art30", "NO CONTRACT REFERENCED")
NOT_LISTED = QT_TRANSLATE_NOOP("art30", "NOT LISTED under Processing for controllers")
MARKS = (NO_SAFEGUARD, NO_CONTRACT, NOT_LISTED)
"""Words the documents highlight: a gap a reviewer must act on (in English: see
:func:`marks` for the words in the current language)."""

DEROGATION = {
    "explicit_consent": QT_TRANSLATE_NOOP(
        "art30", "the person's explicit consent, informed of the risks "
                 "(GDPR Art. 49(1)(a))"),
    "contract_with_subject": QT_TRANSLATE_NOOP(
        "art30", "necessary for a contract with the person or steps "
                 "they asked for (GDPR Art. 49(1)(b))"),
    "contract_for_subject": QT_TRANSLATE_NOOP(
        "art30", "necessary for a contract made in the person's "
                 "interest (GDPR Art. 49(1)(c))"),
    "public_interest": QT_TRANSLATE_NOOP(
        "art30", "important reasons of public interest (GDPR Art. 49(1)(d))"),
    "legal_claims": QT_TRANSLATE_NOOP(
        "art30", "establishing, exercising or defending legal claims "
                 "(GDPR Art. 49(1)(e))"),
    "vital_interests": QT_TRANSLATE_NOOP(
        "art30", "vital interests of a person who cannot consent "
                 "(GDPR Art. 49(1)(f))"),
    "public_register": QT_TRANSLATE_NOOP(
        "art30", "made from a public register (GDPR Art. 49(1)(g))"),
}
SAFEGUARD = {
    "adequacy_decision": QT_TRANSLATE_NOOP(
        "art30", "adequacy decision (GDPR Art. 45)"),
    "standard_contractual_clauses": QT_TRANSLATE_NOOP(
        "art30", "standard contractual clauses "
                 "(GDPR Art. 46(2)(c))"),
    "binding_corporate_rules": QT_TRANSLATE_NOOP(
        "art30", "binding corporate rules (GDPR Art. 47)"),
    "derogation": QT_TRANSLATE_NOOP(
        "art30", "derogation for a specific situation (GDPR Art. 49)"),
}
DPIA = {
    "not_needed": QT_TRANSLATE_NOOP(
        "art30", "Not needed (screened out)"),
    "required": QT_TRANSLATE_NOOP(
        "art30", "Required, not started"),
    "in_progress": QT_TRANSLATE_NOOP(
        "art30", "In progress"),
    "done": QT_TRANSLATE_NOOP(
        "art30", "Done"),
}
OBLIGATION = {
    "pseudonymise": QT_TRANSLATE_NOOP(
        "art30", "pseudonymisation"),
    "anonymise": QT_TRANSLATE_NOOP(
        "art30", "anonymisation"),
    "aggregate": QT_TRANSLATE_NOOP(
        "art30", "aggregation"),
    "encrypt": QT_TRANSLATE_NOOP(
        "art30", "encryption"),
    "minimise": QT_TRANSLATE_NOOP(
        "art30", "data minimisation"),
    "notify": QT_TRANSLATE_NOOP(
        "art30", "notifying the person"),
    "parental_consent": QT_TRANSLATE_NOOP(
        "art30", "a parent's or guardian's consent for a child below the age "
                 "of digital consent"),
}
"""What the rules require of an allowed use, as a measure (English: see :func:`obligation`)."""
KIND_HEADING = {
    "internal": QT_TRANSLATE_NOOP(
        "art30", "Within the organisation"),
    "processor": QT_TRANSLATE_NOOP(
        "art30", "Processors"),
    "third_party": QT_TRANSLATE_NOOP(
        "art30", "Third parties (independent controllers)"),
    "public_authority": QT_TRANSLATE_NOOP(
        "art30", "Public authorities"),
    "public": QT_TRANSLATE_NOOP(
        "art30", "Published (anyone can see it)"),
}
"""Headings of the recipients by kind, in the record's order."""


MONTHS = (QT_TRANSLATE_NOOP("art30", "January"), QT_TRANSLATE_NOOP("art30", "February"),
          QT_TRANSLATE_NOOP("art30", "March"), QT_TRANSLATE_NOOP("art30", "April"),
          QT_TRANSLATE_NOOP("art30", "May"), QT_TRANSLATE_NOOP("art30", "June"),
          QT_TRANSLATE_NOOP("art30", "July"), QT_TRANSLATE_NOOP("art30", "August"),
          QT_TRANSLATE_NOOP("art30", "September"), QT_TRANSLATE_NOOP("art30", "October"),
          QT_TRANSLATE_NOOP("art30", "November"), QT_TRANSLATE_NOOP("art30", "December"))


def marks() -> tuple[str, ...]:
    """The gap words of :data:`MARKS` in the current language (as the documents say them)."""
    return tuple(translate("art30", mark) for mark in MARKS)


def obligation(code: str) -> str:
    """What the rules require (``encrypt``) as a measure (``encryption``)."""
    return translate("art30", OBLIGATION[code]) if code in OBLIGATION else label(code)


def dpia_status(status: str) -> str:
    """``Done``, ``In progress``: the state of a DPIA."""
    return translate("art30", DPIA[status])


def contact_text(contact: Contact | ClientController | None) -> str:
    """``name, address, email, phone`` without the empty parts."""
    if contact is None:
        return ""
    return ", ".join(p for p in (contact.name, contact.address, contact.email, contact.phone)
                     if p)


def day(value: dt.date) -> str:
    """``16 February 2026``: unambiguous in every locale (the month named in its language)."""
    return translate("art30", "{day} {month} {year}").format(
        day=value.day, month=translate("art30", MONTHS[value.month - 1]), year=value.year)


def last_updated(meta: Metadata) -> str:
    """When the record was last brought up to date, saying where the date comes from.

    The recorded update date; else the latest approval; else the effective date.
    """
    if meta.record_updated is not None:
        return day(meta.record_updated)
    approved = [a.date for a in meta.approvals if a.decision == ApprovalDecision.APPROVED]
    if approved:
        return translate("art30", "{date} (the latest approval; no update date recorded)") \
            .format(date=day(max(approved)))
    if meta.effective_date is not None:
        return translate("art30", "{date} (the effective date; no update date recorded)") \
            .format(date=day(meta.effective_date))
    return translate("art30", "not recorded")


def place_words(regions: RegionCatalogue, place: Place) -> str:
    """``United States``, ``Germany (storage only)``."""
    name = regions.name(place.code)
    return translate("art30", "{place} (storage only)").format(place=name) \
        if place.stored_only else name


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
        grounds.append(translate("art30", SAFEGUARD[recipient.safeguard]))
    elif judged and all(j.standing == Standing.ADEQUATE for j in judged) \
            and recipient.derogation is None:
        grounds.append(translate("art30", "adequacy decision (GDPR Art. 45; the country is "
                                          "recognised as adequate, not recorded for this "
                                          "recipient)"))
    if recipient.derogation is not None:
        grounds.append(translate("art30", "derogation: {ground}").format(
            ground=translate("art30", DEROGATION[recipient.derogation])))
    elif recipient.safeguard is Safeguard.DEROGATION:
        grounds.append(translate("art30", "derogation (GDPR Art. 49), which one is not recorded"))
    conditions = [translate("art30", "the {regime} adequacy decision covers only part of the "
                                     "country: {condition}").format(
                      regime=label(j.regime.id),
                      condition=f"{j.condition[:1].lower()}{j.condition[1:].rstrip('.')}")
                  for j in judged if j.standing == Standing.PARTIAL]
    ground = semicolons(grounds) or translate("art30", NO_SAFEGUARD)
    if conditions:  # after a semicolon: the ground often ends with an article in brackets
        ground = semicolons([ground, *dict.fromkeys(conditions)])
    return ", ".join(abroad), ground


def no_transfer(recipients: list[Recipient], regions: RegionCatalogue, area: str,
                also: bool) -> str:
    """The line saying which recipients involve no transfer (``No transfer outside ...``).

    With ``also`` (some recipients do transfer) it names only the ones that do not.
    """
    named = ", ".join(translate("art30", "{name}: {places}").format(
        name=shown_name(r.name, r.id), places=where(r, regions)) for r in recipients)
    if len(recipients) > INLINE:  # where each one is stands under Categories of recipients
        places_ = ", ".join(dict.fromkeys(where(r, regions) for r in recipients))
        named = translate("art30", "%n recipients in {places}", None, len(recipients)).format(
            places=places_)
    if area == EEA:
        if also:
            return translate("art30", "No transfer outside the EEA for the other recipients "
                                      "({recipients}).").format(recipients=named)
        return translate("art30", "No transfer outside the EEA: every recipient is in the EEA "
                                  "({recipients}).").format(recipients=named)
    if also:
        return translate("art30", "No transfer outside the country of establishment for the "
                                  "other recipients ({recipients}).").format(recipients=named)
    return translate("art30", "No transfer outside the country of establishment: every "
                              "recipient is in the country of establishment or a country it "
                              "recognises as adequate without conditions ({recipients}).") \
        .format(recipients=named)


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
        signs.append(translate("art30", "the purpose is of the profiling kind"))
    if inferred and purpose.kind in _TARGETING:
        signs.append(translate("art30", "it uses data inferred about people ({categories}) for "
                                        "{kind}").format(categories=", ".join(inferred),
                                                         kind=label(purpose.kind).lower()))
    if not signs:
        return ""
    return translate("art30", "Not recorded, although {signs}: record whether people are "
                              "profiled and whether decisions are taken solely by automated "
                              "means (GDPR Art. 22).").format(
        signs=translate("art30", " and ").join(signs))


def dpia_words(status: str, reference: str) -> str:
    """``Done: DPIA-2025-02 Fraud screening``."""
    return translate("art30", "{status}: {reference}").format(
        status=dpia_status(status), reference=reference) if reference else dpia_status(status)
