"""Edit > Preferences: each setting changed from the keyboard, stored, and applied at once;
Cancel changes nothing; hostile folders and garbage in the settings file are handled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.storage.translations import LANGUAGE_VARIABLE
from app.ui.export import controller as export_controller
from app.ui.export.dialog import ExportDialog
from app.ui.files.recent import RECENT_KEY
from app.ui.main_window import MainWindow
from app.ui.preferences import apply_at_start
from app.ui.preferences.controller import PREFERENCES_FALLBACK
from app.ui.preferences.dialog import PreferencesDialog
from app.ui.preferences.values import (
    AUTOSAVE_DEFAULT_S,
    AUTOSAVE_KEY,
    EXPORT_FOLDER_KEY,
    LANGUAGE_KEY,
    RECENT_DEFAULT,
    RECENT_LIMIT_KEY,
    THEME_KEY,
    Preferences,
    default_export_folder,
    read_preferences,
)
from app.ui.theme import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, palette_for
from app.ui.views.matrix.colours import contrast

Role = QPalette.ColorRole
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def keep_theme(qapp):  # type: ignore[no-untyped-def]
    """Put the application's palette and colour scheme back after each test."""
    before = QPalette(qapp.palette())
    yield
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(before)


def open_preferences(qtbot, window: MainWindow) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    """Press the Preferences keys in the window and wait for the dialog to have the focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = window.preferences.action.shortcuts()[0]
    combination = keys[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    dialog = window.preferences.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.activeWindow() is dialog)
    return dialog


def type_into_spin(qtbot, dialog: PreferencesDialog, mnemonic: Qt.Key, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, mnemonic, ALT)
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused, text)


def real_files(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"p{number}.policy.yaml"
        path.write_text("x")
        paths.append(str(path))
    return paths


def test_the_action_sits_at_the_end_of_the_edit_menu_with_the_platform_keys(
        window: MainWindow) -> None:
    action = window.preferences.action
    assert window.edit_menu.actions()[-1] is action
    assert window.edit_menu.actions()[-2].isSeparator()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (standard or [PREFERENCES_FALLBACK])
    assert "&" in action.text()  # an Alt-key letter, like every Edit entry


def test_every_setting_changed_by_keys_is_stored_and_applied_on_ok(  # type: ignore[no-untyped-def]
        qtbot, qapp, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    recent = window.files.recent
    for path in real_files(tmp_path / "recent", 6):
        recent.add(path)
    assert len(recent.paths()) == 6
    out = tmp_path / "exports"
    out.mkdir()
    dialog = open_preferences(qtbot, window)
    assert dialog.language.hasFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # System -> English
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # -> Deutsch
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
    assert dialog.theme.hasFocus()
    qtbot.keyClicks(dialog.theme, "D")  # Dark
    assert dialog.theme.currentData() == DARK
    type_into_spin(qtbot, dialog, Qt.Key.Key_A, "5")
    assert dialog.autosave.hasFocus() and dialog.autosave.value() == 5
    qtbot.keyClick(dialog, Qt.Key.Key_X, ALT)
    assert dialog.folder.hasFocus()
    qtbot.keyClicks(dialog.folder, str(out))
    type_into_spin(qtbot, dialog, Qt.Key.Key_R, "2")
    assert dialog.recent.hasFocus() and dialog.recent.value() == 2
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recent, Qt.Key.Key_Return)

    stored = QSettings()  # the settings file the window uses, read afresh
    assert stored.value(LANGUAGE_KEY) == "de"
    assert stored.value(THEME_KEY) == DARK
    assert float(stored.value(AUTOSAVE_KEY)) == 300
    assert stored.value(EXPORT_FOLDER_KEY) == str(out)
    assert int(stored.value(RECENT_LIMIT_KEY)) == 2
    # the theme: the application's palette, and the window's once the change has reached it
    dark = palette_for(DARK)
    assert qapp.palette().color(Role.Window) == dark.color(Role.Window)
    qtbot.waitUntil(lambda: window.palette().color(Role.Base) == dark.color(Role.Base))
    # the autosave timer runs at the new interval
    timer = window.files.autosaver.timer
    assert timer.interval() == 5 * 60 * 1000 and timer.isActive()
    # the recent list is trimmed at once, newest kept, in the settings and in the menu
    assert [Path(p).name for p in recent.paths()] == ["p5.policy.yaml", "p4.policy.yaml"]
    assert len(stored.value(RECENT_KEY)) == 2
    recent.rebuild()
    assert [a.data() for a in recent.menu.actions() if a.data()] == recent.paths()
    # the language is kept for the next start, and the window says so
    assert "next starts" in window.statusBar().currentMessage()
    # the export dialog starts in the default folder (this policy was never exported)
    seen: list[str] = []

    def look(export_dialog: ExportDialog) -> bool:
        seen.append(export_dialog.target.text())
        return False

    monkeypatch.setattr(export_controller, "open_dialog", look)
    window.export.export()
    assert Path(seen[0]).parent == out


def test_cancel_changes_nothing(qtbot, qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    palette_before = QPalette(qapp.palette())
    interval_before = window.files.autosaver.timer.interval()
    dialog = open_preferences(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
    qtbot.keyClicks(dialog.theme, "H")  # High contrast
    type_into_spin(qtbot, dialog, Qt.Key.Key_A, "0")
    type_into_spin(qtbot, dialog, Qt.Key.Key_R, "1")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.recent, Qt.Key.Key_Escape)
    stored = QSettings()
    for key in (LANGUAGE_KEY, THEME_KEY, AUTOSAVE_KEY, EXPORT_FOLDER_KEY, RECENT_LIMIT_KEY):
        assert not stored.contains(key), key
    assert qapp.palette() == palette_before
    assert window.files.autosaver.timer.interval() == interval_before
    assert window.files.autosaver.timer.isActive()


def test_autosave_zero_turns_it_off_live_and_back_on(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    autosaver = window.files.autosaver
    dialog = open_preferences(qtbot, window)
    assert dialog.autosave.text() == "1 min"  # the default, 60 s
    type_into_spin(qtbot, dialog, Qt.Key.Key_A, "0")
    assert dialog.autosave.value() == 0
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.autosave, Qt.Key.Key_Return)
    assert not autosaver.timer.isActive()
    autosaver.stop()
    autosaver.start()  # as when the window is shown again: autosave stays off
    assert not autosaver.timer.isActive()
    dialog = open_preferences(qtbot, window)
    type_into_spin(qtbot, dialog, Qt.Key.Key_A, "2")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.autosave, Qt.Key.Key_Return)
    assert autosaver.timer.isActive() and autosaver.timer.interval() == 120_000


def test_restore_defaults_fills_the_defaults_and_ok_stores_them(  # type: ignore[no-untyped-def]
        qtbot, qapp, window: MainWindow, tmp_path: Path) -> None:
    settings = window.settings
    settings.setValue(THEME_KEY, LIGHT)
    settings.setValue(RECENT_LIMIT_KEY, 3)
    settings.setValue(EXPORT_FOLDER_KEY, str(tmp_path))
    dialog = open_preferences(qtbot, window)
    assert (dialog.theme.currentData(), dialog.recent.value(), dialog.folder.text()) == (
        LIGHT, 3, str(tmp_path))
    restore = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.values() == Preferences()
    assert int(settings.value(RECENT_LIMIT_KEY)) == 3  # nothing stored before OK
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert read_preferences(settings) == Preferences()


@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp: str(tmp / "missing"), "There is no folder"),
    (lambda tmp: str(tmp / "a-file.txt"), "There is no folder"),
    (lambda tmp: "relative/exports", "full path"),
    (lambda tmp: unwritable(tmp), "cannot be written to"),
])
def test_a_folder_that_cannot_be_used_is_refused_with_a_reason(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, make, words: str) -> None:
    (tmp_path / "a-file.txt").write_text("not a folder")
    text = make(tmp_path)
    dialog = open_preferences(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_X, ALT)
    qtbot.keyClicks(dialog.folder, text)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not accepted
    assert dialog.folder_error.isVisible() and words in dialog.folder_error.text()
    assert dialog.folder.hasFocus()
    assert not QSettings().contains(EXPORT_FOLDER_KEY)
    qtbot.keyClicks(dialog.folder, "x")  # typing again clears the message
    assert not dialog.folder_error.isVisible()


def unwritable(tmp_path: Path) -> str:
    """A folder this process cannot create a file in."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        (folder / "probe").write_text("")
    except OSError:
        return str(folder)
    (folder / "probe").unlink()  # root writes anywhere on disk; sysfs refuses new files
    return "/sys"


