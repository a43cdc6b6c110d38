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

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from app.domain.duration import Duration
from app.domain.enums import (
    ApprovalDecision,
    Art9Condition,
    AutomatedSafeguard,
    CcpaCategory,
    ConsentMechanism,
    ConsentState,
    DecisionReason,
    Derogation,
    Disposition,
    DpiaState,
    Effect,
    Jurisdiction,
    LegalBasis,
    Obligation,
    PeriodStart,
    PurposeKind,
    RecipientKind,
    Right,
    Safeguard,
    Sensitivity,
    SourceKind,
    Status,
    Tag,
    Trigger,
)
from app.domain.i18n import translate
from app.domain.ids import ID_PATTERN, MAX_ID_LENGTH, MAX_ID_LEVELS
from app.domain.region_codes import ANY_RECIPIENT, REGION_PATTERN, canonical_region
from app.domain.store_kinds import AppleDataType, ApplePurpose, PlayDataType, PlayPurpose

FORMAT_VERSION = 2
"""The format new files are written in; format 1 files still load (see
:mod:`app.domain.migration`)."""
FORMAT_VERSIONS = (1, 2)


def _levels(value: str) -> str:
    if value.count(".") >= MAX_ID_LEVELS:
        raise ValueError(translate("ids", "'{id}' has {levels} levels; an id has at most "
                                          "{most}").format(
            id=value, levels=value.count(".") + 1, most=MAX_ID_LEVELS))
    return value


ItemId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH),
                   AfterValidator(_levels)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
RegionCode = Annotated[str, BeforeValidator(canonical_region),
                       StringConstraints(pattern=REGION_PATTERN, max_length=MAX_ID_LENGTH)]
"""A region: an ISO 3166-1 alpha-2 country (``DE``), an ISO 3166-2 subdivision (``US-CA``) or
a named group (``eea``, or one the policy defines); any case on input, canonical when stored."""
RecipientRef = Annotated[
    str, StringConstraints(pattern=r"^(\*|[a-z0-9_]+(\.[a-z0-9_]+)*)$", max_length=MAX_ID_LENGTH),
    AfterValidator(lambda value: value if value == ANY_RECIPIENT else _levels(value))]
"""A recipient id, or ``*`` for any recipient at all (format 2)."""
ExternalKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,31}$")]
DOMAIN_PATTERN = r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"
DomainName = Annotated[str, StringConstraints(pattern=DOMAIN_PATTERN, max_length=253)]
"""A lowercase internet domain name, e.g. ``ads.example.com``."""
SemVer = Annotated[
    str, StringConstraints(pattern=r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
]
Text = Annotated[str, StringConstraints(max_length=20_000)]
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Z]{2})?$"
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]
"""A language: two or three lowercase letters (ISO 639), optionally a region (``de-CH``)."""


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


def _translations(title: str) -> Any:
    """The optional ``translations`` field of a model whose text is called ``title``.

    It is left out of the dump while empty, so a policy without translations keeps its
    canonical form and content digest.
    """
    return _field("Translations", f"The {title} and description in other languages, by "
                  "language code (de, fr, de-CH); documents in that language use them "
                  "(format 2).", default_factory=dict, exclude_if=lambda value: not value)


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


class Translation(Model):
    """An item's name and description in one other language."""

    name: Text = _field("Name", "The name in this language.", default="")
    description: Text = _field("Description", "The description in this language.", default="")


class TitleTranslation(Model):
    """The policy's title and description in one other language."""

    title: Text = _field("Title", "The title in this language.", default="")
    description: Text = _field("Description", "The description in this language.", default="")


class NamedItem(Item):
    """An item people know by a name, described in plain words."""

    name: Name = ""
    description: Description = ""
    external_ids: dict[ExternalKey, Text] = _field(
        "External identifiers", "The same thing in other vocabularies, by scheme: dpv (a W3C "
        "DPV IRI or term), fides (a Fides key) or any other; exporters use these instead of "
        "guessing from words (format 2).", default_factory=dict)
    translations: dict[LanguageCode, Translation] = _translations("name")


class Contact(Model):
    """A person or office to contact."""

    name: Text = _field("Name", "Name of the person or office.", default="")
    email: Text = _field("Email", "Email address.", default="")
    address: Text = _field("Address", "Postal address.", default="")
    phone: Text = _field("Phone", "Telephone number.", default="")


