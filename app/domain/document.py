"""The policy document: the single source of truth that editors change and views watch.

Edits go through :meth:`PolicyDocument.apply`, which returns a :class:`Change` (with the edit
that undoes it) and tells every listener. Compound operations (rename with every reference,
delete together with the references) are built here as one :class:`Batch`, so they undo in one
step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from app.domain import ids
from app.domain.edits import (
    TEMPORARY_SUFFIX,
    AddItem,
    Batch,
    Change,
    Edit,
    EditError,
    MoveItem,
    RemoveItem,
    SetField,
    section_items,
)
from app.domain.i18n import translate
from app.domain.models import Item, Policy
from app.domain.region_codes import is_iso_shaped
from app.domain.sections import METADATA, REGIONS
from app.domain.sections import section as section_info

Listener = Callable[[Change], None]


@dataclass(frozen=True)
class Reference:
    """A place where an id is used: ``rules[rule_id].categories`` holding ``value``."""

    section: str
    item_id: str
    field: str
    value: str


class PolicyDocument:
    """A policy plus the change machinery around it."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.revision = 0
        self._listeners: list[Listener] = []

    # -- listening -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def apply(self, edit: Edit) -> Change:
        """Apply ``edit``, notify listeners and return what changed."""
        change = edit.apply(self.policy)
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)
        return change

    def apply_all(self, edits: Sequence[Edit]) -> list[Change]:
        """Apply ``edits`` in order, all or nothing (one user action).

        When one is refused (:class:`~app.domain.edits.EditError`) the ones before it are
        undone and the error raised, so nothing has changed.
        """
        changes: list[Change] = []
        try:
            for edit in edits:
                changes.append(self.apply(edit))
        except Exception:
            for change in reversed(changes):
                self.apply(change.undo)
            raise
        return changes

    def replace(self, policy: Policy) -> None:
        """Swap the whole policy (reload from disk); listeners get a batch change."""
        old = self.policy
        self.policy = policy
        self.revision += 1
        change = Change("batch", "", None, "Reload", _Replace(old), touched=())
        for listener in list(self._listeners):
            listener(change)

    # -- queries ---------------------------------------------------------------------------
    def items(self, section: str) -> list[Any]:
        """The items of ``section`` in file order."""
        return section_items(self.policy, section)

    def find(self, section: str, item_id: str) -> Any | None:
        """The first item of ``section`` with ``item_id``, or None."""
        return next((item for item in self.items(section) if item.id == item_id), None)

    def references_to(
        self, section: str, item_id: str, *, subtree: bool = False
    ) -> list[Reference]:
        """Every place that uses ``item_id`` (and, with ``subtree``, its descendants)."""
        found: list[Reference] = []
        for ref_section, field in section_info(section).references:
            for item in self.items(ref_section):
                for value in reference_values(item, field):
                    hit = ids.covers(item_id, value) if subtree else value == item_id
                    if hit:
                        found.append(Reference(ref_section, item.id, field, value))
        return found

    # -- edits -----------------------------------------------------------------------------
    def add(self, section: str, item: Item, index: int | None = None) -> Change:
        """Add ``item`` to ``section``."""
        return self.apply(AddItem(section, item, index))

    def set(self, section: str, item_id: str | None, field: str, value: Any) -> Change:
        """Set ``field`` (dotted for nested metadata, e.g. ``controller.email``)."""
        return self.apply(SetField(section, item_id, tuple(field.split(".")), value))

    def move(self, section: str, item_id: str, index: int) -> Change:
        """Move an item within its section."""
        return self.apply(MoveItem(section, item_id, index))

    def remove(self, section: str, item_id: str, *, drop_references: bool = False) -> Change:
        """Delete an item; with ``drop_references`` also remove every use of its id."""
        return self.apply(self.remove_edit(section, item_id, drop_references=drop_references))

    def remove_edit(self, section: str, item_id: str, *, drop_references: bool = False) -> Edit:
        """The edit :meth:`remove` applies (for callers that record edits, like undo)."""
        if not drop_references:
            return RemoveItem(section, item_id)
        edits: list[Edit] = [RemoveItem(section, item_id)]
        edits += self._reference_edits(section, lambda value: None if value == item_id else value,
                                       item_id)
        return Batch(tuple(edits), translate("edits", "Delete {id} and its uses").format(
            id=item_id), "remove", section, item_id)

    def rename(self, section: str, old: str, new: str, *, subtree: bool = False) -> Change:
        """Rename an item and update every reference; ``subtree`` also moves descendants."""
        return self.apply(self.rename_edit(section, old, new, subtree=subtree))

    def rename_edit(self, section: str, old: str, new: str, *, subtree: bool = False) -> Edit:
        """The edit :meth:`rename` applies; raises EditError when the rename is impossible."""
        if section == METADATA:
            return SetField(METADATA, None, ("id",), new)
        if not ids.is_valid_id(new):
            raise EditError(translate("edits", "'{id}' is not a valid id (lowercase letters, "
                                      "digits, _ and dots)").format(id=new))
        if section == REGIONS and is_iso_shaped(new):
            raise EditError(translate("edits", "'{id}' reads as the ISO code {code}: a region "
                                      "group needs a longer id").format(id=new, code=new.upper()))
        if old == new:
            raise EditError(translate("edits", "the new id is the same as the old one"))
        if subtree and ids.covers(old, new):
            raise EditError(translate("edits", "'{new}' cannot be placed under '{old}' itself")
                            .format(new=new, old=old))
        existing = {item.id for item in self.items(section)}
        if old not in existing:
            raise EditError(translate("edits", "there is no '{id}' in {section}").format(
                id=old, section=section))
        moving = [i for i in existing if (ids.covers(old, i) if subtree else i == old)]
        targets = {ids.rebase(i, old, new) for i in moving}
        clash = sorted((targets & existing) - set(moving))
        if clash:
            raise EditError(translate("edits", "'{id}' already exists in {section}").format(
                id=clash[0], section=section))

        def rebase(value: str) -> str:
            return ids.rebase(value, old, new) if subtree else (new if value == old else value)

        # Rename in two steps through temporary ids so that swaps within a subtree never clash.
        temp = {i: i + TEMPORARY_SUFFIX for i in moving}
        edits: list[Edit] = [SetField(section, i, ("id",), temp[i]) for i in moving]
        edits += [SetField(section, temp[i], ("id",), rebase(i)) for i in moving]
        edits += self._reference_edits(section, rebase, old)
        return Batch(tuple(edits), translate("edits", "Rename {old} to {new}").format(
            old=old, new=new), "rename", section, new)

    def _reference_edits(self, section: str, rewrite: Callable[[str], str | None],
                         start: str) -> list[Edit]:
        """Field edits writing ``rewrite``'s ids into every reference to ``section``.

        ``rewrite`` changes only ids starting with ``start``: items holding none are passed
        over without building their new values (a rename among thousands of rules).
        """
        edits: list[Edit] = []
        for ref_section, field in section_info(section).references:
            head, _, inner = field.partition(".")
            for item in self.items(ref_section):
                value = getattr(item, head)
                values = value if isinstance(value, list) and not inner else \
                    reference_values(item, field)
                if not any(map(str.startswith, values, repeat(start))):
                    continue
                changed, value = rewritten(item, field, rewrite)
                if changed:
                    edits.append(SetField(ref_section, item.id, (field.partition(".")[0],),
                                          value))
        return edits


