"""Computes the review off the GUI thread, only while someone looks at it.

Every change marks the review stale; when the view is visible a short debounce starts a run on
a copy-on-write snapshot of the policy (the one the Problems panel uses), so the GUI never
waits for a large policy's review (about a second). Results for an older revision are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.domain.edits import Change
from app.domain.intrusiveness import Use, review
from app.domain.models import Policy
from app.storage.resources import default_weights
from app.ui.bridge import DocumentBridge
from app.ui.problems.snapshot import SnapshotCache

DEBOUNCE_MS = 80


class _Relay(QObject):
    done = Signal(object, int, object)


class _Run(QRunnable):
    def __init__(self, policy: Policy, revision: int, document: object, relay: _Relay) -> None:
        super().__init__()
        self._policy, self._revision, self._document = policy, revision, document
        self.relay = relay

    def run(self) -> None:
        uses = review(self._policy, default_weights())
        self.relay.done.emit(uses, self._revision, self._document)


class ReviewRunner(QObject):
    """Keeps a current review of the bridge's policy while :attr:`active`."""

    finished = Signal(list)
    """The uses of the current revision, most intrusive first."""
    started = Signal()

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._cache = SnapshotCache()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._publish)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._running = False
        self.stale = True
        self.active = False
        self.uses: list[Use] = []
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)

    @property
    def busy(self) -> bool:
        """True while a run is due or in flight."""
        return self._timer.isActive() or self._running

    def set_active(self, active: bool) -> None:
        """Someone looks (or stopped looking) at the review."""
        self.active = active
        if active and self.stale:
            self._timer.start(0)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until no run is in flight (tests, shutdown)."""
        return self._pool.waitForDone(timeout_ms)

    def _on_change(self, change: Change) -> None:
        self._cache.invalidate(change)
        self._mark_stale()

    def _on_reset(self) -> None:
        self._cache.clear()
        self._mark_stale()

    def _mark_stale(self) -> None:
        self.stale = True
        if self.active:
            self._timer.start(DEBOUNCE_MS)

    def _start(self) -> None:
        if self._running:
            return  # _publish starts another run when this one ends
        document = self._bridge.document
        snapshot = self._cache.snapshot(document.policy)
        self._running = True
        self.stale = False
        self.started.emit()
        self._pool.start(_Run(snapshot, document.revision, document, self._relay))

    def _publish(self, uses: list[Use], revision: int, document: object) -> None:
        self._running = False
        current = self._bridge.document
        if document is current and revision == current.revision:
            self.uses = uses
            self.finished.emit(uses)
        else:
            self.stale = True
        if self.stale and self.active:
            self._timer.start(0)
