"""The "Policy document" view: live preview of the legal document, with HTML/PDF export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.document.view import DocumentView
from app.validation.finding import Severity

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_document_view(window: MainWindow) -> DocumentView:
    """Add the "Policy document" tab to ``window``.

    The tab takes the error count from the findings the Problems panel has, while they describe
    the policy as it is.
    """
    revalidator = window.problems.revalidator

    def known_errors() -> int | None:
        result = revalidator.result
        if result is None or result.error or not revalidator.is_current(result):
            return None
        return result.counts()[Severity.ERROR]

    view = DocumentView(window.bridge, window, known_errors)
    window.add_view(view, DocumentView.TITLE, "policy")
    return view


__all__ = ["DocumentView", "install_document_view"]
