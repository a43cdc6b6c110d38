"""Undo commands: every change the window makes to the document is one of these."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.document import PolicyDocument
from app.domain.edits import Change, Edit


class EditCommand(QUndoCommand):
    """Wraps one domain edit.

    It is applied before it is pushed, so a refused edit never reaches the stack; ``redo`` after an
    ``undo`` applies it again.
    """

    def __init__(self, document: PolicyDocument, edit: Edit, change: Change,
                 text: str | None = None) -> None:
        super().__init__(text or change.summary)
        self._document = document
        self._edit = edit
        self._change = change
        self._applied = True

    @property
    def change(self) -> Change:
        """What the edit changed (the latest application of it)."""
        return self._change

    def redo(self) -> None:
        """Apply the edit (the first time it is pushed, or again after an undo)."""
        if self._applied:
            return
        self._change = self._document.apply(self._edit)
        self._applied = True

    def undo(self) -> None:
        """Apply the edit's undo."""
        self._document.apply(self._change.undo)
        self._applied = False


def push_edit(stack: QUndoStack, document: PolicyDocument, edit: Edit,
              text: str | None = None) -> Change:
    """Apply ``edit`` (raising :class:`~app.domain.edits.EditError` if refused) and record it."""
    change = document.apply(edit)
    stack.push(EditCommand(document, edit, change, text))
    return change
