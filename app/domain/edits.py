"""Small, invertible edits of a policy.

Every edit applies itself to a :class:`~app.domain.models.Policy` and returns a
:class:`Change` that says what changed and carries the edit that undoes it. The desktop editor
wraps each edit in one undo command; the document object runs them and tells listeners.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ValidationError

from app.domain.error_words import first_reason
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Item, Policy
from app.domain.sections import METADATA, is_section
from app.domain.sections import section as section_info

TEMPORARY_SUFFIX = ".__renaming__"
"""Marks the short-lived ids a subtree rename passes through; never visible after an edit."""
ChangeKind = Literal["add", "remove", "update", "rename", "move", "batch"]


class EditError(ValueError):
    """An edit that cannot be applied; the message is meant for the person editing."""


class Edit(Protocol):
    """Something that changes a policy and knows how to say what it changed."""

    def apply(self, policy: Policy) -> Change:
        """Apply the edit to ``policy`` in place and return what changed."""
        ...


@dataclass(frozen=True)
class Change:
    """What one applied edit changed, and the edit that reverses it."""

    kind: ChangeKind
    section: str
    item_id: str | None
    summary: str
    undo: Edit
    field: tuple[str, ...] = ()
    touched: tuple[tuple[str, str], ...] = ()
    """Every (section, item id) whose content changed, the main item included."""
    parts: tuple[Change, ...] = ()


def section_items(policy: Policy, section: str) -> list[Any]:
    """The list holding a section's items."""
    if not is_section(section):
        raise EditError(translate("edits", "there is no section called '{section}'")
                        .format(section=section))
    return getattr(policy, section)


def _missing(item_id: str, section: str) -> str:
    return translate("edits", "there is no '{id}' in {section}").format(id=item_id,
                                                                         section=section)


def _exists(item_id: str, section: str) -> str:
    return translate("edits", "'{id}' already exists in {section}").format(id=item_id,
                                                                            section=section)


def _holds(section: str, model: str) -> str:
    return translate("edits", "{section} holds {model} items").format(section=section,
                                                                       model=model)


_POSITIONS: ContextVar[dict[str, dict[str, int]] | None] = ContextVar("positions", default=None)
"""While a :class:`Batch` applies its field edits: each section's first position of each id, so
that hundreds of edits (a rename's references) do not each scan thousands of items."""


def locate(policy: Policy, section: str, item_id: str) -> int:
    """Position of the first item with ``item_id`` in ``section``."""
    items = section_items(policy, section)
    known = _POSITIONS.get()
    if known is not None:
        if section not in known:
            # built in C; walked backwards so that the first item with an id wins
            known[section] = dict(zip(map(attrgetter("id"), reversed(items)),
                                      range(len(items) - 1, -1, -1), strict=True))
        index = known[section].get(item_id, -1)
        if 0 <= index < len(items) and items[index].id == item_id:
            return index  # field edits never move items, and ids stay unique per rename
    for index, item in enumerate(items):
        if item.id == item_id:
            if known is not None:
                known[section][item_id] = index
            return index
    raise EditError(_missing(item_id, section))


def _moved(section: str, old: str, new: str) -> None:
    """Keep a batch's positions (see :data:`_POSITIONS`) when an item's id changes."""
    known = _POSITIONS.get()
    if known is not None and section in known and old in known[section]:
        known[section][new] = known[section][old]


def target_of(policy: Policy, section: str, item_id: str | None) -> BaseModel:
    """The model an edit addresses: the metadata, or an item of a section."""
    if section == METADATA:
        return policy.policy
    if item_id is None:
        raise EditError(translate("edits", "an item id is needed to edit a section item"))
    return section_items(policy, section)[locate(policy, section, item_id)]


