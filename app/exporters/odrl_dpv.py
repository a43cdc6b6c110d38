"""The DPV terms the ODRL export maps our purposes, categories and legal bases to.

The IRIs come from the bundled W3C DPV tables (``resources/vocab/dpv/``); a mapping that names
no bundled term maps to nothing.
"""

from __future__ import annotations

import re
from functools import cache

from app.domain.enums import PurposeKind, Tag
from app.domain.external_ids import DPV, dpv_term
from app.domain.models import DataCategory, NamedItem, Purpose
from app.storage.resources import dpv_labels, dpv_terms

PURPOSE_KINDS = {  # our purpose kinds -> DPV purposes (profiling and other have no clear term)
    PurposeKind.ESSENTIAL: "ServiceProvision", PurposeKind.SECURITY: "EnforceSecurity",
    PurposeKind.LEGAL_COMPLIANCE: "LegalCompliance", PurposeKind.ANALYTICS: "ServiceUsageAnalytics",
    PurposeKind.PERSONALISATION: "ServicePersonalisation", PurposeKind.MARKETING: "Marketing",
    PurposeKind.ADVERTISING: "Advertising", PurposeKind.SALE_OR_SHARING: "SellDataToThirdParties",
    PurposeKind.RESEARCH: "ResearchAndDevelopment",
}
PURPOSE_WORDS = {  # words in a purpose id -> a more specific DPV purpose
    "account": "AccountManagement", "fraud": "FraudPreventionAndDetection",
    "delivery": "DeliveryOfGoods", "shipping": "DeliveryOfGoods", "payment": "PaymentManagement",
    "payments": "PaymentManagement", "support": "CustomerCare", "newsletter": "DirectMarketing",
    "recommendations": "ProvidePersonalisedRecommendations", "payroll": "PersonnelPayment",
    "recruitment": "PersonnelHiring", "hiring": "PersonnelHiring",
}
PD_WORDS = {  # a segment or word of a category id -> DPV personal-data category
    "email": "EmailAddress", "email_address": "EmailAddress", "phone": "TelephoneNumber",
    "telephone": "TelephoneNumber", "name": "Name", "postal_address": "PhysicalAddress",
    "ip_address": "IPAddress", "birth_date": "BirthDate", "date_of_birth": "BirthDate",
    "age": "Age", "gender": "Gender", "password": "Password", "username": "Username",
    "passport": "Passport", "nationality": "Nationality", "salary": "Salary",
    "fingerprint": "Fingerprint", "religion": "Religion", "ethnicity": "Ethnicity",
}
PD_TAGS = {  # tags -> DPV personal-data category, in Tag order (the first mapped tag wins)
    Tag.IDENTIFIER: "Identifier", Tag.CONTACT: "Contact", Tag.LOCATION: "Location",
    Tag.PRECISE_LOCATION: "Location", Tag.BROWSING: "BrowsingBehaviour",
    Tag.PURCHASE_HISTORY: "PurchasesAndSpendingHabit", Tag.DEVICE: "DeviceBased",
    Tag.FINANCIAL: "Financial", Tag.BIOMETRIC: "Biometric", Tag.HEALTH: "Health",
    Tag.GENETIC: "Genetic", Tag.GOVERNMENT_ID: "OfficialID", Tag.CREDENTIALS: "Authenticating",
    Tag.COMMUNICATIONS: "Communication", Tag.DEMOGRAPHIC: "Demographic",
    Tag.EMPLOYMENT: "Professional",
}
LEGAL_BASES = {"consent": "A6-1-a", "contract": "A6-1-b", "legal_obligation": "A6-1-c",
               "vital_interests": "A6-1-d", "public_task": "A6-1-e",
               "legitimate_interests": "A6-1-f"}
ART9 = {"explicit_consent": "A9-2-a", "employment_social_security": "A9-2-b",
        "vital_interests": "A9-2-c", "not_for_profit_body": "A9-2-d", "made_public": "A9-2-e",
        "legal_claims": "A9-2-f", "substantial_public_interest": "A9-2-g",
        "health_or_social_care": "A9-2-h", "public_health": "A9-2-i",
        "archiving_research_statistics": "A9-2-j"}

def term(vocab: str, prefix: str, name: str | None) -> str | None:
    """``prefix:name`` when ``name`` is a term of the bundled ``vocab`` table, else None."""
    return f"{prefix}:{name}" if name and name in dpv_terms(vocab) else None


def external_term(item: NamedItem | None, vocab: str, prefix: str) -> str | None:
    """``prefix:Term`` for the item's ``external_ids.dpv`` when that is a term of ``vocab``.

    The id may be written ``pd:EmailAddress``, as a full IRI or as the bare term.
    """
    value = item.external_ids.get(DPV) if item is not None else None
    return term(vocab, prefix, dpv_term(value)) if value else None


def _key(text: str) -> str:
    """Letters and digits only, lower case: how ids, names and DPV terms are compared."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


@cache
def _by_key(vocab: str) -> dict[str, str]:
    """Compared key -> term, for every term of a bundled table (by term and by label)."""
    found: dict[str, str] = {}
    for name, label in dpv_labels(vocab).items():
        found.setdefault(_key(name), name)
        found.setdefault(_key(label), name)
    return found


def _named(vocab: str, item_id: str, item: NamedItem | None,
           words: dict[str, str]) -> str | None:
    """The term the item's name or an id segment spells, or a word of it maps to, or None.

    The name first, then segment by segment, most specific first: a term the segment spells,
    then ``words`` for the segment and its words.
    """
    table = _by_key(vocab)
    if item is not None and item.name and _key(item.name) in table:
        return table[_key(item.name)]
    for segment in reversed(item_id.split(".")):
        found = table.get(_key(segment)) or next(
            (words[w] for w in (segment, *segment.split("_")) if w in words), None)
        if found:
            return found
    return None


def dpv_purpose(purpose_id: str, declared: Purpose | None,
                own: Purpose | None = None) -> str | None:
    """The DPV purpose for a purpose id, or None.

    The purpose's own external DPV id first, then a term its id or name spells, then id words,
    then the declared (nearest) kind.
    """
    found = external_term(own, "purposes", "dpv")
    if found:
        return found
    word = _named("purposes", purpose_id, own, PURPOSE_WORDS)
    kind = PURPOSE_KINDS.get(declared.kind) if declared else None
    return term("purposes", "dpv", word or kind)


def dpv_personal_data(category_id: str, declared: DataCategory | None) -> str | None:
    """The DPV personal-data category, or None.

    The category's external DPV id first, then a term its id or name spells, then id words,
    then tags.
    """
    found = external_term(declared, "pd", "dpv-pd")
    if found:
        return found
    word = _named("pd", category_id, declared, PD_WORDS)
    tags = set(declared.tags) if declared else set()
    tag = next((PD_TAGS[t] for t in Tag if t in tags and t in PD_TAGS), None)
    return term("pd", "dpv-pd", word or tag)
