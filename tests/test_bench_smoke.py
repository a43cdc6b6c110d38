"""The benchmark still runs against the code it measures (on a tiny policy, in its own process).

``python -m bench`` is not part of the suite (it takes minutes); this runs every measurement
once on a policy about thirty times smaller, so a change of an API the bench calls fails here
rather than at the next benchmark run.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys

from app.paths import ROOT

SMOKE = """
import json, sys
import bench.generate as g
g.SIZES.update(categories=400, purposes=30, subjects=5, recipients=10, rules=300, retention=50)
from bench.document_tab import measure_document_tab
from bench.documents import measure_art30_pdf_large, measure_pdf_large
from bench.engines import measure_engines
from bench.gui import measure_revalidation
from bench.gui_open import measure_cold_start, measure_gui_open_large
from bench.matrix import measure_matrix_first_paint
figures = {}
figures.update(measure_gui_open_large(repeats=1))
figures.update(measure_cold_start(repeats=1))
figures.update(measure_revalidation(edits=2))
figures.update(measure_matrix_first_paint(pages=1))
figures.update(measure_pdf_large())
figures.update(measure_art30_pdf_large())
figures.update(measure_document_tab(edits=2))
from bench.flow import measure_flow_large
figures.update(measure_flow_large(repeats=1))
sys.argv = ["bench", "--no-gui"]
from bench.__main__ import main
assert main() == 0
print(json.dumps(figures))
"""


def test_every_bench_measurement_runs_on_a_tiny_policy() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SMOKE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = __import__("json").loads(done.stdout.strip().splitlines()[-1])
    assert "validate_large_s:" in done.stdout and "regorus_large_per_s:" in done.stdout
    assert "regorus_example_ms:" in done.stdout
    assert "cedar_large_per_s:" in done.stdout and "decide_vs_cedar:" in done.stdout
    for name in ("gui_open_large_s", "gui_cold_start_s", "revalidate_total_ms",
                 "matrix_first_paint_s", "pdf_large_s", "art30_pdf_large_s",
                 "art30_pdf_large_pages", "document_tab_gui_ms", "flow_large_ms",
                 "edit_to_findings_rename_ms", "edit_to_findings_rename_quoted_ms"):
        assert name in figures and math.isfinite(figures[name]) and figures[name] > 0, name
