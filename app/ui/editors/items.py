"""Forms for the things a policy talks about: categories, subjects, recipients, purposes."""

from __future__ import annotations

import re

from app.domain.enums import (
    Art9Condition,
    ConsentMechanism,
    LegalBasis,
    PurposeKind,
    RecipientKind,
    Right,
    Safeguard,
    Sensitivity,
    Tag,
)
from app.domain.models import DataCategory, DataSubject, Purpose, Recipient
from app.ui.editors.base import ItemEditor
from app.ui.editors.choice_fields import BoolField, CheckListField, EnumCombo
from app.ui.editors.fields import LineField

_COUNTRY = re.compile(r"^[A-Z]{2}$")


def check_country(text: str) -> str | None:
    """Why ``text`` is not a country code (empty is fine: no country)."""
    if text and not _COUNTRY.match(text.upper()):
        return f"'{text}' is not a country code: use two letters (ISO 3166-1), e.g. DE or US"
    return None


class CategoryEditor(ItemEditor):
    """A data category: what it is, how sensitive, and what kind of information."""

    section = "categories"
    kind = "Data category"
    icon_name = "category"
    model = DataCategory

    def build(self) -> None:
        """Create the category form."""
        general = self.group("Category")
        self.add_id(general)
        self.add_text(general, "name", "Name", placeholder="e.g. Email address")
        self.add_text(general, "description", "Description", block=True,
                      placeholder="What this data is and where it comes from")
        self.add(general, "sensitivity",
                 EnumCombo("Sensitivity", self.tip("sensitivity"), list(Sensitivity)))
        self.add(general, "tags", CheckListField("Tags", self.tip("tags"), list(Tag)))


class SubjectEditor(ItemEditor):
    """A group of people the data is about."""

    section = "subjects"
    kind = "Data subject"
    icon_name = "subject"
    model = DataSubject

    def build(self) -> None:
        """Create the data subject form."""
        general = self.group("Data subject")
        self.add_id(general)
        self.add_text(general, "name", "Name", placeholder="e.g. Customers")
        self.add_text(general, "description", "Description", block=True)
        self.add(general, "vulnerable", BoolField(
            "Vulnerable", self.tip("vulnerable"),
            "Needs extra protection (patients, people in care, children…)"))
        self.add(general, "children", BoolField(
            "Children", self.tip("children"), "Includes people below the age of digital consent"))


class RecipientEditor(ItemEditor):
    """Someone the data is disclosed to, and where."""

    section = "recipients"
    kind = "Recipient"
    icon_name = "recipient"
    model = Recipient

    def build(self) -> None:
        """Create the recipient form."""
        general = self.group("Recipient")
        self.add_id(general)
        self.add_text(general, "name", "Name", placeholder="e.g. Payment provider")
        self.add_text(general, "description", "Description", block=True)
        self.add(general, "kind", EnumCombo("Kind", self.tip("kind"), list(RecipientKind)))
        transfer = self.group("Transfer")
        country = LineField("Country", self.tip("country"), placeholder="e.g. DE",
                            check=check_country, empty_is_none=True, transform=str.upper)
        country.edit.setMaximumWidth(90)
        country.body.addStretch(1)
        self.add(transfer, "country", country)
        self.add(transfer, "safeguard", EnumCombo(
            "Transfer safeguard", self.tip("safeguard"), list(Safeguard), optional=True,
            none_text="none (no transfer outside the jurisdictions)"))


class PurposeEditor(ItemEditor):
    """Why data is used, on which legal basis, with which consent and rights."""

    section = "purposes"
    kind = "Purpose"
    icon_name = "purpose"
    model = Purpose

    def build(self) -> None:
        """Create the purpose form."""
        general = self.group("Purpose")
        self.add_id(general)
        self.add_text(general, "name", "Name", placeholder="e.g. Order fulfilment")
        self.add_text(general, "description", "Description", block=True)
        self.add(general, "kind", EnumCombo("Kind", self.tip("kind"), list(PurposeKind)))
        legal = self.group("Legal basis && consent")
        self.add(legal, "legal_basis", EnumCombo(
            "Legal basis", self.tip("legal_basis"), list(LegalBasis), optional=True))
        self.add(legal, "art9_condition", EnumCombo(
            "Art. 9 condition", self.tip("art9_condition"), list(Art9Condition), optional=True,
            none_text="none (no special-category data)"))
        self.add(legal, "consent", EnumCombo(
            "Consent", self.tip("consent"), list(ConsentMechanism)))
        self.add_text(legal, "lia", "Interests assessment",
                      placeholder="Reference, e.g. LIA-2026-04 (legitimate interests only)")
        rights = self.group("Rights")
        self.add(rights, "rights", CheckListField("Rights offered", self.tip("rights"),
                                                  list(Right), columns=2))
