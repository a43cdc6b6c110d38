"""The intrusiveness review view: allowed uses by score, with one-click ways to lower them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.review.view import ReviewView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_review(window: MainWindow) -> ReviewView:
    """Add the "Intrusiveness review" tab to ``window``."""
    view = ReviewView(window.bridge, window)
    view.reveal = window.reveal
    window.add_view(view, "Intrusiveness review", "intrusiveness-review")
    return view


__all__ = ["ReviewView", "install_review"]
