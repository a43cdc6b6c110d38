"""Forms for the things a policy talks about: categories, subjects, recipients, purposes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from app.domain.edits import EditError
from app.domain.enums import (
    Art9Condition,
    AutomatedSafeguard,
    ConsentMechanism,
    Derogation,
    DpiaState,
    LegalBasis,
    PurposeKind,
    RecipientKind,
    Right,
    Safeguard,
    Sensitivity,
    Tag,
)
from app.domain.error_words import first_reason
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import AutomatedDecisions, BasisEntry, DpiaScreening, DpiaStatus
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, SUBJECTS
from app.storage.resources import region_catalogue
from app.ui.editors.base import FieldPath, ItemEditor
from app.ui.editors.choice_fields import BoolField, CheckListField, EnumCombo
from app.ui.editors.fields import LineField, TextBlockField
from app.ui.editors.people_fields import add_ages, add_external_ids, add_sources
from app.ui.editors.reference_choice import ReferenceChoiceField
from app.ui.editors.region_fields import (
    RegionLineField,
    RegionListField,
    policy_regions,
    refresh_regions,
)
from app.ui.editors.store_fields import (
    add_store_purposes,
    add_store_types,
    add_tracking_domains,
    show_proposals,
)
from app.ui.editors.tables import Column, RecordTableField
from app.ui.editors.translation_fields import add_translations

ADM = "automated_decisions"
DPIA = "dpia"
SCREENING = "screening"
_SCREENING_HINTS = {
    "monitoring": QT_TRANSLATE_NOOP("editor", "Observes or monitors people systematically"),
    "large_scale": QT_TRANSLATE_NOOP("editor", "Many people, much data, long or wide"),
    "matching": QT_TRANSLATE_NOOP("editor", "Matches or combines data sets"),
    "innovative": QT_TRANSLATE_NOOP("editor", "Uses new technology"),
    "blocks_rights": QT_TRANSLATE_NOOP("editor", "Can bar a right, a service or a contract"),
}
"""The check-box text of each DPIA screening answer (the label and help come from the model)."""
STORES = QT_TRANSLATE_NOOP("editor", "App store labels")


def _new_basis(records: list[BaseModel]) -> BasisEntry:
    """A new legal basis entry: the first basis not listed yet, in no region yet (everywhere)."""
    used = {getattr(r, "basis", None) for r in records}
    return BasisEntry(basis=next((b for b in LegalBasis if b not in used), LegalBasis.CONSENT))


class CategoryEditor(ItemEditor):
    """A data category: what it is, how sensitive, and what kind of information."""

    section = CATEGORIES

    def build(self) -> None:
        """Create the category form."""
        general = self.group(translate("editor", "Category"))
        self.add_id(general)
        self.add_text(general, "name", placeholder=translate("editor", "e.g. Email address"))
        self.add_text(general, "description", block=True,
                      placeholder=translate("editor", "What this data is, in plain words"))
        self.add(general, "sensitivity",
                 EnumCombo(*self.words("sensitivity"), list(Sensitivity)))
        self.add(general, "tags", CheckListField(*self.words("tags"), list(Tag)))
        add_external_ids(self, general)
        add_translations(self)
        add_sources(self, self.group(translate("editor", "Sources")))
        add_store_types(self, self.group(translate("editor", STORES)))

    def show_header(self, target: BaseModel) -> None:
        """Show the header and what the exports would propose for the store labels."""
        super().show_header(target)
        show_proposals(self, target)


class SubjectEditor(ItemEditor):
    """A group of people the data is about."""

    section = SUBJECTS

    def build(self) -> None:
        """Create the data subject form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder=translate("editor", "e.g. Customers"))
        self.add_text(general, "description", block=True)
        self.add(general, "vulnerable", BoolField(
            *self.words("vulnerable"),
            translate("editor", "Needs extra protection (patients, people in care, children…)")))
        self.add(general, "children", BoolField(
            *self.words("children"), translate("editor",
                                               "Includes people below the age of digital consent")))
        add_ages(self, general)
        add_external_ids(self, general)
        add_translations(self)


