"""The PDF's pages as a lawyer reads them: no word cut inside a table cell, a running header
whose title never runs into the DRAFT mark, and a cover that says when the document is dated."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from app.domain.canonical import digest
from app.domain.enums import ApprovalDecision, Status
from app.domain.models import Approval, Policy
from app.exporters.pdf import writer
from app.exporters.pdf.document import render
from app.exporters.policy_document import body_html, document_parts
from app.paths import EXAMPLES
from app.storage.loader import load_file
from tests.exporters.test_pdf_layout import _laid

pypdf = pytest.importorskip("pypdf")
BREAKS = " \u200b\u2028-/\u2013"
"""Characters a line may end with (or the next line start with) without cutting a word."""


def example() -> Policy:
    return load_file(EXAMPLES / "northwind-outfitters.policy.yaml").policy


def cut_words(document) -> list[str]:  # type: ignore[no-untyped-def]
    """Every place a line inside a table cell ends in the middle of a word."""
    from PySide6.QtGui import QTextCursor

    found = []
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:
            text, layout = block.text(), block.layout()
            for index in range(layout.lineCount() - 1):
                line = layout.lineAt(index)
                end = line.textStart() + line.textLength()
                before, after = text[end - 1:end], text[end:end + 1]
                if before and after and before not in BREAKS and after not in BREAKS:
                    found.append(f"{text[max(0, end - 15):end]}|{text[end:end + 15]}")
        block = block.next()
    return found


def test_no_word_is_cut_inside_a_table_cell() -> None:
    narrow = ("<table width='100%' border=1><tr><td width='9%'>Netherlands (NL) and "
              "Liechtenstein</td><td>x</td></tr></table>")
    laid, _keep = _laid(f"<html><body>{narrow}</body></html>")
    assert cut_words(laid.document) == []
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(writer.DPI)
    width = (210 - 2 * writer.MARGIN_MM) / 25.4 * writer.DPI  # the PDF's text width
    document = writer.Laid(body_html(document_parts(example())), width, 900.0, device).document
    lines = 0
    block = document.begin()
    while block.isValid():
        lines += block.layout().lineCount()
        block = block.next()
    assert lines > 1000  # laid out, every block
    assert cut_words(document) == []


def test_a_run_too_long_for_any_cell_still_breaks_somewhere() -> None:
    from app.exporters.documents_html import ident

    assert "<wbr>" in str(ident("a" * 60))  # an id without dots or underscores
    assert str(ident("area03.group2")) == "area03.<wbr>group2"


def test_the_header_title_never_runs_into_the_draft_mark() -> None:
    writer._ensure_gui()
    from PySide6.QtGui import QFontMetricsF

    title = "A very long policy title that goes on and on " * 4
    furniture = writer.Furniture(title, "12.3.4", "sha256:0", True, dt.datetime.now(dt.UTC))
    width = 600.0
    small, bold = writer.header_fonts()
    placed = writer.header(furniture, width, QFontMetricsF(small), QFontMetricsF(bold))
    texts = [text for _, text, _ in placed]
    assert any(text.startswith("A very long") and text.endswith("\u2026") for text in texts)
    assert writer.DRAFT_MARK in texts and "Version 12.3.4" in texts
    boxes = [(rect.left(), rect.right()) for rect, _, _ in placed]
    for i, (left, right) in enumerate(boxes):
        assert 0 <= left < right <= width
        for other_left, other_right in boxes[i + 1:]:
            assert right <= other_left or other_right <= left, placed


def page_one(data: bytes) -> str:
    return " ".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_the_cover_shows_the_export_time_of_a_draft() -> None:
    now = dt.datetime(2026, 12, 1, 4, 30, tzinfo=dt.UTC)
    cover = page_one(render(example(), now=now).data)
    assert "Document date 2026-12-01 04:30 UTC (exported)" in cover


def test_the_cover_shows_the_approval_date_of_an_approved_policy() -> None:
    policy = example()
    policy.policy.status = Status.APPROVED
    policy.policy.approvals = [Approval(name="A. Lawyer", date=dt.date(2026, 2, 3),
                                        decision=ApprovalDecision.APPROVED, digest="")]
    policy.policy.approvals[0].digest = digest(policy)
    cover = page_one(render(policy, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)).data)
    assert "Document date 2026-02-03 (approved)" in cover


BORDER = 8.0
"""A full-width table's outer border may stand this far past the text width."""


def overflowing(policy: Policy) -> list[str]:
    """The tables of ``policy``'s PDF body wider than the page's text."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextTable

    writer._ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(writer.DPI)
    width = (210 - 2 * writer.MARGIN_MM) / 25.4 * writer.DPI
    document = writer.Laid(body_html(document_parts(policy)), width, 900.0, device).document
    layout, found = document.documentLayout(), []

    def walk(frame) -> None:  # type: ignore[no-untyped-def]
        for child in frame.childFrames():
            if isinstance(child, QTextTable) and \
                    layout.frameBoundingRect(child).right() > width + BORDER:
                found.append(document.findBlock(child.cellAt(0, 0).firstPosition()).text())
            walk(child)

    walk(document.rootFrame())
    return found


def test_every_table_fits_the_page() -> None:
    assert overflowing(example()) == []
    long_words = example()
    for rule in long_words.retention:
        rule.legal_hold, rule.legal_hold_reason = True, "Notwithstanding " * 3
        rule.citation = "Handelsgesetzbuch " * 2
    assert overflowing(long_words) == []
