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


def test_the_command_line_s_language_reaches_the_window(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``policy-studio --language de FILE --screenshot`` renders the window in German, even
    when Preferences chose another language."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    example = next((root / "resources" / "examples").glob("*.policy.yaml"))
    env = {k: v for k, v in os.environ.items() if k != LANGUAGE_VARIABLE}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root),
               XDG_CONFIG_HOME=str(tmp_path / "config"), POLICY_STUDIO_OPENED_LOG="")
    code = ("import sys; from app.cli import main; import app.ui.main_window as w; "
            "shown = []; init = w.MainWindow.__init__\n"
            "def spy(self, *a, **k):\n"
            "    init(self, *a, **k); shown.append(self.file_menu.title())\n"
            "w.MainWindow.__init__ = spy\n"
            "status = main(sys.argv[1:])\n"
            "print('MENU', shown[-1] if shown else None)\n"
            "sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, "--language", "de", str(example),
                           "--screenshot", str(tmp_path / "w.png")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "MENU &Datei" in done.stdout
