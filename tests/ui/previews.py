"""Helpers for the document preview tests: the example policy's bridge, a preview shown."""

from __future__ import annotations

from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.ui.bridge import DocumentBridge
from app.ui.views.document.view import DocumentView

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def example_bridge() -> DocumentBridge:
    """A bridge over the example policy, as if opened from its file."""
    loaded = load_file(EXAMPLE)
    return DocumentBridge(loaded.policy, str(EXAMPLE), EXAMPLE.read_text(encoding="utf-8"))


def shown(qtbot, view: DocumentView) -> DocumentView:  # type: ignore[no-untyped-def]
    """``view`` at 1000x700 on screen, once its first document is built."""
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: not view.busy and bool(view.text()), timeout=20_000)
    return view
