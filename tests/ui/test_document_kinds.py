"""The Documents tab's other documents: the record of processing, the DPIA draft and the
consent and GPC table, each previewed as its HTML export writes it and exported by its buttons."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.exporters.registry import get, run_export
from app.ui.views.document import build as document_build
from app.ui.views.document import view as document_view
from app.ui.views.document.kind import CONSENT, DPIA, POLICY_DOCUMENT, RECORD
from app.ui.views.document.view import DocumentView
from app.ui.views.notice import NOTICE
from tests.ui.previews import example_bridge, shown

KINDS = (POLICY_DOCUMENT, NOTICE, RECORD, DPIA, CONSENT)


@pytest.fixture
def view(qtbot, qapp) -> DocumentView:  # type: ignore[no-untyped-def]
    return shown(qtbot, DocumentView(example_bridge(), kinds=KINDS))


def _text_of(name: str, view: DocumentView) -> str:
    """The plain text of exporter ``name``'s HTML for the view's policy, as a browser shows it."""
    from PySide6.QtGui import QTextDocument

    result = run_export(get(name), view.bridge.policy, view.known_errors() if view.known_errors
                        else document_build.error_count(view.bridge.policy))
    document = QTextDocument()
    document.setHtml((result.data or b"").decode("utf-8"))
    return document.toPlainText()


@pytest.mark.parametrize(("kind", "html", "words"), [
    (RECORD, "art30-html", "Record of processing"),
    (DPIA, "dpia-html", "TO BE COMPLETED"),
    (CONSENT, "gpc-table-html", "Global Privacy Control"),
])
def test_each_document_is_previewed_as_its_html_export_writes_it(
        qtbot, view: DocumentView, kind, html: str, words: str) -> None:  # type: ignore[no-untyped-def]
    view.chooser.setCurrentIndex(KINDS.index(kind))
    assert view.kind is kind
    assert set(view.export_buttons) == {suffix for suffix, _ in kind.formats}
    qtbot.waitUntil(lambda: not view.busy and words.lower() in view.text().lower(),
                    timeout=30_000)
    shown = " ".join(view.text().split())
    assert digest(view.bridge.policy) in shown
    expected = " ".join(_text_of(html, view).split())
    assert shown[:400] == expected[:400]  # the first page is the export's beginning


@pytest.mark.parametrize(("kind", "suffix", "start"), [
    (RECORD, "csv", b"\xef\xbb\xbf"), (DPIA, "json", b"{"), (CONSENT, "csv", b"\xef\xbb\xbf"),
    (DPIA, "pdf", b"%PDF"),
])
def test_the_export_buttons_write_the_chosen_document(
        qtbot, view: DocumentView, tmp_path: Path, monkeypatch, kind, suffix: str,
        start: bytes) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"out.{suffix}"
    asked: list[tuple[str, str, str]] = []

    def fake_ask(_parent, which: str, suggested: str, title: str) -> str:  # type: ignore[no-untyped-def]
        asked.append((which, suggested, title))
        return str(target)

    monkeypatch.setattr(document_view, "ask_document_path", fake_ask)
    view.show_kind(kind)
    view.export_buttons[suffix].click()
    assert asked == [(suffix, f"northwind-outfitters{kind.stem}.{suffix}", kind.title)]
    data = target.read_bytes()
    assert data.startswith(start) or data.lstrip().startswith(start), data[:20]


def test_a_build_for_the_document_left_is_not_shown(qtbot, view: DocumentView,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    gate = threading.Event()
    real = document_build.exported

    def slow(name, policy, errors):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(name, policy, errors)

    monkeypatch.setattr(document_build, "exported", slow)
    published: list[str] = []
    view.runner.published.connect(lambda built: published.append(built[1]))
    view.show_kind(RECORD)  # its build waits at the gate
    qtbot.waitUntil(lambda: view.runner.busy, timeout=5000)
    view.show_kind(NOTICE)
    gate.set()
    qtbot.waitUntil(lambda: not view.busy and "Who receives your data" in view.text(),
                    timeout=20_000)
    assert view.kind is NOTICE
    record = get("art30-html").title
    assert published and all(record not in summary for summary in published)