@dataclass(frozen=True)
class AddItem:
    """Insert ``item`` into ``section`` (at ``index``, or at the end)."""

    section: str
    item: Item
    index: int | None = None

    def apply(self, policy: Policy) -> Change:
        """Insert the item into its section (at ``index``, or at the end)."""
        items = section_items(policy, self.section)
        expected = section_info(self.section).model
        if not isinstance(self.item, expected):
            raise EditError(_holds(self.section, expected.__name__))
        if any(existing.id == self.item.id for existing in items):
            raise EditError(_exists(self.item.id, self.section))
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, self.item)
        # Saves write only the fields that are set: a section that gains an item is set.
        was_set = self.section in policy.model_fields_set
        policy.model_fields_set.add(self.section)
        return Change(
            "add",
            self.section,
            self.item.id,
            translate("edits", "Add {id}").format(id=self.item.id),
            RemoveItem(self.section, self.item.id, unset_section=not was_set),
            touched=((self.section, self.item.id),),
        )


@dataclass(frozen=True)
class AddItems:
    """Append several items to ``section`` in one pass (an import of thousands stays linear)."""

    section: str
    items: tuple[Item, ...]
    summary: str = QT_TRANSLATE_NOOP("edits", "Add items")

    def apply(self, policy: Policy) -> Change:
        """Append every item; none may share an id with the section or with another."""
        items = section_items(policy, self.section)
        expected = section_info(self.section).model
        seen = {existing.id for existing in items}
        for item in self.items:
            if not isinstance(item, expected):
                raise EditError(_holds(self.section, expected.__name__))
            if item.id in seen:
                raise EditError(_exists(item.id, self.section))
            seen.add(item.id)
        was_set = self.section in policy.model_fields_set
        items.extend(self.items)
        policy.model_fields_set.add(self.section)
        ids = tuple(item.id for item in self.items)
        parts = tuple(Change("add", self.section, i, translate("edits", "Add {id}").format(id=i),
                             RemoveItem(self.section, i),
                             touched=((self.section, i),)) for i in ids)
        return Change("batch", self.section, None, translate("edits", self.summary),
                      RemoveItems(self.section, ids, self.summary, unset_section=not was_set),
                      touched=tuple((self.section, i) for i in ids), parts=parts)


@dataclass(frozen=True)
class RemoveItems:
    """Remove several items of ``section`` in one pass (the undo of :class:`AddItems`)."""

    section: str
    item_ids: tuple[str, ...]
    summary: str = QT_TRANSLATE_NOOP("edits", "Remove items")
    unset_section: bool = False

    def apply(self, policy: Policy) -> Change:
        """Remove every listed item; each must be there."""
        items = section_items(policy, self.section)
        wanted = set(self.item_ids)
        removed = {item.id: item for item in items if item.id in wanted}
        missing = [i for i in self.item_ids if i not in removed]
        if missing:
            raise EditError(_missing(missing[0], self.section))
        items[:] = [item for item in items if item.id not in wanted]
        if self.unset_section and not items:
            policy.model_fields_set.discard(self.section)
        parts = tuple(Change("remove", self.section, i,
                             translate("edits", "Delete {id}").format(id=i),
                             AddItem(self.section, removed[i]), touched=((self.section, i),))
                      for i in self.item_ids)
        return Change("batch", self.section, None, translate("edits", self.summary),
                      AddItems(self.section, tuple(removed[i] for i in self.item_ids),
                               self.summary),
                      touched=tuple((self.section, i) for i in self.item_ids), parts=parts)


@dataclass(frozen=True)
class RemoveItem:
    """Remove the item ``item_id`` from ``section`` (references to it are left alone)."""

    section: str
    item_id: str
    unset_section: bool = False
    """Mark an emptied section as not set (an undo of the add that created it)."""

    def apply(self, policy: Policy) -> Change:
        """Remove the item from its section."""
        items = section_items(policy, self.section)
        index = locate(policy, self.section, self.item_id)
        item = items.pop(index)
        if self.unset_section and not items:
            policy.model_fields_set.discard(self.section)
        return Change(
            "remove",
            self.section,
            self.item_id,
            translate("edits", "Delete {id}").format(id=self.item_id),
            AddItem(self.section, item, index),
            touched=((self.section, self.item_id),),
        )


