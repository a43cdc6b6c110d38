"""The use matrix at a glance: every subject and recipient at once, filters in words, legend
swatches, readable headings, fit and zoom, empty state."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.domain import matrix as c
from app.domain.models import Purpose
from app.paths import EXAMPLES
from app.storage.loader import load_bytes
from app.ui.bridge import DocumentBridge
from app.ui.views.matrix.header import PADDING, wrap
from app.ui.views.matrix.model import CellRole
from app.ui.views.matrix.table import CELL_WIDTH, ROW_HEADER_WIDTH
from app.ui.views.matrix.view import MatrixView
from tests.domain.test_matrix import MATRIX_POLICY


def make_view(qtbot, text: bytes = MATRIX_POLICY) -> MatrixView:  # type: ignore[no-untyped-def]
    loaded = load_bytes(text, "matrix.policy.yaml")
    bridge = DocumentBridge(loaded.policy, "matrix.policy.yaml", text.decode())
    view = MatrixView(bridge, lambda _t: None)
    qtbot.addWidget(view)
    return view


def combo_texts(view: MatrixView, name: str) -> list[str]:
    combo = view.filters.combos[name]
    return [combo.itemText(i) for i in range(combo.count())]


def test_by_default_every_subject_and_recipient_is_asked_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    assert view.filters.combos["subject"].currentText() == "Every subject"
    assert view.filters.combos["recipient"].currentText() == "Every recipient"
    for name in ("subject", "recipient", "region"):
        assert "Not given" not in combo_texts(view, name)
    assert "Subject not known" in combo_texts(view, "subject")
    assert "Not shared (no recipient)" in combo_texts(view, "recipient")
    assert "Not known" in combo_texts(view, "region")


def test_the_legend_is_swatches_with_short_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    labels = [re.sub("<[^>]+>", "", label.text())
              for label in view.legend.findChildren(QLabel) if label.text()]
    assert max(len(text) for text in labels) < 40, "one run-on line of marks"
    assert len(view.legend.swatches) == 4  # the intrusiveness bands
    assert set(view.legend.marks) >= {c.ALLOWED, c.SOME, c.DENIED, c.NO_RULE, c.NOT_ALLOWED}
    for state, sample in view.legend.marks.items():
        assert sample.text() == c.SHORT_TEXT[state]  # what the cells show
        assert sample.parentWidget().toolTip()  # and what it means


def shown(qtbot, size: tuple[int, int] = (1024, 700),  # type: ignore[no-untyped-def]
          text: bytes = MATRIX_POLICY) -> MatrixView:
    view = make_view(qtbot, text)
    view.resize(*size)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_selecting_a_cell_says_whom_it_is_allowed_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot)
    index = view.model.index_of("location.precise", "support")
    assert index.data() == "1 of 2 subjects"
    assert "1 of 2 subjects" in index.data(Qt.ItemDataRole.ToolTipRole)
    view.table.setCurrentIndex(index)
    assert view.details.state.text() == "Allowed for some: 1 of 2 subjects"
    whom = view.details.who.text()
    assert "<b>Customers</b>: not shared, or shared with any recipient" in whom
    assert "Not allowed for</b>: Children" in whom
    view.table.setCurrentIndex(view.model.index_of("contact.email", "support"))
    assert view.details.who.text() == ""
    assert "for every subject and recipient asked" in view.details.reason.text()


def test_keys_zoom_the_columns_and_fit_fits_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    start = table.cell_width
    assert start == CELL_WIDTH
    qtbot.keyClick(table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert table.cell_width > start
    qtbot.keyClick(table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert table.cell_width == start
    for _ in range(6):
        qtbot.keyClick(table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert table.cell_width < start and view.model.compact
    assert view.model.index_of("location.precise", "support").data() == "1/2"
    view.fit_action.trigger()
    assert table.fitting
    assert table.cell_width * view.model.columnCount() <= table.viewport().width()
    assert not view.model.compact  # four columns fit at a readable width
    view.resize(1400, 900)
    qtbot.wait(10)
    assert table.cell_width * view.model.columnCount() <= table.viewport().width()
    view.zoom_reset_action.trigger()
    assert not table.fitting and table.cell_width == start


def test_column_headings_read_in_full_with_name_and_id_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, (1400, 900), (EXAMPLES / "northwind-outfitters.policy.yaml").read_bytes())
    header = view.table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    length = header.height() - PADDING
    for column in range(view.model.columnCount()):
        text = view.model.headerData(column, Qt.Orientation.Horizontal)
        lines = wrap(text, metrics, length, header.max_lines())
        assert "…" not in "".join(lines), text
        assert " ".join(lines) == text.replace("  ", " ")
        tip = view.model.headerData(column, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole)
        entry = view.model.col_entry(column)
        assert entry.id in tip and view.model.cols.label(entry.id) in tip


def test_filters_are_not_clipped_at_1024(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot)
    for combo in view.filters.combos.values():
        assert combo.isVisible()
        right = combo.mapTo(view, combo.rect().topRight()).x()
        assert right <= view.width(), combo.accessibleName()
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() > needed + 16, combo.currentText()
    assert view.legend.geometry().bottom() <= view.height()
    assert view.legend.height() >= view.legend.heightForWidth(view.legend.width())


EMPTY = b"""\
format_version: 2
policy:
  id: empty
