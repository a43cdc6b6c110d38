"""GUI benchmark: revalidation after one edit on the large policy (DESIGN section 8).

:func:`measure_revalidation` loads the large synthetic policy into a document bridge with the
Problems panel and its background revalidation, makes single edits (a rule gets an unknown
purpose, then the edit is undone) and reports, as medians over the edits:

- ``revalidate_gui_block_ms``: time the GUI thread spends in the panel's code per edit (noting
  the change, taking the copy-on-write snapshot, publishing the findings into the table model);
  ``revalidate_gui_block_max_ms`` is the worst edit (a garbage collection can land in it);
- ``edit_apply_ms``: the edit itself, through the undo stack, with every synchronous listener;
- ``revalidate_total_ms``: from the edit to the updated findings being shown (includes the
  150 ms debounce and the checks running in the worker thread);
- ``revalidate_worker_ms``: the checks alone, in the worker;
- ``revalidate_gui_max_stall_ms``: the longest the event loop went without serving a 5 ms timer
  while a revalidation ran (what a user typing meanwhile would feel);
- ``problems_snapshot_first_ms``: the first, full snapshot after opening (once per document);
- ``deep_copy_ms``: ``policy.model_copy(deep=True)`` for comparison (the naive approach).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

EDITS = 10


def _quiet(_kind: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's chatter; pass on anything else."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def measure_revalidation(edits: int = EDITS) -> dict[str, float]:
    """Measure revalidation after single edits; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer, qInstallMessageHandler

    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.panel import ProblemsPanel
    from app.ui.problems.revalidator import Revalidator
    from app.validation.problems import Result
    from bench.generate import generate

    app = application()  # guarded, torn down in order at exit
    previous = qInstallMessageHandler(_quiet)
    loaded = load_bytes(generate().encode("utf-8"), "large.policy.yaml")
    bridge = DocumentBridge(loaded.policy, "large.policy.yaml", loaded.text)
    bridge.loaded = loaded
    panel = ProblemsPanel()
    panel.resize(1200, 300)
    panel.show()
    revalidator = Revalidator(bridge, panel)
    shown: list[float] = []

    panel.follow(revalidator)  # as the window does; the stamp below runs after the panel's

    def publish(result: Result) -> None:
        shown.append(time.perf_counter())

    revalidator.finished.connect(publish)

    def wait_for_result() -> float:
        """Run the event loop until the next result is shown; the longest timer gap (ms)."""
        count = len(shown)
        loop = QEventLoop()
        ticker = QTimer()
        ticker.setInterval(5)
        clock = QElapsedTimer()
        clock.start()
        worst = [0.0]

        def tick() -> None:
            worst[0] = max(worst[0], clock.nsecsElapsed() / 1e6 - 5)
            clock.restart()
            if len(shown) > count:
                loop.quit()

        ticker.timeout.connect(tick)
        ticker.start()
        loop.exec()
        ticker.stop()
        return worst[0]

    revalidator.schedule(0)
    wait_for_result()
    first_snapshot = revalidator.gui_ms["snapshot"]
    rule = loaded.policy.rules[len(loaded.policy.rules) // 2]
    blocks, applies, totals, workers, stalls = [], [], [], [], []
    for n in range(edits):
        start = time.perf_counter()
        if n % 2 == 0:
            bridge.set_field("rules", rule.id, "purposes", [*rule.purposes, "no_such_purpose"])
        else:
            bridge.undo_stack.undo()
        applies.append((time.perf_counter() - start) * 1000)
        stalls.append(wait_for_result())
        totals.append((shown[-1] - start) * 1000)
        gui = revalidator.gui_ms
        blocks.append(gui["change"] + gui["snapshot"] + gui["publish"])
        assert revalidator.result is not None
        workers.append(revalidator.result.elapsed_ms)
        if os.environ.get("BENCH_VERBOSE"):
            print(n, applies[-1], dict(gui), totals[-1], workers[-1], stalls[-1])
    start = time.perf_counter()
    loaded.policy.model_copy(deep=True)
    deep_copy = (time.perf_counter() - start) * 1000
    revalidator.wait()
    panel.close()
    app.processEvents()
    qInstallMessageHandler(previous)
    return {
        "revalidate_gui_block_ms": statistics.median(blocks),
        "revalidate_gui_block_max_ms": max(blocks),
        "edit_apply_ms": statistics.median(applies),
        "revalidate_total_ms": statistics.median(totals),
        "revalidate_worker_ms": statistics.median(workers),
        "revalidate_gui_max_stall_ms": max(stalls),
        "problems_snapshot_first_ms": first_snapshot,
        "deep_copy_ms": deep_copy,
    }


if __name__ == "__main__":
    for name, value in measure_revalidation().items():
        print(f"{name}: {value:.1f}")
