"""The decision tester view: one request or a CSV batch, answered live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate
from app.ui.views.tester.view import TesterView

if TYPE_CHECKING:
    from app.ui.host import Host


def install_tester(host: Host) -> TesterView:
    """Add the "Decision tester" tab to ``host``; rule links open the rule's editor."""
    view = TesterView(host.bridge, host.widget)
    view.revealRequested.connect(host.reveal)
    view.showRequested.connect(lambda: host.show_view(view))
    host.add_view(view, translate("views", "Decision tester"), "decision-tester",
                  translate("view tab", "Tester"))
    return view


__all__ = ["TesterView", "install_tester"]
