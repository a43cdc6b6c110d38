"""The policy document as an A4 PDF, laid out by Qt's text document (the only Qt exporter).

The HTML of :mod:`app.exporters.policy_document` is laid out twice: once to learn on which page
each section starts, then again with those page numbers in the table of contents. Pages are
painted one by one onto a :class:`QPdfWriter`, each with a header (title and version) and a
footer (content digest and page number). Qt is imported only when a PDF is made, so listing
the export formats never loads it. The PDF's dates come from the policy's effective date, so
the same policy gives the same bytes. Unless the policy is approved, every page's header also
says DRAFT (see :mod:`app.exporters.standing`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.domain.canonical import digest
from app.domain.models import Policy
from app.exporters.policy_document import CHAPTERS, build_html, document_parts
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import DRAFT_MARK, standing_of

DPI = 96
"""Layout resolution: CSS pixels and points map as in a browser."""
MARGIN_MM = 18.0
HEADER_PX = 26.0
"""Room for the header above and the footer below the text on every page."""
FIXED_DATE = dt.date(2000, 1, 1)
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")
"""OpenType ligature features, all turned off: a font would otherwise draw "fi" or "ff" as one
glyph that PDF readers copy out as U+FB01 or U+FB00, and the text (or a digest) copied from the
PDF would no longer be the policy's."""
NAMESPACE = "{5b0e9a52-3a4c-4d0b-9a57-6c1f0f3e2d11}"
"""Namespace of the PDF's document id, which is derived from the content digest."""
_app: Any = None


def _ensure_gui() -> None:
    """Qt's text layout needs an application object.

    The CLI has none, so make an offscreen one (a widgets application, so that a window opened later
    in the process still works) through the one factory that guards it and tears it down in order at
    exit (:mod:`app.exporters.pdf.qt_session`).
    """
    global _app
    from app.exporters.pdf.qt_session import application

    _app = application(["policy-studio", "-platform", "offscreen"])


def _anchor_pages(document: Any, page_height: float) -> dict[str, int]:
    """Page number (from 1) of every named anchor in ``document``."""
    layout = document.documentLayout()
    pages: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            for name in fragment.charFormat().anchorNames():
                top = layout.blockBoundingRect(block).top()
                pages.setdefault(name, int(top // page_height) + 1)
            iterator += 1
        block = block.next()
    return pages


def _without_ligatures(font: Any) -> Any:
    """``font`` with every ligature feature off."""
    from PySide6.QtGui import QFont

    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(html: str, width: float, height: float, device: Any) -> Any:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_without_ligatures(document.defaultFont()))
    document.setHtml(html)
    # The HTML's fonts replace the default one, so switch ligatures off on every fragment.
    # This comes before the PDF device is set: with it, each change lays the document out
    # again for the device (seconds for a thousand pages).
    plain = QTextCharFormat()
    plain.setFontFeatures({QFont.Tag(tag): 0 for tag in LIGATURE_FEATURES})
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(plain)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(width, height))
    return document


def _same_length(stamp: str, old: bytes) -> bytes:
    """``stamp`` (UTC, ending ``Z``) spelt to fill exactly the room of ``old``."""
    for form in (stamp, stamp[:-1] + "+00'00'", stamp[:-1] + "+00:00"):
        if len(form) == len(old):
            return form.encode()
    return stamp.encode().ljust(len(old))[:len(old)]


def _fix_dates(data: bytes, day: dt.date) -> bytes:
    """Replace the writer's wall-clock dates by ``day`` (same length, so offsets stay valid)."""
    data = re.sub(rb"(/(?:CreationDate|ModDate) \()(D:[^)]*)(\))", lambda m: m.group(1)
                  + _same_length(f"D:{day:%Y%m%d}000000Z", m.group(2)) + m.group(3), data)
    return re.sub(rb'(xmp:\w+Date=")([^"]*)(")', lambda m: m.group(1)
                  + _same_length(f"{day:%Y-%m-%d}T00:00:00Z", m.group(2)) + m.group(3),
                  data)


