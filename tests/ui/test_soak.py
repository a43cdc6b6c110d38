"""The real main window survives a long session and exits cleanly (its own process).

The soak (``tests/ui/soak_driver.py``) runs the application's own start-up on the bundled
example with 20,000 signal-heavy operations; a crash (an abort on a lost reference, a
segfault while tearing down) shows here as the exit status and the stderr it left.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from app.paths import ROOT
from tests.ui.refcount_probe import REACHABLE_OPS, lifetime_ops
from tests.ui.soak_driver import OPS, QUERIES


def test_the_window_survives_twenty_thousand_operations_and_exits_with_status_0() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "tests.ui.soak_driver"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200,
                            check=False)
    assert result.returncode == 0, f"exit status {result.returncode}\n{result.stderr[-4000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-4000:]
    assert "Fatal Python error" not in result.stderr, result.stderr[-4000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["ops"] == OPS
    assert figures["counts"]["query"] == QUERIES
    assert all(figures["counts"][kind] >= 1000 for kind in ("select", "edit", "matrix", "tab"))
    assert figures["tabs"] >= 7  # every central tab was shown
    assert figures["modified"] is False  # every edit was undone: the window closed unasked
    assert figures["live_qobjects_after_exit"] == 0  # nothing left for the collector to destroy
    left = lifetime_ops(figures["refcounts_before"], figures["refcounts_after"], OPS)
    assert all(ops >= REACHABLE_OPS for ops in left.values()), left
