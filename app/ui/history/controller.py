"""File > History... (Ctrl+Shift+H): the open file's git history in a dialog.

It needs the policy saved in a file inside a git repository and git installed; otherwise it
says which of these is missing. Versions opened read-only get their own windows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.storage.git_history import GitError, Version, locate
from app.ui.actions import make_action
from app.ui.history.dialog import HistoryDialog
from app.ui.history.readonly import ReadOnlyWindow
from app.ui.signatures import signature_watcher

if TYPE_CHECKING:
    from app.ui.host import Host

SHORTCUT = "Ctrl+Shift+H"
NOT_SAVED = QT_TRANSLATE_NOOP("history", "The policy has not been saved to a file yet. Save it "
                              "in a folder under git to see its history.")
"""Why there is no history for an unsaved policy (translated where shown)."""


def show_history_problem(parent: QWidget, text: str) -> None:
    """Say why there is no history to show (tests replace this)."""
    QMessageBox.information(parent, translate("history", "No History"), text)


class HistoryController(QObject):
    """Owns File > History... and the windows it opens."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.dialog: HistoryDialog | None = None
        self.windows: list[ReadOnlyWindow] = []
        self.action = make_action(host.widget, translate("history", "&History..."), None,
                                  SHORTCUT, translate(
                                      "history", "The file's git history: compare versions, "
                                      "open an approved version read-only"))
        self.action.triggered.connect(self.show_history)
        host.add_to_menu("file", self.action)

    def _working(self) -> tuple[Policy, bool]:
        bridge = self.host.bridge
        return bridge.policy.model_copy(deep=True), bridge.modified

    def show_history(self) -> HistoryDialog | None:
        """Open the History dialog on the open file, or say why it cannot."""
        window, path = self.host.widget, self.host.bridge.path
        if not path:
            show_history_problem(window, translate("history", NOT_SAVED))
            return None
        try:
            history = locate(path)
        except GitError as exc:
            show_history_problem(window, str(exc))
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = HistoryDialog(history, self._working, window,
                                    signature_watcher(self.host.bridge))
        self.dialog.openRequested.connect(self.open_version)
        self.dialog.show()
        return self.dialog

    def open_version(self, version: Version) -> ReadOnlyWindow | None:
        """Open ``version`` read-only (a version that cannot be read says why)."""
        dialog = self.dialog
        if dialog is None:
            return None
        if version.policy is None:
            dialog.status.setText(translate("history", "Version {commit} cannot be opened: "
                                            "{error}").format(commit=version.commit.short,
                                                              error=version.error))
            return None
        state = next((row.state for row in dialog.model.rows
                      if row.commit is not None and row.commit.hash == version.commit.hash), None)
        read_only = ReadOnlyWindow(dialog.history, version, state=state)
        self.windows = [w for w in self.windows if w.isVisible()] + [read_only]
        read_only.show()
        dialog.status.setText(translate("history", "Opened {commit} read-only.").format(
            commit=version.commit.short))
        return read_only


def install_history(host: Host) -> HistoryController:
    """Add File > History... to ``host``."""
    return HistoryController(host)
