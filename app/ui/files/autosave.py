"""Autosave: every so often, unsaved work goes to the recovery folder (never to the user's file).

A snapshot of the policy is taken on the GUI thread (cheap) and turned into YAML on a worker
thread, so even the large policy autosaves without freezing the window. The recovery files go
away when the document is saved, when its changes are undone back to the saved state, and when
the window closes normally.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from app.ui.bridge import DocumentBridge
from app.ui.files.recovery import RecoveryStore, key_for, new_untitled_key
from app.ui.files.serialize import recovery_text, snapshot
from app.ui.files.tasks import Task

INTERVAL_KEY = "files/autosave_interval_s"
DEFAULT_INTERVAL_S = 60


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
        self.owned: set[str] = set()
        """Keys this window wrote or took over; removed when the work is saved or dropped."""
        self._untitled = new_untitled_key()
        self._adopted: str | None = None
        self._generation = 0
        self._written_generation = 0
        self._pending_generation = 0
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        try:
            seconds = float(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_S))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            seconds = DEFAULT_INTERVAL_S
        self.set_interval(seconds)
        bridge.changed.connect(self._bump)
        bridge.reset.connect(self._bump)
        bridge.modifiedChanged.connect(self._on_modified)
        bridge.pathChanged.connect(self._on_path)

    # -- configuration -------------------------------------------------------------------------
    def set_interval(self, seconds: float) -> None:
        """Autosave every ``seconds`` (while there is unsaved work)."""
        self.timer.setInterval(max(1, round(seconds * 1000)))

    def start(self) -> None:
        """Run the timer."""
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer."""
        self.timer.stop()

    @property
    def key(self) -> str:
        """The current document's recovery key."""
        if self._adopted:
            return self._adopted
        return key_for(self._bridge.path) if self._bridge.path else self._untitled

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
        key, work = self._work()
        self._task = Task(work, self)
        self._task.finished.connect(lambda task: self._done(task, key))
        self._task.start()
        return True

    def write_now(self) -> Path:
        """Write the recovery file on this thread, now (tests, or just before a risky step)."""
        key, work = self._work()
        path = work()
        self._mark_written(key, self._generation)
        return path

    def _work(self) -> tuple[str, Callable[[], Path]]:
        key = self.key
        policy = snapshot(self._bridge.policy)
        base, original = self._bridge.base_text, self._bridge.path
        title = policy.policy.title or policy.policy.id
        self._pending_generation = self._generation
        store = self.store
        return key, lambda: store.write(key, recovery_text(policy, base), original, title)

    def _done(self, task: Task, key: str) -> None:
        self._task = None
        task.deleteLater()
        if task.error is not None:
            self.failed.emit(str(task.error))
            return
        self._mark_written(key, self._pending_generation)
        if not self._bridge.modified:  # saved or undone while the autosave ran
            self.release()
        else:
            self.written.emit(str(task.result))

    def _mark_written(self, key: str, generation: int) -> None:
        self.owned.add(key)
        self._written_generation = generation

    def adopt(self, key: str) -> None:
        """Take over ``key`` (recovered work keeps autosaving to the file it came from)."""
        self._adopted = key
        self.owned.add(key)

    def release(self) -> None:
        """Delete every recovery file this window owns (the work is saved or dropped)."""
        for key in self.owned:
            self.store.discard(key)
        self.owned.clear()
        self._written_generation = self._generation

    # -- document signals ----------------------------------------------------------------------
    def _bump(self, *_args: object) -> None:
        self._generation += 1

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.release()

    def _on_path(self, _path: str) -> None:
        self._adopted = None
