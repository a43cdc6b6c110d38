"""Pydantic models for every concept of a policy.

Models validate on assignment, so a field can never hold a value of the wrong shape. Meaning
(unknown references, duplicates, legal gaps) is not enforced here: that is the job of the
check catalogue, which reports findings instead of refusing the file.

Every field carries its words: ``Field(title=..., description=...)`` gives the label and the
one-sentence help that the editor, the JSON Schema, the redline and the documents show (read
them with :func:`app.domain.sections.field_title` and :func:`~app.domain.sections.field_help`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

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


def _field(title: str, description: str, **kwargs: Any) -> Any:
    """A field with the words people see.

    ``title`` labels it in the editor, the JSON Schema, the redline and the documents;
    ``description`` is its one-sentence help.
    """
    return Field(title=title, description=description, **kwargs)


Name = Annotated[Text, Field(title="Name", description="A short name people read.")]
Description = Annotated[Text, Field(
    title="Description",
    description="What this is, in plain words; it appears in the exported documents.")]


class Model(BaseModel):
    """Base for every policy model: unknown keys are refused, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        revalidate_instances="never",
    )


class Item(Model):
    """Anything with an identifier inside a policy section."""

    id: ItemId = _field("Id", "Lowercase dotted identifier, unique within its section; dots "
                              "express hierarchy.")


class NamedItem(Item):
    """An item people know by a name, described in plain words."""

    name: Name = ""
    description: Description = ""


class Contact(Model):
    """A person or office to contact."""

    name: Text = _field("Name", "Name of the person or office.", default="")
    email: Text = _field("Email", "Email address.", default="")
    address: Text = _field("Address", "Postal address.", default="")
    phone: Text = _field("Phone", "Telephone number.", default="")


class Approval(Model):
    """One recorded review decision."""

    name: Text = _field("Name", "Who made the decision.")
    role: Text = _field("Role", "The approver's role, e.g. Data protection officer.",
                        default="")
    date: dt.date = _field("Date", "The day of the decision.")
    decision: ApprovalDecision = _field("Decision", "Approved or rejected.",
                                        default=ApprovalDecision.APPROVED)
    digest: Annotated[str, StringConstraints(pattern=r"^(sha256:[0-9a-f]{64})?$")] = _field(
        "Digest", "Content digest of the policy that was approved.", default="")
    note: Text = _field("Note", "Any remark recorded with the decision.", default="")


class SecurityMeasure(NamedItem):
    """A technical or organisational measure protecting the data (GDPR Art. 32)."""

    kind: Literal["technical", "organisational"] = _field(
        "Kind", "Technical (software, hardware) or organisational (people, process).",
        default="technical")


class Metadata(Model):
    """Who the policy belongs to, where it applies and where it is in its life."""

    id: ItemId = _field("Id", "Lowercase dotted identifier of the policy.")
    title: Text = _field("Title", "The policy's title as readers see it.", default="")
    version: SemVer = _field("Version", "Semantic version of the policy, e.g. 2.3.0.",
                             default="0.1.0")
    status: Status = _field(
        "Status", "Where the policy is in its life: draft, in review, approved or retired.",
        default=Status.DRAFT)
    organisation: Text = _field("Organisation", "The organisation the policy belongs to.",
                                default="")
    description: Text = _field("Description", "What the policy covers, in plain words.",
                               default="")
    controller: Contact = _field(
        "Controller", "Who decides why and how the data is used (GDPR controller).",
        default_factory=Contact)
    dpo: Contact | None = _field("Data protection officer",
                                 "The data protection officer, when one is appointed.",
                                 default=None)
    jurisdictions: list[Jurisdiction] = _field(
        "Jurisdictions", "The data-protection laws the policy is written for.",
        default_factory=list)
    establishment: CountryCode | None = _field(
        "Established in", "ISO country where the controller is established; transfers are "
                          "judged from there.", default=None)
    effective_date: dt.date | None = _field("Effective date", "The day the policy takes effect.",
                                            default=None)
    next_review: dt.date | None = _field(
        "Next review", "When the policy is due for review; checks warn when it is overdue.",
        default=None)
    approvals: list[Approval] = _field(
        "Approvals", "Recorded review decisions: who, in which role, when, and the outcome.",
        default_factory=list)
    security_measures: list[SecurityMeasure] = _field(
        "Security measures", "Technical and organisational measures protecting the data "
                             "(GDPR Art. 32); they appear in the Art. 30 record.",
        default_factory=list)


class DataCategory(NamedItem):
    """A kind of personal data, such as ``contact.email``."""

    sensitivity: Sensitivity = _field(
        "Sensitivity", "How sensitive the data is; special category is GDPR Art. 9 data, "
                       "criminal is Art. 10 data.", default=Sensitivity.PERSONAL)
    tags: list[Tag] = _field(
        "Tags", "What kind of information this is; tags drive the intrusiveness checks.",
        default_factory=list)


