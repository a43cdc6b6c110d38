"""Start the desktop application (or render one screenshot and exit)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.domain.models import Metadata, Policy
from app.domain.sections import METADATA
from app.exporters.pdf.qt_session import application as qt_application
from app.exporters.pdf.qt_session import dispose, shutdown
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.ui.bridge import DocumentBridge
from app.ui.main_window import APP_NAME, MainWindow
from app.ui.preferences import apply_at_start

SCREENSHOT_SIZE = (1400, 900)


def application() -> QApplication:
    """The QApplication with the organisation and application names set.

    Created once and guarded, see :mod:`app.exporters.pdf.qt_session`.
    """
    app = qt_application(sys.argv[:1])
    app.setOrganizationName("PolicyStudio")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_window(path: str | None, settings: QSettings | None = None) -> MainWindow:
    """A main window on ``path`` (or on an empty policy). Raises PolicyFileError."""
    if path:
        loaded = load_file(path)
        bridge = DocumentBridge(loaded.policy, str(Path(path)), loaded.text)
        bridge.loaded = loaded
    else:
        bridge = DocumentBridge(Policy(policy=Metadata(id="new_policy", title="New policy")))
    return MainWindow(bridge, settings)


def run_gui(path: str | None = None, screenshot: str | None = None) -> int:
    """Run the app; with ``screenshot``, render the window offscreen to a PNG and exit.

    The window appears at once; unsaved work from a run that ended abruptly is offered for
    recovery, then ``path`` opens on a worker thread (with progress for large files).
    """
    status = _screenshot(path, screenshot) if screenshot else _run_window(application(), path)
    shutdown()  # the window is gone: destroy the rest in order, the application last
    return status


def _run_window(app: QApplication, path: str | None) -> int:
    apply_at_start(QSettings())  # the theme and language chosen in the preferences
    window = open_window(None)
    window.show()
    QTimer.singleShot(0, lambda: start_window(window, path))
    status = app.exec()
    dispose(window)
    return status


def start_window(window: MainWindow, path: str | None) -> None:
    """First steps once the window is up: offer recovery, then open ``path``."""
    if window.files.offer_recovery():
        return
    if path:
        window.files.open_path(path, ask=False)
    else:
        window.navigator.select(METADATA)


def _screenshot(path: str | None, screenshot: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    application()
    try:
        window = open_window(path)
    except PolicyFileError as exc:
        sys.stderr.write("\n".join(exc.lines()) + "\n")
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.navigator.select(METADATA)
    from app.ui.screenshots import settle

    settle(window)
    ok = window.grab().save(screenshot)
    dispose(window)
    return 0 if ok else 2
