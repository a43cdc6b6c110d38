"""The data-flow map of a large policy is worked out by the builder process: the window goes
on meanwhile, the newest edit's map is shown (older ones dropped), a failure is said in words;
a small policy's map is redrawn at once; hostile names draw as text; families and zoom work."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from app.domain.models import Policy, UseRule
from app.storage.loader import load_bytes
from app.ui import builder
from app.ui.bridge import DocumentBridge
from app.ui.views.flow import view as flow_view
from app.ui.views.flow.layout import NODE_W, map_of
from app.ui.views.flow.view import FlowView
from app.ui.views.timeline import export
from app.validation.snapshot import SnapshotCache
from tests.ui.test_flow_large import sized_policy


@pytest.fixture(scope="module")
def medium() -> Policy:
    return sized_policy()


@pytest.fixture
def through_builder(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Every policy's map is worked out by the builder process; it is stopped afterwards."""
    monkeypatch.setattr(builder, "PROCESS_ABOVE", 0)
    yield
    builder.stop_builder()


def shown_view(qtbot, policy: Policy) -> FlowView:  # type: ignore[no-untyped-def]
    view = FlowView(DocumentBridge(policy.model_copy(deep=True), "flow.policy.yaml"))
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    return view


def settled(qtbot, view: FlowView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)


def texts(view: FlowView) -> list[str]:
    return [i.text() for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_the_builder_lays_out_the_same_map_as_the_window(medium: Policy,
                                                         through_builder) -> None:  # type: ignore[no-untyped-def]
    snapshot = SnapshotCache().snapshot(medium)
    assert builder.call(map_of, snapshot, frozenset()) == map_of(medium)
    assert builder._processes[0].pid  # it was the builder process
    again = builder.call(map_of, snapshot, frozenset({("categories", "area01")}))
    assert again == map_of(medium, frozenset({("categories", "area01")}))


def test_a_large_policys_map_updates_after_an_edit_without_waiting_for_it(  # type: ignore[no-untyped-def]
        qtbot, medium: Policy, through_builder) -> None:
    view = shown_view(qtbot, medium)
    assert view.busy and view.status.text() == flow_view.UPDATING  # not drawn on the spot
    settled(qtbot, view)
    recipient = view.flow.columns["recipients"][0]
    assert view.nodes and view.status.text() == ""
    view.bridge.set_field("recipients", recipient.id, "name", "Renamed receiver")
    assert view.busy  # the edit returned before the map was worked out
    assert "Renamed receiver" not in texts(view)
    settled(qtbot, view)
    assert "Renamed receiver" in texts(view)
    assert view.flow.node(*recipient.key).title == "Renamed receiver"


def test_a_map_overtaken_by_an_edit_is_dropped_and_the_newest_shown(  # type: ignore[no-untyped-def]
        qtbot, medium: Policy, through_builder) -> None:
    view = shown_view(qtbot, medium)
    settled(qtbot, view)
    recipient = view.flow.columns["recipients"][0].id
    drawn: list[object] = []
    dropped: list[object] = []
    view.runner.published.connect(drawn.append)
    view.runner.dropped.connect(lambda: dropped.append(True))
    view.bridge.set_field("recipients", recipient, "name", "First name")
    view.bridge.set_field("recipients", recipient, "name", "Second name")
    settled(qtbot, view)
    assert dropped and len(drawn) == 1
    assert "Second name" in texts(view) and "First name" not in texts(view)


def test_a_failure_in_the_builder_is_said_in_words(  # type: ignore[no-untyped-def]
        qtbot, medium: Policy, through_builder) -> None:
    view = shown_view(qtbot, medium)
    settled(qtbot, view)
    broken = UseRule.model_construct(id="broken", categories=5, purposes=["p"],
                                     recipients=[], subjects=[], regions=[])
    view.bridge.document.policy.rules.append(broken)  # a rule no edit could make
    view.bridge.reset.emit()
    settled(qtbot, view)
    assert view.status.text().startswith(flow_view.FAILED + ": ")
    assert "Error" in view.status.text()
    assert any(t.startswith(flow_view.FAILED) for t in texts(view)) and not view.nodes
    view.bridge.document.policy.rules.pop()
    view.bridge.reset.emit()
    settled(qtbot, view)  # the next edit draws the map again
    assert view.nodes and view.status.text() == ""


def test_a_small_policys_map_is_redrawn_at_once(qtbot, medium: Policy) -> None:  # type: ignore[no-untyped-def]
    assert not builder.is_large(medium)
    view = shown_view(qtbot, medium)
    assert not view.busy and view.nodes  # drawn while being shown
    recipient = view.flow.columns["recipients"][0]
    view.bridge.set_field("recipients", recipient.id, "name", "Renamed at once")
    assert not view.busy and "Renamed at once" in texts(view)  # no event loop needed


HOSTILE = "\n".join([
    "format_version: 2", "policy: {id: hostile, title: Hostile names}",
    "categories:",
    "  - {id: long, name: '" + "Very long name " * 300 + "'}",
    "  - {id: bidi, name: \"\\u202Eevil.exe \\u202Bmixed\"}",
    "purposes:",
    "  - {id: html, name: '<b>bold</b><img src=\"x\"><a href=\"y\">link</a>'}",
    "recipients:",
    "  - {id: amp, name: 'A & B <script>alert(1)</script>', kind: third_party, country: US}",
    "rules:",
    "  - {id: r1, effect: allow, categories: [long, bidi], purposes: [html], recipients: [amp]}",
])


def test_hostile_names_draw_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot, load_bytes(HOSTILE.encode(), "hostile.policy.yaml").policy)
    assert len(view.nodes) == 4
    for key, box in view.nodes.items():
        labels = [c for c in box.childItems() if isinstance(c, QGraphicsSimpleTextItem)]
        assert labels and all(label.boundingRect().width() < NODE_W for label in labels), key
        assert "<img" not in box.toolTip() and "<script" not in box.toolTip()
    assert "&lt;img" in view.nodes[("purposes", "html")].toolTip()
    edge = view.edges[(("categories", "bidi"), ("purposes", "html"))]
    words = view.edge_text(edge)
    assert "\u2068\u202eevil.exe \u202bmixed\u2069 \u2192 \u2068<b>bold" in words  # isolated
    image = QImage(1400, 900, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.scene.render(painter, QRectF(image.rect()), view.scene.sceneRect())
    painter.end()
    # the edge's tooltip, pointed at halfway along it, says it as text
    middle = view.canvas.mapFromScene((edge.start[0] + edge.end[0]) / 2,
                                      (edge.start[1] + edge.end[1]) / 2)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, middle, view.canvas.viewport().mapToGlobal(middle))
    shown: list[str] = []
    original = flow_view.QToolTip.showText
    flow_view.QToolTip.showText = lambda _at, text, *_args: shown.append(text)  # type: ignore[method-assign]
    try:
        QApplication.sendEvent(view.canvas.viewport(), event)
    finally:
        flow_view.QToolTip.showText = original  # type: ignore[method-assign]
    assert shown and "&lt;b&gt;bold" in shown[0] and "<b>" not in shown[0]


