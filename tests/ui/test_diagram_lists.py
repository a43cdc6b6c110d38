"""The diagrams for someone who cannot see them: the timeline and the flow map say everything
they draw in a list read by a screen reader and used from the keyboard; the use matrix's cells
tell assistive technology what their colours and marks show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from app.domain.sections import RETENTION
from app.ui.main_window import MainWindow
from app.ui.screenshots import settle
from app.ui.views.timeline.canvas import DESCRIPTION, DiagramView
from app.ui.views.timeline.listing import HEADERS


def shown(window: MainWindow, view: DiagramView) -> DiagramView:
    window.views.setCurrentWidget(view)
    settle(window)
    assert view.targets, "the example draws something"
    return view


def listed_text(view: DiagramView) -> list[str]:
    """Each row of the list as the model gives it, cells joined."""
    model = view.listing.model()
    return [" | ".join(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def drawn_words(view: DiagramView, below: float = float("-inf")) -> list[str]:
    """The texts drawn in the scene under ``below`` (elided ones cut at the ellipsis)."""
    words = []
    for item in view.scene.items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.sceneBoundingRect().top() >= below:
            text = item.text().split("\u2026")[0].strip()
            if text:
                words.append(text)
    return words


def missing(view: DiagramView, below: float = float("-inf")) -> list[str]:
    """What the diagram draws or says on a target that no row of its list says."""
    view.show_list(True)
    rows = listed_text(view)
    said = [str(t.data(DESCRIPTION)) for t in view.targets] + drawn_words(view, below)
    return [words for words in said if not any(words in row for row in rows)]


def test_the_timeline_list_says_every_name_bar_and_gap_drawn(example: MainWindow) -> None:
    view = shown(example, example.timeline)
    assert len(view.listed) >= len(view.targets)
    assert not missing(view, below=view._top - 4), missing(view, below=view._top - 4)[:5]
    kinds = {entry.kind for entry in view.listed}
    assert {"Data category", "Retention rule"} <= kinds
    rules = {entry.target[1] for entry in view.listed if entry.kind == "Retention rule"}
    assert rules == {bar.data(2) for bar in view.bars() if bar.data(2) != "gap"}


def test_the_flow_list_says_every_box_and_connection(example: MainWindow) -> None:
    view = shown(example, example.flow)
    assert not missing(view), missing(view)[:5]
    rows = listed_text(view)  # shown by missing()
    for line in view.edges.values():
        assert any(view.edge_text(line) in row for row in rows), view.edge_text(line)
    assert sum(row.startswith("Connection") for row in rows) == len(view.edges)


@pytest.mark.parametrize("name", ["timeline", "flow"])
def test_the_list_is_read_by_assistive_technology_and_used_from_the_keyboard(
        example: MainWindow, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    view = shown(example, getattr(example, name))
    example.show()
    example.activateWindow()
    qtbot.waitUntil(example.isActiveWindow, timeout=5000)  # a shortcut reaches the active one
    example.show_view(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.list_action.isChecked() and view.listing.isVisible()
    qtbot.waitUntil(view.listing.hasFocus)
    table = QAccessible.queryAccessibleInterface(view.listing)
    assert table.text(QAccessible.Text.Name) == f"{view.TITLE} as a list"
    names = {table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())}
    first = view.listed[0]
    assert f"{HEADERS[3]}: {first.words}" in names
    target = next(e for e in view.listed if e.target and e.target[0] in (RETENTION, "recipients"))
    for _ in range(view.listed.index(target)):
        qtbot.keyClick(view.listing, Qt.Key.Key_Down)
    qtbot.keyClick(view.listing, Qt.Key.Key_Return)
    assert example.views.currentWidget() is example.editors
    assert (example.editors.section, example.editors.item_id) == target.target
    example.views.setCurrentWidget(view)
    qtbot.keyClick(view.listing, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not view.list_action.isChecked() and view.canvas.isVisible()


def test_the_flow_list_expands_a_family_as_the_map_does(example: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(example, example.flow)
    view.show_list(True)
    family = next(e for e in view.listed if e.kind.endswith("family"))
    view.listing.setCurrentIndex(view.listing.model().index(view.listed.index(family), 0))
    qtbot.keyClick(view.listing, Qt.Key.Key_Return)
    assert family.target in view.expanded
    assert not any(e.kind.endswith("family") and e.target == family.target for e in view.listed)
    assert any(e.target is not None and e.target[1].startswith(family.target[1] + ".")
               for e in view.listed)


def test_every_matrix_cell_tells_assistive_technology_what_it_shows(example: MainWindow) -> None:
    example.views.setCurrentWidget(example.matrix.view)
    settle(example)
    table_view = example.matrix.view.table
    model = table_view.model()
    table = QAccessible.queryAccessibleInterface(table_view)
    names = {table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())}
    assert model.rowCount() > 5 and model.columnCount() > 5
    for row in range(model.rowCount()):
        heading = model.headerData(row, Qt.Orientation.Vertical).strip(" ▸▾")
        for column in range(model.columnCount()):
            index = model.index(row, column)
            said = index.data(Qt.ItemDataRole.AccessibleTextRole)
            assert said in names  # what the screen reader gets for the cell
            assert said.startswith(heading)  # names the row
            state = model.cell(index).state
            from app.domain.matrix import STATE_TEXT

            assert STATE_TEXT[state] in said  # says what the mark and colour say
            if model.cell(index).band:
                assert f"{model.cell(index).band} intrusiveness" in said


def test_an_empty_diagram_says_in_its_list_what_it_draws(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.paths import TEMPLATES
    from app.ui.app import open_window

    window = open_window(str(TEMPLATES / "blank.policy.yaml"))
    qtbot.addWidget(window)
    window.show()
    for view in (window.timeline, window.flow):
        window.views.setCurrentWidget(view)
        settle(window)
        drawn = " ".join(" ".join(drawn_words(view)).split())
        notes = [e.words for e in view.listed if e.kind == "Note"]
        assert len(notes) == 1 and " ".join(notes[0].split()) in drawn, (notes, drawn)


def test_the_list_model_passes_the_model_tester(example: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = shown(example, example.timeline)
    view.show_list(True)
    qtmodeltester.check(view.listing.model())


def test_each_diagram_s_toolbar_is_made_before_the_actions_it_shows(example: MainWindow) -> None:
    """Qt destroys children in the order they were made; an action destroyed while a toolbar
    showing it still stands made the window's teardown crash about one exit in two."""
    views = example.findChildren(DiagramView)
    assert len(views) >= 2  # the timeline and the data-flow map
    for view in views:
        children = view.children()
        for action in view.toolbar.actions():
            if action.parent() is view:
                assert children.index(view.toolbar) < children.index(action), action.text()
