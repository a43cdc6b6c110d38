"""Offer to recover unsaved work found at start (left behind when the application stopped)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.storage.recovery import RecoveryEntry
from app.ui.icons import icon

RECOVER, DISCARD = "recover", "discard"


class RecoveryDialog(QDialog):
    """Lists recovery entries; Recover or Discard the selected one, or decide later."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("files", "Recover Unsaved Work"))
        self.setWindowIcon(icon("history"))
        self._entries = entries
        self.choice: tuple[str, RecoveryEntry] | None = None
        intro = QLabel(translate(
            "files", "Policy Studio stopped before these changes were saved. Recover a document "
            "to continue where you left off (it opens as unsaved; save it to keep it), or "
            "discard it for good."), self)
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([translate("files", "Document"),
                                              translate("files", "File"),
                                              translate("files", "Autosaved")])
        for entry in entries:
            row = [QStandardItem(icon("policy"), entry.title or entry.name),
                   QStandardItem(entry.original_path
                                 or translate("files", "Untitled (never saved)")),
                   QStandardItem(entry.saved_at.strftime("%Y-%m-%d %H:%M"))]
            row[1].setToolTip(entry.original_path or "")
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(translate("files", "Unsaved documents"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.doubleClicked.connect(lambda _index: self._choose(RECOVER))
        buttons = QDialogButtonBox(self)
        self.recover_button = buttons.addButton(translate("files", "&Recover"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.recover_button.setIcon(icon("history"))
        self.discard_button = buttons.addButton(translate("files", "&Discard"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.discard_button.setIcon(icon("edit-delete"))
        later: QPushButton = buttons.addButton(translate("files", "Decide &Later"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(translate("files", "Keep the recovery files and ask again next time"))
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._choose(RECOVER))
        self.discard_button.clicked.connect(lambda: self._choose(DISCARD))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 300)

    def current(self) -> RecoveryEntry | None:
        """The selected entry."""
        row = self.view.currentIndex().row()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _choose(self, action: str) -> None:
        entry = self.current()
        if entry is None:
            return
        self.choice = (action, entry)
        self.accept()


__all__ = ["DISCARD", "RECOVER", "RecoveryDialog"]
