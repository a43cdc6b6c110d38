"""The use matrix model: structure, every decision kind, filters, folding, sync, colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from app.domain import matrix as c
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.matrix_axis import Axis
from app.storage.loader import load_bytes
from app.ui.bridge import DocumentBridge
from app.ui.views.matrix.colours import BAND_COLOURS, band_background, contrast
from app.ui.views.matrix.details import RulesModel
from app.ui.views.matrix.model import CellRole, MatrixModel

MATRIX_POLICY = b"""\
format_version: 1
policy:
  id: matrix_test
categories:
  - {id: contact, name: Contact details}
  - {id: contact.email, name: Email address, tags: [contact, identifier]}
  - {id: contact.phone, name: Phone number}
  - {id: location.precise, name: Precise location, tags: [precise_location]}
subjects:
  - {id: customer, name: Customers}
  - {id: child, name: Children, children: true}
recipients:
  - {id: adnet, name: Ad network, kind: third_party}
purposes:
  - {id: marketing, name: Marketing, kind: marketing}
  - {id: marketing.newsletter, name: Newsletter, kind: marketing, consent: opt_in}
  - {id: analytics, name: Analytics, kind: analytics, consent: opt_out}
  - {id: support, name: Support, kind: essential}
rules:
  - {id: newsletter_email, categories: [contact.email], purposes: [marketing.newsletter]}
  - {id: analytics_contact, categories: [contact], purposes: [analytics]}
  - {id: support_all, categories: [contact], purposes: [support], obligations: [encrypt]}
  - {id: no_location_ads, effect: deny, categories: [location], purposes: [marketing]}
  - {id: eu_phone_marketing, categories: [contact.phone], purposes: [marketing], regions: [eu]}
  - {id: customer_location, categories: [location.precise], purposes: [support],
     subjects: [customer]}
"""


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
    model.set_filters(c.Filters(consent="unknown"))
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
    assert state(model, "location.precise", "support") == c.NO_RULE
    model.set_filters(c.Filters(subject="customer"))
    assert state(model, "location.precise", "support") == c.ALLOWED
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


def test_axis_folding_rules() -> None:
    axis = Axis(["a.b.c", "a", "d"], {"a": "A"})
    assert [e.id for e in axis.entries] == ["a", "a.b", "a.b.c", "d"]
    assert axis.group_of("a.b.c") == "a.b" and axis.group_of("d") is None
    assert axis.set_collapsed("a", True) and not axis.set_collapsed("a", True)
    assert not axis.set_collapsed("d", True)
    assert [e.id for e in axis.entries] == ["a", "d"]
    assert set(axis.entries[0].members) == {"a", "a.b.c"} and axis.label("a") == "A"
    assert axis.position("a.b.c") == 0 and axis.label("a.b") == "b"


@pytest.mark.parametrize("base", ["#ffffff", "#f0f0f0", "#1e1e1e", "#2b2b2b"])
def test_band_colours_keep_the_palette_text_readable(base: str) -> None:
    palette = QPalette()
    dark = QColor(base).lightness() < 128
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    text = QColor("#f0f0f0" if dark else "#111111")
    for band in BAND_COLOURS:
        assert contrast(band_background(band, palette), text) >= 4.5, band
