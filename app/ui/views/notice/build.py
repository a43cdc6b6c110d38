"""The "Privacy notice" preview's pages, built off the GUI thread (no Qt).

The notice of :mod:`app.exporters.notice_sections` in the HTML the ``notice-html`` export
writes, cut into pages (:mod:`app.ui.views.document.pages`), with a one-line summary that says
how easy each layer is to read (:mod:`app.exporters.notice_readability`). A large policy's is
built by the builder process (:mod:`app.ui.builder`), which imports this module to run
:func:`preview`.
"""

from __future__ import annotations

from app.domain.models import Policy
from app.exporters.notice_html import render_html
from app.exporters.notice_readability import readability
from app.exporters.notice_sections import build_notice
from app.ui.views.document.build import Built, built_by, error_count
from app.ui.views.document.pages import paginate


def preview(policy: Policy, errors: int | None) -> Built:
    """The notice of a snapshot ``policy`` in pages, and the summary with its reading ease.

    ``errors`` is the policy's error count (None: validated here, on the worker).
    """
    notice = build_notice(policy)
    known = error_count(policy) if errors is None else errors
    # Qt's rich text cannot keep the skip link out of sight as a browser does: left out
    pages = paginate(render_html(notice, policy, known, skip_link=False))
    return pages, f"{readability(notice).line()}."


def build(policy: Policy, errors: int | None) -> Built:
    """:func:`preview` of ``policy``; a large one's by the builder process (``built_by``)."""
    return built_by(preview, policy, errors)
