"""Benchmark of the policy document: PDF export time of the large policy."""

from __future__ import annotations

import time
from pathlib import Path

from bench.generate import write

OUT = Path(__file__).resolve().parent / "out"


def measure_pdf_large() -> dict[str, float]:
    """``pdf_large_s``: seconds to export the large policy as a PDF (HTML build + Qt layout)."""
    from app.exporters.pdf.document import pdf_bytes
    from app.storage.loader import load_file

    policy = load_file(write(OUT / "large.policy.yaml")).policy
    start = time.perf_counter()
    data = pdf_bytes(policy)
    elapsed = time.perf_counter() - start
    return {"pdf_large_s": elapsed, "pdf_large_mb": len(data) / 1e6}


if __name__ == "__main__":
    for name, value in measure_pdf_large().items():
        print(f"{name}: {value:.3f}")
