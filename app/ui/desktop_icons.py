"""The application icon for desktops: PNGs in the usual sizes, rendered from the one SVG.

The window's icon, ``resources/icons/app.svg``, is the design. ``python -m app.ui.desktop_icons``
copies it into the freedesktop icon theme layout under ``resources/packaging/linux/icons/``
(``hicolor/scalable/apps/policy-studio.svg``) and renders ``hicolor/NxN/apps/policy-studio.png``
for every size in :data:`SIZES` with Qt's SVG renderer, so the PNGs are regenerated, never
drawn by hand. Run it again after changing the SVG; a test compares the PNGs with a fresh
rendering.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.exporters.pdf.qt_session import application, shutdown
from app.paths import RESOURCES

NAME = "policy-studio"
"""The icon's name in the theme (the desktop entry's ``Icon=``)."""
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = RESOURCES / "icons" / "app.svg"
THEME = RESOURCES / "packaging" / "linux" / "icons" / "hicolor"


def svg_path() -> Path:
    """The scalable icon in the theme layout."""
    return THEME / "scalable" / "apps" / f"{NAME}.svg"


def png_path(size: int) -> Path:
    """The ``size`` x ``size`` PNG in the theme layout."""
    return THEME / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: bytes, size: int) -> QImage:
    """``svg`` drawn on a transparent ``size`` x ``size`` image (ARGB, premultiplied)."""
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_all() -> list[Path]:
    """Copy the SVG into the theme and render every PNG; returns the files written."""
    data = SOURCE.read_bytes()
    written = [svg_path()]
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    svg_path().write_bytes(data)
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(data, size).save(str(target), "PNG"):
            raise OSError(f"{target}: could not write the PNG")
        written.append(target)
    return written


def main() -> int:
    """Regenerate the theme's icons and list them (nothing is shown: no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    for path in write_all():
        print(path.relative_to(RESOURCES.parent))
    shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
