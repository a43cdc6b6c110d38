"""Field widgets for closed choices: check boxes, combos, check lists and optional dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from app.domain.enums import label
from app.domain.i18n import translate
from app.ui.editors.fields import FieldEditor, in_sentence
from app.ui.elided import ElidedComboBox


class BoolField(FieldEditor):
    """A check box; commits on every toggle."""

    def __init__(self, label_text: str, tip: str = "", text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.box = QCheckBox(text or label_text, self)
        self.describe(self.box)
        self.body.addWidget(self.box)
        self.box.toggled.connect(self.emit)

    def inputs(self) -> list[QWidget]:
        """The check box."""
        return [self.box]

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class EnumCombo(FieldEditor):
    """A closed choice shown with plain-word labels; optional choices can be left unset."""

    def __init__(self, label_text: str, tip: str, choices: Iterable[StrEnum | str], *,
                 optional: bool = False, none_text: str = "",
                 words: Callable[[StrEnum | str], str] = label,
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.combo = ElidedComboBox(self)  # a long choice, shortened when narrow
        self.describe(self.combo)
        if optional:
            self.combo.addItem(none_text or translate("editor", "(not set)"), None)
        for value in choices:
            self.combo.addItem(words(value), value)
            self.combo.setItemData(self.combo.count() - 1, str(value),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumWidth(180)
        self.body.addWidget(self.combo)
        self.body.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda i: self.emit(self.combo.itemData(i)))

    def inputs(self) -> list[QWidget]:
        """The combo box."""
        return [self.combo]

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            index = self.combo.findData(str(value))
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.say_text()


class CheckListField(FieldEditor):
    """Several values of a closed list, one check box each; commits on every toggle.

    The order of values already in the document is kept, new ones go at the end, so a
    toggle never reorders the file.
    """

    def __init__(self, label_text: str, tip: str, choices: Sequence[StrEnum], *,
                 columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        self._choices = list(choices)
        self._current: list[Any] = []
        rows = (len(self._choices) + columns - 1) // columns
        for position, value in enumerate(self._choices):
            box = QCheckBox(label(value), self)
            self.describe(box, translate("editor", "{field}: {choice}").format(
                field=label_text, choice=label(value)), f"{tip}\n({value})".strip())
            box.toggled.connect(self._toggled)
            grid.addWidget(box, position % rows, position // rows)
            self.boxes[str(value)] = box
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def inputs(self) -> list[QWidget]:
        """One check box per choice."""
        return list(self.boxes.values())

    def _show(self, value: Any) -> None:
        self._current = list(value or [])
        chosen = {str(v) for v in self._current}
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def checked(self) -> list[Any]:
        """The values that are checked, in the order described above."""
        kept = [v for v in self._current if self.boxes.get(str(v)) is None
                or self.boxes[str(v)].isChecked()]
        known = {str(v) for v in kept}
        return kept + [v for v in self._choices
                       if self.boxes[str(v)].isChecked() and str(v) not in known]

    def _toggled(self, _checked: bool) -> None:
        self.emit(self.checked())

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Focus the box of the ``index``-th chosen value, or the first box."""
        chosen = [self.boxes[str(v)] for v in self._current if str(v) in self.boxes]
        target = chosen[index] if index is not None and 0 <= index < len(chosen) else None
        target = target or next(iter(self.boxes.values()))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target


class DateField(FieldEditor):
    """A date that may be left empty: a "set" check box beside a calendar date edit."""

    def __init__(self, label_text: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.enabled_box = QCheckBox(translate("editor", "Set"), self)
        self.describe(self.enabled_box,
                      translate("editor", "{field} is set").format(field=label_text),
                      translate("editor", "Untick to leave the {field} empty.").format(
                          field=in_sentence(label_text)))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setKeyboardTracking(False)
        self.describe(self.date_edit)
        self.empty_label = QLabel(translate("editor", "not set"), self)
        self.empty_label.setEnabled(False)
        self.body.addWidget(self.enabled_box)
        self.body.addWidget(self.date_edit)
        self.body.addWidget(self.empty_label)
        self.body.addStretch(1)
        self.enabled_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(lambda _d: self.emit(self.value()))

    def inputs(self) -> list[QWidget]:
        """The date editor and the box that says whether a date is set."""
        return [self.date_edit, self.enabled_box]

    def value(self) -> dt.date | None:
        """The date shown, or None when the field is empty."""
        if not self.enabled_box.isChecked():
            return None
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def _show(self, value: Any) -> None:
        self.enabled_box.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        self._update_state()

    def _update_state(self) -> None:
        has_date = self.enabled_box.isChecked()
        self.date_edit.setEnabled(has_date)
        self.date_edit.setVisible(has_date)
        self.empty_label.setVisible(not has_date)

    def _toggled(self, checked: bool) -> None:
        if checked and self.date_edit.date() == QDate(2000, 1, 1):
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(QDate.currentDate())
        self._update_state()
        self.emit(self.value())
