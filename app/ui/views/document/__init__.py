"""The "Documents" view: a live preview of each readable document, with its exports.

The package imports no Qt by itself: :mod:`.build` and :mod:`.pages` also run in the process
that builds a large policy's preview, which has no use for Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate

if TYPE_CHECKING:
    from app.ui.host import Host
    from app.ui.views.document.view import DocumentView


def install_document_view(host: Host) -> DocumentView:
    """Add the "Documents" tab to ``host``: the policy document first, the others to choose.

    The others: the privacy notice, the record of processing, the DPIA draft and the consent
    and GPC table. The tab takes the error count from the host's latest checks, while they
    describe the policy as it is.
    """
    from app.ui.views.document.kind import CONSENT, DPIA, POLICY_DOCUMENT, RECORD
    from app.ui.views.document.view import DocumentView
    from app.ui.views.notice import NOTICE

    view = DocumentView(host.bridge, host.widget, host.known_errors,
                        kinds=(POLICY_DOCUMENT, NOTICE, RECORD, DPIA, CONSENT))
    host.add_view(view, translate("views", DocumentView.TITLE), "policy",
                  translate("view tab", "Documents"))
    return view


__all__ = ["install_document_view"]
