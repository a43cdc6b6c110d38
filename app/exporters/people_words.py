"""Plain words about people and data: sources, CCPA categories, ages, external ids, publication.

Everything here returns plain text (never markup); the document builders escape it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.enums import RecipientKind, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import DataCategory, DataSubject, NamedItem, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.transfers import Standing, judge, places, transfers
from app.domain.typography import labelled, semicolons
from app.exporters.policy_words import SAFEGUARD, join, place, said

SOURCE = {
    "data_subject": QT_TRANSLATE_NOOP("policy document", "the person"),
    "observed": QT_TRANSLATE_NOOP("policy document", "observed"),
    "inferred": QT_TRANSLATE_NOOP("policy document", "inferred"),
    "third_party": QT_TRANSLATE_NOOP("policy document", "a third party"),
    "public_source": QT_TRANSLATE_NOOP("policy document", "a public source"),
}
CCPA = {
    "identifiers": QT_TRANSLATE_NOOP("policy document", "Identifiers"),
    "customer_records": QT_TRANSLATE_NOOP("policy document", "Customer records (1798.80(e))"),
    "protected_classifications": QT_TRANSLATE_NOOP(
        "policy document", "Characteristics of protected classifications"),
    "commercial": QT_TRANSLATE_NOOP("policy document", "Commercial information"),
    "biometric": QT_TRANSLATE_NOOP("policy document", "Biometric information"),
    "network_activity": QT_TRANSLATE_NOOP(
        "policy document", "Internet or other electronic network activity"),
    "geolocation": QT_TRANSLATE_NOOP("policy document", "Geolocation data"),
    "sensory": QT_TRANSLATE_NOOP(
        "policy document", "Audio, electronic, visual, thermal, olfactory or similar information"),
    "professional": QT_TRANSLATE_NOOP("policy document",
                                      "Professional or employment-related information"),
    "education": QT_TRANSLATE_NOOP("policy document", "Education information"),
    "inferences": QT_TRANSLATE_NOOP("policy document", "Inferences drawn to create a profile"),
    "sensitive": QT_TRANSLATE_NOOP("policy document", "Sensitive personal information"),
}
"""The categories of personal information of Cal. Civ. Code 1798.140(v)(1), in its words
(English; :func:`ccpa_headings` gives them in the current language)."""


def ccpa_headings() -> list[tuple[str, str]]:
    """(key, heading) of every CCPA category of :data:`CCPA`, in the current language."""
    return [(key, said(CCPA, key)) for key in CCPA]


def sources(category: DataCategory) -> str:
    """Where a category's data comes from, e.g. ``the person; a third party: Acme``."""
    return semicolons(translate("policy document", "{source}: {name}").format(
        source=said(SOURCE, str(s.kind)), name=s.name) if s.name else said(SOURCE, str(s.kind))
        for s in category.sources)


def ages(subject: DataSubject) -> str:
    """A subject's age range in words, or ``""``."""
    low, high = subject.age_min, subject.age_max
    if low is not None and high is not None:
        return translate("policy document", "aged {low} to {high}").format(low=low, high=high)
    if low is not None:
        return translate("policy document", "aged {low} or over").format(low=low)
    return translate("policy document", "aged {high} or under").format(high=high) \
        if high is not None else ""


def external_ids(item: NamedItem) -> str:
    """``dpv: pd:EmailAddress; fides: user.contact.email`` or ``""``."""
    return semicolons(labelled(k, v) for k, v in sorted(item.external_ids.items()))


PUBLISHED = QT_TRANSLATE_NOOP("policy document", "published (anyone can see it)")
NOT_A_TRANSFER = QT_TRANSLATE_NOOP("policy document", "not a transfer (published)")


def published(recipient: Recipient) -> bool:
    """Whether giving data to ``recipient`` publishes it."""
    return recipient.kind is RecipientKind.PUBLIC


def recipient_kind(recipient: Recipient) -> str:
    """The recipient's kind in words; a public one is ``published``."""
    if published(recipient):
        return translate("policy document", PUBLISHED)
    return label(recipient.kind)


def safeguard(recipient: Recipient, regimes: Sequence[JurisdictionInfo],
              regions: RegionCatalogue) -> str:
    """The recipient's transfer safeguard, or why none is needed, in words.

    ``regimes`` are the transfer rules that bind the controller
    (:func:`app.domain.jurisdictions.transfer_regimes`): a recipient inside their area needs no
    safeguard (``none needed: no transfer outside the European Economic Area``), nor one in a
    country they deem adequate; a transfer with no recorded safeguard says where it goes.
    """
    recorded = said(SAFEGUARD, str(recipient.safeguard)) if recipient.safeguard else ""
    if published(recipient):
        return translate("policy document", NOT_A_TRANSFER)
    if not places(recipient):
        return recorded or translate("policy document", "none recorded (where the data goes is "
                                                        "not stated)")
    if not regimes:
        return recorded or translate("policy document", "none recorded")
    judged = transfers(judge(recipient, regimes, regions))
    if not judged:
        areas = dict.fromkeys(place(regions.name(code)) for regime in regimes
                              for code in sorted(regime.applies_in))
        if recorded:
            return translate("policy document", "none needed: no transfer outside {areas} "
                                                "(recorded: {safeguard})").format(
                areas=join(areas), safeguard=recorded)
        return translate("policy document", "none needed: no transfer outside {areas}").format(
            areas=join(areas))
    if recorded:
        return recorded
    abroad = join(dict.fromkeys(place(regions.name(j.place.code)) for j in judged))
    if all(j.standing == Standing.ADEQUATE for j in judged):
        return translate("policy document", "none needed beyond the adequacy decision for "
                                            "{places} (GDPR Art. 45)").format(places=abroad)
    return translate("policy document", "none recorded for the transfer to {places}").format(
        places=abroad)
