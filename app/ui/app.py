"""Start the desktop application (or render one screenshot and exit)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.domain.i18n import translate
from app.domain.models import Metadata, Policy
from app.domain.sections import METADATA
from app.exporters.pdf.qt_session import application as qt_application
from app.exporters.pdf.qt_session import dispose, shutdown
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.ui import single_instance
from app.ui.bridge import DocumentBridge
from app.ui.language import start_language
from app.ui.main_window import APP_NAME, MainWindow
from app.ui.open_requests import OpenRequests
from app.ui.preferences import apply_at_start

SCREENSHOT_SIZE = (1400, 900)
OPENED_LOG_ENV = "POLICY_STUDIO_OPENED_LOG"
"""When set, each file the window opens is appended to this file (a line each), so a test can
see what a running app was asked to open."""


def application() -> QApplication:
    """The QApplication with the organisation and application names set.

    Created once and guarded, see :mod:`app.exporters.pdf.qt_session`.
    """
    app = qt_application(sys.argv[:1])
    app.setOrganizationName("PolicyStudio")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("policy-studio")  # the desktop entry: its icon and name in the dock
    start_language(app)
    return app  # type: ignore[return-value]


def open_window(path: str | None, settings: QSettings | None = None) -> MainWindow:
    """A main window on ``path`` (or on an empty policy). Raises PolicyFileError."""
    if path:
        loaded = load_file(path)
        bridge = DocumentBridge(loaded.policy, str(Path(path)), loaded.text)
        bridge.loaded = loaded
    else:
        bridge = DocumentBridge(Policy(policy=Metadata(
            id="new_policy", title=translate("app", "New policy"))))
    return MainWindow(bridge, settings)


def run_gui(path: str | None = None, screenshot: str | None = None, *,
            hand_over: bool = True) -> int:
    """Run the app; with ``screenshot``, render the window offscreen to a PNG and exit.

    The window appears at once; unsaved work from a run that ended abruptly is offered for
    recovery, then ``path`` opens on a worker thread (with progress for large files). When
    the app already runs for this user, ``path`` is handed to it instead and this returns 0
    (unless ``hand_over`` is False); see :mod:`app.ui.single_instance`.
    """
    if screenshot:
        status = _screenshot(path, screenshot)
    else:
        status = _run_window(application(), path, hand_over)
    shutdown()  # the window is gone: destroy the rest in order, the application last
    return status


def _run_window(app: QApplication, path: str | None, hand_over: bool) -> int:
    instance = single_instance.claim([path] if path else []) if hand_over else None
    if hand_over and instance is None:
        return 0  # the running app opens it
    apply_at_start(QSettings())  # the theme chosen in the preferences
    window = open_window(None)
    if instance is not None:
        instance.fileRequested.connect(OpenRequests(window, window.files).add)
    log = os.environ.get(OPENED_LOG_ENV)
    if log:
        window.files.opened.connect(lambda opened: _append_line(log, opened))
    window.show()
    QTimer.singleShot(0, lambda: start_window(window, path))
    status = app.exec()
    if instance is not None:
        instance.close()
    dispose(window)
    return status


def _append_line(path: str, line: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


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
