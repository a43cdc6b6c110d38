"""Focusing the input a document path points at (the problems panel), or the first one."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QScrollArea, QWidget

from app.ui.editors.fields import FieldEditor


class FocusMixin:
    """``focus_field`` for forms that keep ``fields`` by path and edit one item at a time."""

    section: str
    item_id: str | None
    fields: dict[tuple[str, ...], FieldEditor]
    bridge: Any

    if TYPE_CHECKING:  # provided (and documented) by the form and by QWidget
        def show_item(self, item_id: str | None) -> None: ...  # noqa: D102

        def parentWidget(self) -> QWidget | None: ...  # noqa: D102

    def focus_field(self, path: tuple) -> QWidget | None:
        """Focus the input a document path points at, e.g. ``("rules", 3, "purposes", 0)``."""
        parts = list(path)
        if parts and parts[0] == self.section:
            parts.pop(0)
        if parts and isinstance(parts[0], int) and self.section != "policy":
            items = self.bridge.document.items(self.section)
            if 0 <= parts[0] < len(items) and items[parts[0]].id != self.item_id:
                self.show_item(items[parts[0]].id)
            parts.pop(0)
        names: list[str] = []
        rest: list[Any] = []
        for part in parts:
            if isinstance(part, str) and not rest:
                names.append(part)
            else:
                rest.append(part)
        for size in range(len(names), 0, -1):
            field = self.fields.get(tuple(names[:size]))
            if field is not None:
                return self._focus(field, rest)
        first = next(iter(self.fields.values()), None)
        return self._focus(first, []) if first is not None else None

    def _focus(self, field: FieldEditor, rest: list[Any]) -> QWidget | None:
        index = rest[0] if rest and isinstance(rest[0], int) else None
        if index is not None and len(rest) > 1 and hasattr(field, "focus_cell"):
            field.focus_cell(index, str(rest[1]))
            widget: QWidget | None = field.view  # type: ignore[attr-defined]
        else:
            widget = field.focus_input(index)
        scroller = self._scroll_area()
        if scroller is not None and widget is not None:
            scroller.ensureWidgetVisible(field, 40, 60)
        return widget

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def focus_first(self, skip: Collection[str] = ()) -> QWidget | None:
        """Focus the first field that takes input, leaving out the fields named in ``skip``."""
        for path, field in self.fields.items():
            if path[0] in skip or not field.isEnabled() or field.isHidden():
                continue
            widget = field.focus_input()
            if widget is not None:
                scroller = self._scroll_area()
                if scroller is not None:
                    scroller.ensureWidgetVisible(field, 40, 60)
                return widget
        return None
