"""Region groups in the window: shown in the navigator, edited in their form, renamed with undo."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from tests.ui.test_editors_items import type_line


def _section_titles(window: MainWindow) -> list[str]:
    model = window.navigator.tree.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_region_group_is_added_edited_renamed_and_undone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    stack = window.bridge.undo_stack
    assert any(str(t).startswith("Region groups") for t in _section_titles(window))
    group_id = window.actions_.add("regions")
    assert group_id == "new_region"
    assert (window.editors.section, window.editors.item_id) == ("regions", "new_region")
    editor = window.editors.editor_for("regions")
    members = editor.fields[("members",)]
    for typed in ("de", "Austria (AT)", "ch"):
        qtbot.keyClicks(members.entry, typed)
        qtbot.keyClick(members.entry, Qt.Key.Key_Return)
    assert window.bridge.document.find("regions", "new_region").members == ["DE", "AT", "CH"]
    assert [c.label.text() for c in members.chips] == ["Germany (DE)", "Austria (AT)",
                                                      "Switzerland (CH)"]
    window.bridge.set_field("rules", "newsletter_email", "regions", ["new_region", "GB"])
    steps = stack.count()
    type_line(qtbot, editor.fields[("id",)], "dach")
    assert stack.count() == steps + 1
    assert window.bridge.document.find("rules", "newsletter_email").regions == ["dach", "GB"]
    # The rule form now offers the group by name.
    window.navigator.select("rules", "newsletter_email")
    regions = window.editors.editor_for("rules").fields[("regions",)]
    assert "dach" in [c.value for c in regions.chips]
    assert "dach" in regions.suggestions.stringList()  # unnamed: its id alone
    if os.environ.get("POLICY_STUDIO_SHOTS"):
        window.navigator.select("regions", "dach")
        window.resize(1300, 800)
        window.grab().save(os.environ["POLICY_STUDIO_SHOTS"])
    stack.undo()
    assert window.bridge.document.find("rules", "newsletter_email").regions == ["new_region",
                                                                                "GB"]
    while stack.count() and stack.index():
        stack.undo()
    assert window.bridge.document.items("regions") == []