class ApprovalSignature(Model):
    """The approver's signature of an approval, and what it was made for.

    The signed statement is the approval record together with the policy id, its version and
    a link to the approval before it (see app/storage/signing), so a signature copied to
    another policy or version, or replayed elsewhere in the list, no longer fits.
    """

    policy: Annotated[str, StringConstraints(max_length=200)] = _field(
        "Signed policy", "Id of the policy the approver signed.", default="")
    version: Annotated[str, StringConstraints(max_length=200)] = _field(
        "Signed version", "Version of the policy the approver signed.", default="")
    previous: Annotated[str, StringConstraints(pattern=r"^(sha256:[0-9a-f]{64})?$")] = _field(
        "Previous approval", "SHA-256 of the approval before this one in the list, as signed "
                             "(empty for the first).", default="")
    sshsig: Annotated[str, StringConstraints(max_length=20_000)] = _field(
        "SSH signature", "The armored SSH signature (the format of ssh-keygen -Y sign).",
        default="")


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
    signature: ApprovalSignature | None = _field(
        "Signature", "The approver's signature of this decision, when it was signed.",
        default=None)


class SecurityMeasure(NamedItem):
    """A technical or organisational measure protecting the data (GDPR Art. 32)."""

    kind: Literal["technical", "organisational"] = _field(
        "Kind", "Technical (software, hardware) or organisational (people, process).",
        default="technical")


class ClientController(Item):
    """A controller on whose behalf the organisation processes data as processor (Art. 30(2))."""

    name: Text = _field("Name", "The controller's name.", default="")
    email: Text = _field("Email", "The controller's email address.", default="")
    address: Text = _field("Address", "The controller's postal address.", default="")
    phone: Text = _field("Phone", "The controller's telephone number.", default="")
    representative: Text = _field(
        "Representative", "The controller's representative under GDPR Art. 27, with contact "
                          "details, when it has one.", default="")
    contract: Text = _field(
        "Processing contract", "Reference to the contract under GDPR Art. 28 that sets out the "
                               "processing (document name or link).", default="")


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
    language: LanguageCode = _field(
        "Language", "The language the policy's own texts are written in (format 2).",
        default="en", exclude_if=lambda value: value == "en")
    translations: dict[LanguageCode, TitleTranslation] = _translations("title")
    controller: Contact = _field(
        "Controller", "Who decides why and how the data is used (GDPR controller).",
        default_factory=Contact)
    dpo: Contact | None = _field("Data protection officer",
                                 "The data protection officer, when one is appointed.",
                                 default=None)
    jurisdictions: list[Jurisdiction] = _field(
        "Jurisdictions", "The data-protection laws the policy is written for.",
        default_factory=list)
    establishment: RegionCode | None = _field(
        "Established in", "ISO country (or subdivision) where the controller is established; "
                          "transfers are judged from there.", default=None)
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
    joint_controllers: list[Contact] = _field(
        "Joint controllers", "Organisations that decide jointly with the controller why and how "
                             "the data is used (GDPR Art. 26), for the Art. 30 record "
                             "(format 2).", default_factory=list)
    representative: Contact | None = _field(
        "Representative", "The representative in the EU or UK of a controller established "
                          "outside it (GDPR Art. 27), when one is appointed (format 2).",
        default=None)
    record_created: dt.date | None = _field(
        "Record created", "The day the record of processing activities was first drawn up "
                          "(format 2).", default=None)
    record_updated: dt.date | None = _field(
        "Record updated", "The day the record of processing activities was last brought up to "
                          "date; when empty the record gives the latest approval or the "
                          "effective date (format 2).", default=None)
    processing_for: list[ClientController] = _field(
        "Processing for controllers", "The controllers on whose behalf the organisation "
        "processes data as their processor; purposes carried out for one name it in On behalf "
        "of and make up the processor's record (GDPR Art. 30(2)), format 2.",
        default_factory=list)


class Source(Model):
    """Where a category of data comes from (GDPR Art. 14(2)(f))."""

    kind: SourceKind = _field("Kind", "Given by the person, observed, inferred, received from a "
                                      "third party or taken from a public source.")
    name: Text = _field("Name", "The named third party or public source, when there is one.",
                        default="")