@dataclass(frozen=True)
class MoveItem:
    """Move the item ``item_id`` to position ``index`` within its section."""

    section: str
    item_id: str
    index: int

    def apply(self, policy: Policy) -> Change:
        """Move the item to position ``index`` within its section."""
        items = section_items(policy, self.section)
        old = locate(policy, self.section, self.item_id)
        item = items.pop(old)
        new = max(0, min(self.index, len(items)))
        items.insert(new, item)
        return Change(
            "move",
            self.section,
            self.item_id,
            translate("edits", "Move {id}").format(id=self.item_id),
            MoveItem(self.section, self.item_id, old),
            touched=((self.section, self.item_id),),
        )


@dataclass(frozen=True)
class SetField:
    """Set one field (``path`` may reach into nested models) of the metadata or of an item."""

    section: str
    item_id: str | None
    path: tuple[str, ...]
    value: Any
    unset: tuple[int, ...] = ()
    """Levels of ``path`` to mark as not set afterwards (an undo restoring a default)."""

    def apply(self, policy: Policy) -> Change:
        """Set the field at ``path`` of the metadata or of the item to ``value``."""
        if not self.path:
            raise EditError(translate("edits", "no field given"))
        owner = target_of(policy, self.section, self.item_id)
        owners = [owner]
        for name in self.path[:-1]:
            owner = getattr(owner, name, None) if name in type(owner).model_fields else None
            if not isinstance(owner, BaseModel):
                raise EditError(translate("edits", "'{field}' cannot be set").format(
                    field=".".join(self.path)))
            owners.append(owner)
        name = self.path[-1]
        if name not in type(owner).model_fields:
            raise EditError(translate("edits", "there is no field '{field}'").format(field=name))
        renaming = name == "id" and self.section != METADATA and self.value != self.item_id
        if renaming and any(o.id == self.value for o in section_items(policy, self.section)):
            raise EditError(_exists(str(self.value), self.section))
        if renaming:
            _moved(self.section, str(self.item_id), self.value)
        old = getattr(owner, name)
        old = list(old) if isinstance(old, list) else old
        was_unset = tuple(
            level
            for level, (model, part) in enumerate(zip(owners, self.path, strict=True))
            if part not in model.model_fields_set
        )
        try:
            setattr(owner, name, self.value)
        except ValidationError as exc:
            raise EditError(first_reason(exc, type(owner))) from None
        # Saves write only the fields that are set: a nested value makes its parents set too,
        # and an undo that restores a default makes the field unset again.
        for level, (model, part) in enumerate(zip(owners, self.path, strict=True)):
            if level in self.unset:
                model.model_fields_set.discard(part)
            else:
                model.model_fields_set.add(part)
        new_id = getattr(owner, "id", None) if name == "id" else self.item_id
        item_id = None if self.section == METADATA else new_id
        return Change(
            "update",
            self.section,
            item_id,
            translate("edits", "Change {field} of {id}").format(
                field=".".join(self.path), id=item_id) if item_id else
            translate("edits", "Change {field}").format(field=".".join(self.path)),
            SetField(self.section, item_id, self.path, old, was_unset),
            field=self.path,
            touched=((self.section, item_id or ""),),
        )


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one (one undo step)."""

    edits: tuple[Edit, ...]
    summary: str = QT_TRANSLATE_NOOP("edits", "Edit")
    kind: ChangeKind = "batch"
    section: str = ""
    item_id: str | None = None

    def apply(self, policy: Policy) -> Change:
        """Apply every edit in order; on a failure, undo those already applied and re-raise."""
        done: list[Change] = []
        token = _POSITIONS.set({})
        try:
            for edit in self.edits:
                if not isinstance(edit, SetField):
                    _POSITIONS.set({})  # items may move: positions are found again
                done.append(edit.apply(policy))
        except Exception:
            _POSITIONS.set(None)
            for change in reversed(done):
                change.undo.apply(policy)
            raise
        finally:
            _POSITIONS.reset(token)
        touched = tuple(
            dict.fromkeys(
                t
                for change in done
                for t in change.touched
                if not t[1].endswith(TEMPORARY_SUFFIX)
            )
        )
        undo = Batch(
            tuple(change.undo for change in reversed(done)),
            self.summary,
            self.kind,
            self.section,
            self.item_id,
        )
        return Change(
            self.kind, self.section, self.item_id, translate("edits", self.summary), undo,
            touched=touched,
            parts=tuple(done),
        )
