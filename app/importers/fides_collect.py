"""Gathering what Fides manifests add to a policy: items by Fides key, rules, notes.

:class:`Collector` is filled resource by resource (:mod:`app.importers.fides_resources`,
:mod:`app.importers.fides_systems`). An item is planned once per id: the same Fides key seen
again (declared in the taxonomy, then named by a privacy declaration) fills the same item; an
id the policy already has is *skipped* (it exists); two different Fides keys that give one id
are a *collision*, reported with both keys, and only the first is imported. Every planned item
keeps its Fides key in ``external_ids["fides"]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.domain import ids
from app.domain.edits import SetField
from app.domain.error_words import first_reason
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import MAX_ID_LENGTH
from app.domain.models import Item, NamedItem, Policy
from app.domain.sections import (
    CATEGORIES,
    PURPOSES,
    RECIPIENTS,
    RETENTION,
    RULES,
    SUBJECTS,
)
from app.domain.sections import section as section_info

WORDS = {CATEGORIES: QT_TRANSLATE_NOOP("fides import", "category"),
         PURPOSES: QT_TRANSLATE_NOOP("fides import", "purpose"),
         SUBJECTS: QT_TRANSLATE_NOOP("fides import", "subject"),
         RECIPIENTS: QT_TRANSLATE_NOOP("fides import", "recipient"),
         RULES: QT_TRANSLATE_NOOP("fides import", "rule"),
         RETENTION: QT_TRANSLATE_NOOP("fides import", "retention rule")}
_OUTSIDE = re.compile(r"[^a-z0-9_.]")


def id_from_fides_key(key: str) -> str:
    """Our id for a Fides key: lowercase ``[a-z0-9_.]``, no empty segments ('' if none).

    Accents are dropped (``données`` -> ``donnees``); another letter or digit outside ASCII
    becomes its code point (``用`` -> ``u7528``), so different keys stay different; any other
    character becomes ``_``.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", key.lower())
                    if not unicodedata.combining(c))
    spelled = "".join(f"u{ord(c):x}" if c.isalnum() and not c.isascii() else c for c in plain)
    cleaned = _OUTSIDE.sub("_", spelled)
    return ".".join(part for part in cleaned.split(".") if part)


@dataclass
class PlannedItem:
    """One item the import adds (or found already present)."""

    section: str
    fides_key: str
    """The Fides key it comes from ('' for rules and retention rules, which have none)."""
    item: Any
    """The model to add (a category, purpose, subject, recipient, rule or retention rule)."""
    parent: str | None = None
    """The parent id (from the Fides ``parent_key``, else from the dotted id)."""
    origin: str = ""
    """Where it comes from when the manifest only names it (``named by system mailer``)."""

    @property
    def item_id(self) -> str:
        """The item's id."""
        return str(self.item.id)

    @property
    def name(self) -> str:
        """The item's name ('' when it has none)."""
        return str(getattr(self.item, "name", ""))

    @property
    def description(self) -> str:
        """The item's description."""
        return str(getattr(self.item, "description", ""))

    @property
    def kind(self) -> str:
        """``category``, ``purpose``, ``subject``, ``recipient``, ``rule``..."""
        return translate("fides import", WORDS[self.section])

    def preview(self) -> str:
        """``category user.contact.email (Email)``."""
        return f"{self.kind} {self.item_id}" + (f" ({self.name})" if self.name else "")