class DataCategory(NamedItem):
    """A kind of personal data, such as ``contact.email``."""

    sensitivity: Sensitivity = _field(
        "Sensitivity", "How sensitive the data is; special category is GDPR Art. 9 data, "
                       "criminal is Art. 10 data.", default=Sensitivity.PERSONAL)
    tags: list[Tag] = _field(
        "Tags", "What kind of information this is; tags drive the intrusiveness checks.",
        default_factory=list)
    sources: list[Source] = _field(
        "Sources", "Where the data comes from: the person, observation, inference, a named "
                   "third party or a public source (format 2).", default_factory=list)
    ccpa_category: CcpaCategory | None = _field(
        "CCPA category", "The category of personal information under Cal. Civ. Code "
                         "1798.140(v) (format 2).", default=None)
    apple_data_type: AppleDataType | None = _field(
        "Apple data type", "The data type of Apple's privacy manifest (PrivacyInfo.xcprivacy) "
        "this category is; empty: the export proposes one from the tags and ids (format 2).",
        default=None)
    play_data_type: PlayDataType | None = _field(
        "Google Play data type", "The data type of Google Play's Data safety form this "
        "category is; empty: the export proposes one from the tags and ids (format 2).",
        default=None)


class DataSubject(NamedItem):
    """A group of people the data is about."""

    vulnerable: bool = _field(
        "Vulnerable", "People who need extra protection (patients, people in care, "
                      "children...).", default=False)
    children: bool = _field("Children", "People below the age of digital consent.",
                            default=False)
    age_min: Annotated[int, Field(ge=0, le=150)] | None = _field(
        "Youngest age", "The youngest age these people can have, when known (format 2).",
        default=None)
    age_max: Annotated[int, Field(ge=0, le=150)] | None = _field(
        "Oldest age", "The oldest age these people can have, when known (format 2).",
        default=None)


class Recipient(NamedItem):
    """Someone the data is disclosed to."""

    kind: RecipientKind = _field(
        "Kind", "Who receives the data: internal team, processor working for you, "
                "independent third party or public authority.", default=RecipientKind.PROCESSOR)
    country: RegionCode | None = _field(
        "Country", "ISO 3166-1 alpha-2 country where the recipient processes the data.",
        default=None)
    countries: list[RegionCode] = _field(
        "Countries", "Every country (or subdivision) where the recipient processes the data, "
                     "besides Country (format 2).", default_factory=list)
    stored_in: list[RegionCode] = _field(
        "Stored in", "Where the recipient stores the data, when that differs from where it "
                     "processes it (format 2).", default_factory=list)
    safeguard: Safeguard | None = _field(
        "Transfer safeguard", "The transfer tool used when the country is outside the "
                              "policy's jurisdictions.", default=None)
    derogation: Derogation | None = _field(
        "Transfer derogation", "The GDPR Art. 49(1) derogation relied on when a transfer has no "
                               "adequacy decision or safeguard (format 2).", default=None)
    processor_contract: Text = _field(
        "Processor contract", "Reference to the contract or other legal act under GDPR Art. 28 "
                              "that binds a processor (document name or link), format 2.",
        default="")
    tracking_domains: list[DomainName] = _field(
        "Tracking domains", "Internet domains the app connects to when it shares data with this "
        "recipient for tracking (Apple's NSPrivacyTrackingDomains), format 2.",
        default_factory=list)


class BasisEntry(Model):
    """One legal basis of a purpose, possibly only in some regions."""

    basis: LegalBasis = _field("Basis", "The GDPR Art. 6(1) lawful basis.")
    regions: list[RegionCode] = _field(
        "Regions", "Where this basis is relied on; empty means everywhere.", default_factory=list)
    note: Text = _field("Note", "Anything a reader should know about this basis.", default="")


class AutomatedDecisions(Model):
    """Automated decision-making and profiling (GDPR Art. 22, Art. 13(2)(f))."""

    profiling: bool = _field("Profiling", "The purpose evaluates personal aspects of people "
                                          "(GDPR Art. 4(4)).", default=False)
    solely_automated: bool = _field(
        "Solely automated decisions", "Decisions are taken without human involvement and have "
        "legal or similarly significant effects on people (GDPR Art. 22(1)).", default=False)
    logic: Text = _field("Logic", "The logic involved, in plain words.", default="")
    consequences: Text = _field("Consequences", "What the decisions mean for people.",
                                default="")
    safeguards: list[AutomatedSafeguard] = _field(
        "Safeguards", "What people can do about a decision (GDPR Art. 22(3)).",
        default_factory=list)


class DpiaStatus(Model):
    """Where a purpose's data protection impact assessment stands (GDPR Art. 35)."""

    status: DpiaState = _field(
        "Status", "Not needed (screened out), required, in progress or done.",
        default=DpiaState.REQUIRED)
    reference: Text = _field(
        "Reference", "The assessment or the screening note (document name or link).",
        default="")


