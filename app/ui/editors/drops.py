"""Dropping navigator items onto a rule form adds them to the rule's references."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.domain.edits import Edit, SetField
from app.domain.i18n import translate
from app.ui.dnd import dropped_items


class ReferenceDropMixin:
    """For rule forms: accept dragged categories, purposes, subjects or recipients.

    The form must have ``bridge``, ``section``, ``item_id`` and ``target()``, and a
    ``reference_sections`` tuple naming the reference fields it edits (which are named like
    the sections they point to).
    """

    reference_sections: tuple[str, ...] = ()

    def enable_reference_drops(self) -> None:
        """Start accepting drops."""
        self.setAcceptDrops(True)  # type: ignore[attr-defined]

    def reference_edits(self, items: list[tuple[str, str]]) -> list[Edit]:
        """The edits adding ``items`` to the shown rule (nothing for what it already has)."""
        target = self.target()  # type: ignore[attr-defined]
        if target is None:
            return []
        edits: list[Edit] = []
        for section in self.reference_sections:
            current = list(getattr(target, section))
            wanted = current + [i for s, i in items if s == section and i not in current]
            if len(wanted) > len(current):
                edits.append(SetField(self.section, self.item_id,  # type: ignore[attr-defined]
                                      (section,), list(dict.fromkeys(wanted))))
        return edits

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a drag of items this field can reference."""
        if self.reference_edits(dropped_items(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # same test as entering
        """Accept a moving drag by the same test as entering."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped items as references, as one undo step."""
        items = dropped_items(event.mimeData())
        edits = self.reference_edits(items)
        if not edits:
            event.ignore()
            return
        names = ", ".join(i for _, i in items)
        self.bridge.batch(edits, translate("editor", "Add {names} to {id}").format(  # type: ignore[attr-defined]
            names=names, id=self.item_id))
        event.setDropAction(event.proposedAction())
        event.accept()
