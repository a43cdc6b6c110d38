"""Proposed app-store labels for categories and purposes that do not declare theirs.

A proposal is a guess for the user to confirm (exports say which labels were proposed), taken
from what the item already says, the most specific evidence first:

- a category: its DPV term (``external_ids.dpv``), then its Fides key (``external_ids.fides``),
  then the words of its id (``location.precise``, ``online.advertising_id``), then its tags,
  then its CCPA category, then a special-category sensitivity;
- a purpose: its DPV purpose, then the words of its id, then its kind (a purpose that does not
  state its kind takes the kind of its nearest declared ancestor that does).

Each signal names a *concept* (``email``, ``precise_location``...) that gives the Apple and the
Google data type together; a store without a fitting type gives none (Google has no single type
for Apple's "Sensitive info", for instance), and the export reports the category as unmapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import CcpaCategory, PurposeKind, Sensitivity, Tag
from app.domain.external_ids import DPV, dpv_term, fides_key
from app.domain.i18n import translate
from app.domain.models import DataCategory, Purpose
from app.domain.store_kinds import AppleDataType as A
from app.domain.store_kinds import ApplePurpose as AP
from app.domain.store_kinds import PlayDataType as G
from app.domain.store_kinds import PlayPurpose as GP

CONCEPTS: dict[str, tuple[A | None, G | None]] = {
    "name": (A.NAME, G.NAME),
    "email": (A.EMAIL_ADDRESS, G.EMAIL_ADDRESS),
    "phone": (A.PHONE_NUMBER, G.PHONE_NUMBER),
    "address": (A.PHYSICAL_ADDRESS, G.ADDRESS),
    "contact": (A.OTHER_CONTACT_INFO, G.OTHER_PERSONAL_INFO),
    "user_id": (A.USER_ID, G.USER_IDS),
    "device_id": (A.DEVICE_ID, G.DEVICE_OR_OTHER_IDS),
    "precise_location": (A.PRECISE_LOCATION, G.PRECISE_LOCATION),
    "location": (A.COARSE_LOCATION, G.APPROXIMATE_LOCATION),
    "browsing": (A.BROWSING_HISTORY, G.WEB_BROWSING_HISTORY),
    "search": (A.SEARCH_HISTORY, G.IN_APP_SEARCH_HISTORY),
    "purchase": (A.PURCHASE_HISTORY, G.PURCHASE_HISTORY),
    "payment": (A.PAYMENT_INFO, G.PAYMENT_INFO),
    "credit": (A.CREDIT_INFO, G.CREDIT_SCORE),
    "financial": (A.OTHER_FINANCIAL_INFO, G.OTHER_FINANCIAL_INFO),
    "health": (A.HEALTH, G.HEALTH_INFO),
    "fitness": (A.FITNESS, G.FITNESS_INFO),
    "sensitive": (A.SENSITIVE_INFO, None),
    "contacts": (A.CONTACTS, G.CONTACTS),
    "messages": (A.EMAILS_OR_TEXT_MESSAGES, G.OTHER_IN_APP_MESSAGES),
    "photos": (A.PHOTOS_OR_VIDEOS, G.PHOTOS),
    "videos": (A.PHOTOS_OR_VIDEOS, G.VIDEOS),
    "audio": (A.AUDIO_DATA, G.VOICE_OR_SOUND_RECORDINGS),
    "support": (A.CUSTOMER_SUPPORT, G.OTHER_IN_APP_MESSAGES),
    "user_content": (A.OTHER_USER_CONTENT, G.OTHER_USER_GENERATED_CONTENT),
    "files": (A.OTHER_USER_CONTENT, G.FILES_AND_DOCS),
    "calendar": (None, G.CALENDAR_EVENTS),
    "interaction": (A.PRODUCT_INTERACTION, G.APP_INTERACTIONS),
    "advertising": (A.ADVERTISING_DATA, None),
    "crash": (A.CRASH_DATA, G.CRASH_LOGS),
    "performance": (A.PERFORMANCE_DATA, G.DIAGNOSTICS),
    "diagnostics": (A.OTHER_DIAGNOSTIC_DATA, G.OTHER_PERFORMANCE_DATA),
}
"""Concept -> (Apple data type, Google data type)."""

_DPV = {"Name": "name", "GivenName": "name", "FamilyName": "name", "EmailAddress": "email",
        "EmailAddressPersonal": "email", "EmailAddressWork": "email",
        "TelephoneNumber": "phone", "PhysicalAddress": "address", "Contact": "contact",
        "GPSCoordinate": "precise_location", "Location": "location",
        "CurrentLocation": "location", "IPAddress": "device_id", "MACAddress": "device_id",
        "DeviceBased": "device_id", "Identifier": "user_id", "AccountIdentifier": "financial",
        "BrowsingBehaviour": "browsing", "BrowsingReferral": "browsing",
        "Purchase": "purchase", "PurchasesAndSpendingHabit": "purchase",
        "PaymentCard": "payment", "PaymentCardNumber": "payment", "CreditCardNumber": "payment",
        "BankAccount": "payment", "CreditScore": "credit", "CreditRecord": "credit",
        "Credit": "credit", "Financial": "financial", "Health": "health",
        "HealthRecord": "health", "MedicalHealth": "health", "PhysicalHealth": "health",
        "MentalHealth": "health", "Communication": "messages", "EmailContent": "messages",
        "SocialMediaCommunication": "messages", "VoiceCommunicationRecording": "audio",
        "Interaction": "interaction", "Religion": "sensitive", "ReligiousBelief": "sensitive",
        "PoliticalOpinion": "sensitive", "Sexual": "sensitive", "Racial": "sensitive",
        "Genetic": "sensitive", "Biometric": "sensitive"}
_FIDES = (("user.contact.email", "email"), ("user.contact.phone", "phone"),
          ("user.contact.address", "address"), ("user.name", "name"),
          ("user.contact", "contact"), ("user.location.precise", "precise_location"),
          ("user.location", "location"), ("user.device", "device_id"),
          ("user.behavior.browsing", "browsing"), ("user.behavior.search", "search"),
          ("user.behavior.purchase", "purchase"), ("user.payment", "payment"),
          ("user.financial", "financial"), ("user.health", "health"),
          ("user.content", "user_content"), ("user.unique_id", "user_id"),
          ("user.account", "user_id"))
_WORDS = (("precise_location", "precise_location"), ("gps", "precise_location"),
          ("email_address", "email"), ("e_mail", "email"), ("email", "email"),
          ("ip_address", "device_id"), ("ip", "device_id"), ("advertising_id", "device_id"),
          ("device", "device_id"), ("cookie", "device_id"), ("push_token", "device_id"),
          ("user_id", "user_id"), ("account_id", "user_id"), ("member", "user_id"),
          ("name", "name"), ("phone", "phone"), ("telephone", "phone"), ("mobile", "phone"),
          ("address_book", "contacts"), ("contacts", "contacts"), ("address", "address"),
          ("location", "location"), ("search", "search"), ("interaction", "interaction"),
          ("event", "interaction"), ("view", "interaction"), ("click", "interaction"),
          ("browsing", "browsing"), ("purchase", "purchase"), ("order", "purchase"),
          ("invoice", "purchase"), ("payment", "payment"), ("card", "payment"),
          ("bank", "payment"), ("credit", "credit"), ("health", "health"),
          ("medical", "health"), ("fitness", "fitness"), ("message", "messages"),
          ("chat", "messages"), ("sms", "messages"), ("photo", "photos"), ("image", "photos"),
          ("video", "videos"), ("audio", "audio"), ("voice", "audio"),
          ("support", "support"), ("calendar", "calendar"), ("crash", "crash"),
          ("app_performance", "performance"), ("diagnostic", "diagnostics"),
          ("recording", "audio"))
_TAGS = ((Tag.PRECISE_LOCATION, "precise_location"), (Tag.LOCATION, "location"),
         (Tag.HEALTH, "health"), (Tag.BIOMETRIC, "sensitive"), (Tag.GENETIC, "sensitive"),
         (Tag.BROWSING, "browsing"), (Tag.PURCHASE_HISTORY, "purchase"),
         (Tag.FINANCIAL, "financial"), (Tag.COMMUNICATIONS, "messages"),
         (Tag.DEVICE, "device_id"), (Tag.CONTACT, "contact"), (Tag.IDENTIFIER, "user_id"))
_CCPA = {CcpaCategory.GEOLOCATION: "location", CcpaCategory.BIOMETRIC: "sensitive",
         CcpaCategory.SENSITIVE: "sensitive", CcpaCategory.PROTECTED_CLASSIFICATIONS: "sensitive",
         CcpaCategory.COMMERCIAL: "purchase", CcpaCategory.NETWORK_ACTIVITY: "interaction",
         CcpaCategory.SENSORY: "audio", CcpaCategory.IDENTIFIERS: "user_id",
         CcpaCategory.CUSTOMER_RECORDS: "contact"}


@dataclass(frozen=True)
class Proposal:
    """The labels proposed in each store (data types or purposes), and what they came from."""

    apple: StrEnum | None
    play: StrEnum | None
    reason: str


def _word_in_id(phrase: str) -> str:
    return translate("store proposals", "the word '{word}' in its id").format(word=phrase)


def _words(item_id: str) -> str:
    """The id's words, space-separated and padded (``online.ip_address`` -> `` online ip ...``)."""
    return f" {' '.join(re.split(r'[._]+', item_id))} "


