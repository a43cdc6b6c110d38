"""Import from Fides: a taxonomy file's categories, uses and subjects into a policy (no Qt).

A Fides taxonomy file is YAML with ``data_category``, ``data_use`` and ``data_subject`` lists
(other resource types are ignored). It is parsed with the same safe loader as policy files, so a
hostile file is refused with file:line:col. :func:`plan_fides_import` compares it with a policy
and returns a :class:`FidesImportPlan`: what would be added (Fides key -> our id, name,
description, parent) and what already exists (skipped). ``FidesImportPlan.batch()`` applies
every addition as one undoable :class:`~app.domain.edits.Batch`.

Fides keys become our ids by lowercasing and replacing every character outside ``[a-z0-9_.]``
with ``_`` (empty dot-separated segments are dropped). Canonical JSON needs no importer of its
own: it is an ordinary policy file (:func:`app.storage.loader.load_file`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from app.domain import ids
from app.domain.edits import AddItem, Batch, Edit
from app.domain.models import Policy
from app.domain.sections import CATEGORIES, PURPOSES, SUBJECTS
from app.domain.sections import section as section_info
from app.storage.errors import PolicyFileError
from app.storage.input_file import read_limited
from app.storage.safe_yaml import MAX_BYTES, read_bytes
from app.storage.source_map import SourceMap

RESOURCES: tuple[tuple[str, str, str], ...] = (
    ("data_category", CATEGORIES, "category"),
    ("data_use", PURPOSES, "purpose"),
    ("data_subject", SUBJECTS, "subject"),
)
"""(Fides resource type, our section, the word used in previews)."""
_OUTSIDE = re.compile(r"[^a-z0-9_.]")


def id_from_fides_key(key: str) -> str:
    """Our id for a Fides key: lowercase, ``[a-z0-9_.]`` only, no empty segments ('' if none)."""
    cleaned = _OUTSIDE.sub("_", key.lower())
    return ".".join(part for part in cleaned.split(".") if part)


@dataclass(frozen=True)
class PlannedItem:
    """One Fides entry and what it becomes in the policy."""

    section: str
    """``categories``, ``purposes`` or ``subjects``."""
    fides_key: str
    item_id: str
    name: str
    description: str
    parent: str | None
    """The parent id (from the Fides ``parent_key``, else from the dotted id)."""

    @property
    def kind(self) -> str:
        """``category``, ``purpose`` or ``subject``."""
        return next(word for _, section, word in RESOURCES if section == self.section)

    def preview(self) -> str:
        """``category user.contact.email (Email)``."""
        return f"{self.kind} {self.item_id}" + (f" ({self.name})" if self.name else "")


@dataclass
class FidesImportPlan:
    """What importing a Fides taxonomy into a policy would do."""

    file: str
    additions: list[PlannedItem] = field(default_factory=list)
    skipped: list[PlannedItem] = field(default_factory=list)
    """Entries whose id already exists in the policy (or earlier in the file)."""

    def edits(self) -> list[Edit]:
        """One :class:`AddItem` per addition, in file order."""
        edits: list[Edit] = []
        for planned in self.additions:
            item = section_info(planned.section).model(
                id=planned.item_id, name=planned.name, description=planned.description)
            edits.append(AddItem(planned.section, item))
        return edits

    def batch(self) -> Batch:
        """Every addition as one edit (one undo step)."""
        return Batch(tuple(self.edits()), f"Import {len(self.additions)} items from Fides")

    def tally(self) -> str:
        """``8 to add, 2 already present``."""
        return f"{len(self.additions)} to add, {len(self.skipped)} already present"

    def preview_lines(self) -> list[str]:
        """``+ category user.contact.email (Email)`` per addition, ``=`` per skipped entry."""
        lines = [f"+ {p.preview()}" + (f"  (Fides {p.fides_key})" if p.fides_key != p.item_id
                                       else "") for p in self.additions]
        lines += [f"= {p.kind} {p.item_id} exists, skipped" for p in self.skipped]
        return lines


def read_fides_taxonomy(path: str | Path) -> tuple[dict[str, object], SourceMap, str]:
    """The parsed taxonomy file (a mapping), its source map and its name; safe loading."""
    name = str(path)
    document = read_bytes(read_limited(path, MAX_BYTES, "Fides taxonomy file"), name)
    if not isinstance(document.data, dict):
        raise PolicyFileError.at(name, 1, 1, "a Fides taxonomy file must be a mapping with "
                                             "data_category, data_use or data_subject lists")
    return document.data, document.source_map, name


def plan_fides_import(policy: Policy, path: str | Path) -> FidesImportPlan:
    """Compare the Fides taxonomy at ``path`` with ``policy``; raises PolicyFileError."""
    data, source_map, name = read_fides_taxonomy(path)
    plan = FidesImportPlan(name)
    if not any(resource in data for resource, _, _ in RESOURCES):
        raise PolicyFileError.at(name, 1, 1, "no data_category, data_use or data_subject list")
    for resource, section, _ in RESOURCES:
        entries = data.get(resource) or []
        if not isinstance(entries, list):
            raise _error(name, source_map, (resource,), f"'{resource}' must be a list")
        existing = {item.id for item in getattr(policy, section)}
        for index, entry in enumerate(entries):
            planned = _planned(entry, section, name, source_map, (resource, index))
            if planned.item_id in existing:
                plan.skipped.append(planned)
            else:
                existing.add(planned.item_id)
                plan.additions.append(planned)
    return plan


def _planned(entry: object, section: str, name: str, source_map: SourceMap,
             where: tuple[str | int, ...]) -> PlannedItem:
    if not isinstance(entry, dict) or not isinstance(entry.get("fides_key"), str):
        raise _error(name, source_map, where, "each entry needs a text 'fides_key'")
    key = entry["fides_key"]
    item_id = id_from_fides_key(key)
    if not ids.is_valid_id(item_id):
        raise _error(name, source_map, (*where, "fides_key"),
                     f"the Fides key '{key[:80]}' gives no usable id")
    texts = {}
    for field_name in ("name", "description"):
        value = entry.get(field_name)
        if value is not None and not isinstance(value, str):
            raise _error(name, source_map, (*where, field_name), f"'{field_name}' must be text")
        texts[field_name] = value or ""
    parent_key = entry.get("parent_key")
    parent = (id_from_fides_key(parent_key) or None) if isinstance(parent_key, str) \
        else ids.parent(item_id)
    try:  # the values must fit our model (e.g. text length limits)
        section_info(section).model(id=item_id, **texts)
    except ValidationError as exc:
        raise _error(name, source_map, where, str(exc.errors()[0]["msg"])) from None
    return PlannedItem(section, key, item_id, texts["name"], texts["description"], parent)


def _error(name: str, source_map: SourceMap, where: tuple[str | int, ...],
           message: str) -> PolicyFileError:
    line, column = source_map.position(where) or (1, 1)
    return PolicyFileError.at(name, line, column, message)

