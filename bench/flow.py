"""GUI benchmark: the data-flow map on the large policy.

:func:`measure_flow_large` loads the large synthetic policy into a document bridge with the
data-flow map shown, waits for its first map, then makes single edits (a rule's description
changes, then the edit is undone) and reports:

- ``flow_gui_ms``: the map's own code on the GUI thread per edit, median (taking note of the
  edit and the snapshot, handing the work to the worker, painting the map that comes back;
  before the map was worked out in the builder process, all of the rebuild);
  ``flow_gui_max_ms`` the worst edit;
- ``flow_gui_stall_ms``: the longest the event loop went without serving a 5 ms timer from an
  edit to its map being shown, worst edit (adds waiting for the interpreter lock while the
  worker pickles the snapshot and unpickles the answer, and the machine's own noise; the edit's
  own call runs before the loop and is in ``flow_gui_ms`` only);
- ``flow_idle_stall_ms``: the longest timer gap over as long a time with no edit (the machine's
  own noise: on a loaded machine the GUI thread also waits for a core);
- ``flow_update_s``: from an edit to its map being shown, median (the whole rebuild, wherever
  it runs);
- ``flow_large_ms``: putting a laid-out map into the scene on the GUI thread (clearing the
  scene, making the boxes, their labels and badges, the two edge items), median of a few; the
  drawing of those items on screen comes at the next repaint and is not counted here (it is in
  ``flow_gui_stall_ms``). Before the builder did the layout, this figure was the whole rebuild
  (working out the map as well);
- ``flow_large_graph_ms``: working out the map and its layout in process
  (:func:`app.ui.views.flow.layout.map_of`: what the builder process does per edit), median;
- ``flow_large_items``: the scene's items after painting.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from typing import Any

REPEATS = 3
EDITS = 4


def _timed(cls: type, names: tuple[str, ...], spent: list[float]) -> dict[str, Any]:
    """Wrap ``cls``'s methods ``names`` (those it has) to add their time to ``spent``."""
    originals = {name: getattr(cls, name) for name in names if hasattr(cls, name)}

    def wrap(method: Any) -> Any:
        def run(self: Any, *args: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(self, *args)
            finally:
                spent.append((time.perf_counter() - start) * 1000)
        return run

    for name, method in originals.items():
        setattr(cls, name, wrap(method))
    return originals


def measure_flow_edits(bridge: Any, rule_id: str, edits: int = EDITS) -> dict[str, float]:
    """Edit the large policy in ``bridge`` with the flow map shown; the edit figures."""
    from app.ui.views.flow.view import FlowView
    from bench.ticking import longest_gap

    code: list[float] = []
    drawn: list[float] = []
    originals = _timed(FlowView, ("invalidate", "_arrived", "_failed"), code)
    populate = FlowView.populate

    def counted(self: Any) -> None:
        populate(self)
        drawn.append(time.perf_counter())

    FlowView.populate = counted  # type: ignore[method-assign]
    view = FlowView(bridge)
    view.resize(1400, 900)

    def wait_for_map(count: int) -> float:
        """Run the event loop until more than ``count`` maps were shown (and painted); the
        longest timer gap (ms)."""
        return longest_gap(lambda: len(drawn) > count and not getattr(view, "busy", False),
                           settle_ticks=10)

    view.show()
    wait_for_map(0)
    stalls, totals, codes = [], [], []
    for n in range(edits):
        code.clear()
        count = len(drawn)
        start = time.perf_counter()
        if n % 2 == 0:
            bridge.set_field("rules", rule_id, "description", f"Edited description {n}.")
        else:
            bridge.undo_stack.undo()
        stalls.append(wait_for_map(count))
        totals.append(drawn[-1] - start)
        codes.append(sum(code))
        if os.environ.get("BENCH_VERBOSE"):
            print(n, stalls[-1], totals[-1], code)
    until = time.perf_counter() + statistics.median(totals)
    idle = longest_gap(lambda: time.perf_counter() > until)
    runner = getattr(view, "runner", None)
    if runner is not None:
        runner.wait()
    view.close()
    FlowView.populate = populate  # type: ignore[method-assign]
    for name, method in originals.items():
        setattr(FlowView, name, method)
    return {"flow_gui_ms": statistics.median(codes), "flow_gui_max_ms": max(codes),
            "flow_gui_stall_ms": max(stalls), "flow_idle_stall_ms": idle,
            "flow_update_s": statistics.median(totals)}


def measure_flow_large(repeats: int = REPEATS) -> dict[str, float]:
    """Measure the flow map on the large policy; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.revalidator import settle_heap, thaw_heap
    from app.ui.views.flow.layout import map_of
    from app.ui.views.flow.view import FlowView
    from bench.generate import generate
    from bench.ticking import quiet

    app = application()  # guarded, torn down in order at exit
    previous = qInstallMessageHandler(quiet)
    loaded = load_bytes(generate().encode("utf-8"), "large.policy.yaml")
    policy = loaded.policy
    bridge = DocumentBridge(policy, "large.policy.yaml", loaded.text)
    gc.collect()
    settle_heap()  # as the window does once an opened document is validated
    graph, painted = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        layout = map_of(policy)
        graph.append((time.perf_counter() - start) * 1000)
    figures = measure_flow_edits(bridge, policy.rules[len(policy.rules) // 2].id)
    view = FlowView(bridge)
    view.resize(1400, 900)
    for _ in range(repeats):
        start = time.perf_counter()
        view._arrived(layout)
        painted.append((time.perf_counter() - start) * 1000)
    items = len(view.scene.items())
    view.close()
    app.processEvents()
    thaw_heap()
    qInstallMessageHandler(previous)
    return {**figures, "flow_large_ms": statistics.median(painted),
            "flow_large_graph_ms": statistics.median(graph), "flow_large_items": items}


if __name__ == "__main__":
    for name, value in measure_flow_large().items():
        print(f"{name}: {value:.3f}" if name.endswith("_s") else f"{name}: {value:.1f}")
    sys.exit(0)
