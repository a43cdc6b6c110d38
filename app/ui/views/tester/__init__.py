"""The decision tester view: one request or a CSV batch, answered live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.views.tester.view import TesterView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_tester(window: MainWindow) -> TesterView:
    """Add the "Decision tester" tab to ``window``; rule links open the rule's editor."""
    view = TesterView(window.bridge, window)
    view.answer.revealRequested.connect(window.reveal)
    window.add_view(view, "Decision tester", "decision-tester")
    return view


__all__ = ["TesterView", "install_tester"]
