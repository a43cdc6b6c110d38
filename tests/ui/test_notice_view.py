"""The "Privacy notice" tab: the example's notice live, updated after an edit and its undo, its
reading ease in the status line, HTML and Markdown exports, paper in a dark palette, and a large
policy's notice built by the builder process."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.canonical import digest
from app.exporters.notice_readability import readability
from app.exporters.notice_sections import TOPICS, build_notice
from app.paths import EXAMPLES
from app.ui import builder
from app.ui.bridge import DocumentBridge
from app.ui.views.document import view as document_view
from app.ui.views.document.view import DocumentView
from app.ui.views.notice import NOTICE
from app.ui.views.notice import build as notice_build
from tests.ui.previews import example_bridge, shown

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def visible(text: str) -> str:
    """``text`` without the invisible isolates the notice puts around names."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@pytest.fixture
def example(qapp) -> DocumentBridge:  # type: ignore[no-untyped-def]
    """A bridge over the example policy, as if opened from its file."""
    return example_bridge()


@pytest.fixture
def notice(qtbot, example: DocumentBridge) -> DocumentView:  # type: ignore[no-untyped-def]
    return shown(qtbot, DocumentView(example, kind=NOTICE))


def test_the_documents_tab_shows_the_notice_when_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.document_view
    index = window.views.indexOf(view)
    assert index >= 0 and window.views.tabText(index) == "Documents"
    action = next(a for a in window.view_menu.actions() if a.text() == "Documents")
    assert action.shortcut().toString() == f"Ctrl+{index + 1}"
    action.trigger()
    assert window.views.currentWidget() is view
    qtbot.waitUntil(lambda: not view.busy and bool(view.text()), timeout=20_000)
    assert "Who receives your data and where it goes" not in view.text()  # the policy document
    titles = [view.chooser.itemText(i) for i in range(view.chooser.count())]
    assert titles[:2] == ["Policy document", "Privacy notice"]
    view.chooser.setCurrentIndex(1)  # as a click in the "Show" list does
    assert view.kind is NOTICE and set(view.export_buttons) == {"html", "md"}
    qtbot.waitUntil(lambda: not view.busy and "Who receives your data" in view.text(),
                    timeout=20_000)
    assert view.browser.accessibleName() == "Privacy notice preview"


def test_the_notice_names_every_purpose_and_section_of_the_example(
        notice: DocumentView, example: DocumentBridge) -> None:
    text = visible(notice.text())
    listed = [p for p in example.policy.purposes if p.on_behalf_of is None]
    assert len(listed) > 20
    for purpose in listed:
        assert purpose.name in text, purpose.id
    for number, (_id, title) in enumerate(TOPICS, 1):
        assert f"{number}. {title}" in text or title in text, title
    assert digest(example.policy) in text
    assert notice.browser.accessibleName() == "Privacy notice preview"
    # the skip link is for a browser, which keeps it out of sight until it has the focus
    assert "Skip to the notice" not in text


def test_the_status_says_the_reading_ease_of_both_layers(
        notice: DocumentView, example: DocumentBridge) -> None:
    found = readability(build_notice(example.policy))
    assert notice.status.text() == f"{found.line()}."
    assert "first layer" in notice.status.text() and "full notice" in notice.status.text()
    assert found.first_layer.band in notice.status.text()


def test_an_edit_and_its_undo_update_the_notice(qtbot, notice: DocumentView,  # type: ignore[no-untyped-def]
                                                example: DocumentBridge) -> None:
    purpose = example.policy.purposes[0]
    before = notice.status.text()
    example.set_field("purposes", purpose.id, "name", "Sending <b>parcels</b> & letters")
    assert example.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "Sending <b>parcels</b> & letters" in visible(notice.text()),
                    timeout=20_000)
    assert purpose.name not in visible(notice.text()).split("Sending")[0][-200:]
    qtbot.waitUntil(lambda: not notice.busy, timeout=20_000)
    after = readability(build_notice(example.policy)).line()
    assert notice.status.text() == f"{after}."
    example.undo_stack.undo()
    qtbot.waitUntil(lambda: "Sending <b>parcels</b>" not in visible(notice.text()),
                    timeout=20_000)
    assert purpose.name in visible(notice.text())
    qtbot.waitUntil(lambda: notice.status.text() == before, timeout=20_000)


@pytest.mark.parametrize(("suffix", "marker"), [("html", "<!DOCTYPE html>"),
                                                ("md", "## At a glance")])
def test_the_export_buttons_write_the_notice(qtbot, notice: DocumentView,  # type: ignore[no-untyped-def]
                                             example: DocumentBridge, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, suffix: str,
                                             marker: str) -> None:
    target = tmp_path / f"out.{suffix}"
    asked: list[tuple[str, str, str]] = []

    def fake_ask(_parent, which: str, suggested: str, title: str = "") -> str:  # type: ignore[no-untyped-def]
        asked.append((which, suggested, title))
        return str(target)

    monkeypatch.setattr(document_view, "ask_document_path", fake_ask)
    assert set(notice.export_buttons) == {"html", "md"}
    notice.export_buttons[suffix].click()
    assert asked == [(suffix, f"northwind-outfitters.notice.{suffix}", "Privacy notice")]
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith(marker) or marker in text
    assert digest(example.policy) in text
    assert "Why we use your data and on what legal basis" in text
    assert "Reading ease" not in text  # the published notice stays clean
    assert notice.status.text() == f"Wrote {target.name}"


def test_the_notice_is_paper_in_a_dark_palette(qtbot, example: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(QPalette(QColor("#303134"), QColor("#202124")))
    try:
        view = DocumentView(example, kind=NOTICE)
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
        qtbot.waitUntil(lambda: not view.busy and bool(view.text()), timeout=20_000)
        image = view.browser.viewport().grab().toImage()
        assert QColor(image.pixel(image.width() - 5, image.height() - 5)).lightness() > 240
        darkest = min(QColor(image.pixel(x, y)).lightness()
                      for x in range(0, image.width(), 3) for y in range(0, 200, 2))
        assert darkest < 100  # dark words on the white page, not light ones
    finally:
        app.setPalette(original)


def test_a_large_policys_notice_is_built_by_the_builder_process(
        example: DocumentBridge, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "PROCESS_ABOVE", 0)
    try:
        pages, summary = notice_build.build(example.policy, 2)
        assert builder._processes
    finally:
        builder.stop_builder()
    assert (pages, summary) == notice_build.preview(example.policy, 2)
    assert "Reading ease: first layer" in summary
