"""Autosave: every so often, unsaved work goes to the recovery folder (never to the user's file).

A snapshot of the policy is taken on the GUI thread (cheap) and turned into YAML on a worker
thread, so even the large policy autosaves without freezing the window.

Each window is its own recovery session (:mod:`app.storage.recovery`): it writes only the
entry whose lock it holds, its own or one it recovered, and never touches another's. Its
entries go away when the document is saved, when its changes are undone back to the saved
state, and when the window closes normally (or its work is discarded).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from app.storage.disk_state import DiskState
from app.storage.recovery import RecoveryStore, new_session_key
from app.storage.serialize import recovery_text, snapshot
from app.storage.session_lock import SessionLock
from app.ui.bridge import DocumentBridge
from app.ui.files.tasks import Task
from app.ui.preferences.values import autosave_seconds, preference_changes


class Autosaver(QObject):
    """Writes the bridge's unsaved work to a :class:`RecoveryStore` on a timer."""

    written = Signal(str)
    """A recovery file was written (its path)."""
    failed = Signal(str)
    """A recovery file could not be written (the reason)."""

    def __init__(self, bridge: DocumentBridge, store: RecoveryStore, settings: QSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.store = store
        self.disk_state: Callable[[], DiskState | None] = lambda: None
        """The document's file as last read or written (recorded with each autosave)."""
        self._session = new_session_key()
        self._locks: dict[str, SessionLock] = {}
        """The entries this window owns (its own, and one it recovered), by key."""
        self._adopted: str | None = None
        self._generation = 0
        self._written_generation = 0
        self._pending_generation = 0
        self._task: Task | None = None
        self._settings = settings
        self._running = False
        """Whether the window wants autosaves (the timer runs only when the interval is set)."""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        self.set_interval(autosave_seconds(settings))
        preference_changes().changed.connect(self._preferences_changed)
        bridge.changed.connect(self._bump)
        bridge.reset.connect(self._bump)
        bridge.modifiedChanged.connect(self._on_modified)

    # -- configuration -------------------------------------------------------------------------
    def set_interval(self, seconds: float) -> None:
        """Autosave every ``seconds`` (while there is unsaved work); 0 turns autosave off."""
        self.interval_s = max(0.0, seconds)
        if self.interval_s == 0:
            self.timer.stop()
            return
        self.timer.setInterval(max(1, round(seconds * 1000)))
        if self._running:
            self.timer.start()

    def start(self) -> None:
        """Run the timer (unless autosave is off)."""
        self._running = True
        if self.interval_s > 0:
            self.timer.start()

    def stop(self) -> None:
        """Stop the timer."""
        self._running = False
        self.timer.stop()

    def _preferences_changed(self) -> None:
        seconds = autosave_seconds(self._settings)
        if seconds != self.interval_s:
            self.set_interval(seconds)

    @property
    def key(self) -> str:
        """The recovery key autosaves go to (this session's own, or the recovered entry's)."""
        return self._adopted or self._session

    @property
    def busy(self) -> bool:
        """True while an autosave is being written."""
        return self._task is not None

    # -- work ----------------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Start writing the recovery file if there is unsaved work not yet autosaved."""
        if self._task is not None or not self._bridge.modified:
            return False
        if self._generation == self._written_generation:
            return False
        try:
            work = self._work()
        except OSError as exc:  # the recovery folder cannot be written
            self.failed.emit(exc.strerror or str(exc))
            return False
        self._task = Task(work, self)
        self._task.finished.connect(self._done)
        self._task.start()
        return True

    def write_now(self) -> Path:
        """Write the recovery file on this thread, now (tests, or just before a risky step)."""
        path = self._work()()
        assert path is not None  # the lock is released only on this thread
        self._written_generation = self._generation
        return path

    def _lock(self) -> SessionLock:
        key = self.key
        lock = self._locks.get(key)
        if lock is None or not lock.held:
            lock = self._locks[key] = self.store.open_session(key)
        return lock

    def _work(self) -> Callable[[], Path | None]:
        lock = self._lock()
        policy = snapshot(self._bridge.policy)
        base, original = self._bridge.base_text, self._bridge.path
        title = policy.policy.title or policy.policy.id
        disk = self.disk_state() if original else None
        self._pending_generation = self._generation
        store = self.store
        return lambda: store.write(lock, recovery_text(policy, base), original, title, disk)

    def _done(self, task: Task) -> None:
        self._task = None
        task.deleteLater()
        if task.error is not None:
            self.failed.emit(str(task.error))
            return
        if task.result is None:
            return  # the work was saved or dropped while the autosave ran: nothing written
        self._written_generation = self._pending_generation
        if not self._bridge.modified:  # saved or undone while the autosave ran
            self.release()
        else:
            self.written.emit(str(task.result))

    def adopt(self, lock: SessionLock) -> None:
        """Own a recovered entry (its lock already taken): autosaves now update it."""
        key = self.store.key_of(lock)
        self._adopted = key
        self._locks[key] = lock

    def release(self) -> None:
        """Delete every recovery entry this window owns (the work is saved or dropped)."""
        for lock in self._locks.values():
            self.store.discard(lock)
        self._locks.clear()
        self._adopted = None
        self._written_generation = self._generation

    # -- document signals ----------------------------------------------------------------------
    def _bump(self, *_args: object) -> None:
        self._generation += 1

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.release()
