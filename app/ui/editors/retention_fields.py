"""Fields of the retention form that no other form needs: a month and day (no year)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.domain.i18n import language, translate
from app.ui.editors.fields import FieldEditor

_LAST_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class MonthDayField(FieldEditor):
    """A day and a month, stored as ``MM-DD`` (e.g. ``04-01``); the month may be left unset."""

    def __init__(self, label_text: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setKeyboardTracking(False)
        self.describe(self.day, translate("editor", "{field}: day").format(field=label_text))
        self.month = QComboBox(self)
        self.month.addItem(translate("editor", "(not set)"), None)
        for number in range(1, 13):
            self.month.addItem(QLocale(language()).standaloneMonthName(number), number)
        self.describe(self.month, translate("editor", "{field}: month").format(field=label_text))
        self.body.addWidget(self.day)
        self.body.addWidget(self.month)
        self.body.addStretch(1)
        self.day.valueChanged.connect(lambda _v: self._changed())
        self.month.currentIndexChanged.connect(lambda _i: self._changed())

    def inputs(self) -> list[QWidget]:
        """The day and the month."""
        return [self.day, self.month]

    def value(self) -> str | None:
        """``MM-DD``, or None when no month is chosen."""
        month = self.month.currentData()
        if month is None:
            return None
        return f"{month:02d}-{min(self.day.value(), _LAST_DAY[month - 1]):02d}"

    def _changed(self) -> None:
        month = self.month.currentData()
        self.day.setEnabled(month is not None)
        if month is not None:
            self.day.setMaximum(_LAST_DAY[month - 1])
        self.emit(self.value())

    def _show(self, value: Any) -> None:
        month, day = (int(part) for part in str(value).split("-")) if value else (None, 1)
        self.month.setCurrentIndex(self.month.findData(month) if month else 0)
        self.day.setMaximum(_LAST_DAY[month - 1] if month else 31)
        self.day.setValue(day)
        self.day.setEnabled(month is not None)
