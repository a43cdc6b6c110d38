"""An id box that follows a name box until the person types an id of their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit


class DerivedId(QObject):
    """Keeps ``id_edit`` at ``derive(name)`` while the id is not typed by hand.

    ``changed`` is called after every change of either box (to check them again).
    """

    def __init__(self, name_edit: QLineEdit, id_edit: QLineEdit, derive: Callable[[str], str],
                 changed: Callable[[], None]) -> None:
        super().__init__(id_edit)
        self.typed = False
        """True once the id was typed by hand (emptying it hands it back to the name)."""
        self._id, self._derive, self._changed = id_edit, derive, changed
        id_edit.setText(derive(name_edit.text()))
        name_edit.textChanged.connect(self._name_changed)
        id_edit.textEdited.connect(self._id_edited)
        id_edit.textChanged.connect(lambda _text: changed())

    def _name_changed(self, text: str) -> None:
        if not self.typed:
            self._id.setText(self._derive(text))
        self._changed()

    def _id_edited(self, text: str) -> None:
        self.typed = bool(text)
