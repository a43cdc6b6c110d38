"""What Fides keys and values mean in a policy: sensitivity, tags, purpose kinds, bases, rights.

Fides keys carry meaning in their words: ``user.health_and_medical`` is GDPR Art. 9 data,
``user.criminal_history`` is Art. 10 data, ``marketing.advertising.*`` is advertising. These
tables turn a key (matched segment by segment, so ``user.biometric`` covers
``user.biometric.voice``) into the fields a policy uses for that meaning, and the fixed values of
a privacy declaration (legal basis, special-category basis) and of a data subject (rights) into
ours. Nothing here reads files.
"""

from __future__ import annotations

import re

from app.domain.duration import Duration
from app.domain.enums import (
    Art9Condition,
    LegalBasis,
    PurposeKind,
    Right,
    Sensitivity,
    Tag,
)

SPECIAL_CATEGORY_KEYS = (
    "user.biometric", "user.authorization.biometric", "user.health_and_medical",
    "user.demographic.political_opinion", "user.demographic.race_ethnicity",
    "user.demographic.religious_belief", "user.demographic.sexual_orientation",
)
"""GDPR Art. 9 data in the Fides taxonomy (with every key below them)."""
CRIMINAL_KEYS = ("user.criminal_history",)
"""GDPR Art. 10 data."""
SENSITIVE_KEYS = (
    "user.financial", "user.payment", "user.government_id", "user.location.precise",
    "user.authorization.credentials", "user.authorization.password", "user.childrens",
)
"""Not Art. 9 data, but data whose loss harms people (their sensitivity is ``sensitive``)."""
TAG_KEYS: tuple[tuple[str, Tag], ...] = (
    ("user.biometric", Tag.BIOMETRIC), ("user.authorization.biometric", Tag.BIOMETRIC),
    ("user.health_and_medical", Tag.HEALTH), ("user.biometric.health", Tag.HEALTH),
    ("user.contact", Tag.CONTACT), ("user.location.precise", Tag.PRECISE_LOCATION),
    ("user.location", Tag.LOCATION), ("user.device", Tag.DEVICE),
    ("user.financial", Tag.FINANCIAL), ("user.payment", Tag.FINANCIAL),
    ("user.government_id", Tag.GOVERNMENT_ID), ("user.unique_id", Tag.IDENTIFIER),
    ("user.authorization.credentials", Tag.CREDENTIALS),
    ("user.authorization.password", Tag.CREDENTIALS),
    ("user.behavior.browsing_history", Tag.BROWSING),
    ("user.behavior.search_history", Tag.BROWSING),
    ("user.behavior.purchase_history", Tag.PURCHASE_HISTORY),
)
PURPOSE_KINDS: tuple[tuple[str, PurposeKind], ...] = (
    ("marketing.advertising", PurposeKind.ADVERTISING),
    ("marketing", PurposeKind.MARKETING),
    ("analytics", PurposeKind.ANALYTICS),
    ("personalize", PurposeKind.PERSONALISATION),
    ("essential.fraud_detection", PurposeKind.SECURITY),
    ("essential.service.security", PurposeKind.SECURITY),
    ("essential.legal_obligation", PurposeKind.LEGAL_COMPLIANCE),
    ("third_party_sharing.legal_obligation", PurposeKind.LEGAL_COMPLIANCE),
    ("third_party_sharing", PurposeKind.SALE_OR_SHARING),
    ("essential", PurposeKind.ESSENTIAL),
    ("functional", PurposeKind.ESSENTIAL),
)
"""Most specific first: the first prefix that matches gives the kind."""
LEGAL_BASES = {
    "Consent": LegalBasis.CONSENT, "Contract": LegalBasis.CONTRACT,
    "Legal obligations": LegalBasis.LEGAL_OBLIGATION,
    "Vital interests": LegalBasis.VITAL_INTERESTS,
    "Public interest": LegalBasis.PUBLIC_TASK,
    "Legitimate interests": LegalBasis.LEGITIMATE_INTERESTS,
}
"""A privacy declaration's ``legal_basis_for_processing`` (GDPR Art. 6(1))."""
ART9_CONDITIONS = {
    "Explicit consent": Art9Condition.EXPLICIT_CONSENT,
    "Employment, social security and social protection":
        Art9Condition.EMPLOYMENT_SOCIAL_SECURITY,
    "Vital interests": Art9Condition.VITAL_INTERESTS,
    "Not-for-profit bodies": Art9Condition.NOT_FOR_PROFIT_BODY,
    "Made public by the data subject": Art9Condition.MADE_PUBLIC,
    "Legal claims or judicial acts": Art9Condition.LEGAL_CLAIMS,
    "Reasons of substantial public interest (with a basis in law)":
        Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
    "Health or social care (with a basis in law)": Art9Condition.HEALTH_OR_SOCIAL_CARE,
    "Public health (with a basis in law)": Art9Condition.PUBLIC_HEALTH,
    "Archiving, research and statistics (with a basis in law)":
        Art9Condition.ARCHIVING_RESEARCH_STATISTICS,
}
"""A privacy declaration's ``special_category_legal_basis`` (GDPR Art. 9(2))."""
RIGHTS: dict[str, Right | None] = {
    "Informed": None,  # the notice itself, not a right a purpose offers
    "Access": Right.ACCESS, "Rectification": Right.RECTIFICATION, "Erasure": Right.ERASURE,
    "Portability": Right.PORTABILITY, "Restrict Processing": Right.RESTRICTION,
    "Withdraw Consent": Right.WITHDRAW_CONSENT, "Object": Right.OBJECTION,
    "Object to Automated Processing": Right.HUMAN_REVIEW,
}
"""A data subject's Fides rights; ``None`` where a purpose has no matching right."""
PROFILING_WORDS = ("profiling", "profiled")


