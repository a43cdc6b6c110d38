"""The records of processing (GDPR Art. 30) as A4 PDFs with page numbers (Qt's text layout).

The record's HTML (:mod:`app.exporters.art30_html`) is laid out by the policy document's PDF
machinery (:mod:`app.exporters.pdf.document`: fonts without ligatures, dates from the policy so
the same policy gives the same bytes) and painted page by page with a header (record, title,
version, DRAFT unless approved) and a footer (content digest, ``Page n of m``).
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.models import Policy
from app.exporters.art30 import Art30Record, build_processor_record, build_record
from app.exporters.art30_html import render_html
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.standing import DRAFT_MARK, standing_of

HEADINGS = {"controller": "Record of processing activities",
            "processor": "Record of processing activities (processor)"}


def render_pdf(record: Art30Record, errors: int = 0) -> tuple[bytes, int]:
    """The PDF of ``record`` (whose policy has ``errors`` error findings) and its page count."""
    from PySide6.QtCore import QHashSeed

    from app.exporters.pdf import document

    document._ensure_gui()
    randomised = QHashSeed.globalSeed() != 0
    QHashSeed.setDeterministicGlobalSeed()  # fonts are written in hash order
    try:
        return _render(record, errors)
    finally:
        if randomised:
            QHashSeed.resetRandomGlobalSeed()


def _render(record: Art30Record, errors: int) -> tuple[bytes, int]:
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

    from app.exporters.pdf import document as pdf

    meta = record.policy.policy
    title = f"{HEADINGS[record.kind]}: {meta.title or meta.id}"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.DPI)
    writer.setTitle(f"{title} {meta.version}")
    writer.setCreator("Policy Studio")
    writer.setDocumentId(QUuid.createUuidV5(QUuid(pdf.NAMESPACE),
                                            (record.kind + record.digest).encode()))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*(pdf.MARGIN_MM,) * 4),
                                     QPageLayout.Unit.Millimeter))
    area = writer.pageLayout().paintRectPixels(pdf.DPI)
    header = pdf.HEADER_PX
    width, height = float(area.width()), float(area.height()) - 2 * header
    standing = standing_of(record.policy, record.digest, errors)
    laid = pdf._layout(render_html(record, standing, footer=False), width, height, writer)
    count = laid.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start a PDF")
    small = pdf._without_ligatures(QFont("DejaVu Sans"))
    small.setPointSizeF(7.5)
    painter.setFont(small)
    rule_pen, text_pen = QPen(QColor("#8a96a3"), 0.6), QPen(QColor("#44505c"))
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    top = QRectF(0, 0, width, header - 10)
    bottom = QRectF(0, header + height + 8, width, header - 8)
    for page in range(count):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, header - page * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * height, width, height)
        painter.setClipRect(context.clip)
        laid.documentLayout().draw(painter, context)
        painter.restore()
        painter.setPen(rule_pen)
        painter.drawLine(0, int(header - 8), int(width), int(header - 8))
        painter.drawLine(0, int(header + height + 6), int(width), int(header + height + 6))
        painter.setPen(text_pen)
        painter.drawText(top, left | Qt.AlignmentFlag.AlignBottom, title)
        mark = "" if standing.approved else f"{DRAFT_MARK}  "
        painter.drawText(top, right | Qt.AlignmentFlag.AlignBottom,
                         f"{mark}Version {meta.version}")
        painter.drawText(bottom, left | Qt.AlignmentFlag.AlignTop,
                         f"Content digest {record.digest}")
        painter.drawText(bottom, right | Qt.AlignmentFlag.AlignTop, f"Page {page + 1} of {count}")
    painter.end()
    data = bytes(buffer.data().data())
    buffer.close()
    return pdf._fix_dates(data, meta.effective_date or pdf.FIXED_DATE), count


def _exporter(build: Callable[[Policy], Art30Record]) -> Callable[[Policy, int], ExportResult]:
    def export(policy: Policy, errors: int = 0) -> ExportResult:
        record = build(policy)
        return ExportResult(digest=record.digest, data=render_pdf(record, errors)[0])
    return export


for _kind, _article, _suffix in (("controller", "30(1)", ".art30.pdf"),
                                 ("processor", "30(2)", ".art30-processor.pdf")):
    register(FunctionExporter(
        name="art30-pdf" if _kind == "controller" else "art30-processor-pdf",
        title=f"Art. 30 record of processing, {_kind} (PDF)",
        suffix=_suffix,
        description=f"GDPR Art. {_article} record of processing activities "
                    f"({_kind}'s record) as an A4 PDF with the content digest and page "
                    "numbers on every page.",
        function=_exporter(build_record if _kind == "controller" else build_processor_record),
        states_errors=True,
    ))
