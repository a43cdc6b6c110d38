"""The PDF reads as a signed document should: rows whole, headings with their text, ids wrapping
only at dots and underscores, bookmarks for every section, and no table without rows."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest

from app.domain.models import Policy
from app.exporters.documents_html import ident
from app.exporters.pdf.document import pdf_bytes, render
from app.exporters.pdf.outline import Bookmark, add_outline
from app.exporters.policy_document import CHAPTERS, build_html
from app.exporters.policy_words import RuleWriter, mid_sentence
from app.storage.loader import load_bytes
from tests.exporters.test_policy_document import SMALL

pypdf = pytest.importorskip("pypdf")

ROWS = 70


def long_table_policy() -> Policy:
    """Subjects whose rows are of many heights: the table runs over several pages."""
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    data = policy.model_dump(mode="json")
    data["subjects"] = [
        {"id": f"group_{n:03d}.of_people", "name": f"Row{n:03d}start",
         "description": " ".join(["Several words of description."] * (1 + n % 9))
         + f" Row{n:03d}end"} for n in range(ROWS)]
    return Policy.model_validate(data)


def page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


def test_no_table_row_is_split_across_pages_and_the_header_repeats() -> None:
    texts = page_texts(pdf_bytes(long_table_policy()))
    pages_of_rows = set()
    for n in range(ROWS):
        starts = [i for i, text in enumerate(texts) if f"Row{n:03d}start" in text]
        ends = [i for i, text in enumerate(texts) if f"Row{n:03d}end" in text]
        assert len(starts) == 1 and starts == ends, (n, starts, ends)
        pages_of_rows.add(starts[0])
    assert len(pages_of_rows) >= 3  # the table does run over pages
    for page in sorted(pages_of_rows)[1:]:
        assert "NameIdentifierDescriptionAgesExtraprotection" in texts[page]


def _laid(html: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from app.exporters.pdf import writer

    writer._ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(writer.DPI)
    return writer.Laid(html, 600.0, 900.0, device), (buffer, device)


def test_a_heading_never_ends_a_page_nor_a_line_stands_alone() -> None:
    blocks = []
    for n in range(60):
        blocks.append(f"<h3>Heading {n}</h3>")
        if n % 3 == 0:
            blocks.append("<table border=1><thead><tr><th>A</th><th>B</th></thead>"
                          "<tbody><tr><td>one</td><td>two</td></tr>"
                          "<tr><td>three</td><td>four</td></tr></tbody></table>")
        else:
            blocks.append("<p>" + "Words of a paragraph. " * (5 + 13 * (n % 5)) + "</p>")
    laid, _keep = _laid("<html><body>" + "".join(blocks) + "</body></html>")
    document = laid.document
    layout = document.documentLayout()
    assert len(laid.pages) >= 4
    block = document.begin()
    checked = split = 0
    while block.isValid():
        if block.blockFormat().headingLevel():
            heading_page = laid.page_of(layout.blockBoundingRect(block).top())
            following = document.findBlock(block.position() + block.length())
            top = layout.blockBoundingRect(following).top()
            first_line = top + following.layout().lineAt(0).height() - 1
            assert laid.page_of(first_line) == heading_page, block.text()
            checked += 1
        lines = block.layout().lineCount()
        if lines >= 2:  # no line alone at a page's foot or head
            top = block.layout().position().y()
            page = [laid.page_of(top + block.layout().lineAt(i).y() + 1) for i in range(lines)]
            assert page[0] == page[1] and page[-1] == page[-2], (block.text()[:30], page)
            split += page[0] != page[-1]
        block = block.next()
    assert checked == 60 and split


def test_a_heading_and_its_one_line_lead_in_do_not_end_a_page() -> None:
    """The DPIA draft's "4. Customer service" and its "Screening: ..." line once closed a page,
    their "4.1 Context" starting the next."""
    blocks = []
    for n in range(30):
        rows = "".join(f"<tr><td>Row {r}</td><td>{'Words. ' * (3 + (n * r) % 17)}</td></tr>"
                       for r in range(2 + n % 7))
        blocks += [f"<h2>Part {n}</h2>", f"<p>Screening: lead-in {n}.</p>",
                   f"<h3>Context {n}</h3>", f"<table border=1 width=100%>{rows}</table>"]
    laid, _keep = _laid("<html><body>" + "".join(blocks) + "</body></html>")
    document = laid.document
    layout = document.documentLayout()
    assert len(laid.pages) >= 4
    tops: dict[str, float] = {}
    block = document.begin()
    while block.isValid():
        tops[block.text()] = layout.blockBoundingRect(block).top()
        block = block.next()
    for n in range(30):
        pages = {laid.page_of(tops[f"Part {n}"]), laid.page_of(tops[f"Context {n}"] + 1)}
        assert len(pages) == 1, n


def test_ids_wrap_only_after_dots_and_underscores() -> None:
    long_id = "area03.group_two.item_0456_with_a_long_tail.and_more.segments_here"
    html = (f"<table width='100%' border=1><tr><td width='12%'><span style=\"font-family:"
            f"'DejaVu Sans Mono'\">{ident(long_id)}</span></td><td>x</td></tr></table>")
    laid, _keep = _laid(html)
    block = laid.document.findBlock(laid.document.find("area03").position())
    text = block.text()
    lines = [text[block.layout().lineAt(i).textStart():][
        :block.layout().lineAt(i).textLength()] for i in range(block.layout().lineCount())]
    assert len(lines) >= 3
    assert "".join(lines).replace("\u200b", "") == long_id
    for line in lines[:-1]:
        assert line.rstrip("\u200b")[-1] in "._", lines
    assert "<wbr>" in str(ident(long_id)) and str(ident("<b>a.b")) == "&lt;b&gt;a.<wbr>b"


def titles(outline: list, reader) -> list[tuple[int, str, int]]:  # type: ignore[no-untyped-def, type-arg]
    found = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(outline, 0)
    return found


def test_every_section_and_purpose_is_a_bookmark_opening_its_page() -> None:
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    policy.purposes[0].name = 'Ünïcode (and) back\\slash <b> "quoted"'
    done = render(policy)
    reader = pypdf.PdfReader(io.BytesIO(done.data))
    marks = titles(reader.outline, reader)
    top = [title for depth, title, _ in marks if depth == 0]
    assert top == ["Contents", *(f"{n}. {title}" for n, (_, title) in enumerate(CHAPTERS, 1))]
    nested = [title for depth, title, _ in marks if depth == 1]
    assert nested[0] == 'Ünïcode (and) back\\slash <b> "quoted" (newsletter)'
    assert len(nested) == len(policy.purposes)
    for _depth, title, page in marks:
        if title[:1].isdigit():
            number = int(title.split(".")[0])
            assert page == done.anchors[CHAPTERS[number - 1][0]]
        assert re.sub(r"\s+", "", title) in re.sub(r"\s+", "", reader.pages[page - 1]
                                                   .extract_text())
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_an_outline_is_added_without_touching_a_byte_already_written() -> None:
    data = pdf_bytes(load_bytes(SMALL, "small.policy.yaml").policy)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.outline
    first_eof = data.index(b"%%EOF")
    again = add_outline(data[:first_eof + 6], [Bookmark("x", "about", 2)])
    assert again.startswith(data[:first_eof + 6])
    assert add_outline(b"%PDF-1.4 nothing", []) == b"%PDF-1.4 nothing"


def test_names_read_naturally_inside_sentences() -> None:
    assert mid_sentence("Taking payments") == "taking payments"
    assert mid_sentence("Customers") == "customers"
    for kept in ("CCTV footage", "iPhone users", "Trail Club members", "Mail Co", "X", ""):
        assert mid_sentence(kept) == kept
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    policy.purposes[0].name = "Taking payments"
    policy.categories[0].name = "Email address"
    policy.subjects[0].name = "Trail Club members"
    sentence = RuleWriter(policy).sentence(policy.rules[0])
    assert sentence.startswith("Email address of Trail Club members may be used for taking "
                               "payments only with their consent")
    policy.recipients[0].name = "Mail Co"
    assert "shared with Mail Co" in RuleWriter(policy).sentence(policy.rules[1])


class Tables(HTMLParser):
    """Counts the body rows of every table that has a header."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list[int]] = []
        self.stack: list[list[int]] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.stack.append([0, 0])  # [has a header, body rows]
        elif tag == "thead" and self.stack:
            self.stack[-1][0] = 1
        elif tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body and self.stack:
            self.stack[-1][1] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self.in_body = False
        elif tag == "table" and self.stack:
            self.found.append(self.stack.pop())


