"""How long the privacy notice of the large policy takes: ``python -m bench.notice``.

Prints the seconds to work out the sections (the engine's allowed uses included) and to lay
them out as HTML and Markdown, with the sizes; nothing is asserted.
"""

from __future__ import annotations

import time

from app.exporters.notice_html import render_html
from app.exporters.notice_md import render_markdown
from app.exporters.notice_sections import build_notice
from app.storage.loader import load_bytes
from bench.generate import generate


def measure_notice_large() -> dict[str, float]:
    """``notice_large_s`` (sections), ``notice_html_s``, ``notice_md_s`` and the sizes in MB."""
    policy = load_bytes(generate().encode("utf-8"), "large.policy.yaml").policy
    start = time.perf_counter()
    notice = build_notice(policy)
    built = time.perf_counter()
    html = render_html(notice, policy)
    laid = time.perf_counter()
    markdown = render_markdown(notice, policy)
    done = time.perf_counter()
    return {"notice_large_s": built - start, "notice_html_s": laid - built,
            "notice_md_s": done - laid, "notice_html_mb": len(html.encode()) / 1e6,
            "notice_md_mb": len(markdown.encode()) / 1e6}


if __name__ == "__main__":
    for key, value in measure_notice_large().items():
        print(f"{key}: {value:.2f}")
