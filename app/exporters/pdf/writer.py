"""HTML to an A4 PDF with Qt's text layout: pages cut by rule, furniture, bookmarks, dates.

Any readable document (the policy document, the Art. 30 record) goes through
:func:`html_pdf`. Its body is laid out once as one long page and cut into pages by
:mod:`app.exporters.pdf.pages` (no table row split, no heading at a page foot). An optional
front part (cover, contents) is laid out on its own, so its contents can list the pages the
body's sections start on without the body being laid out again. Every page gets a header (title,
version, DRAFT unless approved) and a footer (content digest, page number). The PDF's headings
become its bookmarks (:mod:`app.exporters.pdf.outline`), and its creation date is the one given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.i18n import translate
from app.exporters.pdf.outline import Bookmark, add_outline
from app.exporters.standing import DRAFT_MARK

DPI = 96
"""Layout resolution: CSS pixels and points map as in a browser."""
MARGIN_MM = 18.0
HEADER_PX = 26.0
"""Room for the header above and the footer below the text on every page."""
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")
"""OpenType ligature features, all turned off: a font would otherwise draw "fi" or "ff" as one
glyph that PDF readers copy out as U+FB01 or U+FB00, and the text (or a digest) copied from the
PDF would no longer be the policy's."""
NAMESPACE = "{5b0e9a52-3a4c-4d0b-9a57-6c1f0f3e2d11}"
"""Namespace of the PDF's document id, which is derived from the content digest."""
WBR = "<wbr>"
ZERO_WIDTH_SPACE = "\u200b"
"""Qt's HTML reader drops ``<wbr>``; a zero-width space is its line-break opportunity, and it
is not copied out of the PDF as text."""
WORD_JOINER = "\u2060"
"""Keeps ``Art. 6(1)(f)`` on one line: Qt would otherwise break it between ``)`` and ``(``."""
_app: Any = None


@dataclass(frozen=True)
class Furniture:
    """What every page says besides the content, and the PDF's own facts."""

    title: str
    """Header, left, and the PDF's title (with the version)."""
    version: str
    """Header, right: ``Version 1.0.0``."""
    digest: str
    """Footer, left: the content digest; also seeds the PDF's document id."""
    draft: bool
    """Header, centre: DRAFT unless approved."""
    created: dt.datetime
    """The PDF's creation and modification date (aware; written in UTC)."""


@dataclass(frozen=True)
class Rendered:
    """A PDF and what it holds."""

    data: bytes
    pages: int
    anchors: dict[str, int]
    """Page (from 1) of every named anchor of the body."""
    bookmarks: tuple[Bookmark, ...]


def _ensure_gui() -> None:
    """Qt's text layout needs an application object (an offscreen one in the CLI).

    It comes from the one factory that guards it and tears it down in order at exit
    (:mod:`app.exporters.pdf.qt_session`).
    """
    global _app
    from app.exporters.pdf.qt_session import application

    _app = application(["policy-studio", "-platform", "offscreen"])


def _without_ligatures(font: Any) -> Any:
    """``font`` with every ligature feature off."""
    from PySide6.QtGui import QFont

    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(html: str, width: float, device: Any) -> Any:
    """``html`` laid out ``width`` wide as one long page for ``device``."""
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextOption

    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_without_ligatures(document.defaultFont()))
    # Lines wrap between words only (an id also after its dots and underscores, see
    # app.exporters.documents_html.ident), never inside a word.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setHtml(html.replace(WBR, ZERO_WIDTH_SPACE).replace(")(", ")" + WORD_JOINER + "("))
    # The HTML's fonts replace the default one, so switch ligatures off on every fragment,
    # before the PDF device is set (with it, each change would lay the document out again).
    plain = QTextCharFormat()
    plain.setFontFeatures({QFont.Tag(tag): 0 for tag in LIGATURE_FEATURES})
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(plain)
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(width)
    return document


