"""The "Policy document" view: live preview after edits, and the export buttons."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.ui.views.document import build as document_build
from app.ui.views.document import view as document_view
from app.ui.views.document.view import DocumentView
from app.validation.runner import run_checks


def test_the_window_has_the_document_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.document_view
    assert isinstance(view, DocumentView)
    assert window.views.indexOf(view) >= 0
    window.show_view(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert "Email address" in view.text()
    assert digest(window.bridge.policy) in view.text()
    assert view.text().lstrip().startswith("DRAFT: this document is not approved")


def test_an_edit_updates_the_preview_after_a_pause(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Email address" in view.text(), timeout=3000)
    bridge.set_field("categories", "contact.email", "name", "Work email <b>x</b>")
    assert "Work email" not in view.text()  # debounced: not yet
    qtbot.waitUntil(lambda: "Work email <b>x</b>" in view.text(), timeout=3000)
    bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: "Work email" not in view.text(), timeout=3000)


def test_a_reset_rebuilds_the_preview(qtbot, bridge, ui_policy) -> None:  # type: ignore[no-untyped-def]
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    other = ui_policy.model_copy(deep=True)
    other.policy.title = "Replaced policy"
    bridge.replace(other, None, None)
    qtbot.waitUntil(lambda: "Replaced policy" in view.text(), timeout=3000)


def test_a_hidden_preview_waits_until_it_is_shown(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    assert view.text() == ""  # nothing built while hidden
    bridge.set_field("categories", "contact.email", "name", "Work email")
    qtbot.wait(400)
    assert view.text() == ""
    view.show()
    assert view.status.text() == document_view.UPDATING
    qtbot.waitUntil(lambda: "Work email" in view.text(), timeout=3000)


def test_the_scroll_position_survives_a_refresh(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=3000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    view.refresh()
    qtbot.waitUntil(lambda: not view.busy, timeout=3000)
    assert bar.value() == kept


@pytest.mark.parametrize("kind", ["html", "pdf"])
def test_export_buttons_write_files(qtbot, bridge, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    target = tmp_path / f"out.{kind}"
    asked: list[str] = []

    def fake_ask(_parent, which: str, suggested: str, *_title: str) -> str:  # type: ignore[no-untyped-def]
        asked.append(which)
        assert suggested.endswith("." + which)
        return str(target)

    monkeypatch.setattr(document_view, "ask_document_path", fake_ask)
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    button = view.export_buttons[kind]
    button.click()
    assert asked == [kind]
    data = target.read_bytes()
    if kind == "html":
        assert b"Email address" in data and digest(bridge.policy).encode() in data
    else:
        assert data.startswith(b"%PDF")


def test_a_cancelled_export_writes_nothing(qtbot, bridge, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_view, "ask_document_path", lambda *_args: None)
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    assert view.export("pdf") is None
    assert list(tmp_path.iterdir()) == []


def test_the_preview_stays_paper_coloured_in_a_dark_theme(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    """The document's own colours assume paper: in a dark palette its text must not end up
    dark grey on near black."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    for role, colour in ((QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Window, "#202124")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        view = DocumentView(bridge)
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
        image = view.browser.viewport().grab().toImage()
        corner = QColor(image.pixel(image.width() - 5, image.height() - 5))
        assert corner.lightness() > 240
    finally:
        app.setPalette(original)


