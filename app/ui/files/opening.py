"""Opening for the file controller: reading a policy on a worker thread and swapping it in.

:class:`Opener` owns the open in flight and its busy indicator; it says how the open went with
:attr:`Opener.opened` / :attr:`Opener.openFailed`. Asking about unsaved work first is the
controller's business, not the opener's.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.i18n import translate
from app.storage.collector import collector_paused
from app.storage.disk_state import DiskState, state_after_load
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_bytes, read_policy_bytes
from app.storage.resources import Template
from app.storage.serialize import display_name
from app.ui.files import dialogs
from app.ui.files.disk import DiskWatcher
from app.ui.files.infobar import InfoBar
from app.ui.files.migrating import MigrationOffer
from app.ui.files.tasks import BusyIndicator, Task

if TYPE_CHECKING:
    from app.ui.host import Host


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


class Opener(QObject):
    """Reads a file off the GUI thread (cancellable) and makes it the window's document."""

    opened = Signal(str)
    """The file was read and its policy is now the document."""
    openFailed = Signal(str)
    busyChanged = Signal(bool)
    """An open started (True) or ended (False)."""

    def __init__(self, host: Host, watcher: DiskWatcher, info: InfoBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._watcher = watcher
        self._info = info
        self.loading: Task | None = None
        """The open in flight, if any."""
        self.indicator: BusyIndicator | None = None
        """Its busy indicator (with a Cancel button)."""
        self.timing: dict[str, float] = {}
        """Seconds the last open spent reading (worker) and swapping in (GUI thread)."""
        self.migration = MigrationOffer(host, info)
        """Offers to migrate a file in an older format once it is open."""

    def open_path(self, path: str) -> bool:
        """Start reading ``path`` (absolute) on a worker thread.

        Returns False when a file is already being read.
        """
        if self.loading is not None:
            return False
        task = self.loading = Task(lambda: read_policy(path), self)
        self.indicator = BusyIndicator(self._host.widget,
                                       translate("files", "Opening {name}\u2026").format(
                                           name=display_name(path)), cancellable=True)
        self.indicator.canceled.connect(task.cancel)
        task.finished.connect(lambda done: self._finished(path, done))
        self.busyChanged.emit(True)
        self._host.show_message(translate("files", "Opening {name}\u2026").format(name=path))
        task.start()
        return True

    def cancel(self) -> None:
        """Cancel the open in flight (the document stays as it is)."""
        if self.loading is not None:
            self.loading.cancel()

    def _finished(self, path: str, task: Task) -> None:
        self.loading = None
        if self.indicator is not None:
            self.indicator.close()
            self.indicator = None
        self.busyChanged.emit(False)
        task.deleteLater()
        if task.cancelled:
            self._status(translate("files", "Opening {name} was cancelled").format(
                name=display_name(path)))
            return
        if task.error is not None:
            error = task.error if isinstance(task.error, PolicyFileError) else \
                PolicyFileError.at(path, 1, 1, translate(
                    "files", "cannot open the file: {error}").format(error=task.error))
            self._status(translate("files", "Could not open {path}").format(path=path))
            self.openFailed.emit(path)
            dialogs.show_open_error(self._host.widget, error)
            return
        loaded, state, read_s = task.result
        start = time.perf_counter()
        with collector_paused(collect=False):  # the new document's objects all stay alive
            self.swap(loaded, path, state)
        self.timing = {"read_s": read_s, "swap_s": time.perf_counter() - start}
        self._status(translate("files", "Opened {path}").format(path=path))
        self.migration.offer()
        self.opened.emit(path)

    def swap(self, loaded: LoadedPolicy, path: str | None, state: DiskState | None) -> None:
        """Make ``loaded`` the window's document (the undo history starts afresh).

        ``state`` is its file as the document last saw it.
        """
        self._info.dismiss()
        self._host.bridge.replace(loaded.policy, path, loaded.text, loaded)
        self._watcher.watch(path, state)

    def start_from_template(self, template: Template) -> None:
        """Replace the document with an untitled copy of ``template`` (comments included)."""
        text = template.text()
        self.swap(load_bytes(text.encode("utf-8"), template.path.name), None, None)
        self._status(translate("files", "New policy from the template \u201c{title}\u201d; "
                               "Save asks where to put it").format(title=template.title))

    def _status(self, message: str) -> None:
        self._host.show_message(message, dialogs.STATUS_MS)
