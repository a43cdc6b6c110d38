"""A friendly retention-duration editor: number + unit, or "indefinite", with the ISO form."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.domain.duration import INDEFINITE, Duration
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.editors.fields import FieldEditor, error_colour, in_sentence
from app.ui.elided import ElidedLabel

UNITS = ((QT_TRANSLATE_NOOP("editor", "days"), "D"), (QT_TRANSLATE_NOOP("editor", "weeks"), "W"),
         (QT_TRANSLATE_NOOP("editor", "months"), "M"), (QT_TRANSLATE_NOOP("editor", "years"), "Y"))
_SIMPLE = re.compile(r"^P(\d+)([DWMY])$")


class DurationEdit(FieldEditor):
    """Edits an ISO 8601 duration (``P2Y``) or ``indefinite``.

    The number and unit cover the usual single-unit periods; the ISO box beside them shows
    the stored form and accepts any supported duration (``P1Y6M``) for the rare mixed case.
    With ``none_text`` the period is optional: a first check box (e.g. "No minimum") leaves it
    unset (None); ``indefinite=False`` leaves out the "Indefinitely" box.
    """

    keeps_bad_input = True

    def __init__(self, label_text: str, tip: str = "", parent: QWidget | None = None, *,
                 none_text: str = "", indefinite: bool = True) -> None:
        super().__init__(label_text, tip, parent)
        self.none: QCheckBox | None = None
        if none_text:
            self.none = QCheckBox(none_text, self)
            self.describe(self.none, translate("editor", "{field}: {choice}").format(
                field=label_text, choice=in_sentence(none_text)),
                translate("editor", "Leave {field} unset.").format(field=in_sentence(label_text)))
            self.body.addWidget(self.none)
            self.none.toggled.connect(self._none_toggled)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 9999)
        self.amount.setKeyboardTracking(False)
        self.amount.setValue(1)
        self.describe(self.amount, translate("editor", "{field}: amount").format(field=label_text))
        self.unit = QComboBox(self)
        for word, letter in UNITS:
            self.unit.addItem(translate("editor", word), letter)
        self.unit.setCurrentIndex(3)
        self.describe(self.unit, translate("editor", "{field}: unit").format(field=label_text))
        self.indefinite = QCheckBox(translate("editor", "Indefinitely"), self)
        self.describe(self.indefinite,
                      translate("editor", "{field}: indefinite").format(field=label_text),
                      translate("editor", "Keep the data with no end date (checks will flag it)."))
        self.indefinite.setVisible(indefinite)
        self.equals = QLabel("=", self)
        self.iso = QLineEdit(self)
        self.iso.setMaximumWidth(120)
        self.iso.setPlaceholderText("P30D")
        self.describe(self.iso, translate("editor", "{field} (ISO 8601)").format(field=label_text),
                      translate("editor", "The stored form: P30D, P6M, P2Y, P1Y6M… or "
                                "'indefinite'. Type here for periods that mix units."))
        # The period in words repeats the amount and unit: shortened first when room is short.
        self.words = ElidedLabel("", self)
        self.words.setEnabled(False)
        for widget in (self.amount, self.unit, self.indefinite, self.equals, self.iso,
                       self.words):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.setSpacing(4)  # seven parts in a row: it fits a narrow window in German
        self.amount.valueChanged.connect(lambda _v: self.emit(self.value()))
        self.unit.currentIndexChanged.connect(lambda _i: self.emit(self.value()))
        self.indefinite.toggled.connect(self._indefinite_toggled)
        self.iso.editingFinished.connect(self._iso_finished)
        self.iso.textEdited.connect(lambda _t: self.clear_error())

    def inputs(self) -> list[QWidget]:
        """The amount, unit, indefinite box and ISO 8601 text (after the "none" box)."""
        first = [self.none] if self.none is not None else []
        return [*first, self.amount, self.unit, self.indefinite, self.iso]

    def value(self) -> str | None:
        """The duration the number, unit and check boxes describe, in ISO form (or None)."""
        if self.none is not None and self.none.isChecked():
            return None
        if self.indefinite.isChecked():
            return INDEFINITE
        return f"P{self.amount.value()}{self.unit.currentData()}"

    def _show(self, value: Any) -> None:
        text = str(value) if value is not None else ""
        unset = value is None and self.none is not None
        if self.none is not None:
            self.none.setChecked(unset)
        is_indefinite = text == INDEFINITE
        self.indefinite.setChecked(is_indefinite)
        self.indefinite.setEnabled(not unset)
        match = _SIMPLE.match(text)
        if match:
            self.amount.setValue(int(match.group(1)))
            self.unit.setCurrentIndex(self.unit.findData(match.group(2)))
        mixed = bool(text) and not is_indefinite and match is None
        for widget in (self.amount, self.unit):
            widget.setEnabled(not is_indefinite and not mixed and not unset)
        self.amount.setToolTip(
            translate("editor", "This period mixes units: edit it in the ISO box.") if mixed
                               else self.tip)
        self.iso.setText(text)
        self.iso.setPlaceholderText(translate("editor", "not set") if unset else "P30D")
        try:
            self.words.set_full_text(f"({Duration(text).words()})" if text else "")
        except ValueError:
            self.words.set_full_text("")

    def _indefinite_toggled(self, checked: bool) -> None:
        self.amount.setEnabled(not checked)
        self.unit.setEnabled(not checked)
        self.emit(self.value())

    def _none_toggled(self, checked: bool) -> None:
        for widget in (self.amount, self.unit, self.indefinite):
            widget.setEnabled(not checked)
        self.iso.setPlaceholderText(translate("editor", "not set") if checked else "P30D")
        self.emit(self.value())

    def _iso_finished(self) -> None:
        text = self.iso.text().strip()
        if not text and self.none is not None:
            self.emit(None)
            return
        self.emit(text.lower() if text.lower() == INDEFINITE else text.upper())

    def _mark(self, bad: bool) -> None:
        self.iso.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {error_colour(self)}; border-radius: 3px;"
            " padding: 2px; }" if bad else "")

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Focus the amount, or the ISO text when the amount is disabled."""
        target = self.amount if self.amount.isEnabled() else self.iso
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target
