"""The intrusiveness review view: allowed uses by score, with one-click ways to lower them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate
from app.ui.views.review.view import ReviewView

if TYPE_CHECKING:
    from app.ui.host import Host


def install_review(host: Host) -> ReviewView:
    """Add the "Intrusiveness review" tab to ``host``."""
    view = ReviewView(host.bridge, host.widget)
    view.revealRequested.connect(host.reveal)
    host.add_view(view, translate("views", "Intrusiveness review"), "intrusiveness-review",
                  translate("view tab", "Review"))
    return view


__all__ = ["ReviewView", "install_review"]
