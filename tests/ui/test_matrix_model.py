"""The use matrix model: structure, every decision kind, filters, folding, sync, colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from app.domain import matrix as c
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.storage.loader import load_bytes
from app.ui.bridge import DocumentBridge
from app.ui.views.matrix.colours import BAND_COLOURS, band_background, contrast
from app.ui.views.matrix.details import RulesModel
from app.ui.views.matrix.model import CellRole, MatrixModel
from tests.domain.test_matrix import MATRIX_POLICY


@pytest.fixture
def mbridge(qapp) -> DocumentBridge:  # type: ignore[no-untyped-def]
    loaded = load_bytes(MATRIX_POLICY, "matrix.policy.yaml")
    return DocumentBridge(loaded.policy, "matrix.policy.yaml", MATRIX_POLICY.decode())


@pytest.fixture
def model(mbridge: DocumentBridge) -> MatrixModel:
    return MatrixModel(mbridge)


def state(model: MatrixModel, category: str, purpose: str) -> str:
    index = model.index_of(category, purpose)
    assert index.isValid()
    return index.data(CellRole).state


def test_models_pass_the_model_tester(qtmodeltester, model: MatrixModel,
                                      mbridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    model.set_collapsed(Qt.Orientation.Vertical, "contact", True)
    qtmodeltester.check(model)
    rules = RulesModel()
    rules.set_rules(mbridge.policy.rules)
    qtmodeltester.check(rules)


def test_rows_are_a_tree_with_undeclared_groups_and_columns_are_purposes(
        model: MatrixModel) -> None:
    assert [e.id for e in model.rows.entries] == [
        "contact", "contact.email", "contact.phone", "location", "location.precise"]
    location = model.row_entry(3)
    assert not location.declared and location.members == ("location.precise",)
    assert [e.id for e in model.cols.entries] == [
        "marketing", "marketing.newsletter", "analytics", "support"]
    header = model.headerData(0, Qt.Orientation.Vertical)
    assert header.startswith("▾ ") and "Contact details" in header
    assert "opt-in" in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_each_decision_kind_has_its_own_cell_state(model: MatrixModel) -> None:
    assert state(model, "contact.email", "marketing.newsletter") == c.WITH_CONSENT
    assert state(model, "contact.email", "analytics") == c.UNLESS_OPTED_OUT
    assert state(model, "contact.email", "support") == c.ALLOWED
    assert state(model, "location.precise", "marketing") == c.DENIED
    assert state(model, "contact", "marketing") == c.NO_RULE
    index = model.index_of("contact.email", "support")
    assert index.data() == c.SHORT_TEXT[c.ALLOWED]
    assert "Allowed" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index_of("contact", "marketing").data(Qt.ItemDataRole.BackgroundRole) is None
    model.set_filters(c.Filters(consent="denied"))
    assert state(model, "contact.email", "marketing.newsletter") == c.CONSENT_MISSING
    assert state(model, "contact.email", "analytics") == c.OPTED_OUT


def test_cells_agree_with_the_decision_engine(model: MatrixModel,
                                              mbridge: DocumentBridge) -> None:
    engine = DecisionEngine(mbridge.policy)
    model.set_filters(c.Filters(subject=None, recipient=None, consent="unknown"))
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            r, p = model.row_entry(row), model.col_entry(col)
            if r.summary or p.summary:
                continue
            cell = model.index(row, col).data(CellRole)
            expected = engine.decide(Request(r.id, p.id, consent=ConsentState.UNKNOWN))
            assert cell.decision == expected


def test_filters_change_cells(model: MatrixModel, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert state(model, "contact.phone", "marketing") == c.NO_RULE
    with qtbot.waitSignal(model.dataChanged):
        model.set_filters(c.Filters(region="eu"))
    assert state(model, "contact.phone", "marketing") == c.ALLOWED
    assert state(model, "location.precise", "support") == c.SOME  # customers only
    model.set_filters(c.Filters(subject=None))
    assert state(model, "location.precise", "support") == c.NO_RULE
    model.set_filters(c.Filters(subject="customer"))
    assert state(model, "location.precise", "support") == c.ALLOWED
    model.set_filters(c.Filters(subject="customer", recipient=None))
    before = model.index_of("contact.email", "support").data(CellRole).score.value
    model.set_filters(c.Filters(subject="child", recipient="adnet"))
    after = model.index_of("contact.email", "support").data(CellRole).score.value
    assert after > before


def test_collapsed_groups_summarise_their_pairs(model: MatrixModel) -> None:
    assert model.set_collapsed(Qt.Orientation.Horizontal, "marketing", True)
    assert [e.id for e in model.cols.entries] == ["marketing", "analytics", "support"]
    assert state(model, "location.precise", "marketing") == c.DENIED
    mixed = model.index_of("contact.email", "marketing").data(CellRole)
    assert mixed.state == c.MIXED
    model.set_collapsed(Qt.Orientation.Vertical, "contact", True)
    uniform = model.index_of("contact", "support").data(CellRole)
    assert uniform.state == c.ALLOWED and uniform.pairs == 3
    assert "3 pairs" in model.index_of("contact", "support").data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of("contact.phone", "analytics") == model.index_of("contact", "analytics")
    model.set_all_collapsed(False)
    assert len(model.rows) == 5 and len(model.cols) == 4


def test_an_edit_elsewhere_updates_the_cell(model: MatrixModel, mbridge: DocumentBridge,
                                            qtbot) -> None:  # type: ignore[no-untyped-def]
    assert state(model, "contact.email", "analytics") == c.UNLESS_OPTED_OUT
    with qtbot.waitSignal(model.dataChanged):
        mbridge.set_field("purposes", "analytics", "consent", "opt_in")
    assert state(model, "contact.email", "analytics") == c.WITH_CONSENT
    mbridge.undo_stack.undo()
    assert state(model, "contact.email", "analytics") == c.UNLESS_OPTED_OUT
    with qtbot.waitSignal(model.modelReset):
        mbridge.document.rename("categories", "contact.phone", "contact.mobile")
    assert model.rows.position("contact.mobile") == 2
    with qtbot.waitSignal(model.modelReset):
        mbridge.replace(load_bytes(MATRIX_POLICY, "x.yaml").policy, None, None)
    assert [e.id for e in model.rows.entries][2] == "contact.phone"


@pytest.mark.parametrize("base", ["#ffffff", "#f0f0f0", "#1e1e1e", "#2b2b2b"])
def test_band_colours_keep_the_palette_text_readable(base: str) -> None:
    palette = QPalette()
    dark = QColor(base).lightness() < 128
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    text = QColor("#f0f0f0" if dark else "#111111")
    for band in BAND_COLOURS:
        assert contrast(band_background(band, palette), text) >= 4.5, band
