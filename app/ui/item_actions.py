"""Add, duplicate, rename and delete items: the logic behind the menus and context menus."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.domain import ids
from app.domain.edits import AddItem, EditError
from app.domain.i18n import translate
from app.domain.sections import CATEGORIES, HIERARCHICAL, is_section
from app.domain.sections import section as section_info
from app.ui.add_item_dialog import AddItemDialog, name_field
from app.ui.bridge import DocumentBridge
from app.ui.navigator.tree import GROUP, ITEM


def unique_id(existing: set[str], wanted: str) -> str:
    """``wanted``, or ``wanted_2``, ``wanted_3``... whichever is free."""
    if wanted not in existing:
        return wanted
    number = 2
    while f"{wanted}_{number}" in existing:
        number += 1
    return f"{wanted}_{number}"


class ItemActions(QObject):
    """Performs item operations as undo steps and says which item to show next."""

    selectRequested = Signal(str, str)
    """(section, item id) that the window should select after an operation."""
    added = Signal(str, str)
    """(section, item id) of an item just added by name: the window shows it and puts the
    keyboard focus in its form."""

    def __init__(self, bridge: DocumentBridge, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._bridge = bridge
        self._widget = parent_widget

    def _called(self, section: str, item_id: str) -> str:
        """How an undo step names an item: ``data category 'Email address'``."""
        item = self._bridge.document.find(section, item_id)
        name = getattr(item, name_field(section), "") if item is not None else ""
        shown = " ".join(str(name).split())[:60] or item_id
        return translate("item actions", "{kind} '{name}'").format(
            kind=translate("section", section_info(section).singular), name=shown)

    def _ids(self, section: str) -> set[str]:
        return {item.id for item in self._bridge.document.items(section)}

    def add(self, section: str, under: str | None = None) -> str | None:
        """Add a new item to ``section`` (as a child of ``under`` when given)."""
        if not is_section(section):
            return None
        info = section_info(section)
        base = f"new_{info.stem}"
        wanted = f"{under}.{base}" if under else base
        item_id = unique_id(self._ids(section), wanted)
        self._bridge.apply(AddItem(section, info.new_item(item_id)),
                           translate("item actions", "Add {id}").format(id=item_id))
        self.selectRequested.emit(section, item_id)
        return item_id

    def ask_add_at(self, section: str, item_id: str | None, kind: str, *,
                   child: bool = False) -> AddItemDialog | None:
        """Ask for a new item to add where the navigator's current row is.

        Beside the selected item (under the same parent, where ids nest, and right after it),
        or at the top of a selected section; under the selected item only for ``child``. With
        no section in use (the metadata, nothing), data categories.
        """
        if not is_section(section):
            section, item_id, kind = CATEGORIES, None, ""
        parent = None
        if item_id and kind in (ITEM, GROUP) and section in HIERARCHICAL:
            parent = item_id if child else ids.parent(item_id)
        after = item_id if kind == ITEM and not child else None
        return self.ask_add(section, parent, after)

    def ask_add(self, section: str, parent_id: str | None = None,
                after: str | None = None) -> AddItemDialog | None:
        """Ask for the name of a new item of ``section`` (under ``parent_id`` when given).

        The dialog is window-modal and does not block; on Add the item is added (one undo
        step) after the item ``after`` and its sub-items (else at the end), selected, and
        :attr:`added` is emitted.
        """
        if not is_section(section):
            return None
        names = {str(getattr(item, name_field(section), "")).casefold(): item.id
                 for item in self._bridge.document.items(section)}
        parent = self._bridge.document.find(section, parent_id) if parent_id else None
        dialog = AddItemDialog(section, parent_id, self._ids(section), self._widget,
                               names=names, parent_name=str(getattr(parent, "name", "") or ""))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: self.add_named(section, dialog.item_id(), dialog.item_name(), after))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_named(self, section: str, item_id: str, name: str = "",
                  after: str | None = None) -> str | None:
        """Add an item with ``item_id`` and ``name`` as one undo step ("Add purpose 'Billing'").

        It goes after the item ``after`` and its sub-items, or at the end of the section.
        """
        info = section_info(section)
        values = {name_field(section): name} if name else {}
        try:
            fresh = info.new_item(item_id).model_copy(update=values)
            item = type(fresh).model_validate(fresh.model_dump())
            self._bridge.apply(AddItem(section, item, self._index_after(section, after)),
                               translate("item actions", "Add {kind} '{name}'").format(
                                   kind=translate("section", info.singular),
                                   name=name or item_id))
        except (EditError, ValueError) as exc:
            QMessageBox.warning(self._widget, translate("item actions", "Cannot add the {kind}")
                                .format(kind=translate("section", info.singular)), str(exc))
            return None
        self.selectRequested.emit(section, item_id)
        self.added.emit(section, item_id)
        return item_id

    def _index_after(self, section: str, after: str | None) -> int | None:
        """The position just past ``after`` and its sub-items (None: at the end)."""
        found = [item.id for item in self._bridge.document.items(section)]
        if after not in found:
            return None
        index = found.index(after) + 1
        while index < len(found) and ids.covers(after, found[index]):
            index += 1
        return index

    def duplicate(self, section: str, item_id: str) -> str | None:
        """Copy an item under a new id, placed right after it."""
        original = self._bridge.document.find(section, item_id)
        if original is None:
            return None
        copy_id = unique_id(self._ids(section), f"{item_id}_copy")
        copy = original.model_copy(deep=True, update={"id": copy_id})
        copy = type(original).model_validate(copy.model_dump())
        index = self._bridge.document.items(section).index(original) + 1
        self._bridge.apply(AddItem(section, copy, index),
                           translate("item actions", "Duplicate {item}").format(
                               item=self._called(section, item_id)))
        self.selectRequested.emit(section, copy_id)
        return copy_id

    def rename(self, section: str, item_id: str) -> QInputDialog:
        """Ask for a new id and rename, updating every reference (one undo step).

        The question is window-modal and does not block; Enter renames, Esc cancels.
        """
        dialog = QInputDialog(self._widget)
        dialog.setWindowTitle(translate("item actions", "Rename {kind}").format(
            kind=translate("section", section_info(section).singular)))
        dialog.setLabelText(translate("item actions", "New id for '{id}' (every use of it "
                                      "follows):").format(id=item_id))
        dialog.setTextValue(item_id)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def chosen(text: str) -> None:
            if text.strip() and text.strip() != item_id:
                self.rename_to(section, item_id, text.strip())

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def rename_to(self, section: str, item_id: str, new_id: str) -> str | None:
        """Rename without asking; descendants move along with their parent."""
        has_children = any(ids.covers(item_id, i) and i != item_id for i in self._ids(section))
        try:
            edit = self._bridge.document.rename_edit(section, item_id, new_id,
                                                     subtree=has_children)
            self._bridge.apply(edit, translate("item actions", "Rename {old} to {new}").format(
                old=item_id, new=new_id))
        except EditError as exc:
            QMessageBox.warning(self._widget, translate("item actions", "Cannot rename"),
                                str(exc))
            return None
        self.selectRequested.emit(section, new_id)
        return new_id

    def delete(self, section: str, item_id: str, *, confirm: bool = True) -> bool:
        """Delete an item; if it is referenced, offer to remove the references too."""
        references = self._bridge.document.references_to(section, item_id)
        drop = False
        if references and confirm:
            places = sorted({f"{r.section} {r.item_id}" for r in references})
            listing = "\n".join(f"  - {p}" for p in places[:12])
            more = "\n  " + translate("item actions", "... and {count} more").format(
                count=len(places) - 12) if len(places) > 12 else ""
            box = QMessageBox(QMessageBox.Icon.Warning, translate("item actions", "Delete item"),
                              translate("item actions", "'{id}' is still used in:\n{places}\n\n"
                                        "Delete it and remove it from those places too? "
                                        "(One step: Undo brings everything back.)").format(
                                  id=item_id, places=listing + more),
                              parent=self._widget)
            remove = box.addButton(translate("item actions", "Delete and remove uses"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not remove:
                return False
            drop = True
        elif references:
            drop = True
        edit = self._bridge.document.remove_edit(section, item_id, drop_references=drop)
        self._bridge.apply(edit, translate("item actions", "Delete {item}").format(
            item=self._called(section, item_id)))
        return True

