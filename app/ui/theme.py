"""The colour themes: system, light, dark and high contrast, applied to the running application.

:func:`palette_for` is the one place a theme becomes a palette; :func:`apply_theme` hands it to
the application (and, where Qt supports it, tells the platform the colour scheme, so native
parts such as title bars and file dialogs follow). Widgets take the new palette at once; code
that paints with palette colours reads them when it paints (see :mod:`app.ui.views.matrix.colours`),
diagrams redraw on the palette change, and style sheets that name ``palette(...)`` are set again.

The high-contrast palette is :func:`app.ui.high_contrast.high_contrast_palette`: white and yellow
on black, every text role at least 7:1 (WCAG 2 level AAA) against its background, with frames
drawn light so that they stay visible on black.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.high_contrast import high_contrast_palette

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high_contrast"
THEMES = {SYSTEM: QT_TRANSLATE_NOOP("Preferences", "System"),
          LIGHT: QT_TRANSLATE_NOOP("Preferences", "Light"),
          DARK: QT_TRANSLATE_NOOP("Preferences", "Dark"),
          HIGH_CONTRAST: QT_TRANSLATE_NOOP("Preferences", "High contrast")}
"""Each theme's stored value and its name (in English: shown through ``translate``)."""

Role = QPalette.ColorRole

_COLOURS = {  # role: (light, dark)
    Role.Window: ("#efefef", "#2b2b2b"),
    Role.WindowText: ("#000000", "#e8e8e8"),
    Role.Base: ("#ffffff", "#1f1f1f"),
    Role.AlternateBase: ("#f5f5f5", "#272727"),
    Role.ToolTipBase: ("#ffffdc", "#3a3a3a"),
    Role.ToolTipText: ("#000000", "#e8e8e8"),
    Role.PlaceholderText: ("#636363", "#a0a0a0"),
    Role.Text: ("#000000", "#e8e8e8"),
    Role.Button: ("#efefef", "#353535"),
    Role.ButtonText: ("#000000", "#e8e8e8"),
    Role.BrightText: ("#ffffff", "#ff7070"),
    Role.Light: ("#ffffff", "#505050"),
    Role.Midlight: ("#e3e3e3", "#404040"),
    Role.Mid: ("#b8b8b8", "#5e5e5e"),
    Role.Dark: ("#9f9f9f", "#202020"),
    Role.Shadow: ("#767676", "#0a0a0a"),
    Role.Highlight: ("#2b6cb0", "#2f65b0"),
    Role.HighlightedText: ("#ffffff", "#ffffff"),
    Role.Link: ("#0645ad", "#8ab4f8"),
    Role.LinkVisited: ("#6b2fa0", "#d7aefb"),
    Role.Accent: ("#2b6cb0", "#2f65b0"),
}
_DISABLED = {  # the disabled group's differences
    Role.WindowText: ("#8a8a8a", "#7c7c7c"),
    Role.Text: ("#8a8a8a", "#7c7c7c"),
    Role.ButtonText: ("#8a8a8a", "#7c7c7c"),
    Role.Highlight: ("#919191", "#4a4a4a"),
}
_COLUMN = {LIGHT: 0, DARK: 1}
_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark,
            HIGH_CONTRAST: Qt.ColorScheme.Dark}


def palette_for(theme: str) -> QPalette:
    """The palette of ``theme`` (an unknown name counts as ``system``).

    For ``system`` it is a palette with no colour set, which the application resolves against
    the platform's own (so it follows the desktop's light or dark setting).
    """
    if theme == HIGH_CONTRAST:
        return high_contrast_palette()
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

