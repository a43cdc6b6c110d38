"""A column header whose text runs upward and wraps, so long purpose names read in full.

Each label is broken at spaces into as many lines as fit across the column (more lines in a
wider, zoomed-in column) and the header is as tall as the longest label needs, within a
maximum; a label that still does not fit is elided, and its tooltip carries the full name and
id.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

MAX_HEIGHT = 190
MIN_HEIGHT = 60
PADDING = 8
SAMPLED = 400
"""Columns looked at for the header height (the rest are elided if longer)."""


def wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` pixels.

    At most ``max_lines`` lines; the last is elided when the text does not fit.
    """
    lines: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            rest = " ".join([current, *words[index:]])
            return [*lines, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        lines.append(current)
        current = word
    lines.append(current)
    return [line if metrics.horizontalAdvance(line) <= width
            else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def fits(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> bool:
    """True when ``text`` wraps into ``max_lines`` lines of ``width`` without eliding."""
    return "…" not in "".join(wrap(text, metrics, width, max_lines)) or "…" in text


def needed_length(text: str, metrics: QFontMetrics, max_lines: int, limit: int) -> int:
    """The shortest line length (up to ``limit``) at which ``text`` fits in ``max_lines``."""
    full = metrics.horizontalAdvance(text)
    if max_lines <= 1 or full <= limit // 3:
        return min(full, limit)
    low, high = max(metrics.horizontalAdvance(w) for w in text.split() or [""]), min(full, limit)
    if low >= high:
        return high
    while low < high:
        middle = (low + high) // 2
        if fits(text, metrics, middle, max_lines):
            high = middle
        else:
            low = middle + 1
    return low


class UpwardHeader(QHeaderView):
    """Horizontal header that paints each section's text bottom-to-top, wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._height: tuple[tuple[int, int], int] | None = None
        self.sectionResized.connect(lambda *_: self.forget_height())
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def forget_height(self) -> None:
        """Measure the labels again (after the model or the column width changed)."""
        self._height = None
        self.updateGeometry()

    def max_lines(self) -> int:
        """How many lines of upward text fit across one column."""
        spacing = max(1, self.fontMetrics().lineSpacing())
        return max(1, (self.defaultSectionSize() - 4) // spacing)

    def sizeHint(self) -> QSize:
        """Tall enough for the longest wrapped label (within a maximum)."""
        hint = super().sizeHint()
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        key = (columns, self.defaultSectionSize())
        if self._height is None or self._height[0] != key:
            metrics = self.fontMetrics()
            bold = QFont(self.font())
            bold.setBold(True)
            wide = QFontMetrics(bold)  # group headings are bold: measure them generously
            lines, limit = self.max_lines(), MAX_HEIGHT - PADDING
            longest = 0
            for section in range(min(columns, SAMPLED)):
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                longest = max(longest, needed_length(text, wide if text.startswith(("▸", "▾"))
                                                     else metrics, lines, limit))
            self._height = (key, max(MIN_HEIGHT, min(MAX_HEIGHT, longest + 2 * PADDING)))
        return QSize(hint.width(), self._height[1])

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        """Draw the section with its label running upward, wrapped across the column."""
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
        metrics = painter.fontMetrics()
        length = rect.height() - PADDING
        spacing = metrics.lineSpacing()
        lines = wrap(text, metrics, length, max(1, (rect.width() - 4) // spacing))
        top = (rect.width() - spacing * len(lines)) // 2
        for number, line in enumerate(lines):
            painter.drawText(QRect(PADDING // 2, top + number * spacing, length, spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
        painter.restore()
