"""The File menu's behaviour.

New from a template, open, save, save as, recent files, asking before unsaved work is lost, autosave
and recovery, and files changed by other programs.

Installed on a :class:`~app.ui.main_window.MainWindow` by :func:`install_files`; everything
the user sees goes through the window's bridge, and every question through
:mod:`app.ui.files.dialogs`.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.storage.collector import collector_paused
from app.storage.disk_state import DiskState, read_state, state_after_load
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_bytes, read_policy_bytes
from app.storage.resources import Template
from app.ui.actions import make_action
from app.ui.files import dialogs
from app.ui.files.autosave import Autosaver
from app.ui.files.disk import DiskWatcher
from app.ui.files.infobar import InfoBar
from app.ui.files.recent import RecentFiles
from app.ui.files.recovering import RecoveryMixin
from app.ui.files.recovery import default_store
from app.ui.files.saving import LAST_DIR_KEY, SavingMixin
from app.ui.files.serialize import display_name
from app.ui.files.tasks import BusyIndicator, Task
from app.ui.files.window_events import WindowEvents

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

STATUS_MS = 5000


def read_policy(path: str) -> tuple[LoadedPolicy, DiskState | None, float]:
    """Load ``path`` (worker thread): the policy, the file's state, seconds taken."""
    start = time.perf_counter()
    try:
        before = os.stat(path)
    except OSError:
        before = None
    data = read_policy_bytes(path)  # a FIFO or device is refused here, at once
    # No collection at the end: on a worker thread it could run a Qt object's destructor.
    with collector_paused(collect=False):
        loaded = load_bytes(data, path)
    return loaded, state_after_load(path, before, data), time.perf_counter() - start


