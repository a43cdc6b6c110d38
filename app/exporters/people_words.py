"""Plain words about people and data: sources, CCPA categories, ages, external ids, publication.

Everything here returns plain text (never markup); the document builders escape it.
"""

from __future__ import annotations

from app.domain.enums import RecipientKind, label
from app.domain.models import DataCategory, DataSubject, NamedItem, Recipient

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
