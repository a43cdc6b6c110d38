"""GUI benchmark: the use matrix's first paint on the large policy.

:func:`measure_matrix_first_paint` loads the large synthetic policy (2,000 categories, 300
purposes) into a document bridge, then times, on the GUI thread:

- ``matrix_first_paint_s``: from creating the matrix view to the end of its table's first
  paint (an event filter paints the viewport itself and stops the clock afterwards). The
  loaded policy is exempted from cyclic GC scans first, as the window does once a document
  is open and validated (otherwise a full collection over a million objects can land in any
  measured step);
- ``matrix_scroll_page_ms``: the median time to scroll one page down and right and repaint;
- ``matrix_collapse_all_ms``: folding every top-level group and repainting.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time

PAGES = 20


def measure_matrix_first_paint(pages: int = PAGES) -> dict[str, float]:
    """Measure the matrix on the large policy; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject

    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.revalidator import settle_heap, thaw_heap
    from app.ui.views.matrix.view import MatrixView
    from bench.generate import generate

    app = application()  # guarded, torn down in order at exit
    loaded = load_bytes(generate().encode("utf-8"), "large.policy.yaml")
    bridge = DocumentBridge(loaded.policy, "large.policy.yaml", loaded.text)
    gc.collect()
    settle_heap()  # as the window does once an opened document is validated
    painted: list[float] = []

    class PaintClock(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                watched.removeEventFilter(self)
                watched.event(event)  # paint now, then stop the clock
                painted.append(time.perf_counter())
                return True
            return False

    clock = PaintClock()
    start = time.perf_counter()
    view = MatrixView(bridge, lambda _t: None)
    view.table.viewport().installEventFilter(clock)
    view.resize(1400, 900)
    view.show()
    deadline = start + 30
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    first = painted[0] - start if painted else float("nan")

    table = view.table
    steps = []
    for _ in range(pages):
        began = time.perf_counter()
        table.verticalScrollBar().setValue(table.verticalScrollBar().value()
                                           + table.viewport().height())
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().value()
                                             + table.viewport().width())
        table.viewport().repaint()
        steps.append((time.perf_counter() - began) * 1000)
    began = time.perf_counter()
    view.model.set_all_collapsed(True)
    table.viewport().repaint()
    collapse = (time.perf_counter() - began) * 1000
    view.close()
    thaw_heap()
    return {
        "matrix_first_paint_s": round(first, 3),
        "matrix_scroll_page_ms": round(statistics.median(steps), 1),
        "matrix_scroll_page_max_ms": round(max(steps), 1),
        "matrix_collapse_all_ms": round(collapse, 1),
    }


def main() -> int:
    """Print the figures, one per line."""
    for name, value in measure_matrix_first_paint().items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
