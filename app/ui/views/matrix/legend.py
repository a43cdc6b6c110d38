"""The legend under the matrix: band colours and what each cell mark means."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.intrusiveness import BANDS
from app.domain.matrix import (
    ALLOWED,
    CONSENT_MISSING,
    DENIED,
    MIXED,
    NO_RULE,
    OPTED_OUT,
    SHORT_TEXT,
    STATE_TEXT,
    UNLESS_OPTED_OUT,
    WITH_CONSENT,
)
from app.ui.views.matrix.colours import band_background

SWATCH = 14
_MARKS = (ALLOWED, WITH_CONSENT, UNLESS_OPTED_OUT, DENIED, CONSENT_MISSING, OPTED_OUT, NO_RULE,
          MIXED)


class Legend(QWidget):
    """Swatches for the intrusiveness bands, then the cell marks in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Matrix legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(QLabel("<b>Intrusiveness of allowed uses:</b>", self))
        self.swatches: dict[str, QLabel] = {}
        for band in BANDS:
            swatch = QLabel(self)
            swatch.setAccessibleName(f"{band} intrusiveness colour")
            swatch.setToolTip(f"Cells coloured like this are allowed uses of {band} "
                              "intrusiveness")
            self.swatches[band] = swatch
            layout.addWidget(swatch)
            layout.addWidget(QLabel(band, self))
        layout.addSpacing(16)
        marks = "   ".join(f"<b>{SHORT_TEXT[s]}</b> {STATE_TEXT[s].lower()}" for s in _MARKS)
        self.marks = QLabel(marks, self)
        self.marks.setWordWrap(True)
        self.marks.setToolTip("What the text in each cell means; collapsed groups are shown in "
                              "italics and summarise every pair they hold")
        layout.addWidget(self.marks, 1)
        self._paint_swatches()

    def _paint_swatches(self) -> None:
        frame = self.palette().color(QPalette.ColorRole.Text)
        for band, swatch in self.swatches.items():
            pixmap = QPixmap(SWATCH, SWATCH)
            pixmap.fill(band_background(band, self.palette()))
            painter = QPainter(pixmap)
            painter.setPen(QColor(frame))
            painter.drawRect(0, 0, SWATCH - 1, SWATCH - 1)
            painter.end()
            swatch.setPixmap(pixmap)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def changeEvent(self, event: QEvent) -> None:
        """Repaint the swatches when the palette changes."""
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_swatches()
        super().changeEvent(event)
