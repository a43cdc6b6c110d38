"""Pydantic models for every concept of a policy.

Models validate on assignment, so a field can never hold a value of the wrong shape. Meaning
(unknown references, duplicates, legal gaps) is not enforced here: that is the job of the
check catalogue, which reports findings instead of refusing the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.domain.duration import Duration
from app.domain.enums import (
    ApprovalDecision,
    Art9Condition,
    ConsentMechanism,
    Disposition,
    Effect,
    Jurisdiction,
    LegalBasis,
    Obligation,
    PurposeKind,
    RecipientKind,
    Right,
    Safeguard,
    Sensitivity,
    Status,
    Tag,
    Trigger,
)
from app.domain.ids import ID_PATTERN, MAX_ID_LENGTH, MAX_ID_LEVELS

FORMAT_VERSION = 1


def _levels(value: str) -> str:
    if value.count(".") >= MAX_ID_LEVELS:
        raise ValueError(f"'{value}' has {value.count('.') + 1} levels; an id has at most "
                         f"{MAX_ID_LEVELS}")
    return value


ItemId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH),
                   AfterValidator(_levels)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
SemVer = Annotated[
    str, StringConstraints(pattern=r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
]
Text = Annotated[str, StringConstraints(max_length=20_000)]


class Model(BaseModel):
    """Base for every policy model: unknown keys are refused, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_attribute_docstrings=True,
        revalidate_instances="never",
    )


class Item(Model):
    """Anything with an identifier inside a policy section."""

    id: ItemId
    """Lowercase dotted identifier, unique within its section; dots express hierarchy."""


class Contact(Model):
    """A person or office to contact."""

    name: Text = ""
    email: Text = ""
    address: Text = ""
    phone: Text = ""


class Approval(Model):
    """One recorded review decision."""

    name: Text
    role: Text = ""
    date: dt.date
    decision: ApprovalDecision = ApprovalDecision.APPROVED
    digest: Annotated[str, StringConstraints(pattern=r"^(sha256:[0-9a-f]{64})?$")] = ""
    """Content digest of the policy that was approved."""
    note: Text = ""


class SecurityMeasure(Item):
    """A technical or organisational measure protecting the data (GDPR Art. 32)."""

    name: Text = ""
    description: Text = ""
    kind: Literal["technical", "organisational"] = "technical"


class Metadata(Model):
    """Who the policy belongs to, where it applies and where it is in its life."""

    id: ItemId
    title: Text = ""
    version: SemVer = "0.1.0"
    status: Status = Status.DRAFT
    organisation: Text = ""
    description: Text = ""
    controller: Contact = Field(default_factory=Contact)
    dpo: Contact | None = None
    jurisdictions: list[Jurisdiction] = Field(default_factory=list)
    establishment: CountryCode | None = None
    """ISO country where the controller is established; transfers are judged from there."""
    effective_date: dt.date | None = None
    next_review: dt.date | None = None
    approvals: list[Approval] = Field(default_factory=list)
    security_measures: list[SecurityMeasure] = Field(default_factory=list)


class DataCategory(Item):
    """A kind of personal data, such as ``contact.email``."""

    name: Text = ""
    description: Text = ""
    sensitivity: Sensitivity = Sensitivity.PERSONAL
    tags: list[Tag] = Field(default_factory=list)


class DataSubject(Item):
    """A group of people the data is about."""

    name: Text = ""
    description: Text = ""
    vulnerable: bool = False
    """People who need extra protection (patients, people in care, children...)."""
    children: bool = False
    """People below the age of digital consent."""


class Recipient(Item):
    """Someone the data is disclosed to."""

    name: Text = ""
    description: Text = ""
    kind: RecipientKind = RecipientKind.PROCESSOR
    country: CountryCode | None = None
    """ISO 3166-1 alpha-2 country where the recipient processes the data."""
    safeguard: Safeguard | None = None
    """The transfer tool used when the country is outside the policy's jurisdictions."""


class Purpose(Item):
    """Why data is used, with the legal basis and how consent is collected."""

    name: Text = ""
    description: Text = ""
    kind: PurposeKind = PurposeKind.OTHER
    legal_basis: LegalBasis | None = None
    art9_condition: Art9Condition | None = None
    consent: ConsentMechanism = ConsentMechanism.NONE
    rights: list[Right] = Field(default_factory=list)
    lia: Text = ""
    """Reference to the legitimate interests assessment, when that basis is used."""


class UseRule(Item):
    """Allows or denies using some categories for some purposes."""

    description: Text = ""
    effect: Effect = Effect.ALLOW
    categories: list[ItemId] = Field(default_factory=list)
    purposes: list[ItemId] = Field(default_factory=list)
    subjects: list[ItemId] = Field(default_factory=list)
    """Empty means any subject."""
    recipients: list[ItemId] = Field(default_factory=list)
    """Empty means any recipient (or none)."""
    regions: list[ItemId] = Field(default_factory=list)
    """Empty means anywhere."""
    obligations: list[Obligation] = Field(default_factory=list)


class RetentionRule(Item):
    """How long some categories are kept, from which event, and what happens after."""

    description: Text = ""
    categories: list[ItemId] = Field(default_factory=list)
    purposes: list[ItemId] = Field(default_factory=list)
    """Empty means the rule applies whatever the purpose."""
    duration: Duration
    trigger: Trigger = Trigger.COLLECTION
    disposition: Disposition = Disposition.DELETE
    citation: Text = ""
    """The law or reason behind the period, e.g. a tax code's ten-year rule."""
    legal_hold: bool = False
    """The data must be kept for the whole period even if the person asks for erasure (a
    statutory retention duty or a litigation hold, GDPR Art. 17(3)(b) and (e))."""


class Policy(Model):
    """A whole policy document."""

    SECTIONS: ClassVar[tuple[str, ...]] = (
        "categories",
        "subjects",
        "recipients",
        "purposes",
        "rules",
        "retention",
    )

    format_version: Literal[1] = FORMAT_VERSION
    """Version of the file format."""
    policy: Metadata
    categories: list[DataCategory] = Field(default_factory=list)
    subjects: list[DataSubject] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    rules: list[UseRule] = Field(default_factory=list)
    retention: list[RetentionRule] = Field(default_factory=list)


SECTION_ITEM_TYPES: dict[str, type[Item]] = {
    "categories": DataCategory,
    "subjects": DataSubject,
    "recipients": Recipient,
    "purposes": Purpose,
    "rules": UseRule,
    "retention": RetentionRule,
}

# Where the ids of each section are referenced: (section, field) pairs.
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "categories": (("rules", "categories"), ("retention", "categories")),
    "purposes": (("rules", "purposes"), ("retention", "purposes")),
    "subjects": (("rules", "subjects"),),
    "recipients": (("rules", "recipients"),),
    "rules": (),
    "retention": (),
}
