"""The page bar of the document preview: previous, a page chooser by chapter, next.

Alt+PgUp and Alt+PgDown turn the page from the preview itself (see :data:`PAGE_KEYS`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from app.domain.i18n import translate
from app.ui.elided import ElidedComboBox

PAGE_KEYS = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
"""With Alt: the step each key turns the page by."""


class PageBar(QWidget):
    """Chooses which page of a long document the preview shows; hidden for a one-page one."""

    chosen = Signal(int)
    """The page the user asked for (0-based)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = self._button(Qt.ArrowType.LeftArrow,
                                            translate("documents view", "Previous page"),
                                            QKeySequence("Alt+PgUp"), PAGE_KEYS[Qt.Key.Key_PageUp])
        self.chooser = ElidedComboBox(self)  # a long chapter title, shortened when narrow
        self.chooser.setAccessibleName(translate("documents view", "Document page"))
        self.chooser.setToolTip(translate(
            "documents view", "A long document is shown a page at a time: the page shown, by "
            "the chapter it is in"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.setMaxVisibleItems(20)
        self.chooser.activated.connect(self.chosen.emit)
        self.next_button = self._button(Qt.ArrowType.RightArrow,
                                        translate("documents view", "Next page"),
                                        QKeySequence("Alt+PgDown"),
                                        PAGE_KEYS[Qt.Key.Key_PageDown])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.chooser)
        layout.addWidget(self.next_button)
        self.hide()

    def _button(self, arrow: Qt.ArrowType, text: str, keys: QKeySequence, step: int
                ) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setText(text)
        button.setToolTip(f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.chosen.emit(self.chooser.currentIndex() + step))
        return button

    def set_pages(self, titles: list[str], current: int) -> None:
        """Offer pages titled ``titles`` (their chapters), with page ``current`` shown."""
        count = len(titles)
        self.setVisible(count > 1)
        if [self.chooser.itemData(i) for i in range(self.chooser.count())] != titles:
            self.chooser.clear()
            for number, title in enumerate(titles, 1):
                self.chooser.addItem(translate(
                    "documents view", "Page {number} of {count}: {title}").format(
                    number=number, count=count, title=title), title)
        self.set_current(current)

    def set_current(self, index: int) -> None:
        """Show page ``index`` as the current one."""
        self.chooser.setCurrentIndex(index)
        self.chooser.say_text()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.chooser.count())

    def turn(self, event: QKeyEvent) -> bool:
        """Ask for the previous or next page on Alt+PgUp / Alt+PgDown; True if it was one."""
        step = PAGE_KEYS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return False
        self.chosen.emit(self.chooser.currentIndex() + step)
        return True