categories:
  - {id: contact, name: Contact details}
"""


def test_an_empty_matrix_says_what_to_add(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, text=EMPTY)
    assert view.stack.currentWidget() is view.empty
    assert "Add a purpose to see what is used for what" in view.empty.text.text()
    assert not view.details_area.isVisible() and not view.legend.isVisible()
    assert view.empty.text.height() >= view.empty.text.heightForWidth(view.empty.text.width())
    view.bridge.add_item("purposes", Purpose(id="support", name="Support"))
    assert view.stack.currentWidget() is view.table and view.legend.isVisible()
    assert view.model.rowCount() == 1 and view.model.columnCount() == 1
    view.bridge.undo_stack.undo()
    assert view.stack.currentWidget() is view.empty


def test_a_collapsed_group_of_partly_allowed_pairs_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = MATRIX_POLICY.replace(
        b"  - {id: location.precise,", b"  - {id: location.coarse, name: Area}\n"
        b"  - {id: location.precise,").replace(
        b"categories: [location.precise], purposes: [support]",
        b"categories: [location], purposes: [support]")
    view = shown(qtbot, text=text)
    view.model.set_collapsed(Qt.Orientation.Vertical, "location", True)
    index = view.model.index_of("location", "support")
    assert index.data(CellRole).pairs == 2
    assert index.data(CellRole).state == c.SOME
    view.table.setCurrentIndex(index)
    assert "Expand the group to see whom" in view.details.reason.text()
    assert not view.legend.marks[c.MIXED].parentWidget().isHidden()
    assert not view.legend.marks[c.SOME].parentWidget().isHidden()


def test_a_dark_palette_and_a_smaller_window_keep_the_matrix_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window
    from app.ui.screenshots import settle

    app = QApplication.instance()
    window = open_window(str(EXAMPLES / "northwind-outfitters.policy.yaml"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.matrix.show()
    original = app.palette()
    dark = QPalette(QColor("#303134"), QColor("#202124"))  # Qt derives light text from them
    try:
        for palette in (original, dark):  # as the screenshots are taken
            app.setPalette(palette)
            for size in ((1400, 900), (1024, 700)):
                window.resize(*size)
                settle(window)
        view = window.matrix.view
        qtbot.waitUntil(lambda: view.table.verticalHeader().width() < ROW_HEADER_WIDTH)
        assert view.legend.swatches["low"].pixmap().toImage().pixelColor(7, 7).lightness() < 128
        corner = view.table.corner
        assert corner.geometry().width() == view.table.verticalHeader().width()
    finally:
        app.setPalette(original)
