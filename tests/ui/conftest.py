"""Qt fixtures: the application (the app's own, guarded), a bridge over a small policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain import i18n
from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.bridge import DocumentBridge
from app.ui.language import start_language
from tests.small_policy import UI_POLICY


@pytest.fixture(scope="session", autouse=True)
def qapp():  # type: ignore[no-untyped-def]
    """pytest-qt's application, made by the application's own factory for every UI test:
    guarded against the binding's lost references, torn down in order at exit."""
    from app.exporters.pdf.qt_session import application

    app = application(["pytest-qt-qapp"])
    app.setApplicationName("pytest-qt-qapp")
    return app


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Keep QSettings and app data of tests away from the user's own."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    # The windows and widgets a test leaves behind become garbage. Destroy their Qt objects
    # now, on this thread, with workers finished, rather than whenever the collector next
    # runs (mid-event-loop, or on a worker thread): a Qt destructor run by the collector can
    # crash the interpreter.
    from PySide6.QtCore import QThreadPool

    from app.exporters.pdf.qt_session import collect

    QThreadPool.globalInstance().waitForDone()
    collect()


@pytest.fixture
def ui_policy() -> Policy:
    """A fresh small policy."""
    return load_bytes(UI_POLICY, "ui.policy.yaml").policy


@pytest.fixture
def bridge(qapp, ui_policy: Policy) -> DocumentBridge:  # type: ignore[no-untyped-def]
    """A bridge over the small policy."""
    return DocumentBridge(ui_policy, "ui.policy.yaml", UI_POLICY.decode())


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A shown main window on the small policy, saved as a real file."""
    from app.ui.app import open_window

    path = tmp_path / "ui.policy.yaml"
    path.write_bytes(UI_POLICY)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def example(qtbot):  # type: ignore[no-untyped-def]
    """A shown main window on the bundled example policy (the large, realistic one)."""
    from app.paths import EXAMPLES
    from app.ui.app import open_window

    win = open_window(str(EXAMPLES / "northwind-outfitters.policy.yaml"))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def speaking(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Restore English (ours and Qt's) after the test."""
    yield
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    start_language(qapp)
    assert i18n.language() == "en"
