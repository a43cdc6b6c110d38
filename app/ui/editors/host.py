"""The central area: shows the editor for whatever the navigator has selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from app.domain.i18n import translate
from app.domain.sections import METADATA, is_section, section_title
from app.ui.bridge import DocumentBridge


class EditorHost(QStackedWidget):
    """One editor per kind of item, created on first use and reused."""

    testRequested = Signal(dict)
    """A form asks to open a request in the decision tester (keys of ``decide``)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._editors: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._placeholder = QLabel(
            translate("editor", "Select an item in the navigator to edit it."), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self.addWidget(self._placeholder)
        self.section = ""
        self.item_id: str | None = None

    def editor_for(self, section: str) -> QWidget | None:
        """The (cached) editor widget for a section, or None when there is none."""
        from app.ui.editors.registry import editor_class

        if section not in self._editors:
            cls = editor_class(section)
            if cls is None:
                return None
            editor = cls(self._bridge)
            if hasattr(editor, "testRequested"):
                editor.testRequested.connect(self.testRequested)
            scroller = QScrollArea(self)
            scroller.setWidgetResizable(True)
            scroller.setWidget(editor)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setAccessibleName(
                translate("editor", "{kind} form").format(kind=editor.kind))
            self.addWidget(scroller)
            self._editors[section] = editor
            self._pages[section] = scroller
        return self._editors[section]

    def show_item(self, section: str, item_id: str | None) -> None:
        """Show the editor for ``item_id`` in ``section`` (or a hint for a section row)."""
        self.section, self.item_id = section, item_id
        editor = self.editor_for(section) if (item_id or section == METADATA) else None
        if editor is None:
            title = translate("field", section_title(section)) if is_section(section) else ""
            self._placeholder.setText(
                translate("editor", "{section}: select an item, or add one with Edit > Add item "
                          "(Ctrl+Shift+N).").format(section=title)
                if title else translate("editor", "Select an item in the navigator to edit it."))
            self.setCurrentWidget(self._placeholder)
            return
        editor.show_item(item_id)  # type: ignore[attr-defined]
        self.setCurrentWidget(self._pages[section])

    def current_editor(self) -> QWidget | None:
        """The form shown now (None while the hint for a section or nothing is shown)."""
        editor = self._editors.get(self.section)
        if editor is None or self.currentWidget() is not self._pages.get(self.section):
            return None
        return editor

    def focus_first(self, skip: tuple[str, ...] = ()) -> bool:
        """Focus the first field of the form shown (leaving out ``skip``); False if none."""
        editor = self.current_editor()
        return editor is not None and editor.focus_first(skip) is not None  # type: ignore[attr-defined]

    def finish_editing(self) -> None:
        """Commit what is typed in the form shown but not committed yet."""
        editor = self.current_editor()
        if editor is not None and hasattr(editor, "finish_editing"):
            editor.finish_editing()

    def focus_field(self, path: tuple) -> None:
        """Put the keyboard focus on the field a document path points at."""
        editor = self._editors.get(self.section)
        if editor is not None and hasattr(editor, "focus_field"):
            editor.focus_field(path)