class DpiaScreening(Model):
    """What a purpose does that the EDPB's DPIA criteria (WP248 rev.01) ask about.

    The other criteria are read from the policy itself: the data's sensitivity, the people,
    profiling, automated decisions and transfers.
    """

    monitoring: bool = _field(
        "Systematic monitoring", "People are observed, monitored or controlled systematically, "
        "including through networks or in publicly accessible areas (GDPR Art. 35(3)(c)).",
        default=False)
    large_scale: bool = _field(
        "Large scale", "Many people, much data, a long time or a wide area (GDPR Art. "
                       "35(3)(b), Recital 91).", default=False)
    matching: bool = _field(
        "Matching or combining data sets", "Data sets from different operations or "
        "controllers are matched or combined in ways people would not expect.", default=False)
    innovative: bool = _field(
        "Innovative technology", "New technological or organisational solutions are used, such "
                                 "as facial recognition or connected devices.", default=False)
    blocks_rights: bool = _field(
        "Prevents a right or a service", "The processing itself can stop people from "
        "exercising a right or using a service or a contract, e.g. screening customers against "
        "a credit reference database.", default=False)


class Purpose(NamedItem):
    """Why data is used, with the legal basis and how consent is collected."""

    kind: PurposeKind = _field(
        "Kind", "What the purpose is for, in broad strokes; it weighs in the intrusiveness "
                "score.", default=PurposeKind.OTHER)
    legal_basis: LegalBasis | None = _field(
        "Legal basis", "The GDPR Art. 6(1) lawful basis for this purpose, wherever no regional "
                       "entry of Legal bases applies.", default=None)
    art9_condition: Art9Condition | None = _field(
        "Art. 9 condition", "The GDPR Art. 9(2) condition, needed when special-category data "
                            "is used for this purpose.", default=None)
    consent: ConsentMechanism = _field(
        "Consent", "How consent is collected: opt-in needs a yes, opt-out applies unless the "
                   "person said no.", default=ConsentMechanism.NONE)
    rights: list[Right] = _field("Rights offered",
                                 "The data-subject rights offered for this purpose.",
                                 default_factory=list)
    legal_bases: list[BasisEntry] = _field(
        "Legal bases", "Further legal bases, each relied on everywhere or only in the regions it "
                       "lists (consent in the EEA, with legitimate interests as the Legal basis "
                       "elsewhere); format 2.",
        default_factory=list)
    lia: Text = _field("Legitimate interests assessment", "Reference to the legitimate "
                       "interests assessment (document name or link), when that basis is used.",
                       default="")
    balancing: Text = _field(
        "Balancing test", "Why the organisation's interests are not overridden by the person's, "
                          "in plain words (format 2).", default="")
    automated_decisions: AutomatedDecisions | None = _field(
        "Automated decisions", "Automated decision-making and profiling (GDPR Art. 22), when "
                               "the purpose involves them (format 2).", default=None)
    sale: bool = _field("Sale", "Personal information is sold (CCPA/CPRA), format 2.",
                        default=False)
    sharing: bool = _field("Sharing", "Personal information is shared for cross-context "
                                      "behavioural advertising (CPRA), format 2.", default=False)
    honours_gpc: bool = _field(
        "Honours Global Privacy Control", "A Global Privacy Control signal counts as an opt-out "
                                          "of this purpose (format 2).", default=False)
    screening: DpiaScreening | None = _field(
        "DPIA screening", "What the purpose does that makes an impact assessment likely to be "
                          "required: monitoring, scale, matching data sets, new technology, "
                          "barring a right or service (format 2).", default=None)
    dpia: DpiaStatus | None = _field(
        "Impact assessment", "The data protection impact assessment (GDPR Art. 35): whether it "
                             "is needed and where it is (format 2).", default=None)
    on_behalf_of: ItemId | None = _field(
        "On behalf of", "The controller (from Processing for controllers) this purpose is "
                        "carried out for, when the organisation acts as its processor; empty: "
                        "the organisation's own processing (format 2).", default=None)
    apple_purpose: ApplePurpose | None = _field(
        "Apple purpose", "The reason of Apple's privacy manifest this purpose is; empty: the "
        "export proposes one from the kind (format 2).", default=None)
    play_purpose: PlayPurpose | None = _field(
        "Google Play purpose", "The purpose of Google Play's Data safety form this purpose is; "
        "empty: the export proposes one from the kind (format 2).", default=None)


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
    recipients: list[RecipientRef] = _field(
        "Recipients", "Who the data may be disclosed to, with their sub-recipients; * means any "
        "recipient. Format 2: empty means internal use only. Format 1: empty means any.",
        default_factory=list)
    regions: list[RegionCode] = _field(
        "Regions", "Where the rule applies: countries, subdivisions or groups, which cover "
                   "what they contain; empty means anywhere.", default_factory=list)
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
    duration: Duration | None = _field(
        "Kept for", "How long the data is kept at most, from the trigger event: an ISO 8601 "
        "duration (e.g. P30D, P6M, P2Y) or 'indefinite'; format 2 may leave it out when "
        "Criteria say how long.", default=None)
    minimum: Duration | None = _field(
        "Kept at least", "How long the data must be kept at least (a statutory minimum), from "
                         "the same start (format 2).", default=None)
    criteria: Text = _field(
        "Criteria", "How long, when it is not a fixed period: e.g. 'for the life of the "
                    "account' (format 2).", default="")
    trigger: Trigger = _field("Counted from", "The event from which the period runs.",
                              default=Trigger.COLLECTION)
    custom_event: Text = _field("Custom event", "The event's name when Counted from is custom "
                                                "(format 2).", default="")
    period_start: PeriodStart = _field(
        "Period starts", "On the event, or at the end of the calendar or financial year in which "
                         "it happened (format 2).", default=PeriodStart.EVENT)
    financial_year_start: Annotated[str, StringConstraints(
        pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")] | None = _field(
        "Financial year starts", "Month and day the financial year starts, e.g. 04-01 "
                                 "(format 2).", default=None)
    disposition: Disposition = _field("Then", "What happens to the data when the period ends.",
                                      default=Disposition.DELETE)
    dispositions: list[Disposition] = _field(
        "Or", "Other acceptable dispositions, as in 'delete or anonymise' (format 2).",
        default_factory=list)
    citation: Text = _field(
        "Citation", "The law or reason behind the period, e.g. a tax code's ten-year rule.",
        default="")
    legal_hold: bool = _field(
        "Legal hold", "The data must be kept for the whole period even if the person asks for "
                      "erasure (a statutory retention duty or a litigation hold, GDPR Art. "
                      "17(3)(b) and (e)).", default=False)
    legal_hold_reason: Text = _field("Legal hold reason", "Why the data is held (format 2).",
                                     default="")


class RegionGroup(NamedItem):
    """A group of regions the policy defines itself, e.g. ``dach`` for DE, AT and CH."""

    members: list[RegionCode] = _field(
        "Members", "The countries, subdivisions and groups it contains.", default_factory=list)


class Expectation(Item):
    """A question the policy must keep answering: a request and the decision expected.

    ``validate`` and ``policy-studio test`` check it against every engine.
    """

    note: Text = _field("Note", "The question in plain words, e.g. whether the newsletter "
                                "may be sent without consent.", default="")
    category: ItemId | None = _field("Category", "The data category asked about.",
                                     default=None)
    purpose: ItemId | None = _field("Purpose", "The purpose asked about.", default=None)
    subject: ItemId | None = _field("Subject", "Whose data; empty means not given.",
                                    default=None)
    recipient: ItemId | None = _field(
        "Recipient", "Who would receive the data; empty means no disclosure.", default=None)
    region: RegionCode | None = _field("Region", "Where the use happens; empty means not "
                                                 "given.", default=None)
    consent: ConsentState = _field("Consent", "The consent the person gave for the purpose.",
                                   default=ConsentState.UNKNOWN)
    gpc: bool = _field("Global Privacy Control", "The person's browser sends a Global Privacy "
                                                 "Control signal.", default=False)
    expect: Effect = _field("Expected decision", "Allow or deny.", default=Effect.DENY)
    reason: DecisionReason | None = _field(
        "Expected reason", "Why, when it matters (e.g. consent_missing); empty: any reason.",
        default=None)
    rules: list[ItemId] = _field(
        "Expected rules", "The use rules the decision must name, exactly; empty: not checked.",
        default_factory=list)
    retention: ItemId | None = _field(
        "Expected retention", "The retention rule an allowed use must get; empty: not checked.",
        default=None)


class Policy(Model):
    """A whole policy document."""

    format_version: Literal[1, 2] = _field(
        "Format version", "Version of the file format: 2; a format 1 file keeps its format 1 "
                          "meaning until it is migrated (policy-studio migrate).",
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
    regions: list[RegionGroup] = _field(
        "Region groups", "Groups of countries and subdivisions the policy names itself "
                         "(format 2).", default_factory=list)
    tests: list[Expectation] = _field(
        "Expectations", "Questions the policy must keep answering the same way, each with the "
                        "decision expected (format 2).", default_factory=list)