class Laid:
    """One laid-out document cut into pages."""

    def __init__(self, html: str, width: float, height: float, device: Any) -> None:
        from app.exporters.pdf.pages import Cuts, paginate

        self.document = _layout(html, width, device)
        end = self.document.documentLayout().documentSize().height()
        self.pages = paginate(Cuts(self.document).collect(), end, height)

    def page_of(self, y: float) -> int:
        """Index (from 0) of the page showing ``y``."""
        for index, page in enumerate(self.pages):
            if y < page.slices[-1][1]:
                return index
        return len(self.pages) - 1

    def anchors(self) -> dict[str, int]:
        """Page index (from 0) of every named anchor."""
        return {name: self.page_of(y) for name, y, _level, _text in self._marks()}

    def headings(self) -> list[tuple[str, float, int, str]]:
        """(anchor, y, level, text) of every heading that carries an anchor."""
        return [mark for mark in self._marks() if mark[2]]

    def _marks(self) -> list[tuple[str, float, int, str]]:
        layout = self.document.documentLayout()
        found: dict[str, tuple[str, float, int, str]] = {}
        block = self.document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                for name in iterator.fragment().charFormat().anchorNames():
                    if name not in found:
                        text = block.text().replace(ZERO_WIDTH_SPACE, "").strip()
                        found[name] = (name, layout.blockBoundingRect(block).top(),
                                       block.blockFormat().headingLevel(), text)
                iterator += 1
            block = block.next()
        return list(found.values())


def html_pdf(body: str, furniture: Furniture,
             front: Callable[[Mapping[str, int]], str] | None = None) -> Rendered:
    """The A4 PDF of ``body`` HTML (after ``front``, given the body's anchor pages)."""
    from PySide6.QtCore import QHashSeed

    _ensure_gui()
    # The PDF engine writes its fonts in hash order: a fixed seed gives the same bytes.
    randomised = QHashSeed.globalSeed() != 0
    QHashSeed.setDeterministicGlobalSeed()
    try:
        return _render(body, furniture, front)
    finally:
        if randomised:
            QHashSeed.resetRandomGlobalSeed()


def _render(body: str, furniture: Furniture,
            front: Callable[[Mapping[str, int]], str] | None) -> Rendered:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QUuid
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{furniture.title} {furniture.version}".strip())
    writer.setCreator("Policy Studio")
    writer.setDocumentId(QUuid.createUuidV5(QUuid(NAMESPACE), furniture.digest.encode()))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter))
    area = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(area.width()), float(area.height()) - 2 * HEADER_PX
    main = Laid(body, width, height, writer)
    parts = [main]
    offset = 0
    if front is not None:
        placeholder = dict.fromkeys(main.anchors(), 999)
        first = Laid(front(placeholder), width, height, writer)
        offset = len(first.pages)
        pages = {name: index + 1 + offset for name, index in main.anchors().items()}
        parts = [Laid(front(pages), width, height, writer), main]
        offset = len(parts[0].pages)
    anchors = {name: index + 1 + offset for name, index in main.anchors().items()}
    count = sum(len(part.pages) for part in parts)
    _paint(writer, parts, furniture, width, height, count)
    data = bytes(buffer.data().data())
    buffer.close()
    marks = tuple(Bookmark(text, name, level) for part in parts
                  for name, _y, level, text in part.headings())
    data = add_outline(_fix_dates(data, furniture.created), marks)
    return Rendered(data, count, anchors, marks)


def header_fonts() -> tuple[Any, Any]:
    """The running header's fonts: (small for title and version, bold for the DRAFT mark)."""
    from PySide6.QtGui import QFont

    small = _without_ligatures(QFont("DejaVu Sans"))
    small.setPointSizeF(7.5)
    bold = QFont(small)
    bold.setBold(True)
    bold.setPointSizeF(8.5)
    return small, bold


