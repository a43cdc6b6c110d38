"""The "Policy document" view: live preview of the legal document, with HTML/PDF export.

The package imports no Qt by itself: :mod:`.build` and :mod:`.pages` also run in the process
that builds a large policy's preview, which has no use for Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.host import Host
    from app.ui.views.document.view import DocumentView


def install_document_view(host: Host) -> DocumentView:
    """Add the "Policy document" tab to ``host``.

    The tab takes the error count from the host's latest checks, while they describe the
    policy as it is.
    """
    from app.ui.views.document.view import DocumentView

    view = DocumentView(host.bridge, host.widget, host.known_errors)
    host.add_view(view, DocumentView.TITLE, "policy")
    return view


__all__ = ["install_document_view"]