def test_no_table_is_only_a_header() -> None:
    policy = load_bytes(SMALL, "small.policy.yaml").policy
    bare = policy.model_copy(deep=True)
    bare.subjects, bare.recipients, bare.retention, bare.rules = [], [], [], []
    for each in (policy, bare):
        parser = Tables()
        parser.feed(build_html(each))
        headed = [rows for has_header, rows in parser.found if has_header]
        assert headed and all(rows > 0 for rows in headed)
    html = build_html(bare)
    for said in ("No data subjects are declared.", "No recipients are declared.",
                 "No retention rules are declared.",
                 "No use rules are declared, so no use of personal data is allowed."):
        assert said in html


def test_no_page_ends_inside_the_last_row_of_a_table() -> None:
    """Qt puts the block after a table above the last line of a tall last row (the table's
    bottom margin): the DPIA draft of the CPRA template once cut "profiling" in half there."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextTable

    from app.exporters.dpia import build_draft
    from app.exporters.dpia_html import render_html
    from app.exporters.pdf import writer
    from app.exporters.pdf.pages import Cuts
    from app.paths import TEMPLATES
    from app.storage.loader import load_file

    policy = load_file(TEMPLATES / "cpra-app.policy.yaml").policy
    writer._ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(writer.DPI)
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(*(writer.MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter))
    area = device.pageLayout().paintRectPixels(writer.DPI)
    laid = writer.Laid(render_html(build_draft(policy), footer=False), float(area.width()),
                       float(area.height()) - 2 * writer.HEADER_PX, device)
    cuts = Cuts(laid.document)
    rows = [cuts._row_bounds(table, row, table.columns())
            for table in laid.document.rootFrame().childFrames() if isinstance(table, QTextTable)
            for row in range(table.rows())]
    ends = [page.slices[-1][1] for page in laid.pages[:-1]]
    assert len(ends) >= 3
    split = [(end, top, bottom) for end in ends for top, bottom in rows if top < end < bottom]
    assert not split
