"""The retention timeline: bars per applicable rule, gaps and ties marked, clicks and keys open
rules, edits elsewhere redraw it, and it exports as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from app.domain.models import RetentionRule
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.views.timeline import export
from app.ui.views.timeline.view import GAP_COLOUR, TimelineView
from tests.domain.test_timeline_rows import DIAGRAM_POLICY


def open_diagram_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown window on the diagram test policy."""
    path = tmp_path / "diagram.policy.yaml"
    path.write_bytes(DIAGRAM_POLICY)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_diagram_window(qtbot, tmp_path)


@pytest.fixture
def view(window: MainWindow) -> TimelineView:
    window.show_view(window.timeline)
    return window.timeline


def bar_rules(view: TimelineView) -> list[str]:
    return [b.data(2) for b in view.bars()]


def test_view_draws_bars_gaps_and_ties(view: TimelineView) -> None:
    assert bar_rules(view) == ["newsletter_email", "keep_email", "gap", "location_short"]
    gap = next(b for b in view.bars() if b.data(2) == "gap")
    assert "support" in gap.toolTip() and gap.pen().color() == GAP_COLOUR
    tie = next(b for b in view.bars() if b.data(2) == "location_short")
    assert "location_long" in tie.toolTip()
    texts = [i.text() for i in view.scene.items() if hasattr(i, "text")]
    assert "Email address" in texts and "1 year" in texts and "indefinite" in texts
    assert any("no retention for: Customer support" in t for t in texts)  # by name


def test_click_on_a_bar_opens_its_rule(qtbot, window: MainWindow, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    index = view.targets.index(view.bars()[1])
    view.canvas.ensureVisible(view.targets[index])
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.target_center(index).toPoint())
    assert window.navigator.current()[:2] == ("retention", "keep_email")
    assert window.views.currentWidget() is window.editors


def test_keys_move_between_bars_and_enter_opens(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                view: TimelineView) -> None:
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.current_target() == ("categories", "contact")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.current_target() == ("retention", "newsletter_email")
    assert "newsletter" in view.canvas.accessibleDescription()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Up)
    assert view.current_target() == ("categories", "contact.email")
    qtbot.keyClick(view.canvas, Qt.Key.Key_End)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert window.navigator.current()[:2] == ("categories", "unused")


def test_edits_undo_and_reset_redraw_the_timeline(window: MainWindow, view: TimelineView) -> None:
    window.bridge.add_item("retention", RetentionRule(id="health_rule", categories=["health"],
                                                      duration="P10Y"))
    assert "health_rule" in bar_rules(view) and "gap" not in bar_rules(view)
    window.bridge.undo_stack.undo()
    assert "health_rule" not in bar_rules(view) and "gap" in bar_rules(view)
    window.bridge.replace(window.policy.model_copy(update={"retention": []}), None, None)
    assert bar_rules(view) == ["gap", "gap", "gap"]


def test_hidden_view_redraws_when_shown(window: MainWindow) -> None:
    window.show_view(window.editors)
    window.bridge.set_field("retention", "keep_email", "duration", "P5Y")
    assert window.timeline._dirty
    window.show_view(window.timeline)
    assert not window.timeline._dirty
    assert any("P5Y" in b.toolTip() or "5 years" in b.toolTip() for b in window.timeline.bars())


def test_export_png_and_svg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                            window: MainWindow, view: TimelineView) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    monkeypatch.setattr(export, "ask_export_path", lambda parent, kind, title: str(
        png if kind == "png" else svg))
    view.export_png_action.trigger()
    view.export_svg_action.trigger()
    assert png.stat().st_size > 1000 and png.read_bytes()[:4] == b"\x89PNG"
    root = ET.parse(svg).getroot()
    text = " ".join(t for t in root.itertext())
    assert "Email address" in text and "Location" in text
    menus = [a.text() for a in window.file_menu.actions()]
    assert "Export retention timeline" in menus


def test_cancelled_export_writes_nothing(monkeypatch: pytest.MonkeyPatch,
                                         view: TimelineView) -> None:
    monkeypatch.setattr(export, "ask_export_path", lambda *args: None)
    assert view.export("svg") is None


def test_text_follows_a_dark_palette(qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    window.timeline.setPalette(palette)
    window.show_view(window.timeline)
    window.timeline.rebuild()
    name = next(t for t in window.timeline.targets if t.data(0) == ("categories", "contact"))
    assert name.brush().color() == QColor("#eeeeee")
    assert window.timeline.scene.backgroundBrush().color() == QColor("#1e1e1e")


def test_an_empty_timeline_says_what_to_add(qtbot, window: MainWindow, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    def texts() -> list[str]:
        return [i.text() for i in view.scene.items() if hasattr(i, "text")]

    assert not any("No retention rules yet" in t for t in texts())
    for rule in list(window.bridge.policy.retention):
        window.bridge.apply(window.bridge.document.remove_edit("retention", rule.id))
    qtbot.waitUntil(lambda: any("No retention rules yet" in t for t in texts()), timeout=5000)
    empty = open_window(None)
    qtbot.addWidget(empty)
    empty.show()
    empty.show_view(empty.timeline)
    qtbot.waitUntil(lambda: any("No data categories yet" in i.text() for i in
                                empty.timeline.scene.items() if hasattr(i, "text")), timeout=5000)


def test_a_small_window_shows_the_whole_timeline_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """At 1024x700 the legend wraps and the columns narrow: every word is in sight."""
    from app.paths import EXAMPLES
    from app.ui.screenshots import settle

    win = open_window(str(EXAMPLES / "northwind-outfitters.policy.yaml"))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.show_view(win.timeline)
    settle(win)
    view = win.timeline
    qtbot.waitUntil(lambda: bool(view.bars()))
    assert view.canvas.horizontalScrollBar().maximum() == 0
    seen = view.canvas.viewport().rect()
    texts = {i.text(): i for i in view.scene.items() if hasattr(i, "text")}
    for words in ("ambiguous (tied rules)", "“…” criteria, no fixed period", "indefinite"):
        box = view.canvas.mapFromScene(texts[words].sceneBoundingRect()).boundingRect()
        assert seen.contains(box), (words, box, seen)
    row_texts = [t for t in texts if t.startswith("Running customer")]
    assert row_texts
    from app.domain.timeline import TICKS

    labels = [i.sceneBoundingRect() for i in view.scene.items()
              if hasattr(i, "text") and i.text() in {n for _, n in TICKS} | {"indefinite"}]
    assert len(labels) >= 4
    assert not any(a.intersects(b) for n, a in enumerate(labels) for b in labels[n + 1:])
