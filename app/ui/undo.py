"""Undo commands: every change the window makes to the document is one of these."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from app.domain.document import PolicyDocument
from app.domain.edits import Change, Edit


class EditCommand(QUndoCommand):
    """Wraps the domain edits of one user action.

    They are applied before the command is pushed, so a refused edit never reaches the stack;
    ``redo`` after an ``undo`` applies them again, in order, and ``undo`` reverses them in the
    opposite order.
    """

    def __init__(self, document: PolicyDocument, edits: Sequence[Edit],
                 changes: Sequence[Change], text: str | None = None) -> None:
        super().__init__(text or changes[0].summary)
        self._document = document
        self._edits = tuple(edits)
        self._changes = list(changes)
        self._applied = True

    @property
    def change(self) -> Change:
        """What the first edit changed (the latest application of it)."""
        return self._changes[0]

    def redo(self) -> None:
        """Apply the edits (again, after an undo; the first time they are already applied)."""
        if self._applied:
            return
        self._changes = [self._document.apply(edit) for edit in self._edits]
        self._applied = True

    def undo(self) -> None:
        """Apply the undo of each edit, last first."""
        for change in reversed(self._changes):
            self._document.apply(change.undo)
        self._applied = False

