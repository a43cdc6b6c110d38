"""How long the event loop goes without serving a timer: what a user would feel as a freeze."""

from __future__ import annotations

import sys
from collections.abc import Callable

TICK_MS = 5


def longest_gap(done: Callable[[], bool], settle_ticks: int = 0) -> float:
    """Run the event loop until ``done()`` (then ``settle_ticks`` more ticks of a 5 ms timer);
    the longest the timer went unserved beyond its interval (ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    loop, ticker, clock = QEventLoop(), QTimer(), QElapsedTimer()
    ticker.setInterval(TICK_MS)
    clock.start()
    worst, settled = [0.0], [0]

    def tick() -> None:
        worst[0] = max(worst[0], clock.nsecsElapsed() / 1e6 - TICK_MS)
        clock.restart()
        if done():
            settled[0] += 1
            if settled[0] > settle_ticks:
                loop.quit()

    ticker.timeout.connect(tick)
    ticker.start()
    loop.exec()
    ticker.stop()
    return worst[0]


def quiet(_kind: object, _context: object, message: str) -> None:
    """A Qt message handler that drops the offscreen platform's chatter and passes on the rest."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")
