"""Noticing when the open file is changed by another program.

:class:`DiskWatcher` watches one file. Editors that save atomically replace the file, which
makes the watch go away, so every notice re-adds it. A notice becomes :attr:`changed` only
when the file's contents differ from what this window last read or wrote, so our own saves
never raise a prompt.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.storage.disk_state import DiskState, read_state

SETTLE_MS = 150
"""Wait this long after a notice before looking (writers often touch a file several times)."""
MISSING_RETRIES = 5


class DiskWatcher(QObject):
    """Watches the document's file; says when someone else changed or removed it."""

    changed = Signal(str)
    """The file now holds something this window did not read or write."""
    removed = Signal(str)
    """The file is gone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._notice)
        self._watcher.directoryChanged.connect(self._notice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check)
        self.path: str | None = None
        self.state: DiskState | None = None
        """The file as this window last read or wrote it (``None``: no file then); saving
        compares it with the file on disk."""
        self._reported: str | None = None
        self._paused = 0
        self._missing = 0

    @property
    def known(self) -> str | None:
        """Digest of the contents this window last read or wrote."""
        return self.state.sha256 if self.state is not None else None

    def watch(self, path: str | None, state: DiskState | None = None) -> None:
        """Watch ``path`` (``None``: nothing), which we last saw as ``state``."""
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.path = os.path.abspath(path) if path else None
        self.state = state if path else None
        self._reported = None
        self._missing = 0
        if self.path:
            # The folder too: it reports a file that was removed and then written again.
            self._watcher.addPath(os.path.dirname(self.path))
            self._rewatch()

    def stop(self) -> None:
        """Watch nothing."""
        self.watch(None)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Hold notices back while we write the file ourselves."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            if not self._paused:
                self._rewatch()

    def _notice(self, _path: str) -> None:
        self._timer.start()

    def _rewatch(self) -> None:
        if self.path and self.path not in self._watcher.files() and os.path.exists(self.path):
            self._watcher.addPath(self.path)

    def _check(self) -> None:
        if self._paused or not self.path:
            return
        if not os.path.exists(self.path):
            if self.state is None:
                return  # never saved there yet
            self._missing += 1
            if self._missing < MISSING_RETRIES:
                self._timer.start()  # an atomic replace may still be under way
            elif self._reported != "<removed>":
                self._reported = "<removed>"
                self.removed.emit(self.path)
            return
        self._missing = 0
        self._rewatch()
        now = read_state(self.path)
        digest = now.sha256 if now is not None else None
        if digest is None or digest in (self.known, self._reported):
            return
        self._reported = digest
        self.changed.emit(self.path)
