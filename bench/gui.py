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
- ``edit_to_findings_large_ms``: the worst of ``edit_to_findings_<edit>_ms``, the time from
  applying a typical edit (a purpose's description, a rule's effect, a purpose renamed with
  every reference and its sub-purposes, as the Id field does) to the Problems model holding
  the new findings, each the median of eight edits and undos (after each result the event
  loop runs on for two 5 ms ticks, so that the table's repaint is not counted in the next
  edit, as a person does not edit again within milliseconds of seeing the findings);
  ``edit_to_findings_rename_quoted_ms`` (not in the worst) renames a family whose names quote
  its ids, where every check runs again;
- ``problems_snapshot_first_ms``: the first, full snapshot after opening (once per document);
- ``deep_copy_ms``: ``policy.model_copy(deep=True)`` for comparison (the naive approach).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

EDITS = 10
TYPICAL_REPEATS = 8
SETTLE_TICKS = 2


def _family(policy: Any, index: int) -> tuple[Any, bool]:
    """The purpose at ``index`` and whether it has sub-purposes (they move with it)."""
    from app.domain import ids

    purpose = policy.purposes[index]
    return purpose, any(ids.covers(purpose.id, p.id) and p.id != purpose.id
                        for p in policy.purposes)


def _name_as_people_do(bridge: Any, policy: Any, purpose_id: str) -> None:
    """Give a family of the generated policy names and assessment references of its own.

    The generator names every purpose after its id ("Purpose family15", "LIA-family15"), so
    a finding's words could not tell the id from the name, and a rename of it reruns every
    check (:mod:`app.validation.renaming`); people's names rarely spell a dotted id.
    """
    from app.domain import ids
    from app.domain.sections import PURPOSES

    family = [p for p in policy.purposes if ids.covers(purpose_id, p.id)]
    for n, purpose in enumerate(family):
        bridge.set_field(PURPOSES, purpose.id, "name", f"Customer care task {n + 1}")
        if purpose.lia:
            bridge.set_field(PURPOSES, purpose.id, "lia", f"LIA-2024-{n + 1:02d}")


def _typical_edits(bridge: Any, policy: Any) -> dict[str, Callable[[], object]]:
    """Edits a privacy officer makes all day, on items in the middle of the large policy.

    ``rename`` renames a family named as people name things; ``rename_quoted`` one whose
    generated names quote its ids, where every check runs again.
    """
    from app.domain import ids
    from app.domain.sections import PURPOSES, RULES

    # as the Id field renames (app.ui.editors.base): a parent's descendants move with it
    purpose, subtree = _family(policy, len(policy.purposes) // 2)
    other = next(i for i in range(len(policy.purposes) * 3 // 4, len(policy.purposes))
                 if not ids.covers(purpose.id, policy.purposes[i].id))
    quoted, quoted_subtree = _family(policy, other)
    _name_as_people_do(bridge, policy, purpose.id)
    rule = policy.rules[len(policy.rules) // 3]
    flipped = "deny" if str(rule.effect) == "allow" else "allow"
    return {
        "description": lambda: bridge.set_field(PURPOSES, purpose.id, "description",
                                                "What the purpose is for, in plain words"),
        "effect": lambda: bridge.set_field(RULES, rule.id, "effect", flipped),
        "rename": lambda: bridge.apply(bridge.document.rename_edit(
            PURPOSES, purpose.id, purpose.id + "_renamed", subtree=subtree), "Rename purpose"),
        "rename_quoted": lambda: bridge.apply(bridge.document.rename_edit(
            PURPOSES, quoted.id, quoted.id + "_renamed", subtree=quoted_subtree),
            "Rename purpose"),
    }


def measure_revalidation(edits: int = EDITS) -> dict[str, float]:
    """Measure revalidation after single edits; see the module docstring for the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from app.exporters.pdf.qt_session import application
    from app.storage.loader import load_bytes
    from app.ui.bridge import DocumentBridge
    from app.ui.problems.panel import ProblemsPanel
    from app.ui.problems.revalidator import Revalidator
    from app.validation.problems import Result
    from bench.generate import generate
    from bench.ticking import longest_gap, quiet

    app = application()  # guarded, torn down in order at exit
    previous = qInstallMessageHandler(quiet)
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

    def wait_for_result(settle: int = 0) -> float:
        """Run the event loop until the next result is shown (and ``settle`` ticks more); the
        longest timer gap (ms)."""
        count = len(shown)
        return longest_gap(lambda: len(shown) > count, settle)

    revalidator.schedule(0)
    wait_for_result()
    first_snapshot = revalidator.gui_ms["snapshot"]
    rule = loaded.policy.rules[len(loaded.policy.rules) // 2]
    blocks, applies, totals, workers, stalls = [], [], [], [], []
    figures: dict[str, float] = {}
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
    typical = _typical_edits(bridge, loaded.policy)
    revalidator.schedule(0)
    wait_for_result()  # after the renaming of names above
    for name, edit in typical.items():
        times = []
        for n in range(TYPICAL_REPEATS):
            start = time.perf_counter()
            edit() if n % 2 == 0 else bridge.undo_stack.undo()
            wait_for_result(SETTLE_TICKS)
            times.append((shown[-1] - start) * 1000)
            if os.environ.get("BENCH_VERBOSE"):
                print(name, n, times[-1], revalidator.result.elapsed_ms)
        figures[f"edit_to_findings_{name}_ms"] = statistics.median(times)
    figures["edit_to_findings_large_ms"] = max(figures[f"edit_to_findings_{name}_ms"]
                                               for name in typical if name != "rename_quoted")
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
        **figures,
    }


if __name__ == "__main__":
    for name, value in measure_revalidation().items():
        print(f"{name}: {value:.1f}")
