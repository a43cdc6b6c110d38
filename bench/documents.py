"""Benchmarks of the PDF documents of the large policy: the policy document and the record of
processing (GDPR Art. 30), each with time, pages and memory."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from bench.generate import write

OUT = Path(__file__).resolve().parent / "out"


def measure_pdf_large() -> dict[str, float]:
    """``pdf_large_s``: seconds to export the large policy as a PDF (HTML build, Qt layout,
    painting); ``pdf_large_pages``: its pages; ``pdf_large_mb``: its size; ``pdf_large_peak_mb``:
    the process's peak resident memory afterwards (loading the policy included)."""
    from app.exporters.pdf.document import render_pdf
    from app.storage.loader import load_file

    policy = load_file(write(OUT / "large.policy.yaml")).policy
    start = time.perf_counter()
    data, pages = render_pdf(policy)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pdf_large_s": elapsed, "pdf_large_pages": float(pages),
            "pdf_large_mb": len(data) / 1e6, "pdf_large_peak_mb": peak}


def measure_art30_pdf_large() -> dict[str, float]:
    """``art30_pdf_large_s``: seconds to export the large policy's record of processing as a
    PDF (record, HTML, Qt layout, painting); ``art30_pdf_large_pages``: its pages;
    ``art30_pdf_large_peak_mb``: the process's peak resident memory afterwards."""
    from app.exporters.art30 import build_record
    from app.exporters.pdf.record import render_pdf
    from app.storage.loader import load_file

    policy = load_file(write(OUT / "large.policy.yaml")).policy
    start = time.perf_counter()
    _, pages = render_pdf(build_record(policy))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"art30_pdf_large_s": elapsed, "art30_pdf_large_pages": float(pages),
            "art30_pdf_large_peak_mb": peak}


if __name__ == "__main__":
    for name, value in {**measure_pdf_large(), **measure_art30_pdf_large()}.items():
        print(f"{name}: {value:.3f}")