def render_pdf(policy: Policy, errors: int = 0) -> tuple[bytes, int]:
    """The PDF of ``policy`` (which has ``errors`` error findings) and its number of pages."""
    from PySide6.QtCore import QHashSeed

    _ensure_gui()
    # The PDF engine writes its fonts in hash order: a fixed seed gives the same bytes.
    randomised = QHashSeed.globalSeed() != 0
    QHashSeed.setDeterministicGlobalSeed()
    try:
        return _render(policy, errors)
    finally:
        if randomised:
            QHashSeed.resetRandomGlobalSeed()


def _render(policy: Policy, errors: int) -> tuple[bytes, int]:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt, QUuid
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
    )

    meta = policy.policy
    content_digest = digest(policy)
    title = meta.title or meta.id
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{title} {meta.version}")
    writer.setCreator("Policy Studio")
    writer.setDocumentId(QUuid.createUuidV5(QUuid(NAMESPACE), content_digest.encode()))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter))
    area = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(area.width()), float(area.height()) - 2 * HEADER_PX
    standing = standing_of(policy, content_digest, errors)
    parts = document_parts(policy, standing)
    first = _layout(build_html(policy, parts=parts), width, height, writer)
    pages = _anchor_pages(first, height)
    wanted = {anchor: pages[anchor] for anchor, _ in CHAPTERS if anchor in pages}
    document = _layout(build_html(policy, wanted, parts=parts), width, height, writer)
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start a PDF")
    small = _without_ligatures(QFont("DejaVu Sans"))
    small.setPointSizeF(7.5)
    layout = document.documentLayout()
    painter.setFont(small)
    bold = QFont(small)
    bold.setBold(True)
    bold.setPointSizeF(8.5)
    rule_pen, text_pen = QPen(QColor("#8a96a3"), 0.6), QPen(QColor("#44505c"))
    draft_pen = QPen(QColor("#b42318"))
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    top = QRectF(0, 0, width, HEADER_PX - 10)
    bottom = QRectF(0, HEADER_PX + height + 8, width, HEADER_PX - 8)
    for page in range(count):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, HEADER_PX - page * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * height, width, height)
        painter.setClipRect(context.clip)
        layout.draw(painter, context)
        painter.restore()
        painter.setPen(rule_pen)
        painter.drawLine(0, int(HEADER_PX - 8), int(width), int(HEADER_PX - 8))
        painter.drawLine(0, int(HEADER_PX + height + 6), int(width),
                         int(HEADER_PX + height + 6))
        painter.setPen(text_pen)
        painter.drawText(top, left | Qt.AlignmentFlag.AlignBottom, title)
        painter.drawText(top, right | Qt.AlignmentFlag.AlignBottom, f"Version {meta.version}")
        if not standing.approved:
            painter.setPen(draft_pen)
            painter.setFont(bold)
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             DRAFT_MARK)
            painter.setFont(small)
            painter.setPen(text_pen)
        painter.drawText(bottom, left | Qt.AlignmentFlag.AlignTop,
                         f"Content digest {content_digest}")
        painter.drawText(bottom, right | Qt.AlignmentFlag.AlignTop, f"Page {page + 1} of {count}")
    painter.end()
    data = bytes(buffer.data().data())
    buffer.close()
    return _fix_dates(data, meta.effective_date or FIXED_DATE), count


def pdf_bytes(policy: Policy, errors: int = 0) -> bytes:
    """The PDF of ``policy`` (which has ``errors`` error findings) as bytes."""
    return render_pdf(policy, errors)[0]


def export(policy: Policy, errors: int = 0) -> ExportResult:
    """The PDF document (saying so if ``errors``) and the policy's digest."""
    return ExportResult(digest=digest(policy), data=pdf_bytes(policy, errors))


EXPORTER = register(FunctionExporter(
    name="pdf",
    title="Policy document (PDF)",
    suffix=".pdf",
    description="The printable policy for legal review (A4): the HTML document's content with "
                "the title, version, content digest and page number on every page.",
    function=export,
    states_errors=True,
))