def test_the_preview_states_the_errors_it_is_given_or_validates(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    given: list[int | None] = [3]
    view = DocumentView(bridge, known_errors=lambda: given[0])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Exported despite 3 error findings" in view.text(), timeout=3000)
    given[0] = None  # not known for this revision: the view validates the policy itself
    bridge.set_field("rules", bridge.policy.rules[0].id, "purposes", ["nowhere"])
    errors = sum(f.severity == "error" for f in run_checks(bridge.policy))
    assert errors
    qtbot.waitUntil(lambda: f"Exported despite {errors} error finding" in view.text(),
                    timeout=3000)


def test_the_window_preview_uses_the_problems_panel_findings(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    revalidator = window.problems.revalidator
    qtbot.waitUntil(lambda: revalidator.result is not None
                    and revalidator.is_current(revalidator.result), timeout=10_000)
    assert window.document_view.known_errors() == revalidator.result.counts()["error"]


def test_the_preview_reads_the_whole_shared_stylesheet(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    """Qt's rich text stops reading a stylesheet at a media query it does not know: the rules
    it needs (down to the notices near the end) apply, the dark-colour ones do not."""
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    colours = {}
    block = view.browser.document().begin()
    while block.isValid():
        fragment = block.begin().fragment() if not block.begin().atEnd() else None
        if fragment is not None:
            colours.setdefault(block.text()[:12], fragment.charFormat().foreground().color().name())
        block = block.next()
    assert colours["DRAFT: this "] == "#9b1c1c"  # td.draft, one of the last rules Qt reads
    title = bridge.policy.policy.title[:12]
    assert colours[title] == "#123a5e"  # h1
    assert colours["Any use not "] == "#1b1f24"  # body, not its dark colour
    assert colours["About this p"] != "#8ab8ff"  # a link, not its dark colour


def test_the_preview_is_built_off_the_gui_thread(qtbot, bridge,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    build = document_build.build_html

    def recording(policy, **options):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return build(policy, **options)

    monkeypatch.setattr(document_build, "build_html", recording)
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Email address" in view.text(), timeout=3000)
    assert threads and threading.get_ident() not in threads


def test_quick_edits_publish_only_the_latest_preview(qtbot, bridge,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    build = document_build.build_html

    def held(policy, **options):  # type: ignore[no-untyped-def]
        assert gate.wait(10)
        return build(policy, **options)

    monkeypatch.setattr(document_build, "build_html", held)
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    shown: list[str] = []
    view.runner.published.connect(lambda built: shown.append(built[0].pages[0]))
    view.show()  # the first build waits at the gate
    bridge.set_field("categories", "contact.email", "name", "First name")
    view.refresh()
    bridge.set_field("categories", "contact.email", "name", "Second name")
    view.refresh()
    assert view.status.text() == document_view.UPDATING
    gate.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    assert len(shown) == 1 and "Second name" in shown[0]
    assert "Second name" in view.text() and "First name" not in view.text()


def test_a_failing_build_is_reported_and_the_view_survives(qtbot, bridge,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    build = document_build.build_html
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "Email address" in view.text(), timeout=3000)

    def broken(_policy, **_options):  # type: ignore[no-untyped-def]
        raise RuntimeError("the template broke")

    monkeypatch.setattr(document_build, "build_html", broken)
    bridge.set_field("categories", "contact.email", "name", "Work email")
    qtbot.waitUntil(lambda: "the template broke" in view.status.text(), timeout=3000)
    assert "Email address" in view.text()  # the last good preview stays
    monkeypatch.setattr(document_build, "build_html", build)
    bridge.set_field("categories", "contact.email", "name", "Home email")
    qtbot.waitUntil(lambda: "Home email" in view.text(), timeout=3000)
    assert "rules" in view.status.text()


def test_an_export_without_a_known_count_validates_on_the_worker(  # type: ignore[no-untyped-def]
        qtbot, bridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.html"
    monkeypatch.setattr(document_view, "ask_document_path", lambda *_a: str(target))
    threads: list[int] = []
    count = document_view.error_count

    def recording(policy):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return count(policy)

    monkeypatch.setattr(document_view, "error_count", recording)
    bridge.set_field("rules", bridge.policy.rules[0].id, "purposes", ["nowhere"])
    errors = sum(f.severity == "error" for f in run_checks(bridge.policy))
    assert errors
    view = DocumentView(bridge, known_errors=lambda: None)
    qtbot.addWidget(view)
    view.export_buttons["html"].click()
    assert threads and threading.get_ident() not in threads
    assert f"Exported despite {errors} error finding" in target.read_text(encoding="utf-8")
