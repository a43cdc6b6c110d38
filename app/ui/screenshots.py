"""Regenerate the README screenshots: ``python -m app.ui.screenshots [OUT_DIR]``.

Each picture is the main window at 1400x900, rendered offscreen from the bundled example
policy, with a different part of the policy selected.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app.domain.sections import METADATA, PURPOSES, RETENTION, RULES, TESTS
from app.paths import EXAMPLES, ROOT
from app.storage.translations import LANGUAGE_VARIABLE

OUT = ROOT / "resources" / "screenshots"
EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
SHOTS = (  # file name, central tab, navigator selection or the document shown
    ("editor-policy.png", "Editor", (METADATA, None)),
    ("editor-purpose.png", "Editor", (PURPOSES, "loyalty_offers")),
    ("editor-rule.png", "Editor", (RULES, "email_sending")),
    ("editor-retention.png", "Editor", (RETENTION, "invoices")),
    ("editor-expectation.png", "Editor", (TESTS, "newsletter_through_email_service")),
    ("view-matrix.png", "Use matrix", None),
    ("view-timeline.png", "Retention timeline", None),
    ("view-flow.png", "Data flow", None),
    ("view-tester.png", "Decision tester", None),
    ("view-review.png", "Intrusiveness review", None),
    ("view-document.png", "Documents", "Policy document"),
    ("view-notice.png", "Documents", "Privacy notice"),
)


def settle(window, timeout_s: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Process events until layouts settle and background work shown is done.

    Validation, the document and notice previews, the flow map and the review (when shown).
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    problems = getattr(window, "problems", None)
    previews = [v for v in (getattr(window, "document_view", None),) if v is not None]
    flow = getattr(window, "flow", None)
    review = getattr(window, "review", None)
    while time.monotonic() < deadline:
        for _ in range(10):
            app.processEvents()
        validating = problems is not None and problems.revalidator.busy
        previewing = any(v.isVisible() and v.busy for v in previews)
        drawing = flow is not None and flow.isVisible() and flow.busy
        scoring = review is not None and review.isVisible() and review.runner.busy
        if not validating and not previewing and not drawing and not scoring:
            break
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()


def window_for_pictures():  # type: ignore[no-untyped-def]
    """The main window on the example at the picture size, with the default layout.

    Its settings live in a scratch file, so the user's saved layout (a narrowed navigator, a
    closed dock) neither shapes the pictures nor is overwritten when the window closes.
    """
    import tempfile

    from PySide6.QtCore import QSettings

    from app.ui.app import SCREENSHOT_SIZE, open_window

    scratch = Path(tempfile.mkdtemp(prefix="policy-studio-pictures-")) / "layout.ini"
    window = open_window(str(EXAMPLE), QSettings(str(scratch), QSettings.Format.IniFormat))
    window.resize(*SCREENSHOT_SIZE)
    return window


def main(argv: list[str] | None = None) -> int:
    """Render every screenshot into ``OUT_DIR`` (default ``resources/screenshots``)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ[LANGUAGE_VARIABLE] = "en"  # the README's pictures; SHOTS names the English tabs
    from app.ui.app import application

    application()
    window = window_for_pictures()
    window.show()
    tester = getattr(window, "tester", None)
    if tester is not None:  # a realistic question for the tester's picture
        tester.set_request(category="contact.email", purpose="newsletter",
                           subject="newsletter_subscriber", consent="granted")
    titles = [window.views.widget(i).accessibleName() for i in range(window.views.count())]
    for name, tab, selection in SHOTS:
        if tab not in titles:
            continue
        if isinstance(selection, str):  # the document the Documents tab shows
            view = window.document_view
            view.show_kind(next(k for k in view.kinds if k.title == selection))
        elif selection is not None:
            section, item_id = selection
            if item_id is not None and window.bridge.document.find(section, item_id) is None:
                item_id = window.bridge.document.items(section)[0].id
            window.navigator.select(section, item_id)
        window.views.setCurrentIndex(titles.index(tab))
        settle(window)
        window.grab().save(str(out / name))
        print(out / name)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
