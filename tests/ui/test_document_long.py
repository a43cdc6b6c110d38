"""The Policy document tab on a long document: the window is never held while it rebuilds, and
the preview reads as paper (enough contrast) in a dark palette.

The long document is made here from the policy (every category as a table row, every rule as
a paragraph), so the tests hold whatever the document's own layout is (a large policy's real
document is a summary); it is built on the worker thread (the builder process has tests of its
own).
"""

from __future__ import annotations

import time
from html import escape

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication

from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.ui import builder
from app.ui.bridge import DocumentBridge
from app.ui.views.document import build as document_build
from app.ui.views.document.view import DocumentView
from app.ui.views.matrix.colours import contrast

LONG = {"categories": 500, "purposes": 40, "subjects": 5, "recipients": 10, "rules": 3000,
        "retention": 300}
FILLER = " This sentence stands for the plain words a rule is written in." * 5


def long_html(policy: Policy, **_options: object) -> str:
    """A document of over a megabyte from ``policy``: a title page, contents and chapters."""
    rows = "".join(f"<tr><td>{escape(c.name or c.id)}</td><td>{c.id}</td></tr>\n"
                   for c in policy.categories)
    rules = "".join(f"<p>Allowed [{r.id}] {escape(r.description or '')}{FILLER}</p>\n"
                    for r in policy.rules)
    return ("<!DOCTYPE html><html><head><style>body { color: #1b1f24; }</style></head><body>\n"
            f"<h1>{escape(policy.policy.title)}</h1>\n"
            '<p><a href="#categories">Data categories</a> <a href="#rules">Rules</a></p>\n'
            '<h2><a name="categories"></a>3. Data categories</h2>\n'
            '<table width="100%" border="1"><thead><tr><th>Name</th><th>Id</th></tr></thead>\n'
            f"<tbody>\n{rows}</tbody></table>\n"
            f'<h2><a name="rules"></a>6. How data may be used</h2>\n{rules}</body></html>\n')


@pytest.fixture(scope="module")
def long_policy() -> Policy:
    """A generated policy whose document is over a megabyte of HTML."""
    from bench import generate

    sizes = dict(generate.SIZES)
    generate.SIZES.update(LONG)
    try:
        text = generate.generate()
    finally:
        generate.SIZES.clear()
        generate.SIZES.update(sizes)
    return load_bytes(text.encode(), "long.policy.yaml").policy


@pytest.fixture
def long_view(qtbot, long_policy: Policy,  # type: ignore[no-untyped-def]
              monkeypatch: pytest.MonkeyPatch) -> DocumentView:
    monkeypatch.setattr(document_build, "build_html", long_html)
    monkeypatch.setattr(builder, "PROCESS_ABOVE", 10**9)
    bridge = DocumentBridge(long_policy.model_copy(deep=True), "long.policy.yaml")
    view = DocumentView(bridge, known_errors=lambda: 0)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def shown_sizes(view: DocumentView) -> list[int]:
    """Record the length of every HTML text put into the view's browser."""
    sizes: list[int] = []
    original = view.browser.setHtml

    def recording(html: str) -> None:
        sizes.append(len(html))
        original(html)

    view.browser.setHtml = recording  # type: ignore[method-assign]
    return sizes


def test_the_browser_is_given_a_bounded_page_of_a_long_document(  # type: ignore[no-untyped-def]
        qtbot, long_view: DocumentView) -> None:
    sizes = shown_sizes(long_view)
    long_view.show()
    qtbot.waitUntil(lambda: bool(sizes) and not long_view.busy, timeout=60_000)
    long_view.bridge.set_field("rules", "rule01500", "description", "Edited <b>here</b>.")
    qtbot.waitUntil(lambda: len(sizes) > 1 and not long_view.busy, timeout=60_000)
    assert max(sizes) < 150_000  # the whole document is over a megabyte
    pages = long_view.pages
    assert len(pages) > 10
    long_view.show_page(next(i for i, p in enumerate(pages.pages) if "rule01500" in p))
    assert "Edited <b>here</b>." in long_view.text()