@dataclass
class Collector:
    """What the manifests add to ``policy``, gathered before any edit is made."""

    policy: Policy
    planned: dict[tuple[str, str], PlannedItem] = field(default_factory=dict)
    skipped: list[PlannedItem] = field(default_factory=list)
    collisions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    metadata: list[SetField] = field(default_factory=list)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    """The Fides key that owns each (section, id) seen so far."""

    def __post_init__(self) -> None:
        self.existing: dict[str, dict[str, Item]] = {
            section: {item.id: item for item in getattr(self.policy, section)}
            for section in WORDS}
        self._collided: set[tuple[str, str, str]] = set()

    def note(self, text: str) -> None:
        """Add a line to the summary."""
        self.notes.append(text)

    def keyed(self, section: str, key: str, at: str, *, origin: str = "",
              parent: str | None = None, is_key: bool = True,
              **fields: Any) -> tuple[str | None, Any]:
        """The id for a Fides key, and the new item to fill (``None`` if it exists or collides).

        The first time a key is seen its item is planned with ``fields``; later sightings of
        the same key return that item again (so several resources can fill it). ``is_key``
        False: ``key`` is a name, not a Fides key (it is not kept in ``external_ids``).
        """
        item_id = id_from_fides_key(key)
        if not ids.is_valid_id(item_id):
            self.note(translate("fides import", "{at}: the Fides key '{key}' gives no usable "
                                "id; not imported").format(at=at, key=key[:80]))
            return None, None
        slot = (section, item_id)
        owner = self.owners.get(slot)
        if owner is not None:
            if owner != key:
                self._collision(section, item_id, owner, key, at)
                return item_id, None
            planned = self.planned.get(slot)
            return item_id, planned.item if planned is not None else None
        present = self.existing[section].get(item_id)
        if present is not None:
            theirs = getattr(present, "external_ids", {}).get("fides")
            self.owners[slot] = theirs or key
            if theirs and theirs != key:
                self._collision(section, item_id, theirs, key, at, policy=True)
            else:
                self.skipped.append(PlannedItem(section, key, present))
            return item_id, None
        try:
            model = section_info(section).model(
                id=item_id, external_ids={"fides": key} if is_key else {}, **fields)
        except ValidationError as exc:
            self.note(translate("fides import", "{at}: Fides key '{key}' is not imported: "
                                "{reason}").format(
                at=at, key=key[:80], reason=first_reason(exc, section_info(section).model)))
            return None, None
        self.owners[slot] = key
        self.planned[slot] = PlannedItem(section, key, model,
                                         parent if parent is not None else ids.parent(item_id),
                                         origin)
        return item_id, model

    def _collision(self, section: str, item_id: str, first: str, second: str, at: str, *,
                   policy: bool = False) -> None:
        if (section, first, second) in self._collided:
            return
        self._collided.add((section, first, second))
        text = translate("fides import", "{kind} {id}: Fides keys '{first}' and '{second}' "
                         "both become this id ({at}); the policy's '{first}' is kept, "
                         "'{second}' is not imported and what names it now names '{first}'") \
            if policy else \
            translate("fides import", "{kind} {id}: Fides keys '{first}' and '{second}' both "
                      "become this id ({at}); the imported '{first}' is kept, '{second}' is not "
                      "imported and what names it now names '{first}'")
        self.collisions.append(text.format(kind=translate("fides import", WORDS[section]),
                                           id=item_id, first=first, second=second, at=at))

    def add(self, section: str, item: Item, origin: str = "") -> str:
        """Plan a rule or retention rule; an equal id already in the policy is skipped.

        Two different rules with one id within the import get ``_2``, ``_3``... Returns the id.
        """
        present = self.existing[section].get(item.id)
        if present is not None and _same(present, item):
            self.skipped.append(PlannedItem(section, "", present))
            return item.id
        base, number = item.id[:MAX_ID_LENGTH - 8].rstrip("._"), 1
        while (section, item.id) in self.planned or item.id in self.existing[section]:
            number += 1
            item = type(item).model_validate({**item.model_dump(), "id": f"{base}_{number}"})
        self.planned[(section, item.id)] = PlannedItem(section, "", item, None, origin)
        return item.id

    def new(self, section: str, item_id: str) -> NamedItem | None:
        """The planned (new) item of ``section`` with ``item_id``, if the import adds it."""
        planned = self.planned.get((section, item_id))
        return planned.item if planned is not None else None

    def additions(self) -> list[PlannedItem]:
        """Everything to add, in the order it was first seen."""
        return list(self.planned.values())


def _same(present: Item, item: Item) -> bool:
    """True when ``item`` says what ``present`` says (a re-import adds nothing)."""
    fields = set(type(item).model_fields) - {"description"}
    return all(getattr(present, name) == getattr(item, name) for name in fields)
