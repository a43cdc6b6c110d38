"""The impact-since-last-approval sentence, worked out off the GUI thread for the dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.domain.i18n import translate
from app.domain.models import Policy
from app.ui.background import BackgroundRunner
from app.ui.history.since import SEARCHING, impact_since_last_approval


class SinceSentence(QObject):
    """Holds the sentence (:attr:`text`) and says when it changes."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._stop = threading.Event()
        self.runner = BackgroundRunner(self, pool=QThreadPool.globalInstance())
        self.runner.published.connect(self._set)
        self.runner.failed.connect(
            lambda error: self._set(f"The impact since the last approved version could not "
                                    f"be worked out: {error}"))

    def start(self, path: str | None, policy: Policy) -> None:
        """Work out the sentence for ``policy`` (a snapshot) saved at ``path``."""
        self._set(translate("history", SEARCHING))
        self._stop = stop = threading.Event()
        self.runner.submit(lambda: impact_since_last_approval(path, policy, stop.is_set))

    def stop(self) -> None:
        """The dialog is gone: stop looking through the history (the result is not needed)."""
        self._stop.set()

    def _set(self, text: str) -> None:
        self.text = text
        self.changed.emit(text)
