"""Closed vocabularies of the policy model, each with plain-word labels for people."""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP, translate


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


_LABELS = {
    "access": QT_TRANSLATE_NOOP("enum label", "access"),
    "account_closure": QT_TRANSLATE_NOOP("enum label", "account closure"),
    "adequacy_decision": QT_TRANSLATE_NOOP("enum label", "adequacy decision"),
    "advertising": QT_TRANSLATE_NOOP("enum label", "advertising"),
    "aggregate": QT_TRANSLATE_NOOP("enum label", "aggregate"),
    "allow": QT_TRANSLATE_NOOP("enum label", "allow"),
    "allowed": QT_TRANSLATE_NOOP("enum label", "allowed"),
    "analytics": QT_TRANSLATE_NOOP("enum label", "analytics"),
    "anonymise": QT_TRANSLATE_NOOP("enum label", "anonymise"),
    "approved": QT_TRANSLATE_NOOP("enum label", "approved"),
    "archive": QT_TRANSLATE_NOOP("enum label", "archive"),
    "archiving_research_statistics": QT_TRANSLATE_NOOP(
        "enum label", "archiving research statistics"),
    "binding_corporate_rules": QT_TRANSLATE_NOOP("enum label", "binding corporate rules"),
    "biometric": QT_TRANSLATE_NOOP("enum label", "biometric"),
    "br_lgpd": QT_TRANSLATE_NOOP("enum label", "Brazil LGPD"),
    "browsing": QT_TRANSLATE_NOOP("enum label", "browsing"),
    "ca_pipeda": QT_TRANSLATE_NOOP("enum label", "Canada PIPEDA"),
    "ch_fadp": QT_TRANSLATE_NOOP("enum label", "Swiss FADP"),
    "collection": QT_TRANSLATE_NOOP("enum label", "collection"),
    "commercial": QT_TRANSLATE_NOOP("enum label", "commercial"),
    "communications": QT_TRANSLATE_NOOP("enum label", "communications"),
    "consent": QT_TRANSLATE_NOOP("enum label", "consent"),
    "consent_missing": QT_TRANSLATE_NOOP("enum label", "consent missing"),
    "consent_withdrawal": QT_TRANSLATE_NOOP("enum label", "consent withdrawal"),
    "contact": QT_TRANSLATE_NOOP("enum label", "contact"),
    "contest": QT_TRANSLATE_NOOP("enum label", "contest"),
    "contract": QT_TRANSLATE_NOOP("enum label", "contract"),
    "contract_end": QT_TRANSLATE_NOOP("enum label", "contract end"),
    "contract_for_subject": QT_TRANSLATE_NOOP("enum label", "contract for subject"),
    "contract_with_subject": QT_TRANSLATE_NOOP("enum label", "contract with subject"),
    "credentials": QT_TRANSLATE_NOOP("enum label", "credentials"),
    "criminal": QT_TRANSLATE_NOOP("enum label", "criminal offence data (GDPR Art. 10)"),
    "custom": QT_TRANSLATE_NOOP("enum label", "custom"),
    "customer_records": QT_TRANSLATE_NOOP("enum label", "customer records"),
    "data_subject": QT_TRANSLATE_NOOP("enum label", "data subject"),
    "delete": QT_TRANSLATE_NOOP("enum label", "delete"),
    "deletion_request": QT_TRANSLATE_NOOP("enum label", "deletion request"),
    "demographic": QT_TRANSLATE_NOOP("enum label", "demographic"),
    "denied": QT_TRANSLATE_NOOP("enum label", "denied"),
    "denied_by_rule": QT_TRANSLATE_NOOP("enum label", "denied by rule"),
    "deny": QT_TRANSLATE_NOOP("enum label", "deny"),
    "derogation": QT_TRANSLATE_NOOP("enum label", "derogation"),
    "device": QT_TRANSLATE_NOOP("enum label", "device"),
    "done": QT_TRANSLATE_NOOP("enum label", "done"),
    "draft": QT_TRANSLATE_NOOP("enum label", "draft"),
    "education": QT_TRANSLATE_NOOP("enum label", "education"),
    "employment": QT_TRANSLATE_NOOP("enum label", "employment"),
    "employment_social_security": QT_TRANSLATE_NOOP("enum label", "employment social security"),
    "encrypt": QT_TRANSLATE_NOOP("enum label", "encrypt"),
    "end_of_calendar_year": QT_TRANSLATE_NOOP("enum label", "end of calendar year"),
    "end_of_financial_year": QT_TRANSLATE_NOOP("enum label", "end of financial year"),
    "erasure": QT_TRANSLATE_NOOP("enum label", "erasure"),
    "essential": QT_TRANSLATE_NOOP("enum label", "essential"),
    "eu_gdpr": QT_TRANSLATE_NOOP("enum label", "EU GDPR"),
    "event": QT_TRANSLATE_NOOP("enum label", "event"),
    "explicit_consent": QT_TRANSLATE_NOOP("enum label", "explicit consent"),
    "express_view": QT_TRANSLATE_NOOP("enum label", "express view"),
    "financial": QT_TRANSLATE_NOOP("enum label", "financial"),
    "genetic": QT_TRANSLATE_NOOP("enum label", "genetic"),
    "geolocation": QT_TRANSLATE_NOOP("enum label", "geolocation"),
    "government_id": QT_TRANSLATE_NOOP("enum label", "government id"),
    "granted": QT_TRANSLATE_NOOP("enum label", "granted"),
    "health": QT_TRANSLATE_NOOP("enum label", "health"),
    "health_or_social_care": QT_TRANSLATE_NOOP("enum label", "health or social care"),
    "human_intervention": QT_TRANSLATE_NOOP("enum label", "human intervention"),
    "human_review": QT_TRANSLATE_NOOP("enum label", "human review"),
    "identifier": QT_TRANSLATE_NOOP("enum label", "identifier"),
    "identifiers": QT_TRANSLATE_NOOP("enum label", "identifiers"),
    "in_progress": QT_TRANSLATE_NOOP("enum label", "in progress"),
    "in_review": QT_TRANSLATE_NOOP("enum label", "in review"),
    "inferences": QT_TRANSLATE_NOOP("enum label", "inferences"),
    "inferred": QT_TRANSLATE_NOOP("enum label", "inferred"),
    "internal": QT_TRANSLATE_NOOP("enum label", "internal"),
    "last_activity": QT_TRANSLATE_NOOP("enum label", "last activity"),
    "legal_claims": QT_TRANSLATE_NOOP("enum label", "legal claims"),
    "legal_compliance": QT_TRANSLATE_NOOP("enum label", "legal compliance"),
    "legal_obligation": QT_TRANSLATE_NOOP("enum label", "legal obligation"),
    "legitimate_interests": QT_TRANSLATE_NOOP("enum label", "legitimate interests"),
    "limit_sensitive_use": QT_TRANSLATE_NOOP("enum label", "limit sensitive use"),
    "location": QT_TRANSLATE_NOOP("enum label", "location"),
    "made_public": QT_TRANSLATE_NOOP("enum label", "made public"),
    "marketing": QT_TRANSLATE_NOOP("enum label", "marketing"),
    "minimise": QT_TRANSLATE_NOOP("enum label", "minimise"),
    "network_activity": QT_TRANSLATE_NOOP("enum label", "network activity"),
    "no_rule": QT_TRANSLATE_NOOP("enum label", "no rule"),
    "none": QT_TRANSLATE_NOOP("enum label", "no consent needed"),
    "not_for_profit_body": QT_TRANSLATE_NOOP("enum label", "not-for-profit body"),
    "not_needed": QT_TRANSLATE_NOOP("enum label", "not needed"),
    "notify": QT_TRANSLATE_NOOP("enum label", "notify"),
    "objection": QT_TRANSLATE_NOOP("enum label", "objection"),
    "observed": QT_TRANSLATE_NOOP("enum label", "observed"),
    "opt_in": QT_TRANSLATE_NOOP("enum label", "opt-in"),
    "opt_out": QT_TRANSLATE_NOOP("enum label", "opt-out"),
    "opt_out_of_sale": QT_TRANSLATE_NOOP("enum label", "opt out of sale or sharing"),
    "opted_out": QT_TRANSLATE_NOOP("enum label", "opted out"),
    "other": QT_TRANSLATE_NOOP("enum label", "other"),
    "parental_consent": QT_TRANSLATE_NOOP("enum label", "parental consent"),
    "personal": QT_TRANSLATE_NOOP("enum label", "personal"),
    "personalisation": QT_TRANSLATE_NOOP("enum label", "personalisation"),
    "portability": QT_TRANSLATE_NOOP("enum label", "portability"),
    "precise_location": QT_TRANSLATE_NOOP("enum label", "precise location"),
    "processor": QT_TRANSLATE_NOOP("enum label", "processor"),
    "professional": QT_TRANSLATE_NOOP("enum label", "professional"),
    "profiling": QT_TRANSLATE_NOOP("enum label", "profiling"),
    "protected_classifications": QT_TRANSLATE_NOOP("enum label", "protected classifications"),
    "pseudonymise": QT_TRANSLATE_NOOP("enum label", "pseudonymise"),
    "public": QT_TRANSLATE_NOOP("enum label", "public"),
    "public_authority": QT_TRANSLATE_NOOP("enum label", "public authority"),
    "public_health": QT_TRANSLATE_NOOP("enum label", "public health"),
    "public_interest": QT_TRANSLATE_NOOP("enum label", "public interest"),
    "public_register": QT_TRANSLATE_NOOP("enum label", "public register"),
    "public_source": QT_TRANSLATE_NOOP("enum label", "public source"),
    "public_task": QT_TRANSLATE_NOOP("enum label", "public task"),
    "purchase_history": QT_TRANSLATE_NOOP("enum label", "purchase history"),
    "purpose_fulfilled": QT_TRANSLATE_NOOP("enum label", "purpose fulfilled"),
    "rectification": QT_TRANSLATE_NOOP("enum label", "rectification"),
    "rejected": QT_TRANSLATE_NOOP("enum label", "rejected"),
    "required": QT_TRANSLATE_NOOP("enum label", "required"),
    "research": QT_TRANSLATE_NOOP("enum label", "research"),
    "restriction": QT_TRANSLATE_NOOP("enum label", "restriction"),
    "retired": QT_TRANSLATE_NOOP("enum label", "retired"),
    "review": QT_TRANSLATE_NOOP("enum label", "review"),
    "sale_or_sharing": QT_TRANSLATE_NOOP("enum label", "sale or sharing"),
    "security": QT_TRANSLATE_NOOP("enum label", "security"),
    "sensitive": QT_TRANSLATE_NOOP("enum label", "sensitive"),
    "sensory": QT_TRANSLATE_NOOP("enum label", "sensory"),
    "special_category": QT_TRANSLATE_NOOP("enum label", "special category (GDPR Art. 9)"),
    "standard_contractual_clauses": QT_TRANSLATE_NOOP("enum label", "standard contractual clauses"),
    "substantial_public_interest": QT_TRANSLATE_NOOP("enum label", "substantial public interest"),
    "third_party": QT_TRANSLATE_NOOP("enum label", "third party"),
    "uk_gdpr": QT_TRANSLATE_NOOP("enum label", "UK GDPR"),
    "unknown": QT_TRANSLATE_NOOP("enum label", "unknown"),
    "us_ca_cpra": QT_TRANSLATE_NOOP("enum label", "California CCPA/CPRA"),
    "vital_interests": QT_TRANSLATE_NOOP("enum label", "vital interests"),
    "withdraw_consent": QT_TRANSLATE_NOOP("enum label", "withdraw consent"),
}
"""The label of every value of these vocabularies (translated where shown)."""


def label(value: StrEnum | str) -> str:
    """A plain-word label for an enum value, e.g. ``opt_in`` -> ``opt-in``, translated.

    A value of no vocabulary here reads with spaces for its underscores.
    """
    text = str(value)
    found = _LABELS.get(text)
    return translate("enum label", found) if found else text.replace("_", " ")
