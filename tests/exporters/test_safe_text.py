"""Names holding direction controls or HTML cannot reorder or break the text around them, in
every readable document; blank names show as ids."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest

from app.domain.diff import diff_policies
from app.domain.models import Policy
from app.exporters.art30 import build_record
from app.exporters.art30_html import render_html as art30_html
from app.exporters.policy_document import build_html
from app.exporters.redline_html import redline_with_impact
from app.exporters.redline_html import render_html as redline_html
from app.exporters.retention_csv import export as retention_csv
from app.exporters.safe_text import FSI, PDI, isolated, needs_isolation
from app.paths import EXAMPLES
from app.storage.loader import load_file

RLO, PDF, LRI, RLE = "\u202e", "\u202c", "\u2066", "\u202b"
HOSTILE = f"Evil {RLO}<script>alert(1)</script> name"
EMBEDDINGS = set("\u202a\u202b\u202d\u202e")
ISOLATES = set("\u2066\u2067\u2068")


def leaks(text: str) -> list[str]:
    """Ordinary characters outside every isolate that an embedding or override still covers.

    Empty when each name's direction controls stay inside its own isolate.
    """
    stack: list[str] = []
    found = []
    for index, char in enumerate(text):
        if char in EMBEDDINGS or char in ISOLATES:
            stack.append(char)
        elif char == PDF:
            if stack and stack[-1] in EMBEDDINGS:
                stack.pop()
        elif char == PDI:
            if any(c in ISOLATES for c in stack):
                while stack.pop() not in ISOLATES:
                    pass
        elif stack and not any(c in ISOLATES for c in stack) and not char.isspace():
            found.append(text[max(0, index - 20):index + 20])
    return found


class Text(HTMLParser):
    """A document's text and its start tags."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def example() -> Policy:
    return load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy


def hostile_policy() -> Policy:
    """The example with a hostile name on an item of every named section, and one rule less
    (so the impact of the change names them)."""
    policy = example()
    for section in ("categories", "purposes", "subjects", "recipients"):
        for item in getattr(policy, section)[:3]:
            item.name = HOSTILE
    policy.rules = policy.rules[1:]
    return policy


@pytest.mark.parametrize(("text", "expected"), [
    ("plain words", "plain words"),
    (f"a {RLO}b", f"{FSI}a {RLO}b{PDF}{PDI}"),
    (f"a {PDF}{PDI}b", f"{FSI}a b{PDI}"),  # closers of nothing would end the isolate early
    (f"{LRI}a{RLE}b{PDI}c", f"{FSI}{LRI}a{RLE}b{PDF}{PDI}c{PDI}"),
    ("שלום", f"{FSI}שלום{PDI}"),
])
def test_isolated_balances_and_wraps_only_what_needs_it(text: str, expected: str) -> None:
    assert isolated(text) == expected
    assert isolated(isolated(text)) == expected
    assert leaks(f"before {isolated(text)} after") == []
    assert needs_isolation(text) == (expected != text)


def test_the_leak_check_sees_a_bare_override() -> None:
    assert leaks(f"before {RLO}evil after") != []


def documents(policy: Policy) -> dict[str, str]:
    """Every readable document of ``policy`` (the redline and impact from the example)."""
    old = example()
    redline, impact = redline_with_impact(old, policy, "old.yaml", "new.yaml")
    assert impact.changes  # the impact lists changed uses, with their names
    return {"policy": build_html(policy), "art30": art30_html(build_record(policy)),
            "redline": redline,
            "retention": retention_csv(policy).data.decode("utf-8-sig")}


@pytest.fixture(scope="module")
def hostile_documents() -> dict[str, str]:
    return documents(hostile_policy())


@pytest.mark.parametrize("kind", ["policy", "art30", "redline"])
def test_a_hostile_name_stays_inside_its_isolate(hostile_documents: dict[str, str],
                                                 kind: str) -> None:
    parsed = Text(hostile_documents[kind])
    assert HOSTILE.replace(RLO, "") in parsed.text.replace(FSI, "").replace(RLO, "").replace(
        PDF, "").replace(PDI, "")  # shown, literally
    assert parsed.text.count(RLO) >= 3
    assert "script" not in parsed.tags
    assert leaks(parsed.text) == []


def test_the_impact_sentences_isolate_names(hostile_documents: dict[str, str]) -> None:
    impact = Text(hostile_documents["redline"]).text
    start = impact.index("Impact:")
    assert RLO in impact[start:start + 2000] or RLO in impact[impact.index("Newly"):]
    assert leaks(impact) == []


def test_the_retention_schedule_isolates_names(hostile_documents: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(hostile_documents["retention"])))
    cells = [cell for row in rows for cell in row if RLO in cell]
    assert cells
    assert all(leaks(cell) == [] for cell in cells)


def test_blank_names_show_as_ids() -> None:
    policy = example()
    category, purpose = policy.categories[0], policy.purposes[0]
    category.name, purpose.name, policy.policy.title = "   ", "\t", "  "
    html = build_html(policy)
    assert f"<h1>{policy.policy.id}</h1>" in html
    html = html.replace("<wbr>", "")
    assert f"&#8203;</a><span class=\"id\">{purpose.id}</span></h3>" in html
    assert f"<tr><td>{category.id}</td>" in html
    record = art30_html(build_record(policy))
    assert f"<title>Record of processing activities: {policy.policy.id}</title>" in record
    assert f"1. {purpose.id}</h3>" in record
    assert f"<li>{category.id}<ul>" in record.replace("<wbr>", "")
    diff = diff_policies(example(), policy)
    assert diff.new_title == policy.policy.id
    assert f"<h1>Changes to {policy.policy.id}</h1>" in redline_html(diff, "a", "b")


def _reads_left_to_right(text: str, word: str) -> bool:
    """Whether Qt's layout shows ``word`` of ``text`` left to right (the PDF's layout)."""
    from PySide6.QtGui import QFont, QTextLayout

    from app.exporters.pdf import writer

    writer._ensure_gui()
    layout = QTextLayout(text, QFont("DejaVu Sans"))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    start = text.index(word)
    return line.cursorToX(start)[0] < line.cursorToX(start + len(word) - 1)[0]


def test_qt_keeps_the_text_after_an_isolated_name_in_order() -> None:
    assert not _reads_left_to_right(f"Allowed: {HOSTILE} may be used", "may be used")
    assert _reads_left_to_right(f"Allowed: {isolated(HOSTILE)} may be used", "may be used")


def test_the_pdf_of_a_hostile_policy_shows_the_names_as_text() -> None:
    from app.exporters.pdf.document import render

    pypdf = pytest.importorskip("pypdf")
    data = render(hostile_policy()).data
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    # The override turns the name's own letters around (inside its isolate), nothing else.
    assert text.count("Evil") >= 3 and "alert" in text and "(account_" in text


def test_the_record_pdf_header_says_the_id_for_a_blank_title() -> None:
    import io

    import pypdf

    from app.exporters.pdf.record import render_pdf

    policy = example()
    policy.policy.title = "   "
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(build_record(policy))[0]))
    header = " ".join(reader.pages[1].extract_text().split())  # the title is cut short
    assert f"Record of processing activities: {policy.policy.id[:8]}" in header
