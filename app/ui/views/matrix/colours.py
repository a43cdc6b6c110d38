"""Intrusiveness band colours that read well on light and dark palettes.

A band colour is never used as it is: it is blended into the palette's base colour, so the
tint is light on a light palette and dark on a dark one, and the palette's own text colour
keeps its contrast on top of it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

BAND_COLOURS = {
    "low": QColor("#2f9e44"),
    "medium": QColor("#e0a800"),
    "high": QColor("#e8590c"),
    "critical": QColor("#c92a2a"),
}
STRENGTH = 0.45


def blend(base: QColor, colour: QColor, amount: float) -> QColor:
    """``colour`` laid over ``base`` at ``amount`` (0..1)."""
    keep = 1.0 - amount
    return QColor(round(base.red() * keep + colour.red() * amount),
                  round(base.green() * keep + colour.green() * amount),
                  round(base.blue() * keep + colour.blue() * amount))


def band_background(band: str, palette: QPalette | None = None) -> QColor:
    """The cell background of ``band`` on ``palette`` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    return blend(palette.color(QPalette.ColorRole.Base), BAND_COLOURS[band], STRENGTH)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio between two colours (1..21)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)
