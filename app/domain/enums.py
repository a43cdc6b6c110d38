"""Closed vocabularies of the policy model, each with plain-word labels for people."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where a policy is in its life."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    RETIRED = "retired"


class Jurisdiction(StrEnum):
    """Data-protection regimes a policy is written for."""

    EU_GDPR = "eu_gdpr"
    UK_GDPR = "uk_gdpr"
    CH_FADP = "ch_fadp"
    US_CA_CPRA = "us_ca_cpra"
    BR_LGPD = "br_lgpd"
    CA_PIPEDA = "ca_pipeda"


class Sensitivity(StrEnum):
    """How sensitive a data category is."""

    PERSONAL = "personal"
    SENSITIVE = "sensitive"
    SPECIAL_CATEGORY = "special_category"
    CRIMINAL = "criminal"


class Tag(StrEnum):
    """What kind of information a category holds; tags drive the intrusiveness checks."""

    IDENTIFIER = "identifier"
    CONTACT = "contact"
    LOCATION = "location"
    PRECISE_LOCATION = "precise_location"
    BROWSING = "browsing"
    PURCHASE_HISTORY = "purchase_history"
    DEVICE = "device"
    FINANCIAL = "financial"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    GENETIC = "genetic"
    GOVERNMENT_ID = "government_id"
    CREDENTIALS = "credentials"
    COMMUNICATIONS = "communications"
    INFERRED = "inferred"
    DEMOGRAPHIC = "demographic"
    EMPLOYMENT = "employment"


class RecipientKind(StrEnum):
    """Who receives the data."""

    INTERNAL = "internal"
    PROCESSOR = "processor"
    THIRD_PARTY = "third_party"
    PUBLIC_AUTHORITY = "public_authority"
    PUBLIC = "public"
    """Anyone: the data is published (format 2)."""


class Safeguard(StrEnum):
    """The legal ground for a transfer outside the policy's jurisdictions."""

    ADEQUACY_DECISION = "adequacy_decision"
    STANDARD_CONTRACTUAL_CLAUSES = "standard_contractual_clauses"
    BINDING_CORPORATE_RULES = "binding_corporate_rules"
    DEROGATION = "derogation"


class Derogation(StrEnum):
    """A derogation for a transfer without an adequacy decision or safeguard (GDPR Art. 49(1))."""

    EXPLICIT_CONSENT = "explicit_consent"
    """(a) the person explicitly consented, informed of the risks."""
    CONTRACT_WITH_SUBJECT = "contract_with_subject"
    """(b) necessary for a contract with the person, or steps at their request."""
    CONTRACT_FOR_SUBJECT = "contract_for_subject"
    """(c) necessary for a contract concluded in the person's interest with someone else."""
    PUBLIC_INTEREST = "public_interest"
    """(d) necessary for important reasons of public interest."""
    LEGAL_CLAIMS = "legal_claims"
    """(e) necessary for legal claims."""
    VITAL_INTERESTS = "vital_interests"
    """(f) necessary to protect vital interests when the person cannot consent."""
    PUBLIC_REGISTER = "public_register"
    """(g) made from a public register."""


class DpiaState(StrEnum):
    """Where a purpose's data protection impact assessment stands (GDPR Art. 35)."""

    NOT_NEEDED = "not_needed"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PurposeKind(StrEnum):
    """What a purpose is for, in broad strokes."""

    ESSENTIAL = "essential"
    SECURITY = "security"
    LEGAL_COMPLIANCE = "legal_compliance"
    ANALYTICS = "analytics"
    PERSONALISATION = "personalisation"
    MARKETING = "marketing"
    ADVERTISING = "advertising"
    PROFILING = "profiling"
    SALE_OR_SHARING = "sale_or_sharing"
    RESEARCH = "research"
    OTHER = "other"


class LegalBasis(StrEnum):
    """GDPR Art. 6(1) lawful bases."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class Art9Condition(StrEnum):
    """GDPR Art. 9(2) conditions for processing special-category data."""

    EXPLICIT_CONSENT = "explicit_consent"
    EMPLOYMENT_SOCIAL_SECURITY = "employment_social_security"
    VITAL_INTERESTS = "vital_interests"
    NOT_FOR_PROFIT_BODY = "not_for_profit_body"
    MADE_PUBLIC = "made_public"
    LEGAL_CLAIMS = "legal_claims"
    SUBSTANTIAL_PUBLIC_INTEREST = "substantial_public_interest"
    HEALTH_OR_SOCIAL_CARE = "health_or_social_care"
    PUBLIC_HEALTH = "public_health"
    ARCHIVING_RESEARCH_STATISTICS = "archiving_research_statistics"


class ConsentMechanism(StrEnum):
    """How consent is collected for a purpose."""

    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"
    NONE = "none"


class ConsentState(StrEnum):
    """The consent state a decision request carries."""

    GRANTED = "granted"
    DENIED = "denied"
    UNKNOWN = "unknown"


class Right(StrEnum):
    """Data-subject rights a purpose offers."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    OPT_OUT_OF_SALE = "opt_out_of_sale"
    LIMIT_SENSITIVE_USE = "limit_sensitive_use"
    HUMAN_REVIEW = "human_review"


class Effect(StrEnum):
    """What a use rule does."""

    ALLOW = "allow"
    DENY = "deny"


class DecisionReason(StrEnum):
    """Why a decision came out as it did (the ``reason`` of every engine's answer)."""

    ALLOWED = "allowed"
    DENIED_BY_RULE = "denied_by_rule"
    CONSENT_MISSING = "consent_missing"
    OPTED_OUT = "opted_out"
    NO_RULE = "no_rule"


class Obligation(StrEnum):
    """What must be done to the data when a use is allowed."""

    PSEUDONYMISE = "pseudonymise"
    ANONYMISE = "anonymise"
    AGGREGATE = "aggregate"
    ENCRYPT = "encrypt"
    MINIMISE = "minimise"
    NOTIFY = "notify"
    PARENTAL_CONSENT = "parental_consent"
    """Consent comes from a parent or guardian when the person is under the age of digital
    consent where they are (format 2)."""


class Trigger(StrEnum):
    """The event from which a retention period runs."""

    COLLECTION = "collection"
    LAST_ACTIVITY = "last_activity"
    ACCOUNT_CLOSURE = "account_closure"
    CONTRACT_END = "contract_end"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    PURPOSE_FULFILLED = "purpose_fulfilled"
    DELETION_REQUEST = "deletion_request"
    """The person deleted the data or asked for it to be erased (format 2)."""
    CUSTOM = "custom"
    """A named event of the organisation's own, see ``custom_event`` (format 2)."""


class PeriodStart(StrEnum):
    """Where a retention period starts counting, relative to its trigger event (format 2)."""

    EVENT = "event"
    """On the day of the event."""
    END_OF_CALENDAR_YEAR = "end_of_calendar_year"
    """At the end of the calendar year in which the event happened."""
    END_OF_FINANCIAL_YEAR = "end_of_financial_year"
    """At the end of the financial year in which the event happened."""


class SourceKind(StrEnum):
    """Where a category of data comes from (GDPR Art. 14(2)(f), format 2)."""

    DATA_SUBJECT = "data_subject"
    """Given by the person."""
    OBSERVED = "observed"
    """Observed from the person's use of a service or device."""
    INFERRED = "inferred"
    """Derived or inferred from other data."""
    THIRD_PARTY = "third_party"
    """Received from a named third party."""
    PUBLIC_SOURCE = "public_source"
    """Taken from a publicly accessible source."""


class CcpaCategory(StrEnum):
    """The categories of personal information of Cal. Civ. Code 1798.140(v)(1) (format 2)."""

    IDENTIFIERS = "identifiers"
    CUSTOMER_RECORDS = "customer_records"
    PROTECTED_CLASSIFICATIONS = "protected_classifications"
    COMMERCIAL = "commercial"
    BIOMETRIC = "biometric"
    NETWORK_ACTIVITY = "network_activity"
    GEOLOCATION = "geolocation"
    SENSORY = "sensory"
    PROFESSIONAL = "professional"
    EDUCATION = "education"
    INFERENCES = "inferences"
    SENSITIVE = "sensitive"


class AutomatedSafeguard(StrEnum):
    """Safeguards for a decision based solely on automated processing (GDPR Art. 22(3))."""

    HUMAN_INTERVENTION = "human_intervention"
    EXPRESS_VIEW = "express_view"
    CONTEST = "contest"


class Disposition(StrEnum):
    """What happens to data when its retention period ends."""

    DELETE = "delete"
    ANONYMISE = "anonymise"
    PSEUDONYMISE = "pseudonymise"
    ARCHIVE = "archive"
    REVIEW = "review"


class ApprovalDecision(StrEnum):
    """The outcome an approver recorded."""

    APPROVED = "approved"
    REJECTED = "rejected"


_SPECIAL_LABELS = {
    "eu_gdpr": "EU GDPR",
    "uk_gdpr": "UK GDPR",
    "ch_fadp": "Swiss FADP",
    "us_ca_cpra": "California CCPA/CPRA",
    "br_lgpd": "Brazil LGPD",
    "ca_pipeda": "Canada PIPEDA",
    "special_category": "special category (GDPR Art. 9)",
    "criminal": "criminal offence data (GDPR Art. 10)",
    "opt_in": "opt-in",
    "opt_out": "opt-out",
    "none": "no consent needed",
    "sale_or_sharing": "sale or sharing",
    "opt_out_of_sale": "opt out of sale or sharing",
    "not_for_profit_body": "not-for-profit body",
    "in_review": "in review",
}


def label(value: StrEnum | str) -> str:
    """A plain-word label for an enum value, e.g. ``opt_in`` -> ``opt-in``."""
    text = str(value)
    return _SPECIAL_LABELS.get(text, text.replace("_", " "))
