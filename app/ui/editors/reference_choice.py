"""One reference to a declared item, chosen from a list, never typed.

``ReferenceChoiceField`` is a drop-down of the declared items of one section (name and id,
indented by hierarchy), led by an empty choice; its "Choose…" button opens the filterable
:class:`~app.ui.editors.pickers.PickerDialog` for long lists. A stored id that is not declared
stays shown, marked, so it can be seen and replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from app.domain.i18n import translate
from app.ui.editors.fields import FieldEditor, in_sentence
from app.ui.editors.pickers import PickerDialog, open_picker, tree_order
from app.ui.elided import ElidedComboBox


class ReferenceChoiceField(FieldEditor):
    """One id of ``noun`` (or none), picked from the declared items; commits on every choice."""

    def __init__(self, label_text: str, tip: str, items: Callable[[], Sequence[Any]], *,
                 noun: str, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self._items = items
        self._noun = noun
        self._empty_text = empty_text or translate("editor", "(none)")
        self._value: str | None = None
        self.combo = ElidedComboBox(self)  # a long name, shortened when narrow
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setMaxVisibleItems(20)
        self.describe(self.combo)
        self.choose_button = QPushButton(translate("editor", "Choose…"), self)
        self.describe(self.choose_button,
                      translate("editor", "Choose {field}").format(field=in_sentence(label_text)),
                      translate("editor", "Find {noun} among the declared ones by name or id. "
                                "{help}").format(noun=noun, help=tip).strip())
        self.body.addWidget(self.combo, 1)
        self.body.addWidget(self.choose_button)
        self.combo.activated.connect(lambda i: self._choose(self.combo.itemData(i)))
        self.choose_button.clicked.connect(self.open_picker)
        self.picker: PickerDialog | None = None

    def inputs(self) -> list[QWidget]:
        """The drop-down and the button that opens the picker."""
        return [self.combo, self.choose_button]

    def value(self) -> str | None:
        """The id shown, or None."""
        return self._value

    def _show(self, value: Any) -> None:
        """List the declared items now and select ``value``."""
        self._value = str(value) if value else None
        self.combo.clear()
        self.combo.addItem(self._empty_text, None)
        for item, _indent in tree_order(self._items()):  # the dotted ids show the hierarchy
            name = getattr(item, "name", "") or ""
            self.combo.addItem(f"{name} ({item.id})" if name else item.id, item.id)
            self.combo.setItemData(self.combo.count() - 1,
                                   getattr(item, "description", "") or item.id,
                                   Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(self._value) if self._value else 0
        if index < 0:  # stored but not declared: show it, marked
            self.combo.addItem(translate("editor", "{id} (not declared)").format(id=self._value),
                               self._value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.combo.say_text()

    def _choose(self, item_id: str | None) -> None:
        self._value = item_id or None
        self.emit(self._value)

    def open_picker(self) -> PickerDialog:
        """Open the picker (window-modal, not blocking); the chosen item is taken on accept."""
        self.picker = open_picker(PickerDialog(translate("editor", "Choose {noun}").format(
            noun=self._noun), self._items(),
                                               [self._value] if self._value else [],
                                               self.window(), single=True), self._picked)
        return self.picker

    def _picked(self, chosen: list[str]) -> None:
        if chosen:
            self.set_value(chosen[0])
            self._choose(chosen[0])
