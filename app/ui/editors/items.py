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
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, SUBJECTS
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

    section = CATEGORIES

    def build(self) -> None:
        """Create the category form."""
        general = self.group("Category")
        self.add_id(general)
        self.add_text(general, "name", placeholder="e.g. Email address")
        self.add_text(general, "description", block=True,
                      placeholder="What this data is and where it comes from")
        self.add(general, "sensitivity",
                 EnumCombo(*self.words("sensitivity"), list(Sensitivity)))
        self.add(general, "tags", CheckListField(*self.words("tags"), list(Tag)))


class SubjectEditor(ItemEditor):
    """A group of people the data is about."""

    section = SUBJECTS

    def build(self) -> None:
        """Create the data subject form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder="e.g. Customers")
        self.add_text(general, "description", block=True)
        self.add(general, "vulnerable", BoolField(
            *self.words("vulnerable"), "Needs extra protection (patients, people in care, "
                                       "children…)"))
        self.add(general, "children", BoolField(
            *self.words("children"), "Includes people below the age of digital consent"))


class RecipientEditor(ItemEditor):
    """Someone the data is disclosed to, and where."""

    section = RECIPIENTS

    def build(self) -> None:
        """Create the recipient form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder="e.g. Payment provider")
        self.add_text(general, "description", block=True)
        self.add(general, "kind", EnumCombo(*self.words("kind"), list(RecipientKind)))
        transfer = self.group("Transfer")
        country = LineField(*self.words("country"), placeholder="e.g. DE",
                            check=check_country, empty_is_none=True, transform=str.upper)
        country.edit.setMaximumWidth(90)
        country.body.addStretch(1)
        self.add(transfer, "country", country)
        self.add(transfer, "safeguard", EnumCombo(
            *self.words("safeguard"), list(Safeguard), optional=True,
            none_text="none (no transfer outside the jurisdictions)"))


class PurposeEditor(ItemEditor):
    """Why data is used, on which legal basis, with which consent and rights."""

    section = PURPOSES

    def build(self) -> None:
        """Create the purpose form."""
        general = self.group(self.kind)
        self.add_id(general)
        self.add_text(general, "name", placeholder="e.g. Order fulfilment")
        self.add_text(general, "description", block=True)
        self.add(general, "kind", EnumCombo(*self.words("kind"), list(PurposeKind)))
        legal = self.group("Legal basis && consent")
        self.add(legal, "legal_basis", EnumCombo(
            *self.words("legal_basis"), list(LegalBasis), optional=True))
        self.add(legal, "art9_condition", EnumCombo(
            *self.words("art9_condition"), list(Art9Condition), optional=True,
            none_text="none (no special-category data)"))
        self.add(legal, "consent", EnumCombo(*self.words("consent"), list(ConsentMechanism)))
        self.add_text(legal, "lia",
                      placeholder="Reference, e.g. LIA-2026-04 (legitimate interests only)")
        rights = self.group("Rights")
        self.add(rights, "rights", CheckListField(*self.words("rights"), list(Right), columns=2))