def _under(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith(prefix + ".")


def sensitivity_of(key: str) -> Sensitivity:
    """The sensitivity a category key means (special category, criminal, sensitive, personal)."""
    if any(_under(key, p) for p in SPECIAL_CATEGORY_KEYS) or "genetic" in key.split("."):
        return Sensitivity.SPECIAL_CATEGORY
    if any(_under(key, p) for p in CRIMINAL_KEYS):
        return Sensitivity.CRIMINAL
    if any(_under(key, p) for p in SENSITIVE_KEYS):
        return Sensitivity.SENSITIVE
    return Sensitivity.PERSONAL


def tags_of(key: str) -> list[Tag]:
    """The tags a category key means, in a fixed order, without repeats."""
    tags = [tag for prefix, tag in TAG_KEYS if _under(key, prefix)]
    if "genetic" in key.split("."):
        tags.append(Tag.GENETIC)
    if Tag.PRECISE_LOCATION in tags:
        tags.remove(Tag.LOCATION)
    return list(dict.fromkeys(tags))


def kind_of(key: str) -> PurposeKind:
    """The purpose kind a data-use key means (``other`` when its words say nothing)."""
    if is_profiling(key) and not _under(key, "marketing.advertising"):
        return PurposeKind.PROFILING
    return next((kind for prefix, kind in PURPOSE_KINDS if _under(key, prefix)),
                PurposeKind.OTHER)


def is_profiling(key: str) -> bool:
    """True when a data-use key names profiling (``personalize.content.profiling``)."""
    return any(part in PROFILING_WORDS for part in key.split("."))


def rights_of(strategy: str, values: list[str]) -> tuple[list[Right], list[str]]:
    """Our rights for a Fides ``rights`` block, and the Fides rights that have no match.

    ``ALL`` is every right, ``NONE`` none, ``INCLUDE`` the values, ``EXCLUDE`` all but them.
    """
    if strategy == "ALL":
        chosen = list(RIGHTS)
    elif strategy == "INCLUDE":
        chosen = values
    elif strategy == "EXCLUDE":
        chosen = [name for name in RIGHTS if name not in values]
    else:
        chosen = []
    rights = [r for name in chosen if (r := RIGHTS.get(name)) is not None]
    return list(dict.fromkeys(rights)), [name for name in chosen if RIGHTS.get(name) is None]


_PERIOD = re.compile(r"^\s*(\d{1,6})\s*(day|week|month|year)?s?\s*$", re.IGNORECASE)


def retention_duration(text: str) -> Duration | None:
    """A duration for a retention text that is only a period (``30 days``, ``P2Y``, ``90``).

    A bare number is days, as Fides forms record it; anything else is ``None`` (criteria).
    """
    match = _PERIOD.match(text)
    if match is not None:
        return Duration.of(int(match.group(1)), (match.group(2) or "day")[0])
    try:
        return Duration(text) if text.strip()[:1] in ("P", "p") else None
    except ValueError:
        return None
