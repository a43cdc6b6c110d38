"""The matrix legend on the filters' row: intrusiveness swatches and a "Legend…" button.

The button's popup shows a sample of every cell word and mark with what it means.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
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
from app.domain.matrix_reach import (
    IN_HOUSE,
    KIND_MEANING,
    KIND_TEXT,
    KINDS,
    SHARED,
    SOME_SUBJECTS,
)
from app.ui.editors.chips import FlowLayout
from app.ui.views.matrix.colours import band_background
from app.ui.views.words import band_label

SWATCH = 14
MARKS = {
    ALLOWED: (QT_TRANSLATE_NOOP("matrix", "allowed"),
        QT_TRANSLATE_NOOP("matrix", "Allowed for every subject and recipient asked")),
    WITH_CONSENT: (QT_TRANSLATE_NOOP("matrix", "with consent"),
        QT_TRANSLATE_NOOP("matrix", "Allowed for everyone asked, once they consent (opt-in)")),
    UNLESS_OPTED_OUT: (QT_TRANSLATE_NOOP("matrix", "unless opted out"),
        QT_TRANSLATE_NOOP("matrix", "Allowed for everyone asked unless they object "
                                           "(opt-out)")),
    SOME: (QT_TRANSLATE_NOOP("matrix", "some in group"),
        QT_TRANSLATE_NOOP("matrix", "A collapsed group whose pairs are each allowed for some "
                                    "subjects "
                            "or recipients: expand it to see whom")),
    DENIED: (QT_TRANSLATE_NOOP("matrix", "denied by rule"),
        QT_TRANSLATE_NOOP("matrix", "A deny rule refuses this use")),
    CONSENT_MISSING: (QT_TRANSLATE_NOOP("matrix", "no consent"),
        QT_TRANSLATE_NOOP("matrix", "Allowed by a rule, refused because the consent state "
                                    "filter says consent is missing")),
    OPTED_OUT: (QT_TRANSLATE_NOOP("matrix", "opted out"),
        QT_TRANSLATE_NOOP("matrix", "Allowed by a rule, refused because the person opted out")),
    NOT_ALLOWED: (QT_TRANSLATE_NOOP("matrix", "not allowed"),
        QT_TRANSLATE_NOOP("matrix", "Refused for everyone asked, for different reasons (select "
                                 "the cell to see them)")),
    NO_RULE: (QT_TRANSLATE_NOOP("matrix", "no rule"),
        QT_TRANSLATE_NOOP("matrix", "No rule allows this use: denied by default")),
    MIXED: (QT_TRANSLATE_NOOP("matrix", "group differs"),
        QT_TRANSLATE_NOOP("matrix", "A collapsed group whose pairs get different answers (shown in "
                             "italics; expand it to see each pair)")),
}
"""Each cell mark: its short label and what it means (the entry's tooltip)."""
KIND_LABEL = {SOME_SUBJECTS: QT_TRANSLATE_NOOP("matrix", "only some subjects"),
              IN_HOUSE: QT_TRANSLATE_NOOP("matrix", "kept in-house"),
              SHARED: QT_TRANSLATE_NOOP("matrix", "shared outside")}
"""The short label of each partly allowed cell's words."""


class Legend(QWidget):
    """Swatches for the intrusiveness bands, and a button listing what the cell words mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("matrix", "Matrix legend"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.swatches: dict[str, QLabel] = {}
        for band in BANDS:
            swatch = QLabel(self)
            swatch.setAccessibleName(translate("matrix", "{band} intrusiveness colour").format(
                band=band_label(band)))
            self.swatches[band] = swatch
            layout.addWidget(_entry(swatch, band_label(band), translate(
                "matrix", "Allowed uses of {band} intrusiveness (a cell takes the colour of its "
                "most intrusive one)").format(band=band_label(band)), self))
        self.setToolTip(translate(
            "matrix", "Colours: the intrusiveness of the most intrusive use a cell allows"))
        self.words = QFrame(self)
        self.words.setAccessibleName(translate("matrix", "What the cells say"))
        grid = FlowLayout(self.words, spacing=10)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.addWidget(_caption(translate("matrix", "Colour: intrusiveness"), self.words))
        self.kinds: dict[str, QLabel] = {}
        for kind in KINDS:
            self.kinds[kind] = sample = _sample(translate("matrix", KIND_TEXT[kind]), False,
                                                self.words)
            grid.addWidget(_entry(sample, translate("matrix", KIND_LABEL[kind]),
                                  translate("matrix", KIND_MEANING[kind]), self.words))
        self.marks: dict[str, QLabel] = {}
        for state, (text, meaning) in MARKS.items():
            sample = _sample(translate("matrix", SHORT_TEXT[state]), state == NO_RULE, self.words,
                             state == MIXED)
            self.marks[state] = sample
            grid.addWidget(_entry(sample, translate("matrix", text), translate("matrix", meaning),
                                  self.words))
        self.words.setFixedWidth(560)
        self.words.setFixedHeight(grid.heightForWidth(560))
        self.words_button = QToolButton(self)
        self.words_button.setText(translate("matrix", "Legend…"))
        self.words_button.setAccessibleName(translate("matrix", "What the cells say"))
        self.words_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.words_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.words)
        menu.addAction(action)
        self.words_button.setMenu(menu)
        self.words_button.setToolTip(
            translate("matrix", "What the colours and the cell words mean:") + "<br>"
            + "<br>".join(translate("matrix", "<b>{word}</b>: {meaning}").format(
                word=escape(translate("matrix", KIND_TEXT[k])),
                meaning=escape(translate("matrix", KIND_MEANING[k]))) for k in KINDS))
        layout.addWidget(self.words_button)
        self._paint_swatches()

    def show_marks_for(self, filters: Filters, collapsed: bool) -> None:
        """Show only the marks cells can have under ``filters``.

        Consent refusals appear only with a consent state chosen; "with consent" and "unless
        opted out" only without one; "group differs" only when a group is collapsed.
        """
        chosen = filters.consent != ANY
        hidden = {MIXED, SOME} if not collapsed else set()
        hidden |= {WITH_CONSENT, UNLESS_OPTED_OUT} if chosen else {CONSENT_MISSING, OPTED_OUT}
        for state, sample in self.marks.items():
            sample.parentWidget().setVisible(state not in hidden)
        self.words.setFixedHeight(self.words.layout().heightForWidth(self.words.width()))

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


def _sample(text: str, dim: bool, parent: QWidget, italic: bool = False) -> QLabel:
    """A boxed sample of what a cell shows."""
    sample = QLabel(text, parent)
    sample.setFrameShape(QFrame.Shape.Box)
    sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
    sample.setAutoFillBackground(True)
    sample.setBackgroundRole(QPalette.ColorRole.Base)
    sample.setForegroundRole(QPalette.ColorRole.PlaceholderText if dim
                             else QPalette.ColorRole.Text)
    sample.setMinimumWidth(SWATCH * 2)
    sample.setContentsMargins(4, 0, 4, 0)
    if italic:
        font = sample.font()
        font.setItalic(True)
        sample.setFont(font)
    return sample


def _entry(sample: QLabel, text: str, meaning: str, parent: QWidget) -> QWidget:
    """A swatch or sample followed by its short label, kept together when wrapping."""
    entry = QWidget(parent)
    entry.setToolTip(meaning)
    entry.setAccessibleName(translate("matrix", "{label}: {meaning}").format(
        label=text, meaning=meaning))
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    sample.setParent(entry)
    row.addWidget(sample)
    row.addWidget(QLabel(text, entry))
    return entry