def header(furniture: Furniture, width: float, small: Any,
           bold: Any) -> list[tuple[Any, str, bool]]:
    """(box, text, is the DRAFT mark) of the running header's parts, side by side.

    The version sits at the right; the DRAFT mark in the middle, or just left of the version
    when the middle is taken; the title has what is left at the left, cut short with an
    ellipsis when it is longer. ``small`` and ``bold`` are the fonts' metrics
    (:func:`header_fonts`).
    """
    from PySide6.QtCore import QRectF, Qt

    gap, height = 12.0, HEADER_PX - 10
    version = translate("pdf", "Version {version}").format(version=furniture.version)
    draft_mark = translate("pdf", DRAFT_MARK)
    version_width = small.horizontalAdvance(version)
    placed = [(QRectF(width - version_width, 0, version_width, height), version, False)]
    room = width - version_width - gap
    if furniture.draft:
        mark_width = bold.horizontalAdvance(draft_mark)
        left = min((width - mark_width) / 2, room - mark_width)
        placed.append((QRectF(left, 0, mark_width, height), draft_mark, True))
        room = left - gap
    title = small.elidedText(furniture.title, Qt.TextElideMode.ElideRight, max(room, 0.0))
    if title:
        placed.insert(0, (QRectF(0, 0, small.horizontalAdvance(title), height), title, False))
    return placed


def _paint(writer: Any, parts: list[Laid], furniture: Furniture, width: float, height: float,
           count: int) -> None:
    """Paint every page of ``parts`` with its header and footer."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFontMetricsF, QPainter, QPen

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("pdf", "Qt could not start a PDF"))
    small, bold = header_fonts()
    placed = header(furniture, width, QFontMetricsF(small), QFontMetricsF(bold))
    rule_pen, text_pen = QPen(QColor("#8a96a3"), 0.6), QPen(QColor("#44505c"))
    draft_pen = QPen(QColor("#b42318"))
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    bottom = QRectF(0, HEADER_PX + height + 8, width, HEADER_PX - 8)
    number = 0
    for part in parts:
        layout = part.document.documentLayout()
        for page in part.pages:
            if number:
                writer.newPage()
            number += 1
            y = HEADER_PX
            for start, stop in page.slices:
                painter.save()
                painter.translate(0, y - start)
                painter.setClipRect(QRectF(0, start, width, stop - start))
                context = QAbstractTextDocumentLayout.PaintContext()
                # Half a pixel inside the cut, so a line starting at a cut is drawn once.
                context.clip = QRectF(0, start + 0.5, width, max(stop - start - 1.0, 0.0))
                layout.draw(painter, context)
                painter.restore()
                y += stop - start
            painter.setFont(small)
            painter.setPen(rule_pen)
            painter.drawLine(0, int(HEADER_PX - 8), int(width), int(HEADER_PX - 8))
            painter.drawLine(0, int(HEADER_PX + height + 6), int(width),
                             int(HEADER_PX + height + 6))
            for rect, text, is_draft in placed:
                painter.setFont(bold if is_draft else small)
                painter.setPen(draft_pen if is_draft else text_pen)
                painter.drawText(rect, left | Qt.AlignmentFlag.AlignBottom, text)
            painter.setFont(small)
            painter.setPen(text_pen)
            painter.drawText(bottom, left | Qt.AlignmentFlag.AlignTop,
                             translate("pdf", "Content digest {digest}").format(
                                 digest=furniture.digest))
            painter.drawText(bottom, right | Qt.AlignmentFlag.AlignTop,
                             translate("pdf", "Page {page} of {count}").format(
                                 page=number, count=count))
    painter.end()


def _same_length(stamp: str, old: bytes) -> bytes:
    """``stamp`` (UTC, ending ``Z``) spelt to fill exactly the room of ``old``."""
    for form in (stamp, stamp[:-1] + "+00'00'", stamp[:-1] + "+00:00"):
        if len(form) == len(old):
            return form.encode()
    return stamp.encode().ljust(len(old))[:len(old)]


def _fix_dates(data: bytes, when: dt.datetime) -> bytes:
    """Replace the writer's wall-clock dates by ``when`` (same length: offsets stay valid)."""
    utc = when.astimezone(dt.UTC)
    data = re.sub(rb"(/(?:CreationDate|ModDate) \()(D:[^)]*)(\))", lambda m: m.group(1)
                  + _same_length(f"D:{utc:%Y%m%d%H%M%S}Z", m.group(2)) + m.group(3), data)
    return re.sub(rb'(xmp:\w+Date=")([^"]*)(")', lambda m: m.group(1)
                  + _same_length(f"{utc:%Y-%m-%dT%H:%M:%S}Z", m.group(2)) + m.group(3),
                  data)
