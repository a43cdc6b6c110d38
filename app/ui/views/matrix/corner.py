"""The matrix's corner buttons and its empty state.

The corner holds the zoom, fit and folding buttons, over the empty corner of the table; the
empty state says what to add before there is anything to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate


class Corner(QWidget):
    """Buttons in the corner above the row headings, with the axes named."""

    def __init__(self, zoom: list[QAction], folding: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("matrix", "Matrix zoom and folding"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setSpacing(3)
        purposes = QLabel(translate("matrix", "Purposes →"), self)
        purposes.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(purposes, 0, 0, 1, 4)
        grid.setRowStretch(1, 1)
        self.buttons: list[QToolButton] = []
        short = {0: translate("matrix", "Fit"), 1: "\N{MINUS SIGN}", 2: "+", 3: "1:1"}
        for column, action in enumerate(zoom):
            button = self._button(action, short[column])
            grid.addWidget(button, 2, column)
        folded = (translate("matrix corner", "Expand all"),
                  translate("matrix corner", "Collapse all"))
        for number, action in enumerate(folding):  # short faces: the corner is narrow
            grid.addWidget(self._button(action, folded[number]), 3, number * 2, 1, 2)
        grid.setColumnStretch(0, 2)  # the room a translated "Fit" needs
        grid.setRowStretch(4, 1)
        grid.addWidget(QLabel(translate("matrix", "Categories ↓"), self), 5, 0, 1, 4)

    def _button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setText(text)  # short face; the action keeps its name for menus and readers
        button.setAccessibleName(action.text().replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.buttons.append(button)
        return button


class EmptyState(QWidget):
    """What the matrix needs before it can show anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("matrix", "Use matrix: nothing to show yet"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def explain(self, categories: int, purposes: int) -> None:
        """Say what is missing, given how many categories and purposes there are."""
        if categories and not purposes:
            first = translate("matrix", "Add a purpose to see what is used for what.")
        elif purposes and not categories:
            first = translate("matrix", "Add a data category to see what is used for what.")
        else:
            first = translate("matrix",
                              "Add a data category and a purpose to see what is used for what.")
        self.text.setText(
            f"<p><b>{first}</b></p><p>" + translate(
            "matrix", "Categories run down, purposes across; each cell says whether the category "
                      "may "
            "be used for the purpose: for everyone, for some subjects or recipients, or not "
            "at all. Add items in the navigator (Ctrl+Shift+N).") + "</p>")
