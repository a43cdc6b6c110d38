"""The small dialog that asks who approves the policy, in which role, on which day, with which key.

The key (:mod:`app.ui.approval_key`) signs the approval; empty means unsigned.

OK unlocks the key (asking for its passphrase when it has one); a key that cannot be read or
unlocked is explained in the dialog, which stays open.

It also says what the change does to decisions since the last approved version in the file's
git history (filled in when the worker that works it out is done).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QSettings, Qt
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
from app.storage.signing import SigningKey, SigningKeyError
from app.ui.accessible import names_from_labels
from app.ui.approval_key import KEY_SETTING, KeyRow, unlock
from app.ui.editors.fields import error_colour


@dataclass(frozen=True)
class ApprovalInput:
    """What the approver typed."""

    name: str
    role: str
    date: dt.date
    key: SigningKey | None = None
    """The approver's unlocked key (None: the approval is recorded unsigned)."""


class ApprovalDialog(QDialog):
    """Name, role and date of an approval; OK only once a name is given.

    ``since`` is the sentence about the impact since the last approved version (so far).
    """

    def __init__(self, digest: str, parent: QWidget | None = None,
                 today: dt.date | None = None, since: str = "",
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.key: SigningKey | None = None
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("approvals", "Approve"))
        self.key_row = KeyRow(self.settings, self)
        self.key_row.create_button.clicked.connect(self.create_key)
        self.key_error = QLabel(self)
        self.key_error.setWordWrap(True)
        self.key_error.setTextFormat(Qt.TextFormat.PlainText)
        self.key_error.setAccessibleName(translate("approvals", "Signing key problem"))
        self.key_error.setStyleSheet(f"color: {error_colour(self)}")
        self.key_error.hide()
        self.key_row.path.textChanged.connect(lambda *_: self.key_error.hide())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(translate("approvals", "&Name:"), self.name)
        form.addRow(translate("approvals", "&Role:"), self.role)
        form.addRow(translate("approvals", "&Date:"), self.date)
        form.addRow(translate("approvals", "&Sign with key:"), self.key_row)
        form.addRow(self.key_error)
        form.addRow(note)
        form.addRow(self.since)
        form.addRow(self.buttons)
        names_from_labels(self)
        self.key_row.path.setAccessibleName(translate("approvals", "Signing key"))
        self._update_ok()

    def show_key_problem(self, text: str) -> None:
        """Say under the key row why the key cannot be used."""
        self.key_error.setText(text)
        self.key_error.setVisible(bool(text))

    def create_key(self) -> None:
        """Create a key for the approver (see :meth:`KeyRow.create`)."""
        try:
            self.key_row.create(self.name.text().strip(), self.role.text().strip())
        except SigningKeyError as exc:
            self.show_key_problem(str(exc))

    def accept(self) -> None:
        """Close with OK once the key (if any) is unlocked; otherwise say why and stay."""
        path = self.key_row.key_path()
        self.key = None
        if path:
            try:
                self.key = self.key_row.created or unlock(self, path)
            except SigningKeyError as exc:
                self.show_key_problem(str(exc))
                self.key_row.path.setFocus()
                return
            if self.key is None:
                return  # the passphrase was not given
            self.settings.setValue(KEY_SETTING, path)
        super().accept()
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
                             self.date.date().toPython(), self.key)
