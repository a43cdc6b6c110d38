"""The "Policy document" view: live preview of the legal document, with HTML/PDF export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.document.view import DocumentView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_document_view(window: MainWindow) -> DocumentView:
    """Add the "Policy document" tab to ``window``."""
    view = DocumentView(window.bridge, window)
    window.add_view(view, DocumentView.TITLE, "policy")
    return view


__all__ = ["DocumentView", "install_document_view"]
