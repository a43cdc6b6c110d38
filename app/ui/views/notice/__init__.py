"""The "Privacy notice" view: a live preview of the layered notice, with HTML/Markdown export.

The same view as the policy document's (:class:`app.ui.views.document.view.DocumentView`), over
the notice (:data:`NOTICE`). The package imports no Qt by itself: :mod:`.build` also runs in
the builder process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.document.kind import Preview
from app.ui.views.notice.build import build as build_preview

if TYPE_CHECKING:
    from app.ui.host import Host
    from app.ui.views.document.view import DocumentView

NOTICE = Preview("Privacy notice", build_preview, (("html", "notice-html"), ("md", "notice-md")),
                 ".notice")
"""The notice for the people whose data is used (:mod:`app.exporters.notice_sections`);
exported beside the policy as ``<policy>.notice.html`` and ``.notice.md``."""


def install_notice_view(host: Host) -> DocumentView:
    """Add the "Privacy notice" tab to ``host`` (error count as the policy document's)."""
    from app.ui.views.document.view import DocumentView

    view = DocumentView(host.bridge, host.widget, host.known_errors, kind=NOTICE)
    host.add_view(view, NOTICE.title, "subject")
    return view


__all__ = ["NOTICE", "install_notice_view"]