def test_families_zoom_and_expand_on_a_map_from_the_builder(  # type: ignore[no-untyped-def]
        qtbot, medium: Policy, through_builder) -> None:
    view = shown_view(qtbot, medium)
    settled(qtbot, view)
    assert view.flow.grouped and view.flow.purposes_grouped
    family = view.flow.columns["categories"][2]
    view.set_current(view.targets.index(view.nodes[family.key]))
    assert view.expand(family.key)
    settled(qtbot, view)
    inside = [n for n in view.flow.columns["categories"] if n.within == family.group]
    assert inside and sorted(m for n in inside for m in n.members) == sorted(family.members)
    assert view.node_of(view.current_target()).within == family.group  # landed in it
    view.zoom(flow_view.ZOOM_STEP)
    assert view.scale == pytest.approx(flow_view.ZOOM_STEP)
    view.fit()
    visible = view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(view.scene.sceneRect())
    assert view.collapse()
    settled(qtbot, view)
    assert view.current_target() == family.key and not view.expanded


def test_an_export_waits_for_the_map_of_the_policy_as_it_is_now(  # type: ignore[no-untyped-def]
        qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch, medium: Policy,
        through_builder) -> None:
    view = shown_view(qtbot, medium)
    settled(qtbot, view)
    recipient = view.flow.columns["recipients"][0].id
    view.bridge.set_field("recipients", recipient, "name", "Exported receiver")
    assert view.busy
    target = tmp_path / "flow.svg"
    monkeypatch.setattr(export, "ask_export_path", lambda *_args: str(target))
    assert view.export("svg") == str(target)
    assert "Exported receiver" in " ".join(ET.parse(target).getroot().itertext())