class RecipientEditor(ItemEditor):
    """Someone the data is disclosed to, and where."""

    section = RECIPIENTS

    def build(self) -> None:
        """Create the recipient form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder=translate("editor", "e.g. Payment provider"))
        self.add_text(general, "description", block=True)
        self.add(general, "kind", EnumCombo(*self.words("kind"), list(RecipientKind)))
        transfer = self.group(translate("editor", "Transfer"))
        regions = policy_regions(lambda: self.bridge.document.policy)
        self.add(transfer, "country", RegionLineField(*self.words("country"), regions))
        self.add(transfer, "countries", RegionListField(
            *self.words("countries"), regions, empty_text=translate("editor", "no other country")))
        self.add(transfer, "stored_in", RegionListField(
            *self.words("stored_in"), regions, empty_text=translate("editor",
                                                                    "where it processes the data")))
        self.add(transfer, "safeguard", EnumCombo(
            *self.words("safeguard"), list(Safeguard), optional=True,
            none_text=translate("editor", "none (no transfer outside the jurisdictions)")))
        self.add(transfer, "derogation", EnumCombo(
            *self.words("derogation"), list(Derogation), optional=True,
            none_text=translate("editor", "none (Art. 49 not relied on)")))
        # below the transfer: seen at 1024x700
        papers = self.group(translate("editor", "Contract && identifiers"))
        self.add_text(papers, "processor_contract",
                      placeholder=translate("editor",
                                            "e.g. DPA-2026-03 Hosting data processing agreement"))
        add_external_ids(self, papers)
        add_translations(self)
        add_tracking_domains(self, self.group(translate("editor", STORES)))

    def show_header(self, target: BaseModel) -> None:
        """Show the header and offer the regions known now."""
        super().show_header(target)
        refresh_regions(self.fields.values())


class PurposeEditor(ItemEditor):
    """Why data is used, on which legal basis, with which consent and rights."""

    section = PURPOSES

    def build(self) -> None:
        """Create the purpose form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder=translate("editor", "e.g. Order fulfilment"))
        self.add_text(general, "description", block=True)
        self.add(general, "kind", EnumCombo(*self.words("kind"), list(PurposeKind)))
        legal = self.group(translate("editor", "Legal basis && consent"))
        self.add(legal, "legal_basis", EnumCombo(
            *self.words("legal_basis"), list(LegalBasis), optional=True))
        self.add(legal, "legal_bases", RecordTableField(
            *self.words("legal_bases"), BasisEntry,
            [Column("basis", self.label("basis", BasisEntry), "choice",
                    tuple(str(b) for b in LegalBasis), width=190),
             Column("regions", self.label("regions", BasisEntry), "codes", width=190,
                    empty=translate("editor", "everywhere")),
             Column("note", self.label("note", BasisEntry))],
            _new_basis, check=self._check_bases))
        self.add(legal, "art9_condition", EnumCombo(
            *self.words("art9_condition"), list(Art9Condition), optional=True,
            none_text=translate("editor", "none (no special-category data)")))
        self.add(legal, "consent", EnumCombo(*self.words("consent"), list(ConsentMechanism)))
        self.add_text(legal, "lia",
                      placeholder=translate("editor",
                                            "Reference, e.g. LIA-2026-04 (legitimate interests "
                                            "only)"))
        self.add_text(legal, "balancing", block=True,
                      placeholder=translate("editor",
                                            "Why people's interests do not override the "
                                            "organisation's"))
        rights = self.group(translate("editor", "Rights"))
        self.add(rights, "rights", CheckListField(*self.words("rights"), list(Right), columns=2))
        self._automated_fields()
        self.add(general, "on_behalf_of", ReferenceChoiceField(
            *self.words("on_behalf_of"),
            lambda: self.bridge.document.policy.policy.processing_for,
            noun=translate("editor", "controller"), empty_text=translate("editor",
                                                                         "the organisation itself "
                                                                         "(as controller)")))
        dpia = self.group(self.label("dpia"))
        self.add(dpia, (DPIA, "status"), EnumCombo(
            self.label("status", DpiaStatus), self.tip("status", DpiaStatus), list(DpiaState),
            optional=True, none_text=translate("editor", "not recorded")))
        self.add(dpia, (DPIA, "reference"), LineField(
            self.label("reference", DpiaStatus), self.tip("reference", DpiaStatus),
            placeholder=translate("editor", "e.g. DPIA-2026-01 Fraud screening")))
        for name, hint in _SCREENING_HINTS.items():
            self.add(dpia, (SCREENING, name), BoolField(
                self.label(name, DpiaScreening), self.tip(name, DpiaScreening),
                translate("editor", hint)))
        add_external_ids(self, general)
        add_translations(self)
        sale = self.group(translate("editor", "Sale && sharing (CPRA)"))
        self.add(sale, "sale", BoolField(*self.words("sale"), translate("editor",
                                                                        "Personal information is "
                                                                        "sold")))
        self.add(sale, "sharing", BoolField(
            *self.words("sharing"), translate("editor",
                                              "Shared for cross-context behavioural advertising")))
        self.add(sale, "honours_gpc", BoolField(
            *self.words("honours_gpc"), translate(
                "editor", "A Global Privacy Control signal opts the person out "
                "(opt-out purposes only)")))
        add_store_purposes(self, self.group(translate("editor", STORES)))

    def show_header(self, target: BaseModel) -> None:
        """Show the header and what the exports would propose for the store labels."""
        super().show_header(target)
        show_proposals(self, target)

    def _automated_fields(self) -> None:
        """Profiling and solely automated decisions (GDPR Art. 22), one group."""
        form = self.group(self.label("automated_decisions"))
        model = AutomatedDecisions
        self.add(form, (ADM, "profiling"), BoolField(
            self.label("profiling", model), self.tip("profiling", model),
            translate("editor", "Evaluates personal aspects of people")))
        self.add(form, (ADM, "solely_automated"), BoolField(
            self.label("solely_automated", model), self.tip("solely_automated", model),
            translate("editor", "Decisions with legal or similar effects, no human involved")))
        for name, hint in (
                ("logic", translate("editor", "e.g. A score from payment history sets the limit")),
                ("consequences", translate("editor",
                                           "e.g. A low score means a lower credit limit"))):
            self.add(form, (ADM, name), TextBlockField(
                self.label(name, model), self.tip(name, model), placeholder=hint))
        self.add(form, (ADM, "safeguards"), CheckListField(
            self.label("safeguards", model), self.tip("safeguards", model),
            list(AutomatedSafeguard)))

    def _check_bases(self, records: list[BaseModel]) -> str | None:
        """Why these legal bases cannot be stored: a region nobody knows."""
        regions = region_catalogue().with_policy(self.bridge.document.policy)
        unknown = [str(r) for e in records for r in getattr(e, "regions", ())
                   if not regions.is_known(str(r))]
        if unknown:
            return translate("editor", "unknown region {region}: use an ISO 3166 code (DE, US-CA) "
                             "or a region group (eu, eea, or one the policy defines)").format(
                region=repr(unknown[0]))
        return None

    def apply_value(self, path: FieldPath, value: Any) -> None:
        """Automated decisions, the DPIA and its screening come into being with their first answer.

        They go with the last (the DPIA when its status is cleared).
        """
        target = self.target()
        blocks = {ADM: AutomatedDecisions, DPIA: DpiaStatus, SCREENING: DpiaScreening}
        if path[0] not in blocks or len(path) != 2 or target is None:
            super().apply_value(path, value)
            return
        current = getattr(target, path[0])
        data = current.model_dump() if current is not None else {}
        data[path[1]] = value
        model = blocks[path[0]]
        try:
            block: BaseModel | None = (None if path == (DPIA, "status") and value is None
                                       else model.model_validate(data))
        except ValidationError as exc:
            raise EditError(first_reason(exc, model)) from None
        if block == model():
            block = None
        if current is not None and block is not None:
            super().apply_value(path, value)
        elif block != current:
            self.bridge.set_field(self.section, self.item_id, path[0], block,
                                  initiator=self.fields[path])