def test_a_hostile_folder_name_is_shown_as_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_preferences(qtbot, window)
    hostile = "/<b>no</b>\u202e<script>x</script>/&amp;"
    dialog.folder.setText(hostile)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.folder_error.isVisible()
    assert dialog.folder_error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.folder_error.text() == f"There is no folder {hostile}."


@pytest.mark.parametrize(("text", "words"), [
    ("/" + "a" * 5000, "There is no folder /aaa"),
    ("/" + "a/" * 3000, "There is no folder /a/a"),
    ("/tmp/\0evil", "NUL"),
])
def test_a_huge_or_nul_path_gets_a_short_reason_and_a_dialog_that_fits(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, text: str, words: str) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.folder.setText(text)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.folder_error.isVisible()
    assert words in dialog.folder_error.text() and len(dialog.folder_error.text()) < 120
    qtbot.waitUntil(lambda: dialog.folder_error.height() > 0)
    assert dialog.width() < 1024  # still on a small screen
    assert not QSettings().contains(EXPORT_FOLDER_KEY)


def test_a_stored_export_folder_too_long_to_ask_about_is_no_default(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(EXPORT_FOLDER_KEY, "/" + "a" * 5000)
    assert default_export_folder(settings) is None
    settings.setValue(EXPORT_FOLDER_KEY, str(tmp_path))
    assert default_export_folder(settings) == tmp_path


@pytest.mark.parametrize(("key", "value", "field", "expected"), [
    (THEME_KEY, "purple", "theme", SYSTEM),
    (THEME_KEY, 7, "theme", SYSTEM),
    (LANGUAGE_KEY, "xx\0", "language", SYSTEM),
    (AUTOSAVE_KEY, "soon", "autosave_s", AUTOSAVE_DEFAULT_S),
    (AUTOSAVE_KEY, "nan", "autosave_s", AUTOSAVE_DEFAULT_S),
    (AUTOSAVE_KEY, "-5", "autosave_s", 0),
    (AUTOSAVE_KEY, "1e12", "autosave_s", 7200),
    (RECENT_LIMIT_KEY, "many", "recent_limit", RECENT_DEFAULT),
    (RECENT_LIMIT_KEY, "-3", "recent_limit", 1),
    (RECENT_LIMIT_KEY, "1e9", "recent_limit", 30),
    (RECENT_LIMIT_KEY, "inf", "recent_limit", 30),
    (EXPORT_FOLDER_KEY, "/tmp/\0x", "export_folder", ""),
    (EXPORT_FOLDER_KEY, ["a", "b"], "export_folder", ""),
])
def test_garbage_in_the_settings_file_reads_as_defaults_or_clamped(  # type: ignore[no-untyped-def]
        tmp_path: Path, key: str, value: object, field: str, expected: object) -> None:
    path = tmp_path / "settings.ini"
    written = QSettings(str(path), QSettings.Format.IniFormat)
    written.setValue(key, value)
    written.sync()
    del written
    read = read_preferences(QSettings(str(path), QSettings.Format.IniFormat))
    assert getattr(read, field) == expected


def test_a_window_opened_on_garbage_settings_starts_with_defaults(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    from app.ui.app import open_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(AUTOSAVE_KEY, "garbage")
    settings.setValue(RECENT_LIMIT_KEY, "lots")
    settings.setValue(RECENT_KEY, 12)  # not a list at all
    window = open_window(None, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.files.autosaver.timer.interval() == AUTOSAVE_DEFAULT_S * 1000
    assert window.files.recent.paths() == []
    dialog = window.preferences.show_dialog()
    assert dialog.values() == Preferences()
    dialog.reject()


def test_other_windows_follow_the_new_recent_limit(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from app.ui.app import open_window

    other = open_window(None)
    qtbot.addWidget(other)
    for path in real_files(tmp_path / "recent", 5):
        window.files.recent.add(path)
    dialog = open_preferences(qtbot, window)
    type_into_spin(qtbot, dialog, Qt.Key.Key_R, "3")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recent, Qt.Key.Key_Return)
    assert len(other.files.recent.paths()) == 3
    assert len(QSettings().value(RECENT_KEY)) == 3


def test_the_stored_theme_applies_at_start_and_the_language_is_the_windows(  # type: ignore[no-untyped-def]
        qapp, monkeypatch) -> None:
    from app.ui.language import chosen_language

    settings = QSettings()
    settings.setValue(THEME_KEY, DARK)
    apply_at_start(settings)
    assert qapp.palette().color(Role.Window) == palette_for(DARK).color(Role.Window)
    settings.setValue(LANGUAGE_KEY, "fr")  # what the dialog stores is what the start reads
    monkeypatch.delenv(LANGUAGE_VARIABLE)  # the tests' own choice of English
    assert chosen_language(settings) == "fr"


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
def test_every_text_role_reads_on_its_background(theme: str) -> None:
    """7:1 (WCAG AAA) for text; selected text and placeholders 4.5:1 (AA) outside high contrast."""
    palette = palette_for(theme)
    pairs = [(Role.WindowText, Role.Window), (Role.Text, Role.Base),
             (Role.Text, Role.AlternateBase), (Role.ButtonText, Role.Button),
             (Role.HighlightedText, Role.Highlight), (Role.ToolTipText, Role.ToolTipBase),
             (Role.Link, Role.Base), (Role.LinkVisited, Role.Base),
             (Role.PlaceholderText, Role.Base)]
    for text, background in pairs:
        ratio = contrast(palette.color(text), palette.color(background))
        lenient = theme != HIGH_CONTRAST and text in (Role.HighlightedText, Role.PlaceholderText)
        assert ratio >= (4.5 if lenient else 7.0), (theme, text, background, ratio)


def test_the_system_theme_is_the_platforms_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.theme import apply_theme

    platform = QPalette(qapp.palette())
    apply_theme(DARK)
    assert qapp.palette().color(Role.Base) != platform.color(Role.Base)
    apply_theme(SYSTEM)
    assert palette_for(SYSTEM).resolveMask() == 0
    assert qapp.palette().color(Role.Base) == platform.color(Role.Base)


def test_a_live_theme_change_redraws_diagrams_and_style_sheets(  # type: ignore[no-untyped-def]
        qtbot, qapp, window: MainWindow) -> None:
    from app.domain.sections import RULES
    from app.ui.editors.chips import Chip
    from app.ui.theme import apply_theme

    rule = next(r for r in window.bridge.policy.rules if r.categories)
    window.reveal(RULES, rule.id)
    chip = window.editors.findChildren(Chip)[0]
    qtbot.waitUntil(chip.isVisible)
    window.show_view(window.timeline)
    apply_theme(DARK)
    dark_base = palette_for(DARK).color(Role.Base)
    qtbot.waitUntil(lambda: window.timeline.scene.backgroundBrush().color() == dark_base)
    window.show_view(window.editors)
    qtbot.waitUntil(chip.isVisible)
    inside = chip.grab().toImage().pixelColor(chip.width() // 2, 3)
    assert inside.lightness() < 80, inside.name()  # the chip's background follows the theme
    apply_theme(LIGHT)
    inside = chip.grab().toImage().pixelColor(chip.width() // 2, 3)
    assert inside.lightness() > 200, inside.name()


def test_the_dialog_speaks_the_windows_language(qapp, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.domain import i18n
    from app.ui.language import start_language

    monkeypatch.setenv(LANGUAGE_VARIABLE, "de")
    try:
        assert start_language(qapp) == "de"
        dialog = PreferencesDialog(Preferences())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Einstellungen"
        themes = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
        assert themes == ["System", "Hell", "Dunkel", "Hoher Kontrast"]
        assert dialog.language.itemText(2) == "Deutsch"  # a language is named in itself
        assert dialog.autosave.specialValueText() == "Aus"
    finally:
        monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
        start_language(qapp)
    assert i18n.language() == "en"
