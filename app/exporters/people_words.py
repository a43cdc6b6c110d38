"""Plain words about people and data: sources, CCPA categories, ages, external ids, publication.

Everything here returns plain text (never markup); the document builders escape it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.enums import RecipientKind, label
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.models import DataCategory, DataSubject, NamedItem, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.transfers import Standing, judge, places, transfers
from app.exporters.policy_words import SAFEGUARD, join, place

SOURCE = {
    "data_subject": "the person", "observed": "observed", "inferred": "inferred",
    "third_party": "a third party", "public_source": "a public source",
}
CCPA = {
    "identifiers": "Identifiers", "customer_records": "Customer records (1798.80(e))",
    "protected_classifications": "Characteristics of protected classifications",
    "commercial": "Commercial information", "biometric": "Biometric information",
    "network_activity": "Internet or other electronic network activity",
    "geolocation": "Geolocation data",
    "sensory": "Audio, electronic, visual, thermal, olfactory or similar information",
    "professional": "Professional or employment-related information",
    "education": "Education information", "inferences": "Inferences drawn to create a profile",
    "sensitive": "Sensitive personal information",
}
"""The categories of personal information of Cal. Civ. Code 1798.140(v)(1), in its words."""


def sources(category: DataCategory) -> str:
    """Where a category's data comes from, e.g. ``the person; a third party: Acme``."""
    return "; ".join(SOURCE[str(s.kind)] + (f": {s.name}" if s.name else "")
                     for s in category.sources)


def ages(subject: DataSubject) -> str:
    """A subject's age range in words, or ``""``."""
    low, high = subject.age_min, subject.age_max
    if low is not None and high is not None:
        return f"aged {low} to {high}"
    if low is not None:
        return f"aged {low} or over"
    return f"aged {high} or under" if high is not None else ""


def external_ids(item: NamedItem) -> str:
    """``dpv: pd:EmailAddress; fides: user.contact.email`` or ``""``."""
    return "; ".join(f"{k}: {v}" for k, v in sorted(item.external_ids.items()))


PUBLISHED = "published (anyone can see it)"
NOT_A_TRANSFER = "not a transfer (published)"


def published(recipient: Recipient) -> bool:
    """Whether giving data to ``recipient`` publishes it."""
    return recipient.kind is RecipientKind.PUBLIC


def recipient_kind(recipient: Recipient) -> str:
    """The recipient's kind in words; a public one is ``published``."""
    if published(recipient):
        return PUBLISHED
    return label(recipient.kind)


def safeguard(recipient: Recipient, regimes: Sequence[JurisdictionInfo],
              regions: RegionCatalogue) -> str:
    """The recipient's transfer safeguard, or why none is needed, in words.

    ``regimes`` are the transfer rules that bind the controller
    (:func:`app.domain.jurisdictions.transfer_regimes`): a recipient inside their area needs no
    safeguard (``none needed: no transfer outside the European Economic Area``), nor one in a
    country they deem adequate; a transfer with no recorded safeguard says where it goes.
    """
    recorded = SAFEGUARD.get(str(recipient.safeguard), "") if recipient.safeguard else ""
    if published(recipient):
        return NOT_A_TRANSFER
    if not places(recipient):
        return recorded or "none recorded (where the data goes is not stated)"
    if not regimes:
        return recorded or "none recorded"
    judged = transfers(judge(recipient, regimes, regions))
    if not judged:
        areas = dict.fromkeys(place(regions.name(code)) for regime in regimes
                              for code in sorted(regime.applies_in))
        also = f" (recorded: {recorded})" if recorded else ""
        return f"none needed: no transfer outside {join(areas)}{also}"
    if recorded:
        return recorded
    abroad = join(dict.fromkeys(place(regions.name(j.place.code)) for j in judged))
    if all(j.standing == Standing.ADEQUATE for j in judged):
        return f"none needed beyond the adequacy decision for {abroad} (GDPR Art. 45)"
    return f"none recorded for the transfer to {abroad}"
