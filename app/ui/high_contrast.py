"""A high-contrast palette: white text on black, yellow for what is selected or a link.

Every pair of colours a widget draws text with (text on its base, window text on the window,
button text on a button, selected text on the selection, links, placeholders, tooltips) has a
contrast of at least 7:1 (WCAG 2 level AAA), in every colour group, disabled included.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

BLACK, WHITE, YELLOW = "#000000", "#ffffff", "#ffff00"
ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: BLACK,
    QPalette.ColorRole.WindowText: WHITE,
    QPalette.ColorRole.Base: BLACK,
    QPalette.ColorRole.AlternateBase: "#1c1c1c",
    QPalette.ColorRole.Text: WHITE,
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.Button: BLACK,
    QPalette.ColorRole.ButtonText: WHITE,
    QPalette.ColorRole.BrightText: YELLOW,
    QPalette.ColorRole.Highlight: YELLOW,
    QPalette.ColorRole.HighlightedText: BLACK,
    QPalette.ColorRole.Link: YELLOW,
    QPalette.ColorRole.LinkVisited: "#ffd24d",
    QPalette.ColorRole.ToolTipBase: BLACK,
    QPalette.ColorRole.ToolTipText: YELLOW,
    QPalette.ColorRole.Light: WHITE,
    QPalette.ColorRole.Midlight: "#e0e0e0",
    QPalette.ColorRole.Mid: "#c0c0c0",
    QPalette.ColorRole.Dark: "#a0a0a0",
    QPalette.ColorRole.Shadow: WHITE,
    QPalette.ColorRole.Accent: YELLOW,
}
"""Every group's colours (frames drawn with Light..Shadow stay visible on black)."""
DISABLED: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "#b0b0b0",
    QPalette.ColorRole.Text: "#b0b0b0",
    QPalette.ColorRole.ButtonText: "#b0b0b0",
    QPalette.ColorRole.PlaceholderText: "#a8a8a8",
    QPalette.ColorRole.Highlight: "#b0b0b0",
}
"""Disabled text is grey, yet still 7:1 or more on black: greyed out, never unreadable."""


def high_contrast_palette() -> QPalette:
    """The high-contrast palette (black, white and yellow)."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role, colour in ROLES.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette
