"""A column header with text turned upwards, so long purpose names fit narrow columns."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

MAX_HEIGHT = 150
PADDING = 8


class UpwardHeader(QHeaderView):
    """Horizontal header that paints each section's text bottom-to-top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sizeHint(self) -> QSize:
        """Tall enough for the longest upward label (within a maximum)."""
        hint = super().sizeHint()
        model = self.model()
        widest = 60
        if model is not None:
            metrics = self.fontMetrics()
            for section in range(min(model.columnCount(), 400)):
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 2 * PADDING)
        return QSize(hint.width(), min(MAX_HEIGHT, widest))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        """Draw the section with its label running upward."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = ""
        if self.selectionModel() is not None and self.highlightSections():
            current = self.selectionModel().currentIndex()
            if current.isValid() and current.column() == logical:
                option.state |= QStyle.StateFlag.State_On
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        model = self.model()
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        font = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        painter.setFont(font if isinstance(font, QFont) else self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        area = QRect(PADDING // 2, 0, rect.height() - PADDING, rect.width())
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                 area.width())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         shown)
        painter.restore()
