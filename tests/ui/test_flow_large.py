"""The data-flow map of a large policy: families of categories and purposes, whose edges say
allowed only what decide allows; expand and collapse; zoom; a useful empty state."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.flow import build_flow
from app.domain.models import Metadata, Policy
from app.storage.loader import load_bytes
from app.storage.resources import region_catalogue
from app.ui.bridge import DocumentBridge
from app.ui.views.flow import view as flow_view
from app.ui.views.flow.view import FlowView

SIZES = {"categories": 400, "purposes": 60, "subjects": 5, "recipients": 10, "rules": 400,
         "retention": 20}


def sized_policy(sizes: dict[str, int] = SIZES) -> Policy:
    """The benchmark's generated policy, at ``sizes``."""
    from bench import generate

    kept = dict(generate.SIZES)
    generate.SIZES.update(sizes)
    try:
        return load_bytes(generate.generate().encode(), "large.policy.yaml").policy
    finally:
        generate.SIZES.clear()
        generate.SIZES.update(kept)


@pytest.fixture(scope="module")
def large() -> Policy:
    return sized_policy()


def allowed_somehow(engine: DecisionEngine, policy: Policy, rule_id: str, category: str,
                    purpose: str) -> bool:
    """Whether decide allows ``category`` for ``purpose`` on some request rule_id could cover."""
    rule = next(r for r in policy.rules if r.id == rule_id)
    recipients = [r for r in rule.recipients if r != "*"] or [None] + [
        r.id for r in policy.recipients]
    for subject, recipient, region in itertools.product(
            rule.subjects or [None], recipients, rule.regions or [None]):
        request = Request(category, purpose, subject, recipient, region, ConsentState.GRANTED)
        if engine.decide(request).allowed:
            return True
    return False


def test_families_and_their_edges_say_allowed_only_what_decide_allows(large: Policy) -> None:
    regions = region_catalogue()
    flow = build_flow(large, regions=regions)
    assert flow.grouped and flow.purposes_grouped
    categories, purposes = flow.columns["categories"], flow.columns["purposes"]
    assert all(n.group is not None for n in categories) and len(categories) <= 20
    assert all(n.group is not None for n in purposes) and len(purposes) <= 6
    assert {n.title.split(" (")[0] for n in categories} <= {c.name for c in large.categories}
    engine = DecisionEngine(large, regions)
    nodes = {n.key: n for n in categories + purposes}
    checked = 0
    for (source, target), rules in flow.edges.items():
        if source[0] != "categories":
            continue
        members = itertools.product(nodes[source].members, nodes[target].members)
        assert any(allowed_somehow(engine, large, rule, c, p)
                   for c, p in members for rule in rules[:3]), (source, target)
        checked += 1
    assert checked > 20


def test_an_expanded_family_shows_its_next_level(large: Policy) -> None:
    flat = build_flow(large, regions=region_catalogue())
    family = flat.columns["categories"][3]
    assert family.group is not None and "." not in family.group
    opened = build_flow(large, regions=region_catalogue(),
                        expanded=frozenset({("categories", family.group)}))
    inside = [n for n in opened.columns["categories"] if n.within == family.group]
    assert inside and all(n.id.startswith(family.group + ".") for n in inside)
    assert sorted(m for n in inside for m in n.members) == sorted(family.members)
    assert len(opened.columns["categories"]) == len(flat.columns["categories"]) - 1 + len(inside)
    # the edges of the family are the union of its parts' edges
    def targets(flow, keys):  # type: ignore[no-untyped-def]
        return {t for (s, t) in flow.edges if s in keys}
    assert targets(flat, {family.key}) == targets(opened, {n.key for n in inside})


@pytest.fixture
def view(qtbot, large: Policy) -> FlowView:  # type: ignore[no-untyped-def]
    bridge = DocumentBridge(large.model_copy(deep=True), "large.policy.yaml")
    shown = FlowView(bridge)
    qtbot.addWidget(shown)
    shown.resize(1024, 700)
    shown.show()
    return shown


def test_click_double_click_and_enter_expand_backspace_collapses(  # type: ignore[no-untyped-def]
        qtbot, view: FlowView) -> None:
    family = view.flow.columns["categories"][2]
    index = view.targets.index(view.nodes[family.key])
    qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.target_center(index).toPoint())
    assert view.expanded == {("categories", family.group)}  # expanded once, not twice
    inside = [n for n in view.flow.columns["categories"] if n.within == family.group]
    assert inside and all(n.members for n in inside)
    assert view.node_of(view.current_target()).within == family.group
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Backspace)
    assert not view.expanded and view.flow.node(*family.key).group == family.group
    assert view.current_target() == family.key
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert ("categories", family.group) in view.expanded
    menu = view.context_menu(QPoint(0, 0))
    texts = [a.text() for a in menu.actions()]
    menu.close()
    assert f"Collapse {family.group}" in texts and "Open in editor" in texts
    view.collapse_all()
    assert not view.expanded
    view.set_current(view.targets.index(view.nodes[family.key]))
    menu = view.context_menu(QPoint(0, 0))
    expand = next(a for a in menu.actions() if a.text().startswith("Expand "))
    menu.close()
    expand.trigger()
    assert ("categories", family.group) in view.expanded


def test_zoom_keys_wheel_and_fit(qtbot, view: FlowView) -> None:  # type: ignore[no-untyped-def]
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.scale == pytest.approx(flow_view.ZOOM_STEP)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale == pytest.approx(1.0)
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.canvas.viewport(), wheel)
    assert view.scale == pytest.approx(1 / flow_view.ZOOM_STEP)
    view.zoom(3)
    qtbot.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect()
    assert view.scale <= 1 and visible.adjusted(-2, -2, 2, 2).contains(view.scene.sceneRect())
    for _ in range(40):
        view.zoom(flow_view.ZOOM_STEP)
    assert view.scale == pytest.approx(flow_view.ZOOM_MAX)


def test_an_empty_map_says_what_to_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = DocumentBridge(Policy(policy=Metadata(id="empty", title="Empty")))
    shown = FlowView(bridge)
    qtbot.addWidget(shown)
    shown.show()
    texts = [i.text() for i in shown.scene.items() if hasattr(i, "text")]
    assert any("Nothing flows yet" in t and "allow" in t for t in texts)
    assert not shown.targets
