"""Soak the real main window: ``python -m tests.ui.soak_driver [--ops N] [--queries Q]``.

Opens the bundled example policy through the application's own start-up path, shows every
tab, then runs N signal-heavy operations, ten of one kind at a time in turn: navigator
selections, edits through the undo stack with undo and redo, decision-tester queries (Q of
them), use-matrix repaints and tab switches. It ends the way the application ends (window
closed, orderly teardown) and prints one JSON line with what it did. A crash shows as the
exit status.

Run it in its own process (``tests/ui/test_soak.py`` does): it uses the real QApplication
and the real settings location, which it points at a temporary folder first.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.paths import EXAMPLES
from tests.ui.refcount_probe import counts

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
MEMORY_LIMIT = 3 << 30
"""Address-space cap (bytes): a runaway soak fails instead of taking the machine down."""
OPS = 20_000
QUERIES = 3_000
STEP = 10
"""Operations per turn of the event loop."""
SHARES = {"select": 9, "edit": 5, "matrix": 2, "tab": 1}
"""How the operations other than tester queries are split (in parts)."""
RUN = 10
"""Operations of one kind in a row, as a user works (a view switched to is used a while)."""
OPEN_TIMEOUT_S = 120
"""How long the window may take to open the policy before the soak gives up (exit 3)."""


def _plan(ops: int, queries: int) -> list[str]:
    """The kind of every operation: ``queries`` tester queries and the rest split by
    :data:`SHARES`, taken in turns of :data:`RUN` operations of each kind."""
    rest = ops - queries
    parts = sum(SHARES.values())
    left = {kind: rest * share // parts for kind, share in SHARES.items()}
    left["select"] += rest - sum(left.values())
    left["query"] = queries
    plan: list[str] = []
    while len(plan) < ops:
        for kind in left:
            take = min(RUN, left[kind])
            plan += [kind] * take
            left[kind] -= take
    return plan


def _isolate(folder: Path) -> None:
    """Keep settings, recovery files and caches of the run inside ``folder``."""
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        path = folder / name.lower()
        path.mkdir(mode=0o700, exist_ok=True)
        os.environ[name] = str(path)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Soak:
    """The operations, each one call on the real window."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        bridge = window.bridge
        policy = bridge.policy
        self.bridge = bridge
        self.items = cycle([(section, item.id) for section in
                            ("categories", "purposes", "subjects", "recipients", "rules",
                             "retention") for item in getattr(policy, section)]
                           + [("policy", None)])
        self.names = cycle([(section, item.id, item.name) for section in
                            ("categories", "purposes", "subjects", "recipients")
                            for item in getattr(policy, section)])
        self.requests = cycle(self._requests(policy))
        self.tabs = cycle(range(window.views.count()))
        self.counts = dict.fromkeys(("select", "edit", "matrix", "tab", "query"), 0)
        self.seconds = dict.fromkeys(self.counts, 0.0)
        self._edit_step = 0

    @staticmethod
    def _requests(policy) -> Iterator[dict[str, str]]:  # type: ignore[no-untyped-def]
        consents = ("unknown", "granted", "denied")
        subjects = [s.id for s in policy.subjects] or [None]
        n = 0
        for category in policy.categories:
            for purpose in policy.purposes[::3]:
                yield {"category": category.id, "purpose": purpose.id,
                       "subject": subjects[n % len(subjects)], "consent": consents[n % 3]}
                n += 1

    def run(self, kind: str) -> None:
        """One operation of ``kind``."""
        began = time.perf_counter()
        getattr(self, kind)()
        self.seconds[kind] += time.perf_counter() - began
        self.counts[kind] += 1

    def select(self) -> None:
        """Select the next navigator item (its editor is shown)."""
        section, item_id = next(self.items)
        self.window.navigator.select(section, item_id)

    def edit(self) -> None:
        """Cycle rename, undo, redo, undo: the document ends each cycle unchanged."""
        stack = self.bridge.undo_stack
        step = self._edit_step % 4
        if step == 0:
            section, item_id, name = next(self.names)
            self.bridge.set_field(section, item_id, "name", f"{name} (soak)")
        elif step == 2:
            stack.redo()
        else:
            stack.undo()
        self._edit_step += 1

    def matrix(self) -> None:
        """Show the use matrix and repaint its table now."""
        view = self.window.matrix.view
        self.window.views.setCurrentWidget(view)
        view.table.viewport().repaint()

    def tab(self) -> None:
        """Bring the next central tab to the front."""
        self.window.views.setCurrentIndex(next(self.tabs))

    def query(self) -> None:
        """Ask the decision tester the next question."""
        tester = self.window.tester
        if self.window.views.currentWidget() is not tester:
            self.window.views.setCurrentWidget(tester)
        tester.set_request(**next(self.requests))


