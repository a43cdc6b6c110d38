"""The data-flow map: nodes for every used item, markings for special data, third parties and
transfers, clicks and keys open items, hover highlights edges, edits redraw it, export works."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.domain.models import UseRule
from app.ui.main_window import MainWindow
from app.ui.views.flow.view import FlowView
from app.ui.views.timeline import export
from tests.ui.test_timeline import open_diagram_window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_diagram_window(qtbot, tmp_path)


@pytest.fixture
def view(window: MainWindow) -> FlowView:
    window.show_view(window.flow)
    return window.flow


def ids(view: FlowView, section: str) -> list[str]:
    return [key[1] for key in view.nodes if key[0] == section]


def test_nodes_for_every_used_item(view: FlowView) -> None:
    assert ids(view, "categories") == ["contact.email", "health", "location"]
    assert ids(view, "purposes") == ["newsletter", "support", "ads"]
    assert ids(view, "recipients") == ["mailer", "partner"]
    assert (("categories", "contact.email"), ("purposes", "newsletter")) in view.edges
    assert (("purposes", "support"), ("recipients", "partner")) in view.edges
    edge = view.edges[(("categories", "health"), ("purposes", "support"))]
    assert edge.rules == ("health_support",) and edge.count == 1
    assert view.edge_text(edge) == (
        "\u2068Health information\u2069 \u2192 \u2068Customer support\u2069: "
        "allowed by health_support")


def test_markings_for_special_data_third_parties_and_transfers(view: FlowView) -> None:
    flow = view.flow
    assert flow.node("categories", "health").badges == ["Art. 9"]
    assert flow.node("recipients", "partner").badges == ["third party"]
    mailer = flow.node("recipients", "mailer")
    assert mailer.badges == ["US", "no safeguard"]
    assert "without a recorded safeguard" in mailer.describe()
    drawn = {i.data(2) for i in view.scene.items() if isinstance(i.data(2), str)}
    assert {"Art. 9", "third party", "US", "no safeguard"} <= drawn


def test_a_safeguard_removes_the_warning(window: MainWindow, view: FlowView) -> None:
    window.bridge.set_field("recipients", "mailer", "safeguard", "standard_contractual_clauses")
    mailer = view.flow.node("recipients", "mailer")
    assert mailer.badges == ["US"] and "standard contractual clauses" in mailer.describe()


def test_click_selects_the_item(qtbot, window: MainWindow, view: FlowView) -> None:  # type: ignore[no-untyped-def]
    index = view.targets.index(view.nodes[("recipients", "partner")])
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.target_center(index).toPoint())
    assert window.navigator.current()[:2] == ("recipients", "partner")


def test_hover_highlights_the_edges(qtbot, view: FlowView) -> None:  # type: ignore[no-untyped-def]
    index = view.targets.index(view.nodes[("purposes", "support")])
    point = view.target_center(index)
    move = QMouseEvent(QEvent.Type.MouseMove, point, view.canvas.viewport().mapToGlobal(point),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.canvas.viewport(), move)
    assert view.highlighted == ("purposes", "support")
    assert sorted(view.highlighted_edges()) == sorted([
        (("categories", "contact.email"), ("purposes", "support")),
        (("categories", "health"), ("purposes", "support")),
        (("purposes", "support"), ("recipients", "mailer")),
        (("purposes", "support"), ("recipients", "partner")),
    ])
    strong, plain = view.strong_edges, view.plain_edges
    assert strong.pen().widthF() > plain.pen().widthF()
    assert strong.path().elementCount() == 4 * len(view.highlighted_edges())  # a curve each
    assert plain.path().elementCount() == 4 * len(view.edges)


def test_keys_move_within_and_across_columns(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                             view: FlowView) -> None:
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.current_target() == ("categories", "contact.email")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.current_target() == ("categories", "health")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.current_target()[0] == "purposes"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.current_target()[0] == "recipients"
    assert view.highlighted == view.current_target()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Enter)
    assert window.navigator.current()[0] == "purposes"


def test_an_added_rule_adds_an_edge_and_undo_removes_it(window: MainWindow,
                                                         view: FlowView) -> None:
    edge = (("categories", "location"), ("purposes", "support"))
    assert edge not in view.edges
    window.bridge.add_item("rules", UseRule(id="location_support", categories=["location"],
                                            purposes=["support"]))
    assert edge in view.edges
    window.bridge.undo_stack.undo()
    assert edge not in view.edges
    window.bridge.undo_stack.redo()
    assert edge in view.edges


def test_export_png_and_svg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                            window: MainWindow, view: FlowView) -> None:
    written = {"png": tmp_path / "f.png", "svg": tmp_path / "f.svg"}
    monkeypatch.setattr(export, "ask_export_path", lambda parent, kind, title: str(
        written[kind]))
    view.export_png_action.trigger()
    view.export_svg_action.trigger()
    assert written["png"].read_bytes()[:4] == b"\x89PNG"
    text = " ".join(ET.parse(written["svg"]).getroot().itertext())
    assert "Health information" in text and "Partner GmbH" in text
    assert "Export data flow" in [a.text() for a in window.file_menu.actions()]
