"""Where the pages of a laid-out text document may end, and where they do.

Qt's own pagination cuts a table row, or a heading from what follows it, wherever the page
runs out. Here the document is laid out once as one long page and cut into pages by rule:

- a cut falls between the lines of a paragraph (leaving at least two on each page), between
  blocks, or between table rows, never inside a row;
- never right after a heading (it stays with the start of what follows), nor after a
  paragraph of one or two lines right under a heading (a section's heading and its one-line
  lead-in do not end a page either);
- a block that asks for a page break before it (CSS ``page-break-before: always``) starts a page;
- a table cut after its header rows repeats those rows at the top of the next page.

Only a single row or line taller than a whole page is cut inside.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Cut:
    """A place a page may end: ``y`` in document pixels."""

    y: float
    forced: bool = False
    """The content after it asks to start a page."""
    header: tuple[float, float] | None = None
    """The table header rows (top, bottom) to repeat when the page ends here."""


@dataclass
class Page:
    """One page: stretches of the document (top, bottom), painted one below the other."""

    slices: list[tuple[float, float]] = field(default_factory=list)

    @property
    def top(self) -> float:
        """Where the page's own content (after any repeated header) starts."""
        return self.slices[-1][0]


class Cuts:
    """Collects the allowed cuts of a laid-out :class:`QTextDocument`."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.layout = document.documentLayout()
        self.found: dict[float, Cut] = {}
        self.keep: set[float] = set()
        """Places no cut may use (right after a heading)."""
        self.tables: list[tuple[float, float]] = []
        """(top, bottom of the last row's last line) of every table: inside, only the cuts
        between its rows."""
        self.between_rows: set[float] = set()

    def add(self, y: float, forced: bool = False,
            header: tuple[float, float] | None = None) -> None:
        """Allow a cut at ``y`` (a forced one wins over a plain one at the same place)."""
        known = self.found.get(y)
        if known is None or (forced and not known.forced):
            self.found[y] = Cut(y, forced, header)

    def collect(self) -> list[Cut]:
        """Every allowed cut of the document, top to bottom."""
        self._frame(self.document.rootFrame())
        return [cut for y, cut in sorted(self.found.items())
                if (cut.forced or y not in self.keep) and not self._in_a_row(y)]

    def _in_a_row(self, y: float) -> bool:
        """Whether ``y`` is inside a table's rows but not between two of them.

        Qt places the blocks after a table from the top of the table's bottom margin, which can
        be above the last line of its last row: a cut there would halve that line.
        """
        return y not in self.between_rows and any(top + 0.5 < y < bottom - 0.5
                                                  for top, bottom in self.tables)

    def _frame(self, frame: Any) -> None:
        from PySide6.QtGui import QTextFormat, QTextTable

        heading_above = False
        lead = False  # a heading and a short paragraph under it: they stay with what follows
        iterator = frame.begin()
        while not iterator.atEnd():
            child = iterator.currentFrame()
            if child is not None:
                top = self.layout.frameBoundingRect(child).top()
                forced = bool(child.frameFormat().pageBreakPolicy()
                              & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                self.add(top, forced)
                if heading_above or lead:
                    self.keep.add(top)
                if isinstance(child, QTextTable):
                    self._table(child, heading_above or lead)
                heading_above = lead = False
            else:
                block = iterator.currentBlock()
                heading = self._block(block, heading_above or lead)
                lead = (heading_above and not heading and bool(block.text().strip())
                        and block.layout().lineCount() <= 2)
                heading_above = heading
            iterator += 1

    def _block(self, block: Any, heading_above: bool) -> bool:
        """Cuts before ``block`` and between its lines; True when it is a heading."""
        from PySide6.QtGui import QTextFormat

        text_layout = block.layout()
        top = text_layout.position().y()
        form = block.blockFormat()
        forced = bool(form.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.add(top, forced)
        if heading_above:
            self.keep.add(top)
        heading = form.headingLevel() > 0
        # No line left alone at a page's foot or head: cuts only leave two lines each side.
        for index in range(2, text_layout.lineCount() - 1):
            y = top + text_layout.lineAt(index).y()
            self.add(y)
            if heading:
                self.keep.add(y)
        return heading

    def _table(self, table: Any, heading_above: bool) -> None:
        """Cuts between the rows of ``table``.

        None inside the header, nor after the first row when a heading is right above, nor
        before a row spanning the whole width (a note on the row above, kept with it).
        """
        rows, columns = table.rows(), table.columns()
        if not rows:
            return
        bounds = [self._row_bounds(table, row, columns) for row in range(rows)]
        tops = [top for top, _ in bounds]
        header_rows = min(table.format().headerRowCount(), rows - 1)
        frame = self.layout.frameBoundingRect(table)
        frame_top = frame.top()
        self.tables.append((frame_top, bounds[-1][1]))  # to its last line, not its margin
        header = None
        for row in range(1, rows):
            y = (bounds[row - 1][1] + tops[row]) / 2
            whole_width = table.cellAt(row, 0).columnSpan() >= columns > 1  # a note row
            if row <= header_rows or (row == 1 and heading_above) or whole_width:
                self.keep.add(y)
                continue
            if header_rows and header is None:
                header = (frame_top, (bounds[header_rows - 1][1] + tops[header_rows]) / 2)
            self.add(y, header=header)
            self.between_rows.add(y)

    def _row_bounds(self, table: Any, row: int, columns: int) -> tuple[float, float]:
        """Top of the first line and bottom of the last line of ``row``'s cells."""
        top, bottom = float("inf"), float("-inf")
        document, layout = self.document, self.layout
        for column in range(columns):
            cell = table.cellAt(row, column)
            if not cell.isValid() or cell.row() != row or cell.column() != column:
                continue  # the spanned part of another cell
            block = document.findBlock(cell.firstPosition())
            last = cell.lastPosition()
            while block.isValid() and block.position() <= last:
                rect = layout.blockBoundingRect(block)
                top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
                block = block.next()
        return top, bottom


def paginate(cuts: list[Cut], end: float, height: float) -> list[Page]:
    """Cut ``[0, end)`` into pages of at most ``height`` at the allowed ``cuts``."""
    ys = [cut.y for cut in cuts]
    forced = [cut.y for cut in cuts if cut.forced]
    pages: list[Page] = []
    start, header = 0.0, None
    while start < end - 0.5:
        page = Page([header] if header else [])
        room = height - (header[1] - header[0] if header else 0.0)
        limit = start + room
        if limit >= end:
            chosen: Cut | None = None
        else:
            chosen = _last_before(cuts, ys, start, limit)
        first_forced = next((y for y in forced[bisect_right(forced, start):] if y < end), None)
        if first_forced is not None and first_forced <= (chosen.y if chosen else min(limit, end)):
            chosen = cuts[ys.index(first_forced)]
        stop = chosen.y if chosen else min(limit, end)
        page.slices.append((start, stop))
        pages.append(page)
        header = chosen.header if chosen else None
        start = stop
    return pages or [Page([(0.0, 0.0)])]


def _last_before(cuts: list[Cut], ys: list[float], start: float, limit: float) -> Cut | None:
    """The lowest allowed cut in ``(start, limit]`` (``None``: nothing fits, cut at ``limit``)."""
    index = bisect_right(ys, limit) - 1
    while index >= 0 and ys[index] > start + 0.5:
        cut = cuts[index]
        room = cut.header[1] - cut.header[0] if cut.header else 0.0
        if room < (limit - start) / 2:  # a repeated header must leave room for content
            return cut
        index -= 1
    return None
