"""A slim, non-modal message bar across the top of the window (e.g. "changed on disk")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.domain.i18n import translate
from app.ui.icons import icon

Button = tuple[str, Callable[[], None]] | tuple[str, Callable[[], None], str]
"""(label, action) or (label, action, icon name)."""
_COLOURS = {"info": ("#e8f1fb", "#2f6fb3"), "warning": ("#fff4d6", "#b07d00")}


class InfoBar(QFrame):
    """A message with a few buttons; hidden until :meth:`show_message`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("file_info_bar")
        self.setAccessibleName(translate("files", "File notice"))
        self._icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setMinimumWidth(1)  # one line; a narrow window clips it (full text in tip)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self._icon)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        close = QToolButton(self)
        close.setText("\u2715")
        close.setAutoRaise(True)
        close.setToolTip(translate("files", "Dismiss"))
        close.clicked.connect(self.dismiss)
        self._layout.addWidget(close)
        self.bar = QToolBar(translate("files", "File notice"), window)
        """The bar holding the notice (the window puts it on a row of its own)."""
        self.bar.setObjectName("file_notice_bar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self)
        self.bar.hide()

    @property
    def shown(self) -> bool:
        """True while a message is up."""
        return not self.bar.isHidden()

    def show_message(self, text: str, level: str = "info",
                     buttons: list[Button] | None = None, detail: str = "") -> None:
        """Show ``text`` with ``buttons`` (label, action[, icon name]).

        ``detail`` (what each button does) goes in the tooltip after ``text``. A press also
        dismisses the bar.
        """
        background, border = _COLOURS.get(level, _COLOURS["info"])
        self.setStyleSheet(f"#file_info_bar {{ background: {background}; "
                           f"border: 1px solid {border}; border-radius: 4px; }}"
                           "#file_info_bar QLabel { color: #1a1a1a; background: transparent; }")
        self._icon.setPixmap(icon(f"severity-{level}").pixmap(QSize(20, 20)))
        self.label.setText(text)
        self.label.setToolTip(f"{text}\n{detail}" if detail else text)
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for position, (label, action, *icon_name) in enumerate(buttons or []):
            button = QPushButton(label, self)
            if icon_name:
                button.setIcon(icon(icon_name[0]))
            button.clicked.connect(self.dismiss)
            button.clicked.connect(lambda _checked=False, act=action: act())
            self._layout.insertWidget(2 + position, button)
            self._buttons.append(button)
        self.bar.show()

    def buttons(self) -> list[QPushButton]:
        """The buttons of the current message (for tests and keyboard users)."""
        return list(self._buttons)

    def dismiss(self) -> None:
        """Hide the bar."""
        self.bar.hide()
