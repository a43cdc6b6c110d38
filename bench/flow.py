"""GUI benchmark: the data-flow map on the large policy.

:func:`measure_flow_large` loads the large synthetic policy into a document bridge and reports:

- ``flow_large_ms``: drawing the data-flow map from the policy (working out the map and
  putting its boxes and edges into the scene), median of a few rebuilds;
- ``flow_large_graph_ms``: working out the map alone (:func:`app.domain.flow.build_flow`);
- ``flow_large_items``: the scene's items (boxes, labels, edges) after the rebuild.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time

REPEATS = 3


def measure_flow_large(repeats: int = REPEATS) -> dict[str, float]:
    """Measure the flow map on the large policy; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.domain.flow import build_flow
    from app.domain.jurisdictions import transfer_regimes
    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.storage.resources import default_jurisdictions, region_catalogue
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.revalidator import settle_heap, thaw_heap
    from app.ui.views.flow.view import FlowView
    from bench.generate import generate

    app = application()  # guarded, torn down in order at exit
    loaded = load_bytes(generate().encode("utf-8"), "large.policy.yaml")
    policy = loaded.policy
    bridge = DocumentBridge(policy, "large.policy.yaml", loaded.text)
    gc.collect()
    settle_heap()  # as the window does once an opened document is validated
    regions = region_catalogue().with_policy(policy)
    regimes = transfer_regimes(policy, default_jurisdictions(), regions)
    graph = []
    for _ in range(repeats):
        start = time.perf_counter()
        build_flow(policy, regimes, regions=regions)
        graph.append((time.perf_counter() - start) * 1000)
    view = FlowView(bridge)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    drawn = []
    for _ in range(repeats):
        start = time.perf_counter()
        view.rebuild()
        drawn.append((time.perf_counter() - start) * 1000)
    items = len(view.scene.items())
    view.close()
    app.processEvents()
    thaw_heap()
    return {"flow_large_ms": statistics.median(drawn),
            "flow_large_graph_ms": statistics.median(graph), "flow_large_items": items}


if __name__ == "__main__":
    for name, value in measure_flow_large().items():
        print(f"{name}: {value:.1f}")
    sys.exit(0)
