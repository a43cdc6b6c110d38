"""Computes the review off the GUI thread, only while someone looks at it.

Every change marks the review stale; when the view is visible a short debounce starts a run on
a copy-on-write snapshot of the policy (the one the Problems panel uses), so the GUI never
waits for a large policy's review (about a second). Results for an older revision are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.edits import Change
from app.domain.intrusiveness import Use, review
from app.storage.resources import default_weights, region_catalogue
from app.ui.background import BackgroundRunner
from app.ui.bridge import DocumentBridge
from app.validation.snapshot import SnapshotCache

DEBOUNCE_MS = 80


class ReviewRunner(QObject):
    """Keeps a current review of the bridge's policy while :attr:`active`."""

    finished = Signal(list)
    """The uses of the current revision, most intrusive first."""
    started = Signal()
    failed = Signal(str)
    """The review could not be computed (the message says why); the last uses stay."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._cache = SnapshotCache()
        self._runner = BackgroundRunner(
            self, current=lambda: (bridge.document, bridge.document.revision))
        self._runner.published.connect(self._publish)
        self._runner.failed.connect(self._failed)
        self._runner.dropped.connect(self._dropped)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self.stale = True
        self.active = False
        self.uses: list[Use] = []
        self.error: str | None = None
        """Why the last run failed (None after a good one)."""
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)

    @property
    def busy(self) -> bool:
        """True while a run is due or in flight."""
        return self._timer.isActive() or self._runner.busy

    def set_active(self, active: bool) -> None:
        """Someone looks (or stopped looking) at the review."""
        self.active = active
        if active and self.stale:
            self._timer.start(0)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until no run is in flight (tests, shutdown)."""
        return self._runner.wait(timeout_ms)

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
        if self._runner.busy:
            return  # the run's end starts another one if the review is stale
        snapshot = self._cache.snapshot(self._bridge.document.policy)
        weights, regions = default_weights(), region_catalogue()
        self.stale = False
        self.started.emit()
        self._runner.submit(lambda: review(snapshot, weights, regions=regions))

    def _publish(self, uses: list[Use]) -> None:
        self.uses, self.error = uses, None
        self.finished.emit(uses)
        self._again()

    def _failed(self, error: Exception) -> None:
        self.error = f"{type(error).__name__}: {error}"
        self.failed.emit(self.error)
        self._again()

    def _dropped(self) -> None:
        self.stale = True
        self._again()

    def _again(self) -> None:
        if self.stale and self.active:
            self._timer.start(0)