class Session:
    """Drives the soak from inside the application's own event loop, a few operations per
    turn, then closes the window so that the loop, and the application, end as for a user."""

    def __init__(self, path: Path, ops: int, queries: int) -> None:
        self.path = path
        self.plan = _plan(ops, queries)
        self.driver: Soak | None = None
        self.window = None
        self.figures: dict = {}
        self._began = 0.0
        self._next = 0
        self._tabs_shown = 0
        self._counts_before: dict[str, int] = {}
        self._started = 0.0

    def start(self) -> None:
        """Hook the session into the event loop (call before the loop runs)."""
        from PySide6.QtCore import QTimer

        self._started = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._timer.start()

    def _turn(self) -> None:
        if self.window is None:
            self._find_window()
            if self.window is None and time.perf_counter() - self._started > OPEN_TIMEOUT_S:
                sys.stderr.write(f"soak: no window showed {self.path} in time\n")
                self._timer.stop()
                QApplication.exit(3)
        elif self._tabs_shown < self.window.views.count():
            self.window.views.setCurrentIndex(self._tabs_shown)  # every tab shown once
            self._tabs_shown += 1
        elif self._next < len(self.plan):
            if self.driver is None:
                self.driver = Soak(self.window)
                self._began = time.perf_counter()
                self._counts_before = counts()
            for kind in self.plan[self._next:self._next + STEP]:
                self.driver.run(kind)
            self._next += STEP
        else:
            self._timer.stop()
            self._finish()

    def _find_window(self) -> None:
        from app.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.bridge.path == str(self.path) \
                    and widget.files.loading is None:
                self.window = widget
                widget.resize(1400, 900)

    def _finish(self) -> None:
        window = self.window
        assert window is not None and self.driver is not None
        stack = window.bridge.undo_stack
        while window.bridge.modified and stack.canUndo():
            stack.undo()
        window.problems.revalidator.wait()
        self.figures = {"ops": sum(self.driver.counts.values()), "counts": self.driver.counts,
                        "refcounts_before": self._counts_before, "refcounts_after": counts(),
                        "seconds_by_kind": {k: round(v, 1) for k, v in
                                            self.driver.seconds.items()},
                        "tabs": self._tabs_shown, "modified": window.bridge.modified,
                        "seconds": round(time.perf_counter() - self._began, 1)}
        self.window = self.driver = None
        window.close()  # the last window: the event loop ends


def soak(ops: int, queries: int, policy: Path) -> tuple[int, dict]:
    """Run the application on ``policy`` as its start-up does, with the soak driving it from
    inside the event loop; the application's exit status and the figures of the run."""
    from PySide6.QtCore import QObject, qInstallMessageHandler
    from shiboken6 import Shiboken

    from app.ui.app import application, run_gui

    application()  # as run_gui makes it; the session's timer needs it first
    qInstallMessageHandler(_quiet)
    session = Session(policy, ops, queries)
    session.start()
    status = run_gui(str(policy), hand_over=False)  # never to an app the user runs
    figures = session.figures
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures["cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 1)
    figures["max_rss_mb"] = usage.ru_maxrss // 1024
    figures["live_qobjects_after_exit"] = sum(
        1 for obj in Shiboken.getAllValidWrappers() if isinstance(obj, QObject))
    return status, figures


def _quiet(_kind: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's chatter; pass on anything else."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def main(argv: list[str] | None = None) -> int:
    """Run the soak and print its figures as JSON; the exit status is the application's."""
    parser = argparse.ArgumentParser(prog="python -m tests.ui.soak_driver")
    parser.add_argument("--ops", type=int, default=OPS)
    parser.add_argument("--queries", type=int, default=QUERIES)
    args = parser.parse_args(argv)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        folder = Path(tmp)
        _isolate(folder)
        policy = folder / EXAMPLE.name
        shutil.copyfile(EXAMPLE, policy)
        status, figures = soak(args.ops, args.queries, policy)
    print(json.dumps(figures), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