def test_a_timer_keeps_ticking_while_a_long_document_is_rebuilt(  # type: ignore[no-untyped-def]
        qtbot, long_view: DocumentView, long_policy: Policy) -> None:
    """The longest pause of the event loop while an edit's preview is rebuilt and shown stays
    well under what putting the whole document into a browser takes (measured here too)."""
    long_view.show()
    qtbot.waitUntil(lambda: not long_view.busy, timeout=60_000)
    html = long_html(long_policy)
    assert len(html) > 1_000_000
    start = time.perf_counter()
    whole = QTextDocument()
    whole.setHtml(html)
    whole.setTextWidth(long_view.browser.viewport().width())
    assert whole.size().height() > 0  # laid out, as a browser showing it must
    whole_ms = (time.perf_counter() - start) * 1000
    published: list[object] = []
    long_view.runner.published.connect(published.append)
    clock, worst = QElapsedTimer(), [0.0]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        worst[0] = max(worst[0], clock.restart() - 5)

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    long_view.bridge.set_field("rules", "rule01500", "description", "Edited.")
    qtbot.waitUntil(lambda: bool(published) and not long_view.busy, timeout=60_000)
    qtbot.wait(100)  # the browser's own layout after the page is set
    ticker.stop()
    assert worst[0] < whole_ms / 3, (worst[0], whole_ms)


def dark_palette() -> QPalette:
    dark = QPalette(QApplication.instance().palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1b1b1d"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Link, "#8ab4f8"),
                         (QPalette.ColorRole.LinkVisited, "#c58af9")):
        dark.setColor(role, colour if isinstance(colour, QColor) else QColor(colour))
    return dark


def test_every_text_of_the_preview_reads_on_its_page_in_a_dark_palette(  # type: ignore[no-untyped-def]
        qtbot, bridge) -> None:
    """Each run of text (links included) against the page behind it: at least 4.5:1."""
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(dark_palette())
    try:
        view = DocumentView(bridge)
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.show()
        qtbot.waitUntil(lambda: not view.busy and bool(view.text()), timeout=10_000)
        image = view.browser.viewport().grab().toImage()
        page = QColor(image.pixel(image.width() - 5, image.height() - 5))
        text_colour = view.browser.palette().color(QPalette.ColorRole.Text)
        worst: tuple[float, str, str, str] = (99.0, "", "", "")
        block = view.browser.document().begin()
        while block.isValid():
            background = block.blockFormat().background()
            behind = background.color() if background.style() != Qt.BrushStyle.NoBrush else page
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                brush = fragment.charFormat().foreground()
                colour = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else text_colour
                if fragment.text().strip():
                    found = (contrast(colour, behind), fragment.text()[:30], colour.name(),
                             behind.name())
                    worst = min(worst, found)
                it += 1
            block = block.next()
        assert worst[0] >= 4.5, worst
    finally:
        app.setPalette(original)


def test_the_page_bar_moves_through_a_long_document(qtbot, long_view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    long_view.show()
    qtbot.waitUntil(lambda: not long_view.busy and len(long_view.pages) > 1, timeout=60_000)
    bar = long_view.page_bar
    assert bar.isVisible() and bar.chooser.count() == len(long_view.pages)
    assert not bar.previous_button.isEnabled()
    bar.next_button.click()
    assert long_view.page == 1 and bar.chooser.currentIndex() == 1
    long_view.activateWindow()
    qtbot.waitActive(long_view)
    qtbot.keyClick(long_view.browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert long_view.page == 2
    rules = long_view.pages.page_of("rules")
    assert rules is not None and rules > 2
    long_view.show_page(0)
    long_view.browser.anchorClicked.emit(QUrl("#rules"))  # the contents' link
    assert long_view.page == rules and "6. How data may be used" in long_view.text()
    assert "6. How data may be used" in bar.chooser.currentText()
    bar.chooser.activated.emit(len(long_view.pages) - 1)
    assert long_view.page == len(long_view.pages) - 1 and not bar.next_button.isEnabled()
    long_view.bridge.set_field("rules", "rule00001", "description", "Kept page.")
    qtbot.waitUntil(lambda: not long_view.busy, timeout=60_000)
    assert long_view.page == len(long_view.pages) - 1  # an edit keeps the reader's page


def test_a_short_document_has_no_page_bar(qtbot, bridge) -> None:  # type: ignore[no-untyped-def]
    view = DocumentView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.busy and bool(view.text()), timeout=10_000)
    assert len(view.pages) == 1 and not view.page_bar.isVisible()