def _word_concept(text: str) -> tuple[str, str] | None:
    """(concept, where it came from) by the first phrase of :data:`_WORDS` in ``text``."""
    words = _words(text)
    for joined, concept in _WORDS:
        phrase = joined.replace("_", " ")  # written as in ids, matched as the id's words
        if f" {phrase} " in words or f" {phrase}s " in words:
            return concept, _word_in_id(phrase)
    return None


def _category_concept(category: DataCategory) -> tuple[str, str] | None:
    """(concept, where it came from) for ``category``, or None."""
    term = dpv_term(category.external_ids.get(DPV, ""))
    if term in _DPV:
        return _DPV[term], translate("store proposals", "its DPV term {term}").format(term=term)
    key = fides_key(category) or ""
    for prefix, concept in _FIDES:
        if key == prefix or key.startswith((prefix + ".", prefix + "_")):
            return concept, translate("store proposals", "its Fides key {key}").format(key=key)
    found = _word_concept(category.id.rsplit(".", 1)[-1])
    if found is not None:
        return found
    for tag, concept in _TAGS:
        if tag in category.tags:
            return concept, translate("store proposals", "its tag {tag}").format(tag=tag.value)
    found = _word_concept(category.id)
    if found is not None:
        return found
    if category.ccpa_category in _CCPA:
        return _CCPA[category.ccpa_category], translate(
            "store proposals", "its CCPA category {category}").format(
                category=category.ccpa_category)
    if category.sensitivity is Sensitivity.SPECIAL_CATEGORY:
        return "sensitive", translate("store proposals", "its special-category sensitivity")
    return None


