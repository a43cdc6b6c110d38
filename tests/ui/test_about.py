"""Help > About Policy Studio: versions, the licences of every library it runs on, and where
its settings and recovery files are (copied and opened by real clicks); Help > About Qt."""

from __future__ import annotations

import platform
from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.about import AboutDialog
from app.ui.about import dialog as about_dialog
from app.ui.about.licences import NOT_STATED, canonical, libraries, licence_of
from app.ui.main_window import MainWindow


class UrlCatcher(QObject):
    """Where QDesktopServices sends file URLs during a test (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def open_about(qtbot, window: MainWindow) -> AboutDialog:  # type: ignore[no-untyped-def]
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def needed_by_the_app() -> set[str]:
    """The application's own requirements (extras left out), by canonical name."""
    names = set()
    for requirement in metadata.requires("policy-studio") or []:
        if "extra" not in requirement.partition(";")[2]:
            names.add(canonical(requirement.split(";")[0].split("<")[0].split(">")[0]
                                .split("=")[0].split("[")[0].strip()))
    return names


def test_the_help_menu_has_about_and_about_qt(window: MainWindow) -> None:
    texts = [a.text() for a in window.help_menu.actions()]
    assert "&About Policy Studio" in texts and "About &Qt" in texts


def test_about_names_the_versions_and_every_library_with_its_licence(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    dialog = open_about(qtbot, window)
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.versions)))
    assert f"Policy Studio {__version__}" in words
    assert f"Python {platform.python_version()}" in dialog.versions.text()
    assert f"Qt {qVersion()}" in dialog.versions.text()
    model = dialog.table.model()
    rows = {canonical(model.index(r, 0).data()): (model.index(r, 1).data(),
                                                   model.index(r, 2).data())
            for r in range(model.rowCount())}
    assert needed_by_the_app() <= set(rows)  # every direct requirement...
    assert {"pydantic-core", "shiboken6", "markupsafe"} <= set(rows)  # ...and theirs
    assert "pytest" not in rows and "jsonschema" not in rows  # the test extra is not bundled
    for name, (version, licence) in rows.items():
        assert version == metadata.version(name), name
        assert licence, name
    assert rows["pydantic"][1] == licence_of(metadata.metadata("pydantic"))


def test_copy_puts_the_paths_on_the_clipboard_and_open_shows_the_folder(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, opened: list[QUrl], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(about_dialog, "default_recovery_dir", lambda: tmp_path / "recovery")
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.sync()  # the settings file exists, as after any earlier run
    dialog = open_about(qtbot, window)
    settings_file = Path(QSettings().fileName())
    field, copy, opener = dialog.settings_row
    assert field.text() == str(settings_file) and field.isReadOnly()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(settings_file)
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(settings_file.parent)]
    # the recovery folder is not made until something is autosaved: nothing to open yet
    field, copy, opener = dialog.recovery_row
    assert field.text() == str(tmp_path / "recovery")
    assert not opener.isEnabled() and "Not made yet" in opener.toolTip()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(tmp_path / "recovery")
    with qtbot.waitSignal(dialog.destroyed):  # closed, then deleted
        dialog.reject()
    (tmp_path / "recovery").mkdir()
    dialog = open_about(qtbot, window)
    _field, _copy, opener = dialog.recovery_row
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert opened[-1].toLocalFile() == str(tmp_path / "recovery")


def test_escape_closes_the_about_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_about(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)


def headers(**fields: str | list[str]) -> Message:
    message = Message()
    for name, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[name.replace("_", "-")] = one
    return message


@pytest.mark.parametrize(("fields", "expected"), [
    ({"License_Expression": "MIT", "License": "BSD"}, "MIT"),
    ({"License": "Apache-2.0"}, "Apache-2.0"),
    ({"License": "Copyright (c) 2021 someone\nPermission is hereby granted...",
      "Classifier": ["License :: OSI Approved :: BSD License", "Topic :: Utilities"]},
     "BSD License"),
    ({"License": "x" * 200}, NOT_STATED),
    ({"Classifier": ["License :: OSI Approved :: MIT License",
                     "License :: OSI Approved :: Apache Software License"]},
     "MIT License; Apache Software License"),
    ({}, NOT_STATED),
])
def test_a_licence_is_read_from_the_expression_the_name_or_the_classifiers(
        fields: dict, expected: str) -> None:
    assert licence_of(headers(**fields)) == expected  # type: ignore[arg-type]


def test_the_walk_follows_requirements_but_not_extras() -> None:
    found = {canonical(library.name) for library in libraries("pydantic")}
    assert {"pydantic-core", "annotated-types", "typing-extensions"} <= found
    assert "email-validator" not in found  # pydantic[email] only
    assert "pydantic" not in found  # the root is not its own library
    with pytest.raises(metadata.PackageNotFoundError):
        libraries("no-such-distribution-here")