def reference_values(item: Any, field: str) -> list[str]:
    """The ids ``item`` holds in reference ``field``: a list, one value, or ``list.field``.

    ``legal_bases.regions`` is the regions of every entry of ``legal_bases``.
    """
    head, _, inner = field.partition(".")
    value = getattr(item, head)
    if inner:
        return [v for entry in value for v in getattr(entry, inner)]
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _kept(values: list[str], rewrite: Callable[[str], str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in map(rewrite, values) if v is not None))


def rewritten(item: Any, field: str, rewrite: Callable[[str], str | None]
              ) -> tuple[bool, Any]:
    """(changed, new value of ``field``'s top-level field) after ``rewrite``.

    ``rewrite`` gives the new id for an id, or None to drop it (a single value becomes None).
    """
    head, _, inner = field.partition(".")
    value = getattr(item, head)
    if inner:
        entries = [entry.model_copy(update={inner: _kept(getattr(entry, inner), rewrite)})
                   for entry in value]
        return any(getattr(a, inner) != getattr(b, inner)
                   for a, b in zip(entries, value, strict=True)), entries
    if value is None:
        return False, None
    if isinstance(value, str):
        new = rewrite(value)
        return new != value, new
    kept = _kept(list(value), rewrite)
    return kept != value, kept


@dataclass(frozen=True)
class _Replace:
    """Undo of :meth:`PolicyDocument.replace` when applied through a document."""

    policy: Policy

    def apply(self, policy: Policy) -> Change:
        raise EditError(translate("edits", "a reload cannot be undone item by item; reload "
                                  "again instead"))
