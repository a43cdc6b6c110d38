"""The use matrix in words: partly allowed cells say in-house, shared with n, or k of n
subjects (as ``decide`` answers); filters and legend share one row; details only on selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.domain import matrix as c
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.paths import EXAMPLES
from app.storage.resources import region_catalogue
from app.ui.views.matrix.view import MatrixView
from tests.domain.test_matrix_spread import expected_words
from tests.ui.test_matrix_glance import shown

EXAMPLE = (EXAMPLES / "northwind-outfitters.policy.yaml").read_bytes()


def test_partly_allowed_cells_say_whom_and_with_whom_as_decide_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, (1400, 900), EXAMPLE)
    policy = view.bridge.policy
    engine = DecisionEngine(policy, region_catalogue())
    internal = {r.id for r in policy.recipients if r.kind == "internal"}
    subjects = tuple(s.id for s in policy.subjects)
    recipients = (None, *(r.id for r in policy.recipients))
    model = view.model
    texts = set()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            text = index.data()
            texts.add(text)
            entry_row, entry_col = model.row_entry(row), model.col_entry(col)
            if entry_row.summary or entry_col.summary or text.startswith(("✓", "✗", "·")):
                continue
            answers = {(s, r): engine.decide(Request(entry_row.id, entry_col.id, s, r, None,
                                                     ConsentState.GRANTED)).allowed
                       for s in subjects for r in recipients}
            assert 0 < sum(answers.values()) < len(answers), text
            assert text == expected_words(answers, subjects, recipients, internal)
    assert "in-house" in texts and c.SHORT_TEXT[c.SOME] not in texts
    assert any(t.startswith("shared with") for t in texts)
    assert any(t.endswith(f"of {len(subjects)} subjects") for t in texts)


def test_narrow_columns_keep_a_brief_reach_mark(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    for _ in range(6):
        qtbot.keyClick(table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.model.compact
    assert view.model.index_of("location.precise", "support").data() == "1/2"


def test_filters_and_legend_share_one_row_in_the_window_at_1400(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from app.ui.app import open_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(str(EXAMPLES / "northwind-outfitters.policy.yaml"), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.show_view(window.matrix.view)
    qtbot.wait(50)
    view = window.matrix.view
    legend, subject = view.legend, view.filters.combos["subject"]
    top = legend.mapTo(view, legend.rect().topLeft())
    combo = subject.mapTo(view, subject.rect().topLeft())
    assert abs(legend.mapTo(view, legend.rect().center()).y()
               - subject.mapTo(view, subject.rect().center()).y()) <= 6
    assert top.x() > combo.x() and legend.mapTo(view, legend.rect().topRight()).x() <= view.width()
    assert legend.geometry().bottom() < view.table.mapTo(view, view.table.rect().topLeft()).y() \
        or legend.mapTo(view, legend.rect().bottomLeft()).y() < \
        view.table.mapTo(view, view.table.rect().topLeft()).y()
    assert len(legend.swatches) == 4 and all(s.isVisible() for s in legend.swatches.values())
    view.filters.set_value("recipient", None)  # a longer choice widens its combo
    qtbot.wait(20)
    combo = view.filters.combos["recipient"]
    assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.currentText()) + 16
    window.problems.revalidator.wait()


def test_the_legend_explains_every_cell_word_on_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.domain.matrix_reach import KINDS

    view = shown(qtbot, (1400, 900), EXAMPLE)
    assert set(view.legend.kinds) == set(KINDS)
    for sample in view.legend.kinds.values():
        assert sample.parentWidget().toolTip()
    assert view.legend.words_button.isVisible()
    assert "in-house" in view.legend.words_button.toolTip()


def click(qtbot, view: MatrixView, category: str, purpose: str) -> None:  # type: ignore[no-untyped-def]
    index = view.model.index_of(category, purpose)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_details_pane_shows_only_while_a_cell_is_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, (1400, 900))
    assert not view.details_area.isVisible()
    width = view.table.width()
    click(qtbot, view, "location.precise", "support")
    qtbot.waitUntil(view.details_area.isVisible)
    assert "Customers" in view.details.who.text()
    assert view.details.state.text() == "Allowed for some: 1 of 2 subjects"  # as the cell says
    qtbot.waitUntil(lambda: view.table.width() < width)  # the pane takes room beside it
    view.table.selectionModel().clearSelection()
    qtbot.waitUntil(lambda: not view.details_area.isVisible())
    click(qtbot, view, "contact.email", "support")
    qtbot.waitUntil(view.details_area.isVisible)
    view.table.selectionModel().select(view.table.currentIndex(),
                                       QItemSelectionModel.SelectionFlag.Deselect)
    QApplication.processEvents()
    assert not view.details_area.isVisible()
