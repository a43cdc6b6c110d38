"""The line above a compared redline: where the impact stands, with a busy bar and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from app.domain.i18n import translate


class ImpactBar(QWidget):
    """A wrapped :attr:`label`, and a :attr:`progress` bar and :attr:`cancel_button` while busy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("impact", "Impact of the change"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(translate("impact", "Working out the impact"))
        self.cancel_button = QPushButton(translate("impact", "Ca&ncel"), self)
        self.cancel_button.setToolTip(
            translate("impact", "Stop waiting for the impact (the redline stays)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        self.busy = False
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """Show or hide the busy bar and Cancel."""
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)


def replace_html(browser: QTextBrowser, html: str) -> None:
    """Show ``html`` in ``browser`` in place of what it showed, keeping the reader's place."""
    bar = browser.verticalScrollBar()
    at = bar.value()
    browser.setHtml(html)
    bar.setValue(at)
