"""The sections of a policy and the words for their fields: the one table every layer reads.

A section is a list of items under one key of the file (``categories``, ``rules``...). Its
title and help come from the field of :class:`~app.domain.models.Policy` that holds it; its
singular noun, icon, item model, id shape and the places its ids are referenced come from
:data:`SECTIONS`. Field titles and help come from each model's ``Field(title=...,
description=...)`` through :func:`field_title` and :func:`field_help`. Adding a section means
one field on ``Policy`` and one row here; adding a field means one ``Field`` in its model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from app.domain.duration import Duration
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import (
    DataCategory,
    DataSubject,
    Expectation,
    Item,
    NamedItem,
    Policy,
    Purpose,
    Recipient,
    RegionGroup,
    RetentionRule,
    UseRule,
)

METADATA = "policy"
"""The key of the policy's metadata (not a section: one record, not a list of items)."""
CATEGORIES = "categories"
SUBJECTS = "subjects"
RECIPIENTS = "recipients"
PURPOSES = "purposes"
RULES = "rules"
RETENTION = "retention"
REGIONS = "regions"
TESTS = "tests"


@dataclass(frozen=True)
class Section:
    """One section of a policy: what its items are called, look like and are referenced by."""

    key: str
    """The key in the file, e.g. ``categories``."""
    singular: str
    """What one item is called in running text, e.g. ``data category``."""
    icon: str
    """Name of the icon (under ``resources/icons``) its items are shown with."""
    model: type[Item]
    """The pydantic model of its items."""
    stem: str
    """Short word for ids of new items: ``new_<stem>``."""
    hierarchical: bool = False
    """Dotted ids nest (``contact.email`` is inside ``contact``) and rules cover descendants."""
    references: tuple[tuple[str, str], ...] = ()
    """(section, field) pairs whose values are ids of this section's items.

    A field is a list of ids, one id (a recipient's ``country``) or ``list.field`` for a list
    inside a list of records (``legal_bases.regions``). Region fields also hold ISO codes, which
    are no item's id."""
    defaults: Callable[[], dict[str, Any]] = field(default=dict, compare=False)
    """Values of required fields for a fresh item (besides its id)."""
    id_field: str = "id"

    @property
    def title(self) -> str:
        """The plural heading, e.g. ``Data categories`` (the title of its field on Policy)."""
        return field_title(Policy, self.key)

    @property
    def description(self) -> str:
        """One sentence on what the section holds."""
        return field_help(Policy, self.key)

    @property
    def noun(self) -> str:
        """The singular noun capitalised, e.g. ``Data category`` (editor headers)."""
        return self.singular[:1].upper() + self.singular[1:]

    @property
    def named(self) -> bool:
        """Whether its items carry a display name."""
        return issubclass(self.model, NamedItem)

    def new_item(self, item_id: str) -> Item:
        """A fresh item with the defaults a new one gets."""
        return self.model(**{self.id_field: item_id, **self.defaults()})


SECTIONS: tuple[Section, ...] = (
    Section(CATEGORIES, QT_TRANSLATE_NOOP("section", "data category"),
            "category", DataCategory, "category",
            hierarchical=True, references=((RULES, CATEGORIES), (RETENTION, CATEGORIES),
                                           (TESTS, "category"))),
    Section(SUBJECTS, QT_TRANSLATE_NOOP("section", "data subject"),
            "subject", DataSubject, "subject",
            hierarchical=True, references=((RULES, SUBJECTS), (TESTS, "subject"))),
    Section(RECIPIENTS, QT_TRANSLATE_NOOP("section", "recipient"),
            "recipient", Recipient, "recipient",
            hierarchical=True, references=((RULES, RECIPIENTS), (TESTS, "recipient"))),
    Section(PURPOSES, QT_TRANSLATE_NOOP("section", "purpose"),
            "purpose", Purpose, "purpose",
            hierarchical=True, references=((RULES, PURPOSES), (RETENTION, PURPOSES),
                                           (TESTS, "purpose"))),
    Section(RULES, QT_TRANSLATE_NOOP("section", "use rule"),
            "rule-allow", UseRule, "rule", references=((TESTS, RULES),)),
    Section(RETENTION, QT_TRANSLATE_NOOP("section", "retention rule"),
            "retention", RetentionRule, "retention",
            defaults=lambda: {"duration": Duration("P1Y")}, references=((TESTS, RETENTION),)),
    Section(REGIONS, QT_TRANSLATE_NOOP("section", "region group"),
            "region", RegionGroup, "region",
            references=((RECIPIENTS, "country"), (RECIPIENTS, "countries"),
                        (RECIPIENTS, "stored_in"), (PURPOSES, "legal_bases.regions"),
                        (RULES, "regions"), (REGIONS, "members"), (TESTS, "region"))),
    Section(TESTS, QT_TRANSLATE_NOOP("section", "expectation"),
            "test", Expectation, "test"),
)
"""Every section, in file order."""
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
HIERARCHICAL: tuple[str, ...] = tuple(s.key for s in SECTIONS if s.hierarchical)
"""Sections whose dotted ids nest; rules and retention refer to their items."""
_BY_KEY = {s.key: s for s in SECTIONS}


def section(key: str) -> Section:
    """The section stored under ``key``.

    Raises:
        KeyError: ``key`` is not a section.
    """
    return _BY_KEY[key]


def is_section(key: str) -> bool:
    """Whether ``key`` names a section (the metadata does not)."""
    return key in _BY_KEY


def section_title(key: str) -> str:
    """The heading of a section, or ``Policy`` for the metadata."""
    return translate("field", METADATA_TITLE) if key == METADATA else section(key).title


def section_icon(key: str) -> str:
    """The icon name of a section, or ``policy`` for the metadata."""
    return METADATA_ICON if key == METADATA else section(key).icon


def item_types() -> dict[str, type[Item]]:
    """Section key -> the model of its items."""
    return {s.key: s.model for s in SECTIONS}


def referring_fields(key: str) -> tuple[str, ...]:
    """The fields of section ``key``'s items that hold ids of other sections, in model order.

    For a reference inside records (``legal_bases.regions``) this is the top field.
    """
    found = {f.partition(".")[0] for s in SECTIONS for (owner, f) in s.references if owner == key}
    return tuple(name for name in section(key).model.model_fields if name in found)


def field_title(model: type[BaseModel], name: str) -> str:
    """The short title of field ``name`` of ``model``, e.g. ``Legal basis`` (translated)."""
    info = model.model_fields[name]
    return translate("field", info.title) if info.title else \
        name.replace("_", " ").capitalize()


def field_help(model: type[BaseModel], name: str) -> str:
    """The one-sentence help of field ``name`` of ``model`` (tooltips, schema)."""
    return model.model_fields[name].description or ""


METADATA_TITLE = Policy.model_fields[METADATA].title or "Policy"
"""``Policy``: the heading of the metadata, in English (translated where shown, context
``field``: this is read when the module loads, before a language is chosen)."""
METADATA_ICON = "policy"