class FileController(SavingMixin, RecoveryMixin, QObject):
    """New, Open, Open Recent, Save, Save As, close questions, recovery and reload."""

    opened = Signal(str)
    """A file was opened and its policy is now the window's document."""
    openFailed = Signal(str)
    saved = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = window.bridge
        self.store = default_store()
        self.autosaver = Autosaver(self.bridge, self.store, window.settings, self)
        self.autosaver.disk_state = lambda: self.watcher.state
        self.autosaver.failed.connect(lambda why: self._status(f"Autosave failed: {why}"))
        self.recent = RecentFiles(window.settings, window)
        self.recent.openRequested.connect(self.open_path)
        self.watcher = DiskWatcher(self)
        self.watcher.changed.connect(self._changed_on_disk)
        self.watcher.removed.connect(self._removed_from_disk)
        self.info = InfoBar(window)
        self.loading: Task | None = None
        self.open_timing: dict[str, float] = {}
        """Seconds the last open spent reading (worker) and swapping in (GUI thread)."""
        self._busy: BusyIndicator | None = None
        self._saving = False
        self._close_confirmed = False
        self._build_actions()
        self._install_actions()
        self.events = WindowEvents(self)
        if self.bridge.path:
            self.watcher.watch(self.bridge.path, read_state(self.bridge.path))
        if window.isVisible():
            self.autosaver.start()

    # -- actions -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w, keys = self.window, QKeySequence.StandardKey
        self.new_action = make_action(w, "&New from Template...", "document-new", keys.New,
                                      "Start a new policy from a template")
        self.open_action = make_action(w, "&Open...", "document-open", keys.Open,
                                       "Open a policy file (YAML or JSON)")
        self.save_action = make_action(w, "&Save", "document-save", keys.Save,
                                       "Save the policy; comments and layout are kept")
        self.save_as_action = make_action(w, "Save &As...", "document-save-as", keys.SaveAs,
                                          "Save the policy to another file (YAML or JSON)")
        self.new_action.triggered.connect(lambda: self.new())
        self.open_action.triggered.connect(lambda: self.open())
        self.save_action.triggered.connect(lambda: self.save())
        self.save_as_action.triggered.connect(lambda: self.save_as())

    def file_actions(self) -> list[QAction]:
        """The actions this controller adds."""
        return [self.new_action, self.open_action, self.save_action, self.save_as_action]

    def _install_actions(self) -> None:
        menu = self.window.file_menu
        before = menu.actions()[0] if menu.actions() else None
        for entry in (self.new_action, self.open_action, self.recent.menu, None,
                      self.save_action, self.save_as_action, None):
            _insert(menu, before, entry)
        toolbar = self.window.toolbar
        first = toolbar.actions()[0] if toolbar.actions() else None
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.insertAction(first, action) if first else toolbar.addAction(action)
        if first:
            toolbar.insertSeparator(first)

    def _set_busy(self, busy: bool) -> None:
        for action in self.file_actions():
            action.setEnabled(not busy)
        self.recent.menu.setEnabled(not busy)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def document_name(self) -> str:
        """The file name of the document ("Untitled" before its first save)."""
        return display_name(self.bridge.path)

    # -- new and open --------------------------------------------------------------------------
    def new(self) -> bool:
        """Ask for a template and start an untitled document from it."""
        template = dialogs.ask_template(self.window)
        if template is None or not self.maybe_save():
            return False
        self.start_from_template(template)
        return True

    def start_from_template(self, template: Template) -> None:
        """Replace the document with an untitled copy of ``template`` (comments included)."""
        text = template.text()
        self._swap(load_bytes(text.encode("utf-8"), template.path.name), None, None)
        self._status(f"New policy from the template \u201c{template.title}\u201d; "
                     "Save asks where to put it")

    def open(self) -> bool:
        """Ask for a file and open it."""
        path = dialogs.ask_open_path(self.window, self._directory())
        return bool(path) and self.open_path(path)  # type: ignore[arg-type]

    def open_path(self, path: str, *, ask: bool = True) -> bool:
        """Start opening ``path`` on a worker thread (after asking about unsaved work when ``ask``).

        :attr:`opened` or :attr:`openFailed` tells how it went.
        """
        if self.loading is not None or self._saving or (ask and not self.maybe_save()):
            return False
        path = os.path.abspath(path)
        task = self.loading = Task(lambda: read_policy(path), self)
        self._busy = BusyIndicator(self.window, f"Opening {display_name(path)}\u2026",
                                   cancellable=True)
        self._busy.canceled.connect(task.cancel)
        task.finished.connect(lambda done: self._opened(path, done))
        self._set_busy(True)
        self.window.statusBar().showMessage(f"Opening {path}\u2026")
        task.start()
        return True

    def _opened(self, path: str, task: Task) -> None:
        self.loading = None
        if self._busy is not None:
            self._busy.close()
            self._busy = None
        self._set_busy(False)
        task.deleteLater()
        if task.cancelled:
            self._status(f"Opening {display_name(path)} was cancelled")
            return
        if task.error is not None:
            error = task.error if isinstance(task.error, PolicyFileError) else \
                PolicyFileError.at(path, 1, 1, f"cannot open the file: {task.error}")
            self._status(f"Could not open {path}")
            self.openFailed.emit(path)
            dialogs.show_open_error(self.window, error)
            return
        loaded, state, read_s = task.result
        start = time.perf_counter()
        with collector_paused(collect=False):  # the new document's objects all stay alive
            self._swap(loaded, path, state)
        self.open_timing = {"read_s": read_s, "swap_s": time.perf_counter() - start}
        self.recent.add(path)
        self.window.settings.setValue(LAST_DIR_KEY, os.path.dirname(path))
        self._status(f"Opened {path}")
        self.opened.emit(path)

    def _swap(self, loaded: LoadedPolicy, path: str | None, state: DiskState | None) -> None:
        """Make ``loaded`` the window's document (the undo history starts afresh).

        ``state`` is its file as the document last saw it.
        """
        self.info.dismiss()
        self.bridge.replace(loaded.policy, path, loaded.text, loaded)
        self.watcher.watch(path, state)
        self.window.navigator.select("policy")

    def reload(self) -> bool:
        """Read the document's file again (its unsaved changes are dropped)."""
        return bool(self.bridge.path) and self.open_path(self.bridge.path, ask=False)  # type: ignore[arg-type]

    # -- closing -------------------------------------------------------------------------------
    def handle_close(self, event: QCloseEvent) -> bool:
        """The window is asked to close; True when the close is held back (to ask first)."""
        if self._saving:
            event.ignore()
            return True
        if self.bridge.modified and not self._close_confirmed and self.window.isVisible():
            event.ignore()
            dialogs.open_save_changes(self.window, self.document_name(), self._answered)
            return True
        if self.loading is not None:
            self.loading.cancel()
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
            self.window.close()
        finally:
            self._close_confirmed = False


def _insert(menu: QMenu, before: QAction | None, entry: QAction | QMenu | None) -> None:
    if entry is None:
        menu.insertSeparator(before) if before else menu.addSeparator()
    elif isinstance(entry, QMenu):
        menu.insertMenu(before, entry) if before else menu.addMenu(entry)
    else:
        menu.insertAction(before, entry) if before else menu.addAction(entry)


def install_files(window: QWidget) -> FileController:
    """Add the file handling to ``window`` (a MainWindow); returns the controller."""
    return FileController(window)  # type: ignore[arg-type]
