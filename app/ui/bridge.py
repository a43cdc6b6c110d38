"""The Qt side of the document: one object the whole window shares.

It owns the undo stack, re-emits every domain change as a Qt signal (the single change-notice
path every view listens to), and knows the file the document came from. Every edit goes through
:meth:`DocumentBridge.apply`, which asks the workflow (:mod:`app.domain.workflow`) what to apply:
editing an approved policy returns it to draft in the same undo step.

A change says who made it: whoever asks for an edit may pass an ``initiator`` (any object,
usually the view itself), and :attr:`DocumentBridge.changed` carries it with the change, so a
view can skip refreshing in answer to its own edit. Undo and redo have no initiator: every view
refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.domain.change_words import change_words
from app.domain.document import PolicyDocument
from app.domain.edits import AddItem, Batch, Change, Edit, SetField
from app.domain.models import Item, Policy
from app.domain.sections import METADATA
from app.domain.workflow import back_to_draft, edits_to_apply
from app.storage.encoding import UTF8
from app.storage.loader import LoadedPolicy
from app.ui.undo import EditCommand


class DocumentBridge(QObject):
    """The open policy, its undo history and its file."""

    changed = Signal(object, object)
    """A :class:`~app.domain.edits.Change` was applied (by an edit, an undo or a redo), and
    who asked for it: the ``initiator`` given to :meth:`apply` (``None`` for undo and redo)."""
    reset = Signal()
    """The whole document was replaced (opened, reloaded, new)."""
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    returnedToDraft = Signal()
    """An edit of an approved policy returned it to draft (in the same undo step)."""

    def __init__(self, policy: Policy, path: str | None = None, base_text: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.document = PolicyDocument(policy)
        self._initiator: object = None
        self._unsubscribe = self.document.subscribe(self._emit)
        self.path = path
        self.base_text = base_text
        self.loaded: LoadedPolicy | None = None
        self.encoding = UTF8
        """The encoding the document's file is written in (kept from the file it came from)."""

    def _emit(self, change: Change) -> None:
        self.changed.emit(change, self._initiator)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state -------------------------------------------------------------------------------
    @property
    def policy(self) -> Policy:
        """The policy being edited."""
        return self.document.policy

    @property
    def modified(self) -> bool:
        """True when there are changes since the last save."""
        return not self.undo_stack.isClean()

    def replace(self, policy: Policy, path: str | None, base_text: str | None,
                loaded: LoadedPolicy | None = None) -> None:
        """Swap in another policy (open, new, reload); the undo history starts afresh."""
        self._unsubscribe()
        self.document = PolicyDocument(policy)
        self._unsubscribe = self.document.subscribe(self._emit)
        self.undo_stack.clear()
        self.base_text = base_text
        self.loaded = loaded
        self.encoding = loaded.encoding if loaded is not None and path else UTF8
        self.set_path(path)
        self.reset.emit()
        self.modifiedChanged.emit(False)

    def set_path(self, path: str | None) -> None:
        """Remember where the document lives."""
        self.path = path
        self.pathChanged.emit(path or "")

    def mark_saved(self, text: str) -> None:
        """The document was written as ``text``: that is the new base for round-trip saves."""
        self.base_text = text
        self.loaded = None
        self.undo_stack.setClean()

    # -- edits (always through the undo stack) ------------------------------------------------
    def apply(self, edit: Edit, text: str | None = None, initiator: object = None) -> Change:
        """Apply ``edit`` as one undo step and return what ``edit`` changed.

        The workflow adds "status: draft" to the step when ``edit`` changes an approved policy.
        Raises EditError when the edit is refused. ``initiator`` (e.g. the view asking) comes
        back with every :attr:`changed` notice of this step.
        """
        edits = edits_to_apply(self.document.policy, edit)
        self._initiator = initiator
        try:
            changes = self.document.apply_all(edits)
        finally:
            self._initiator = None
        text = text or change_words(self.document.policy, changes[0])
        if len(edits) > 1:
            text = back_to_draft(text)
        self.undo_stack.push(EditCommand(self.document, edits, changes, text))
        if len(edits) > 1:
            self.returnedToDraft.emit()
        return changes[0]

    def set_field(self, section: str, item_id: str | None, field: str, value: object,
                  initiator: object = None) -> Change:
        """One field change (``field`` dotted for nested metadata) as an undo step."""
        return self.apply(SetField(section, None if section == METADATA else item_id,
                                   tuple(field.split(".")), value), initiator=initiator)

    def add_item(self, section: str, item: Item, index: int | None = None,
                 initiator: object = None) -> Change:
        """Add an item as an undo step."""
        return self.apply(AddItem(section, item, index), initiator=initiator)

    def batch(self, edits: list[Edit], text: str, initiator: object = None) -> Change:
        """Several edits as one undo step."""
        return self.apply(Batch(tuple(edits), text), text, initiator)