class DataSubject(NamedItem):
    """A group of people the data is about."""

    vulnerable: bool = _field(
        "Vulnerable", "People who need extra protection (patients, people in care, "
                      "children...).", default=False)
    children: bool = _field("Children", "People below the age of digital consent.",
                            default=False)


class Recipient(NamedItem):
    """Someone the data is disclosed to."""

    kind: RecipientKind = _field(
        "Kind", "Who receives the data: internal team, processor working for you, "
                "independent third party or public authority.", default=RecipientKind.PROCESSOR)
    country: CountryCode | None = _field(
        "Country", "ISO 3166-1 alpha-2 country where the recipient processes the data.",
        default=None)
    safeguard: Safeguard | None = _field(
        "Transfer safeguard", "The transfer tool used when the country is outside the "
                              "policy's jurisdictions.", default=None)


class Purpose(NamedItem):
    """Why data is used, with the legal basis and how consent is collected."""

    kind: PurposeKind = _field(
        "Kind", "What the purpose is for, in broad strokes; it weighs in the intrusiveness "
                "score.", default=PurposeKind.OTHER)
    legal_basis: LegalBasis | None = _field(
        "Legal basis", "The GDPR Art. 6(1) lawful basis for this purpose.", default=None)
    art9_condition: Art9Condition | None = _field(
        "Art. 9 condition", "The GDPR Art. 9(2) condition, needed when special-category data "
                            "is used for this purpose.", default=None)
    consent: ConsentMechanism = _field(
        "Consent", "How consent is collected: opt-in needs a yes, opt-out applies unless the "
                   "person said no.", default=ConsentMechanism.NONE)
    rights: list[Right] = _field("Rights offered",
                                 "The data-subject rights offered for this purpose.",
                                 default_factory=list)
    lia: Text = _field("Legitimate interests assessment", "Reference to the legitimate "
                       "interests assessment, when that basis is used.", default="")


class UseRule(Item):
    """Allows or denies using some categories for some purposes."""

    description: Description = ""
    effect: Effect = _field("Effect", "Allow the uses the rule covers, or deny them (deny "
                                      "always wins).", default=Effect.ALLOW)
    categories: list[ItemId] = _field(
        "Categories", "The data categories the rule covers (with their sub-categories).",
        default_factory=list)
    purposes: list[ItemId] = _field(
        "Purposes", "The purposes the rule covers (with their sub-purposes).",
        default_factory=list)
    subjects: list[ItemId] = _field("Subjects", "Empty means any subject.",
                                    default_factory=list)
    recipients: list[ItemId] = _field("Recipients", "Empty means any recipient (or none).",
                                      default_factory=list)
    regions: list[ItemId] = _field("Regions", "Empty means anywhere.", default_factory=list)
    obligations: list[Obligation] = _field(
        "Obligations", "What must be done to the data when the use is allowed.",
        default_factory=list)


class RetentionRule(Item):
    """How long some categories are kept, from which event, and what happens after."""

    description: Description = ""
    categories: list[ItemId] = _field("Categories",
                                      "The data categories this period applies to.",
                                      default_factory=list)
    purposes: list[ItemId] = _field("Purposes",
                                    "Empty means the rule applies whatever the purpose.",
                                    default_factory=list)
    duration: Duration = _field(
        "Kept for", "How long the data is kept, from the trigger event: an ISO 8601 duration "
        "(e.g. P30D, P6M, P2Y) or 'indefinite'.")
    trigger: Trigger = _field("Counted from", "The event from which the period runs.",
                              default=Trigger.COLLECTION)
    disposition: Disposition = _field("Then", "What happens to the data when the period ends.",
                                      default=Disposition.DELETE)
    citation: Text = _field(
        "Citation", "The law or reason behind the period, e.g. a tax code's ten-year rule.",
        default="")
    legal_hold: bool = _field(
        "Legal hold", "The data must be kept for the whole period even if the person asks for "
                      "erasure (a statutory retention duty or a litigation hold, GDPR Art. "
                      "17(3)(b) and (e)).", default=False)


class Policy(Model):
    """A whole policy document."""

    format_version: Literal[1] = _field("Format version", "Version of the file format.",
                                        default=FORMAT_VERSION)
    policy: Metadata = _field(
        "Policy", "Who the policy belongs to, where it applies and where it is in its life.")
    categories: list[DataCategory] = _field(
        "Data categories", "The kinds of personal data the policy covers.", default_factory=list)
    subjects: list[DataSubject] = _field(
        "Data subjects", "The groups of people the data is about.", default_factory=list)
    recipients: list[Recipient] = _field(
        "Recipients", "Who the data is disclosed to.", default_factory=list)
    purposes: list[Purpose] = _field(
        "Purposes", "Why the data is used, with legal bases and consent.", default_factory=list)
    rules: list[UseRule] = _field(
        "Use rules", "Which data may or may not be used for which purposes.",
        default_factory=list)
    retention: list[RetentionRule] = _field(
        "Retention rules", "How long the data is kept and what happens after.",
        default_factory=list)