def propose_category(category: DataCategory) -> Proposal:
    """The Apple and Google data types ``category``'s own words suggest (None: no guess)."""
    found = _category_concept(category)
    if found is None:
        return Proposal(None, None, "")
    apple, play = CONCEPTS[found[0]]
    return Proposal(apple, play, found[1])


_KINDS: dict[PurposeKind, tuple[AP | None, GP | None]] = {
    PurposeKind.ESSENTIAL: (AP.APP_FUNCTIONALITY, GP.APP_FUNCTIONALITY),
    PurposeKind.SECURITY: (AP.APP_FUNCTIONALITY, GP.FRAUD_PREVENTION_SECURITY),
    PurposeKind.LEGAL_COMPLIANCE: (AP.OTHER, GP.FRAUD_PREVENTION_SECURITY),
    PurposeKind.ANALYTICS: (AP.ANALYTICS, GP.ANALYTICS),
    PurposeKind.PERSONALISATION: (AP.PRODUCT_PERSONALIZATION, GP.PERSONALIZATION),
    PurposeKind.MARKETING: (AP.DEVELOPER_ADVERTISING, GP.ADVERTISING),
    PurposeKind.ADVERTISING: (AP.THIRD_PARTY_ADVERTISING, GP.ADVERTISING),
    PurposeKind.PROFILING: (AP.PRODUCT_PERSONALIZATION, GP.PERSONALIZATION),
    PurposeKind.SALE_OR_SHARING: (AP.THIRD_PARTY_ADVERTISING, GP.ADVERTISING),
    PurposeKind.RESEARCH: (AP.OTHER, None),
    PurposeKind.OTHER: (AP.OTHER, None),
}
_PURPOSE_WORDS: tuple[tuple[str, tuple[AP, GP]], ...] = (
    ("account", (AP.APP_FUNCTIONALITY, GP.ACCOUNT_MANAGEMENT)),
    ("login", (AP.APP_FUNCTIONALITY, GP.ACCOUNT_MANAGEMENT)),
    ("fraud", (AP.APP_FUNCTIONALITY, GP.FRAUD_PREVENTION_SECURITY)),
    ("newsletter", (AP.DEVELOPER_ADVERTISING, GP.DEVELOPER_COMMUNICATIONS)),
    ("notification", (AP.APP_FUNCTIONALITY, GP.DEVELOPER_COMMUNICATIONS)),
)
_DPV_PURPOSES: dict[str, tuple[AP, GP]] = {
    "ServiceProvision": (AP.APP_FUNCTIONALITY, GP.APP_FUNCTIONALITY),
    "AccountManagement": (AP.APP_FUNCTIONALITY, GP.ACCOUNT_MANAGEMENT),
    "FraudPreventionAndDetection": (AP.APP_FUNCTIONALITY, GP.FRAUD_PREVENTION_SECURITY),
    "EnforceSecurity": (AP.APP_FUNCTIONALITY, GP.FRAUD_PREVENTION_SECURITY),
    "Advertising": (AP.THIRD_PARTY_ADVERTISING, GP.ADVERTISING),
    "PersonalisedAdvertising": (AP.THIRD_PARTY_ADVERTISING, GP.ADVERTISING),
    "DirectMarketing": (AP.DEVELOPER_ADVERTISING, GP.ADVERTISING),
    "ServicePersonalisation": (AP.PRODUCT_PERSONALIZATION, GP.PERSONALIZATION),
    "ServiceUsageAnalytics": (AP.ANALYTICS, GP.ANALYTICS),
    "CommunicationForCustomerCare": (AP.APP_FUNCTIONALITY, GP.DEVELOPER_COMMUNICATIONS),
}


def propose_purpose(purpose: Purpose, stated: Purpose | None = None) -> Proposal:
    """The Apple and Google purposes ``purpose``'s own words suggest (None: no guess).

    ``stated``: the nearest ancestor that states its kind, whose kind stands for
    ``purpose``'s when ``purpose`` does not state one.
    """
    term = dpv_term(purpose.external_ids.get(DPV, ""))
    if term in _DPV_PURPOSES:
        return Proposal(*_DPV_PURPOSES[term], translate(
            "store proposals", "its DPV purpose {term}").format(term=term))
    words = _words(purpose.id)
    for phrase, (apple, play) in _PURPOSE_WORDS:
        if f" {phrase} " in words or f" {phrase}s " in words:
            return Proposal(apple, play, _word_in_id(phrase))
    if "kind" not in purpose.model_fields_set and stated is not None:
        return Proposal(*_KINDS[stated.kind], translate(
            "store proposals", "the kind {kind} of {id}").format(kind=stated.kind.value,
                                                                id=stated.id))
    apple_kind, play_kind = _KINDS[purpose.kind]
    return Proposal(apple_kind, play_kind, translate("store proposals", "its kind {kind}")
                    .format(kind=purpose.kind.value))
