"""GUI benchmark: the Policy document tab on the large policy.

:func:`measure_document_tab` loads the large synthetic policy into a document bridge with the
Policy document tab shown, waits for its first preview, then makes single edits (a rule's
description changes, then the edit is undone) and reports:

- ``document_tab_gui_ms``: the longest the event loop went without serving a 5 ms timer from
  an edit to its preview being shown, worst edit (what a user typing meanwhile would feel:
  the tab's own GUI-thread work, such as taking the snapshot and putting the HTML into the
  browser, and waiting for the interpreter lock while the worker builds the document);
- ``document_tab_gui_median_ms``: the same, median over the edits;
- ``document_tab_code_ms``: the tab's own code on the GUI thread per edit (taking the snapshot,
  putting the page into the browser), median; ``document_tab_code_max_ms`` the worst edit;
- ``document_tab_idle_stall_ms``: the longest timer gap over as long a time with no edit (the
  machine's own noise: on a loaded machine the GUI thread also waits for a core);
- ``document_tab_update_s``: from an edit to its preview being shown, median (includes the
  debounce and the whole build on the worker);
- ``document_tab_shown_kb``: the size of the HTML put into the browser at once (kilobytes).
"""

from __future__ import annotations

import gc
import os
import statistics
import time

EDITS = 4


def measure_document_tab(edits: int = EDITS) -> dict[str, float]:
    """Measure the document tab's edits; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.revalidator import settle_heap, thaw_heap
    from app.ui.views.document.view import DocumentView
    from bench.generate import generate
    from bench.ticking import longest_gap, quiet

    app = application()  # guarded, torn down in order at exit
    previous = qInstallMessageHandler(quiet)
    loaded = load_bytes(generate().encode("utf-8"), "large.policy.yaml")
    bridge = DocumentBridge(loaded.policy, "large.policy.yaml", loaded.text)
    gc.collect()
    settle_heap()  # as the window does once an opened document is validated
    code: list[float] = []
    originals = {name: getattr(DocumentView, name) for name in ("refresh", "_show")}

    def timed(name: str):  # type: ignore[no-untyped-def]
        def run(self, *args):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            originals[name](self, *args)
            code.append((time.perf_counter() - start) * 1000)
        return run

    for name in originals:
        setattr(DocumentView, name, timed(name))
    view = DocumentView(bridge, known_errors=lambda: 0)
    view.resize(1100, 800)
    shown: list[float] = []
    sizes: list[int] = []
    view.runner.published.connect(lambda _built: shown.append(time.perf_counter()))
    original = view.browser.setHtml

    def recording(html: str) -> None:
        sizes.append(len(html))
        original(html)

    view.browser.setHtml = recording  # type: ignore[method-assign]

    def wait_for_preview(idle_s: float = 0.0) -> float:
        """Run the event loop until the next preview is shown (or for ``idle_s``); the longest
        timer gap (ms)."""
        count = len(shown)
        until = time.perf_counter() + idle_s
        if idle_s:
            return longest_gap(lambda: time.perf_counter() > until)
        # a few more ticks after it: the browser's own layout work
        return longest_gap(lambda: len(shown) > count and not view.busy, settle_ticks=20)

    view.show()
    wait_for_preview()
    rule = loaded.policy.rules[len(loaded.policy.rules) // 2]
    stalls, totals, codes = [], [], []
    for n in range(edits):
        code.clear()
        start = time.perf_counter()
        if n % 2 == 0:
            bridge.set_field("rules", rule.id, "description", f"Edited description {n}.")
        else:
            bridge.undo_stack.undo()
        stalls.append(wait_for_preview())
        totals.append(shown[-1] - start)
        codes.append(sum(code))
        if os.environ.get("BENCH_VERBOSE"):
            print(n, round(start, 2), stalls[-1], totals[-1], sizes[-1], code)
    idle = wait_for_preview(idle_s=statistics.median(totals))
    view.runner.wait()
    view.close()
    for name, method in originals.items():
        setattr(DocumentView, name, method)
    app.processEvents()
    thaw_heap()
    qInstallMessageHandler(previous)
    return {
        "document_tab_gui_ms": max(stalls),
        "document_tab_gui_median_ms": statistics.median(stalls),
        "document_tab_code_ms": statistics.median(codes),
        "document_tab_code_max_ms": max(codes),
        "document_tab_idle_stall_ms": idle,
        "document_tab_update_s": statistics.median(totals),
        "document_tab_shown_kb": max(sizes) / 1000,
    }


if __name__ == "__main__":
    for name, value in measure_document_tab().items():
        print(f"{name}: {value:.3f}" if name.endswith("_s") else f"{name}: {value:.1f}")
