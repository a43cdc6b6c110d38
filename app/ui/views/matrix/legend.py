"""The legend under the matrix: colour swatches and cell marks, each with a short label.

Entries wrap onto as many lines as the width needs, so the legend stays whole at 1024 pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.domain.intrusiveness import BANDS
from app.domain.matrix import (
    ALLOWED,
    ANY,
    CONSENT_MISSING,
    DENIED,
    MIXED,
    NO_RULE,
    NOT_ALLOWED,
    OPTED_OUT,
    SHORT_TEXT,
    SOME,
    UNLESS_OPTED_OUT,
    WITH_CONSENT,
    Filters,
)
from app.ui.editors.chips import FlowLayout
from app.ui.views.matrix.colours import band_background

SWATCH = 14
MARKS = {
    ALLOWED: ("allowed", "Allowed for every subject and recipient asked"),
    WITH_CONSENT: ("with consent", "Allowed for everyone asked, once they consent (opt-in)"),
    UNLESS_OPTED_OUT: ("unless opted out", "Allowed for everyone asked unless they object "
                                           "(opt-out)"),
    SOME: ("for some", "Allowed for some subjects or recipients, not all: select the cell to "
                       "see which"),
    DENIED: ("denied by rule", "A deny rule refuses this use"),
    CONSENT_MISSING: ("no consent", "Allowed by a rule, refused because the consent state "
                                    "filter says consent is missing"),
    OPTED_OUT: ("opted out", "Allowed by a rule, refused because the person opted out"),
    NOT_ALLOWED: ("not allowed", "Refused for everyone asked, for different reasons (select "
                                 "the cell to see them)"),
    NO_RULE: ("no rule", "No rule allows this use: denied by default"),
    MIXED: ("group differs", "A collapsed group whose pairs get different answers (shown in "
                             "italics; expand it to see each pair)"),
}
"""Each cell mark: its short label and what it means (the entry's tooltip)."""


class Legend(QWidget):
    """Swatches for the intrusiveness bands, then a sample of each cell mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Matrix legend")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self, spacing=10)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(_caption("Intrusiveness of allowed uses:", self))
        self.swatches: dict[str, QLabel] = {}
        for band in BANDS:
            swatch = QLabel(self)
            swatch.setAccessibleName(f"{band} intrusiveness colour")
            self.swatches[band] = swatch
            layout.addWidget(_entry(swatch, band, f"Allowed uses of {band} intrusiveness "
                                    "(a cell takes the colour of its most intrusive one)", self))
        layout.addWidget(_caption("Cells:", self))
        self.marks: dict[str, QLabel] = {}
        for state, (text, meaning) in MARKS.items():
            sample = QLabel(SHORT_TEXT[state], self)
            sample.setFrameShape(QFrame.Shape.Box)
            sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
            sample.setAutoFillBackground(True)
            sample.setBackgroundRole(QPalette.ColorRole.Base)
            sample.setForegroundRole(QPalette.ColorRole.PlaceholderText if state == NO_RULE
                                     else QPalette.ColorRole.Text)
            sample.setMinimumWidth(SWATCH * 2)
            sample.setContentsMargins(4, 0, 4, 0)
            if state == MIXED:
                font = sample.font()
                font.setItalic(True)
                sample.setFont(font)
            self.marks[state] = sample
            layout.addWidget(_entry(sample, text, meaning, self))
        self._paint_swatches()

    def show_marks_for(self, filters: Filters, collapsed: bool) -> None:
        """Show only the marks cells can have under ``filters``.

        Consent refusals appear only with a consent state chosen; "with consent" and "unless
        opted out" only without one; "group differs" only when a group is collapsed.
        """
        chosen = filters.consent != ANY
        hidden = {MIXED} if not collapsed else set()
        hidden |= {WITH_CONSENT, UNLESS_OPTED_OUT} if chosen else {CONSENT_MISSING, OPTED_OUT}
        for state, sample in self.marks.items():
            sample.parentWidget().setVisible(state not in hidden)
        self.updateGeometry()

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


def _caption(text: str, parent: QWidget) -> QLabel:
    caption = QLabel(f"<b>{text}</b>", parent)
    return caption


def _entry(sample: QLabel, text: str, meaning: str, parent: QWidget) -> QWidget:
    """A swatch or sample followed by its short label, kept together when wrapping."""
    entry = QWidget(parent)
    entry.setToolTip(meaning)
    entry.setAccessibleName(f"{text}: {meaning}")
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    sample.setParent(entry)
    row.addWidget(sample)
    row.addWidget(QLabel(text, entry))
    return entry
