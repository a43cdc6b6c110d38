"""Writing a graphics scene to PNG or SVG, and asking where (shared by the diagram views)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP, translate

KINDS = {"png": QT_TRANSLATE_NOOP("diagram", "PNG image (*.png)"),
         "svg": QT_TRANSLATE_NOOP("diagram", "SVG drawing (*.svg)")}
PNG_SCALE = 2.0


def ask_export_path(parent: QWidget, kind: str, title: str = "picture") -> str | None:
    """Ask for the file to export to (``kind`` is ``png`` or ``svg``); None when cancelled."""
    name = title.lower().replace(" ", "-") + "." + kind
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("diagram", "Export {title} as {format}").format(
            title=title, format=kind.upper()), name, translate("diagram", KINDS[kind]))
    if path and not path.lower().endswith("." + kind):
        path += "." + kind
    return path or None


def _source(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)


def write_png(scene: QGraphicsScene, path: str, background: QColor) -> bool:
    """Render ``scene`` at twice its size to a PNG file."""
    source = _source(scene)
    size = QSize(max(1, round(source.width() * PNG_SCALE)),
                 max(1, round(source.height() * PNG_SCALE)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image.save(path, "PNG")


def write_svg(scene: QGraphicsScene, path: str, title: str, background: QColor) -> bool:
    """Render ``scene`` as an SVG drawing (texts stay texts)."""
    source = _source(scene)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setTitle(title)
    generator.setDescription(
        translate("diagram", "{title}, exported from Policy Studio").format(title=title))
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter()
    if not painter.begin(generator):
        return False
    target = QRectF(0, 0, source.width(), source.height())
    painter.fillRect(target, background)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return True
