"""The small dialog that asks who approves the policy, in which role, and on which day.

It also says what the change does to decisions since the last approved version in the file's
git history (filled in when the worker that works it out is done).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.i18n import translate
from app.ui.accessible import names_from_labels


@dataclass(frozen=True)
class ApprovalInput:
    """What the approver typed."""

    name: str
    role: str
    date: dt.date


class ApprovalDialog(QDialog):
    """Name, role and date of an approval; OK only once a name is given.

    ``since`` is the sentence about the impact since the last approved version (so far).
    """

    def __init__(self, digest: str, parent: QWidget | None = None,
                 today: dt.date | None = None, since: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("approvals", "Approve Policy"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("approvals", "Full name of the approver"))
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(translate("approvals", "e.g. Data protection officer"))
        self.name.setToolTip(translate("approvals", "Who approves this version of the policy"))
        self.role.setToolTip(translate("approvals", "The approver's role in the organisation"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setToolTip(translate("approvals", "The day of the approval (year-month-day)"))
        day = today or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        note = QLabel(translate("approvals", "You approve the content with digest\n{digest}")
                      .format(digest=digest), self)
        note.setWordWrap(True)
        note.setAccessibleName(translate("approvals", "Digest approved"))
        note.setTextInteractionFlags(note.textInteractionFlags()
                                     | note.textInteractionFlags().TextSelectableByMouse)
        self.since = QLabel(since, self)
        self.since.setWordWrap(True)
        self.since.setAccessibleName(
            translate("approvals", "Impact since the last approved version"))
        self.since.setTextInteractionFlags(self.since.textInteractionFlags()
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.since.setVisible(bool(since))
        self.since.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Approve")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(translate("approvals", "&Name:"), self.name)
        form.addRow(translate("approvals", "&Role:"), self.role)
        form.addRow(translate("approvals", "&Date:"), self.date)
        form.addRow(note)
        form.addRow(self.since)
        form.addRow(self.buttons)
        names_from_labels(self)
        self._update_ok()

    def set_since(self, text: str) -> None:
        """Show ``text`` as the impact since the last approved version."""
        self.since.setText(text)
        self.since.setVisible(bool(text))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> ApprovalInput:
        """The approval as typed."""
        return ApprovalInput(self.name.text().strip(), self.role.text().strip(),
                             self.date.date().toPython())
