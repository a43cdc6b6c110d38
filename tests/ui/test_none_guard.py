"""The guard against PySide6 6.12's lost references to None keeps long painting safe."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPixmap

from app.ui.none_guard import guard_none, needs_guard


def test_many_painter_calls_cannot_exhaust_none(qapp) -> None:  # type: ignore[no-untyped-def]
    guard_none()
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    for _ in range(100_000):
        painter.save()
        painter.restore()
    painter.end()
    assert sys.getrefcount(None) > 0
    if needs_guard():
        assert sys.getrefcount(None) > 1 << 39
