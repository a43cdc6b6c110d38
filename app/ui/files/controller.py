"""The File menu's behaviour.

New from a template, open, save, save as, recent files, asking before unsaved work is lost,
autosave and recovery, and files changed by other programs.

:class:`FileController` wires small parts, each with its own state: an
:class:`~app.ui.files.opening.Opener`, a :class:`~app.ui.files.saving.Saver`, a
:class:`~app.ui.files.recovering.Recovery`, an :class:`~app.ui.files.autosave.Autosaver` and a
:class:`~app.ui.files.disk.DiskWatcher`. It is installed through the window's
:class:`~app.ui.host.Host`; every question goes through :mod:`app.ui.files.dialogs`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

from app.domain.i18n import translate
from app.storage.disk_state import read_state
from app.storage.recovery import RecoveryEntry
from app.storage.resources import Template
from app.storage.serialize import display_name
from app.ui.actions import make_action
from app.ui.files import dialogs
from app.ui.files.autosave import Autosaver
from app.ui.files.disk import DiskWatcher
from app.ui.files.infobar import InfoBar
from app.ui.files.opening import Opener
from app.ui.files.recent import RecentFiles
from app.ui.files.recovering import Recovery
from app.ui.files.recovery import default_store
from app.ui.files.saving import LAST_DIR_KEY, Saver
from app.ui.files.tasks import Task
from app.ui.files.window_events import WindowEvents

if TYPE_CHECKING:
    from app.ui.host import Host


class FileController(QObject):
    """New, Open, Open Recent, Save, Save As, close questions, recovery and reload."""

    opened = Signal(str)
    """A file was opened and its policy is now the window's document."""
    openFailed = Signal(str)
    saved = Signal(str)

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.bridge = host.bridge
        window = host.widget
        self.store = default_store()
        self.watcher = DiskWatcher(self)
        self.autosaver = Autosaver(self.bridge, self.store, host.settings, self)
        self.autosaver.disk_state = lambda: self.watcher.state
        self.autosaver.failed.connect(lambda why: self._status(f"Autosave failed: {why}"))
        self.recent = RecentFiles(host.settings, window)
        self.recent.openRequested.connect(self.open_path)
        self.info = InfoBar(window)
        host.add_bar(self.info.bar)
        self.opener = Opener(host, self.watcher, self.info, self)
        self.opener.opened.connect(self._opened)
        self.opener.openFailed.connect(self.openFailed)
        self.saver = Saver(host, self.watcher, self.info, lambda: self.loading is not None, self)
        self.saver.saved.connect(self._saved)
        self.saver.reloadRequested.connect(self.reload)
        self.recovery = Recovery(host, self.store, self.autosaver, self.maybe_save,
                                 self.opener.swap, self.info, self.save, self)
        self.watcher.changed.connect(self._changed_on_disk)
        self.watcher.removed.connect(self._removed_from_disk)
        self._close_confirmed = False
        self._build_actions()
        self._install_actions()
        self.opener.busyChanged.connect(self._set_busy)
        self.saver.busyChanged.connect(self._set_busy)
        self.events = WindowEvents(self, window)
        if self.bridge.path:
            self.watcher.watch(self.bridge.path, read_state(self.bridge.path))
        if window.isVisible():
            self.autosaver.start()

    # -- actions -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w, keys = self.host.widget, QKeySequence.StandardKey
        self.new_action, self.open_action, self.save_action, self.save_as_action = (
            make_action(w, text, icon_name, key, tip) for text, icon_name, key, tip in (
                (translate("files", "&New from Template..."), "document-new", keys.New,
                 translate("files", "Start a new policy from a template")),
                (translate("files", "&Open..."), "document-open", keys.Open,
                 translate("files", "Open a policy file (YAML or JSON)")),
                (translate("files", "&Save"), "document-save", keys.Save,
                 translate("files", "Save the policy; comments and layout are kept")),
                (translate("files", "Save &As..."), "document-save-as", keys.SaveAs,
                 translate("files", "Save the policy to another file (YAML or JSON)"))))
        self.new_action.triggered.connect(lambda: self.new())
        self.open_action.triggered.connect(lambda: self.open())
        self.save_action.triggered.connect(lambda: self.save())
        self.save_as_action.triggered.connect(lambda: self.save_as())

    def file_actions(self) -> list[QAction]:
        """The actions this controller adds."""
        return [self.new_action, self.open_action, self.save_action, self.save_as_action]

    def _install_actions(self) -> None:
        for entry in (self.new_action, self.open_action, self.recent.menu, None,
                      self.save_action, self.save_as_action):
            self.host.add_to_menu("file-top", entry)
        self.host.add_to_toolbar([self.new_action, self.open_action, self.save_action])

    def _set_busy(self, busy: bool) -> None:
        for action in self.file_actions():
            action.setEnabled(not busy)
        self.recent.menu.setEnabled(not busy)

    def _status(self, message: str) -> None:
        self.host.show_message(message, dialogs.STATUS_MS)

    def document_name(self) -> str:
        """The file name of the document ("Untitled" before its first save)."""
        return display_name(self.bridge.path)

    # -- new and open --------------------------------------------------------------------------
    @property
    def loading(self) -> Task | None:
        """The open in flight, if any."""
        return self.opener.loading

    @property
    def open_timing(self) -> dict[str, float]:
        """Seconds the last open spent reading (worker) and swapping in (GUI thread)."""
        return self.opener.timing

    def new(self) -> bool:
        """Ask for a template and start an untitled document from it."""
        template = dialogs.ask_template(self.host.widget)
        if template is None or not self.maybe_save():
            return False
        self.start_from_template(template)
        return True

    def start_from_template(self, template: Template) -> None:
        """Replace the document with an untitled copy of ``template`` (comments included)."""
        self.opener.start_from_template(template)

    def open(self) -> bool:
        """Ask for a file and open it."""
        path = dialogs.ask_open_path(self.host.widget, self.saver.directory())
        return bool(path) and self.open_path(path)  # type: ignore[arg-type]

    def open_path(self, path: str, *, ask: bool = True) -> bool:
        """Start opening ``path`` on a worker thread (after asking about unsaved work when ``ask``).

        :attr:`opened` or :attr:`openFailed` tells how it went.
        """
        if self.loading is not None or self.saver.saving or (ask and not self.maybe_save()):
            return False
        return self.opener.open_path(os.path.abspath(path))

    def _opened(self, path: str) -> None:
        self.recent.add(path)
        self.host.settings.setValue(LAST_DIR_KEY, os.path.dirname(path))
        self.opened.emit(path)

    def reload(self) -> bool:
        """Read the document's file again (its unsaved changes are dropped)."""
        return bool(self.bridge.path) and self.open_path(self.bridge.path, ask=False)  # type: ignore[arg-type]

    # -- saving and recovery -------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the document's file (asking for one when it has none)."""
        return self.saver.save()

    def save_as(self) -> bool:
        """Ask where to save, then save there (``.json``: canonical JSON)."""
        return self.saver.save_as()

    def save_to(self, path: str) -> bool:
        """Write the document to ``path``; False (after telling the user) when that fails."""
        return self.saver.save_to(path)

    def maybe_save(self) -> bool:
        """Before unsaved work would be replaced: Save / Discard / Cancel. True: go ahead."""
        return self.saver.maybe_save()

    def _saved(self, path: str) -> None:
        self.recent.add(path)
        self.saved.emit(path)

    def offer_recovery(self) -> bool:
        """Offer unsaved work left by an earlier run; True when some was recovered."""
        return self.recovery.offer_recovery()

    def recover(self, entry: RecoveryEntry) -> bool:
        """Open recovered work as an unsaved document bound to its original file."""
        return self.recovery.recover(entry)

    # -- changes made by other programs --------------------------------------------------------
    def _changed_on_disk(self, path: str) -> None:
        name = display_name(path)
        if self.bridge.modified:
            self.info.show_message(
                translate("files", "{name} was changed by another program while you have "
                          "unsaved changes.").format(name=name),
                "warning", [(translate("files", "Reload and Discard Mine"), self.reload,
                             "view-refresh"),
                            (translate("files", "Keep Mine"), lambda: None)],
                translate("files", "Reload: open the file as it is now; reloading discards "
                          "your changes. Keep Mine: go on editing; saving asks before replacing "
                          "the other program's changes."))
        else:
            self.info.show_message(
                translate("files", "{name} was changed by another program.").format(name=name),
                "info", [(translate("files", "Reload"), self.reload, "view-refresh")])

    def _removed_from_disk(self, path: str) -> None:
        self.info.show_message(
            translate("files", "{name} was deleted or moved by another program. Save to write "
                      "it again.").format(name=display_name(path)),
            "warning", [(translate("files", "Save"), self.save, "document-save")])

    # -- closing -------------------------------------------------------------------------------
    def handle_close(self, event: QCloseEvent) -> bool:
        """The window is asked to close; True when the close is held back (to ask first)."""
        if self.saver.saving:
            event.ignore()
            return True
        window = self.host.widget
        if self.bridge.modified and not self._close_confirmed and window.isVisible():
            event.ignore()
            dialogs.open_save_changes(window, self.document_name(), self._answered)
            return True
        self.opener.cancel()
        self.autosaver.stop()
        self.watcher.stop()
        self.info.dismiss()
        if not self.bridge.modified or self._close_confirmed:
            self.autosaver.release()  # a normal close: no recovery needed
        return False

    def _answered(self, answer: str) -> None:
        # Act from the event loop, not from inside the close event that asked: Qt ignores
        # close() while a close is being handled.
        QTimer.singleShot(0, self, lambda: self._close_answer(answer))

    def _close_answer(self, answer: str) -> None:
        if answer == dialogs.CANCEL or (answer == dialogs.SAVE and not self.save()):
            return
        self._close_confirmed = True
        try:
            self.host.widget.close()
        finally:
            self._close_confirmed = False


def install_files(host: Host) -> FileController:
    """Add the file handling to ``host``; returns the controller."""
    return FileController(host)
