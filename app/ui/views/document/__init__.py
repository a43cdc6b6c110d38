"""The "Policy document" view: live preview of the legal document, with HTML/PDF export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.document.view import DocumentView

if TYPE_CHECKING:
    from app.ui.host import Host


def install_document_view(host: Host) -> DocumentView:
    """Add the "Policy document" tab to ``host``.

    The tab takes the error count from the host's latest checks, while they describe the
    policy as it is.
    """
    view = DocumentView(host.bridge, host.widget, host.known_errors)
    host.add_view(view, DocumentView.TITLE, "policy")
    return view


__all__ = ["DocumentView", "install_document_view"]
