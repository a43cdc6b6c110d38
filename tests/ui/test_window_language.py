"""The window speaks the language chosen in Preferences, the variable's, or the system's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from app.domain import i18n
from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.language import SETTING, chosen_language, start_language


def _menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(("language", "file_menu", "quit_entry"),
                         [("de", "&Datei", "&Beenden"), ("fr", "&Fichier", "&Quitter")])
def test_a_window_made_after_choosing_a_language_speaks_it(
        qapp, qtbot, speaking, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        language: str, file_menu: str, quit_entry: str) -> None:
    from app.ui.app import open_window

    monkeypatch.delenv(LANGUAGE_VARIABLE)
    QSettings().setValue(SETTING, language)
    assert start_language(qapp) == language
    window = open_window(None)
    qtbot.addWidget(window)
    assert _menus(window)[0] == file_menu
    assert quit_entry in [a.text() for a in window.file_menu.actions()]
    assert window.add_action.toolTip().startswith(
        i18n.translate("MainWindow", "Add an item beside the selected one (asks its name)"))
    assert window.add_action.toolTip() != \
        "Add an item beside the selected one (asks its name) (Ctrl+Shift+N)"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words
    assert box.buttons()[0].text() == {"de": "Abbrechen", "fr": "Annuler"}[language]


def test_english_is_the_sources_words(qapp, qtbot, speaking) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    start_language(qapp)
    window = open_window(None)
    qtbot.addWidget(window)
    assert _menus(window)[:3] == ["&File", "&Edit", "&View"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"


def test_the_variable_outranks_the_setting_and_the_setting_the_system(
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = QSettings()
    settings.setValue(SETTING, "fr")
    monkeypatch.setenv(LANGUAGE_VARIABLE, "de")
    assert chosen_language(settings) == "de"
    monkeypatch.delenv(LANGUAGE_VARIABLE)
    assert chosen_language(settings) == "fr"
