"""Cutting a long document into preview pages: nothing lost or repeated but table headings, no
row split, anchors found, hostile markup survives; the builder process imports no Qt."""

from __future__ import annotations

import re
import subprocess
import sys

from app.paths import ROOT
from app.ui.views.document.pages import FIRST_PAGE, paginate

HEAD = "<!DOCTYPE html><html><head><style>p { color: black; }</style></head>\n<body>"
TAIL = "</body>\n</html>\n"
TABLE = ('<table width="100%" border="1"><thead><tr><th>Name</th><th>Id</th></tr></thead>\n'
         "<tbody>\n{rows}</tbody></table>\n")


def document(chapters: int = 3, rows: int = 200, paragraphs: int = 200) -> str:
    parts = ['\n<table class="notice"><tr><td>DRAFT</td></tr></table>\n', "<h1>Title</h1>\n",
             '<p><a href="#c1">Chapter 1</a></p>\n']
    for c in range(1, chapters + 1):
        parts.append(f'<h2><a name="c{c}">&#8203;</a>{c}. Chapter &amp; {c}</h2>\n')
        parts.append(TABLE.format(rows="".join(
            f"<tr><td>Row {c}.{r} &lt;x&gt;</td><td>id{c}_{r}</td></tr>\n"
            for r in range(rows))))
        parts.extend(f'<p id="p{c}_{n}">Paragraph {c}.{n} with some words.</p>\n'
                     for n in range(paragraphs))
    return HEAD + "".join(parts) + TAIL


def body_rows(html: str) -> list[str]:
    """Every table row and paragraph outside table headings, in order."""
    without_heads = re.sub(r"<thead>.*?</thead>", "", html, flags=re.DOTALL)
    return re.findall(r"<tr>.*?</tr>|<p\b.*?</p>|<h[12]>.*?</h[12]>", without_heads,
                      flags=re.DOTALL)


def test_a_short_document_is_one_page_byte_for_byte() -> None:
    html = document(chapters=1, rows=3, paragraphs=3)
    pages = paginate(html)
    assert pages.pages == [html] and pages.titles == [FIRST_PAGE]
    assert pages.page_of("c1") == 0 and pages.page_of("p1_2") == 0


def test_a_long_document_is_cut_between_rows_and_paragraphs() -> None:
    html = document()
    pages = paginate(html, budget=20_000)
    assert len(pages) > 5
    found = [row for page in pages.pages for row in body_rows(page)]
    assert found == body_rows(html)  # nothing lost, nothing repeated, no row split
    for page in pages.pages:
        assert page.startswith(HEAD) and page.endswith(TAIL)
        assert page.count("<table") == page.count("</table>")
        assert page.count("<tr>") == page.count("</tr>")
        body = page[len(HEAD):-len(TAIL)]
        assert "<tr>" not in body or body.index("<table") < body.index("<tr>")
    continued = [p for p in pages.pages if p[len(HEAD):].startswith("<table width")]
    assert continued and all("<th>Name</th><th>Id</th>" in p for p in continued)


def test_chapters_start_pages_and_name_them() -> None:
    pages = paginate(document(), budget=20_000)
    assert pages.titles[0] == FIRST_PAGE
    assert {"1. Chapter & 1", "2. Chapter & 2", "3. Chapter & 3"} <= set(pages.titles)
    for c in (2, 3):
        first = pages.page_of(f"c{c}")
        assert first is not None and pages.pages[first][len(HEAD):].startswith("<h2>")
        assert pages.titles[first] == f"{c}. Chapter & {c}"


def test_anchors_are_found_on_their_pages() -> None:
    pages = paginate(document(), budget=20_000)
    for name in ("c1", "c2", "c3", "p2_150", "p3_0"):
        page = pages.page_of(name)
        assert page is not None
        assert f'name="{name}"' in pages.pages[page] or f'id="{name}"' in pages.pages[page]
    assert pages.page_of("nowhere") is None


def test_tables_cost_more_than_their_characters() -> None:
    tables = paginate(HEAD + TABLE.format(rows="<tr><td>a</td><td>b</td></tr>\n" * 400) + TAIL,
                      budget=20_000)
    text = paginate(HEAD + "<p>ab</p>\n" * 2000 + TAIL, budget=20_000)
    assert len(tables) > len(text)


def test_hostile_markup_loses_nothing() -> None:
    nasty = [
        "<p>unclosed paragraph\n" * 3000,  # never closed: no safe cut, one page, all there
        "</div></table></p>stray closings " * 2000,
        "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr>\n" * 500 + "</table>",
        "<p title='a > b'>quoted bracket</p>\n" * 2000,
        "x" * 300_000,  # one unbroken run of text
        "<br/><img src=x/><hr>\n" * 5000,
    ]
    for body in nasty:
        html = HEAD + "\n" + body + TAIL
        pages = paginate(html, budget=20_000)
        joined = "".join(page[len(HEAD):-len(TAIL)] for page in pages.pages)
        for word in ("unclosed paragraph", "stray closings", "nested", "quoted bracket", "xxx",
                     "<hr>"):
            assert joined.count(word) >= html.count(word), word
        assert all(page.startswith(HEAD) for page in pages.pages)
    assert paginate("no body at all " * 50_000).pages == ["no body at all " * 50_000]


def test_the_builder_process_imports_no_qt() -> None:
    """The builder process and its tasks' modules: Qt would only slow it."""
    code = ("import sys, app.ui.builder, app.ui.views.document.build, app.ui.views.notice.build, "
            "app.ui.views.flow.layout; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
