"""The colour themes: system, light, dark and high contrast, applied to the running application.

:func:`palette_for` is the one place a theme becomes a palette; :func:`apply_theme` hands it to
the application (and, where Qt supports it, tells the platform the colour scheme, so native
parts such as title bars and file dialogs follow). Widgets take the new palette at once; code
that paints with palette colours reads them when it paints (see :mod:`app.ui.views.matrix.colours`),
diagrams redraw on the palette change, and style sheets that name ``palette(...)`` are set again.

The high-contrast palette is white and yellow on black: every text role has a contrast ratio of
at least 7:1 (WCAG 2 level AAA) against the background it is drawn on, checked by the tests
(with :func:`app.ui.views.matrix.colours.contrast`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.i18n import QT_TRANSLATE_NOOP

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high_contrast"
THEMES = {SYSTEM: QT_TRANSLATE_NOOP("Preferences", "System"),
          LIGHT: QT_TRANSLATE_NOOP("Preferences", "Light"),
          DARK: QT_TRANSLATE_NOOP("Preferences", "Dark"),
          HIGH_CONTRAST: QT_TRANSLATE_NOOP("Preferences", "High contrast")}
"""Each theme's stored value and its name (in English: shown through ``translate``)."""

Role = QPalette.ColorRole

_COLOURS = {  # role: (light, dark, high contrast)
    Role.Window: ("#efefef", "#2b2b2b", "#000000"),
    Role.WindowText: ("#000000", "#e8e8e8", "#ffffff"),
    Role.Base: ("#ffffff", "#1f1f1f", "#000000"),
    Role.AlternateBase: ("#f5f5f5", "#272727", "#1a1a1a"),
    Role.ToolTipBase: ("#ffffdc", "#3a3a3a", "#000000"),
    Role.ToolTipText: ("#000000", "#e8e8e8", "#ffff00"),
    Role.PlaceholderText: ("#636363", "#a0a0a0", "#d0d0d0"),
    Role.Text: ("#000000", "#e8e8e8", "#ffffff"),
    Role.Button: ("#efefef", "#353535", "#000000"),
    Role.ButtonText: ("#000000", "#e8e8e8", "#ffffff"),
    Role.BrightText: ("#ffffff", "#ff7070", "#ffff00"),
    Role.Light: ("#ffffff", "#505050", "#ffffff"),
    Role.Midlight: ("#e3e3e3", "#404040", "#ffffff"),
    Role.Mid: ("#b8b8b8", "#5e5e5e", "#c0c0c0"),
    Role.Dark: ("#9f9f9f", "#202020", "#ffffff"),
    Role.Shadow: ("#767676", "#0a0a0a", "#ffffff"),
    Role.Highlight: ("#2b6cb0", "#2f65b0", "#ffff00"),
    Role.HighlightedText: ("#ffffff", "#ffffff", "#000000"),
    Role.Link: ("#0645ad", "#8ab4f8", "#ffff00"),
    Role.LinkVisited: ("#6b2fa0", "#d7aefb", "#00ffff"),
    Role.Accent: ("#2b6cb0", "#2f65b0", "#ffff00"),
}
_DISABLED = {  # the disabled group's differences
    Role.WindowText: ("#8a8a8a", "#7c7c7c", "#b0b0b0"),
    Role.Text: ("#8a8a8a", "#7c7c7c", "#b0b0b0"),
    Role.ButtonText: ("#8a8a8a", "#7c7c7c", "#b0b0b0"),
    Role.Highlight: ("#919191", "#4a4a4a", "#b0b0b0"),
}
_COLUMN = {LIGHT: 0, DARK: 1, HIGH_CONTRAST: 2}
_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark,
            HIGH_CONTRAST: Qt.ColorScheme.Dark}


def palette_for(theme: str) -> QPalette:
    """The palette of ``theme`` (an unknown name counts as ``system``).

    For ``system`` it is a palette with no colour set, which the application resolves against
    the platform's own (so it follows the desktop's light or dark setting).
    """
    column = _COLUMN.get(theme)
    palette = QPalette()
    if column is None:
        palette.setResolveMask(0)
        return palette
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[column]))  # every group: active, inactive...
    for role, colours in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[column]))
    return palette


def apply_theme(theme: str) -> None:
    """Make ``theme`` the running application's: its palette, and its scheme where supported."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = app.styleHints()
    scheme = _SCHEMES.get(theme)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        if scheme is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(scheme)
    app.setPalette(palette_for(theme))
    if isinstance(app, QApplication):
        for widget in app.allWidgets():  # a style sheet reads palette(...) when it is set
            sheet = widget.styleSheet()
            if "palette(" in sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)

