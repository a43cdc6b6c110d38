"""Watch the reference counts of None, True and False across Qt emits and paints.

``python -m tests.ui.refcount_probe [--ops N] [--guard] [--leak]`` runs N operations (each:
three signal emits, void QPainter calls on a pixmap and one real widget repaint) in a fresh
QApplication and prints one JSON line: the binding, the counts before and after, and N.
``--guard`` applies the application's guard first (as every QApplication creator does);
``--leak`` drops one extra reference to each of the three per operation, a stand-in for a
binding with the bug, to show that :func:`lifetime_ops` notices such a loss.

:func:`exercise` is also called in the test process itself, where the suite's guard applies.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
from collections.abc import Callable

SINGLETONS = (("None", None), ("True", True), ("False", False))
REACHABLE_OPS = 10**15
"""More operations than any session can run: a million a second for over thirty years."""


def counts() -> dict[str, int]:
    """The current reference counts of None, True and False."""
    return {name: sys.getrefcount(value) for name, value in SINGLETONS}


def lifetime_ops(before: dict[str, int], after: dict[str, int], ops: int) -> dict[str, float]:
    """For each of the three, how many more such operations it takes for its count to reach
    zero at the rate seen (``inf`` where the count did not fall)."""
    left = {}
    for name, start in before.items():
        lost_per_op = (start - after[name]) / ops
        left[name] = after[name] / lost_per_op if lost_per_op > 0 else float("inf")
    return left


def exercise(ops: int, each: Callable[[], None] | None = None) -> tuple[dict, dict]:
    """Run ``ops`` emits-and-paints operations (a QApplication must exist); the counts
    before and after. ``each`` runs once per operation as well."""
    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
    from PySide6.QtWidgets import QLabel

    class Emitter(QObject):
        value = Signal(object)
        flag = Signal(bool)
        bare = Signal()

    received: list[object] = []
    emitter = Emitter()
    emitter.value.connect(lambda v: received.append(v) if len(received) < 1 else None)
    emitter.flag.connect(lambda _b: None)
    emitter.bare.connect(lambda: None)
    label = QLabel("Policy Studio")
    label.resize(160, 24)
    label.show()
    pixmap = QPixmap(16, 16)
    painter = QPainter(pixmap)
    pen = QPen(QColor("#44505c"))
    state = (None, True, False)
    before = counts()
    for n in range(ops):
        emitter.value.emit(state[n % 3])
        emitter.flag.emit(n % 2 == 0)
        emitter.bare.emit()
        painter.save()
        painter.setPen(pen)
        painter.drawLine(0, 0, 15, 15)
        painter.restore()
        label.setAlignment(Qt.AlignmentFlag.AlignLeft if n % 2 else Qt.AlignmentFlag.AlignRight)
        label.repaint()
        if each is not None:
            each()
    after = counts()
    painter.end()
    label.close()
    label.deleteLater()
    return before, after


def _drop_one_each() -> None:
    for _name, value in SINGLETONS:
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(value))


def main(argv: list[str] | None = None) -> int:
    """Run the probe in this process and print its figures as one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m tests.ui.refcount_probe")
    parser.add_argument("--ops", type=int, default=200)
    parser.add_argument("--guard", action="store_true", help="apply the application's guard")
    parser.add_argument("--leak", action="store_true", help="lose one reference each per op")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from importlib import metadata

    from PySide6.QtWidgets import QApplication

    if args.guard:
        from app.exporters.pdf.qt_session import application

        app = application()
    else:
        app = QApplication.instance() or QApplication([sys.argv[0]])
    before, after = exercise(args.ops, _drop_one_each if args.leak else None)
    app.processEvents()
    print(json.dumps({"binding": metadata.version("PySide6-Essentials"),
                      "python": list(sys.version_info[:2]), "ops": args.ops,
                      "before": before, "after": after}), flush=True)
    sys.stdout.flush()
    os._exit(0)  # the counts are known; an unguarded binding could abort at exit


if __name__ == "__main__":
    sys.exit(main())
