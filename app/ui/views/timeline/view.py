"""The retention timeline.

One bar per retention rule that applies to each data category, on a log scale from hours to years
with an "indefinite" zone, gaps and ambiguities marked.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from app.domain import timeline
from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.sections import CATEGORIES, RETENTION
from app.storage.resources import region_catalogue
from app.ui.views.timeline.canvas import DiagramView, install_diagram, make_target
from app.ui.views.timeline.listing import Entry

if TYPE_CHECKING:
    from app.domain.models import Policy
    from app.ui.host import Host

DISPOSITION_COLOURS = {
    "delete": "#4e79a7", "anonymise": "#59a14f", "pseudonymise": "#2f9e9a",
    "archive": "#9c6bb0", "review": "#e0892b",
}
GAP_COLOUR = QColor("#d62728")
TIE_COLOUR = QColor("#e8a317")
NAME_W, INDENT, INDEF_W, TEXT_W, MIN_W = 210, 14, 64, 290, 320
LINE, BAR_H, LEGEND_LINE = 20, 11, 22
SCALE_ROOM = 64
"""From the last legend line down to the first row: room for the (staggered) scale labels."""
FIXED_W = 16 + INDEF_W + 12 + 40
"""The gaps, the indefinite zone and the margin beside the three columns."""


def columns(viewport: int) -> tuple[float, float, float]:
    """Widths of the name column, the scale and the text column in a viewport this wide.

    With room to spare the scale takes it; in a small window (1024x700) all three narrow so
    that the whole diagram stays in sight.
    """
    if viewport - FIXED_W - NAME_W - TEXT_W >= MIN_W:
        return NAME_W, viewport - FIXED_W - NAME_W - TEXT_W, TEXT_W
    room = max(viewport - FIXED_W, 140 + 160 + 160)
    name, text = max(140.0, room * 0.28), max(160.0, room * 0.3)
    return name, room - name - text, text


EMPTY_WRAP = 72
"""Characters per line of what an empty timeline says."""


def empty_words(policy: Policy) -> str:
    """What the timeline says when it has nothing (or no retention rule) to draw."""
    if not policy.categories:
        return translate("timeline", "No data categories yet: declare the data the policy is "
                         "about (Add item, Ctrl+Shift+N, in Data categories), then say how long "
                         "it is kept.")
    return translate("timeline", "No retention rules yet: add one with Add item (Ctrl+Shift+N) "
                     "in Retention rules to say how long each category is kept.")


class TimelineView(DiagramView):
    """Retention periods of every category on one readable scale."""

    TITLE = QT_TRANSLATE_NOOP("views", "Retention timeline")

    def __init__(self, bridge, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(bridge, parent)
        self.rows: list[timeline.Row] = []
        self._width = MIN_W
        self._name_w, self._text_w, self._top = float(NAME_W), float(TEXT_W), 86.0
        self._lx = self._ly = self._limit = 0.0
        self.setToolTip(translate("timeline", "Retention periods by category: click a bar to "
                                  "open its rule; arrow keys move, Enter opens"))

    def timeline_width(self) -> int:
        """Width of the scale, filling the visible area."""
        return round(columns(self.canvas.viewport().width())[1])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Redraw at the new width when it changed noticeably."""
        super().resizeEvent(event)
        if self.isVisible() and abs(self.timeline_width() - self._width) > 8:
            self.rebuild()

    # -- drawing ------------------------------------------------------------------------------
    def _text(self, text: str, x: float, y: float, colour: QColor | None = None,
              bold: bool = False, size: float = 0) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setBold(bold)
        if size:
            font.setPointSizeF(size)
        item.setFont(font)
        item.setBrush(colour or self.text_colour())
        item.setPos(x, y)
        self.scene.addItem(item)
        return item

    def _x(self, days: float) -> float:
        return self._x0 + timeline.position(days) * self._width

    def populate(self) -> None:
        """Draw the legend, the time scale and the rows of :func:`timeline.build_rows`."""
        self.rows = timeline.build_rows(self.policy, region_catalogue())
        self._name_w, scale, self._text_w = columns(self.canvas.viewport().width())
        self._width = round(scale)
        self._x0 = self._name_w + 16
        self._text_x = self._x0 + self._width + INDEF_W + 12
        self._draw_legend()
        height = self._top + sum(r.lines for r in self.rows) * LINE
        self._draw_scale(height)
        y = self._top
        for number, row in enumerate(self.rows):
            self._draw_row(row, y, number % 2 == 1)
            y += row.lines * LINE
        if not self.rows or not self.policy.retention:
            words = textwrap.fill(empty_words(self.policy), EMPTY_WRAP)  # fits 1024 pixels
            self._text(words, 12, y + (LINE if self.rows else 0), self.text_colour(True))
            self.listed.append(Entry("Note", "", "", empty_words(self.policy)))

    def _entry(self, width: float) -> tuple[float, float]:
        """Where the next legend entry ``width`` wide goes: on this line, else the next."""
        if self._lx > 12 and self._lx + width > self._limit:
            self._lx, self._ly = 12.0, self._ly + LEGEND_LINE
        x = self._lx
        self._lx += width + 14
        return x, self._ly

    def _legend_text(self, text: str, mark: float) -> tuple[float, float]:
        """Place a legend entry (a ``mark`` wide sign, then ``text``); return the sign's place."""
        x, y = self._entry(mark + QFontMetricsF(self.font()).horizontalAdvance(text))
        self._text(text, x + mark, y)
        return x, y

    def _draw_legend(self) -> None:
        """The title and what each mark and colour means, wrapped to the diagram's width."""
        self._limit = self._text_x + self._text_w
        title = self._text(translate("timeline", "Retention periods by data category"), 12, 0,
                           bold=True)
        self._lx, self._ly = 12 + title.boundingRect().width() + 24, 0.0
        self._draw_marks_legend()
        self._lx, self._ly = 12.0, self._ly + LEGEND_LINE
        for name, colour in DISPOSITION_COLOURS.items():
            x, y = self._legend_text(
                translate("timeline", "then {disposition}").format(disposition=label(name)), 18)
            swatch = self.scene.addRect(QRectF(x, y + 4, 14, 10), QPen(Qt.PenStyle.NoPen),
                                        QColor(colour))
            swatch.setToolTip(
                translate("timeline", "Then {disposition}").format(disposition=label(name)))
        x, y = self._legend_text(translate("timeline", "no retention"), 18)
        gap = self.scene.addRect(QRectF(x, y + 4, 14, 10), QPen(GAP_COLOUR),
                                 QBrush(GAP_COLOUR, Qt.BrushStyle.BDiagPattern))
        gap.setToolTip(translate("timeline", "An allowed use without any retention period"))
        x, y = self._legend_text(translate("timeline", "ambiguous (tied rules)"), 16)
        self._text("⚠", x, y, TIE_COLOUR, bold=True)
        self._top = self._ly + SCALE_ROOM

    def _draw_marks_legend(self) -> None:
        """How minimum, year-end starts and criteria look (beside the title)."""
        x, y = self._legend_text(translate("timeline", "minimum"), 14)
        self.scene.addLine(x + 6, y + 2, x + 6, y + 14, QPen(self.text_colour(), 2))
        colour = QColor(DISPOSITION_COLOURS["delete"])
        x, y = self._legend_text(translate("timeline", "up to a year more (from year end)"), 18)
        self.scene.addRect(QRectF(x, y + 4, 14, 10), QPen(colour.darker(130), 1,
                                                            Qt.PenStyle.DashLine),
                           QBrush(colour, Qt.BrushStyle.Dense5Pattern))
        font = QFont(self.font())
        font.setItalic(True)
        words = translate("timeline", "“…” criteria, no fixed period")
        x, y = self._entry(QFontMetricsF(font).horizontalAdvance(words))
        criteria = self._text(words, x, y, self.text_colour(True))
        criteria.setFont(font)

    def _draw_scale(self, height: float) -> None:
        grid = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        muted = self.text_colour(True)
        end = self._x0 + self._width
        top = self._top
        rows = [self._top - 24, self._top - 40]  # labels stagger up when the scale is narrow
        left = dict.fromkeys(rows, float("inf"))
        marks = [(self._x(days), translate("timeline", name)) for days, name in timeline.TICKS]
        indefinite = (end + INDEF_W / 2, translate("timeline", "indefinite"))
        for x, name in [indefinite, *reversed(marks)]:  # right to left
            if (x, name) != indefinite:
                self.scene.addLine(x, top - 6, x, height, grid)
            width = QFontMetricsF(self.font()).horizontalAdvance(name)
            row = next((r for r in rows if x + width / 2 + 6 <= left[r]), None)
            if row is not None:  # a label with no room in either row is left out
                self._text(name, x - width / 2, row, muted)
                left[row] = x - width / 2
        zone = self.scene.addRect(QRectF(end + 4, top - 6, INDEF_W - 8, height - top + 6),
                                  QPen(Qt.PenStyle.NoPen),
                                  QBrush(self.text_colour(True), Qt.BrushStyle.Dense7Pattern))
        zone.setToolTip(translate("timeline", "Indefinite: no end date"))
        zone.setZValue(-2)

    def _elided(self, text: str, width: float) -> str:
        return QFontMetricsF(self.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _draw_row(self, row: timeline.Row, y: float, shaded: bool) -> None:
        category = row.category
        if shaded:
            band = self.scene.addRect(QRectF(0, y, self._text_x + self._text_w, row.lines * LINE),
                                      QPen(Qt.PenStyle.NoPen),
                                      self.palette().color(QPalette.ColorRole.AlternateBase))
            band.setZValue(-3)
        indent = 12 + row.level * INDENT
        title = self._elided(shown_name(category.name, category.id), self._name_w - indent)
        name = self._text(title, indent, y + 2, bold=row.level == 0)
        words = (translate("timeline", "Category {name} ({id}), {sensitivity}: used by allow "
                           "rules") if row.used else
                 translate("timeline", "Category {name} ({id}), {sensitivity}: not used by any "
                           "allow rule")).format(name=shown_name(category.name, category.id),
                                                 id=category.id,
                                                 sensitivity=label(category.sensitivity))
        make_target(name, CATEGORIES, category.id, words)
        self.targets.append(name)
        unused = (translate("timeline", "no retention rule (not used)")
                  if not row.bars and not row.gaps else "")
        self.listed.append(Entry(translate("timeline", "Data category"),
                                 shown_name(category.name, category.id), unused, words,
                                 (CATEGORIES, category.id)))
        line = 0
        for bar in row.bars:
            self._draw_bar(bar, row, y + line * LINE)
            line += 1
        if row.gaps:
            self._draw_gap(row, y + line * LINE)
        elif unused:
            self._text(unused, self._x0 + 4, y + 2, self.text_colour(True))

    def _end_x(self, days: float) -> float:
        if days == float("inf"):
            return self._x0 + self._width + INDEF_W - 4
        return self._x(days)

    def _draw_bar(self, bar: timeline.Bar, row: timeline.Row, y: float) -> None:
        colour = QColor(DISPOSITION_COLOURS.get(str(bar.rule.disposition), "#4e79a7"))
        top = y + (LINE - BAR_H) / 2
        if bar.maximum is None:  # criteria: no invented length, only the minimum if any
            end = self._x(bar.minimum) if bar.minimum is not None else self._x0
            rect = QRectF(self._x0, top, max(3.0, end - self._x0), BAR_H)
        else:
            rect = QRectF(self._x0, top, max(3.0, self._end_x(bar.maximum) - self._x0), BAR_H)
        item = QGraphicsRectItem(rect)
        item.setBrush(colour)
        item.setPen(QPen(TIE_COLOUR, 2) if bar.ties else QPen(colour.darker(130), 1))
        self.scene.addItem(item)
        make_target(item, RETENTION, bar.rule.id,
                    bar.describe(shown_name(row.category.name, row.category.id)))
        item.setData(2, bar.rule.id)
        self.targets.append(item)
        self._draw_marks(bar, rect, colour)
        x = self._text_x
        if bar.ties:
            self._text("⚠", x, y + 2, TIE_COLOUR, bold=True).setToolTip(
                translate("timeline", "Ambiguous: ties with {rules}").format(
                    rules=", ".join(bar.ties)))
            x += 16
        text = bar.text() + (translate("timeline", " · legal hold") if bar.rule.legal_hold else "")
        words = bar.describe(shown_name(row.category.name, row.category.id))
        self._text(self._elided(text, self._text_w - (x - self._text_x)), x, y + 2).setToolTip(
            words)
        no_period = translate("timeline", "no period")
        criteria = f" “{bar.criteria or no_period}”" if bar.maximum is None else ""
        self.listed.append(Entry(
            translate("timeline", "Retention rule"),
            translate("timeline", "{rule} for {category}").format(
                rule=bar.rule.id, category=shown_name(row.category.name, row.category.id)),
            ("⚠ " if bar.ties else "") + text + criteria, words, (RETENTION, bar.rule.id)))

    def _draw_marks(self, bar: timeline.Bar, rect: QRectF, colour: QColor) -> None:
        """The year-end extension, the minimum mark and the criteria text of ``bar``."""
        if bar.maximum is not None and bar.year_end and bar.maximum != float("inf"):
            end = self._end_x(bar.maximum + bar.year_end)
            extra = self.scene.addRect(
                QRectF(rect.right(), rect.top(), max(2.0, end - rect.right()), rect.height()),
                QPen(colour.darker(130), 1, Qt.PenStyle.DashLine),
                QBrush(colour, Qt.BrushStyle.Dense5Pattern))
            extra.setToolTip(translate("timeline", "Up to a year more: the period starts at "
                                       "the end of the year in which the event happened"))
        if bar.minimum is not None and bar.maximum is not None:
            x = self._end_x(bar.minimum)
            self.scene.addLine(x, rect.top() - 3, x, rect.bottom() + 3,
                               QPen(self.text_colour(), 2)).setToolTip(
                translate("timeline", "Kept at least {minimum}").format(
                    minimum=bar.rule.minimum.words() if bar.rule.minimum else ""))
        if bar.maximum is None:
            room = self._x0 + self._width + INDEF_W - rect.right() - 8
            no_period = translate("timeline", "no period")
            text = self._text(self._elided(f"“{bar.criteria or no_period}”", room),
                              rect.right() + 6, rect.top() - 3, self.text_colour(True))
            font = text.font()
            font.setItalic(True)
            text.setFont(font)
            text.setToolTip(bar.describe(""))

    def _draw_gap(self, row: timeline.Row, y: float) -> None:
        rect = QRectF(self._x0, y + (LINE - BAR_H) / 2, self._width + INDEF_W - 4, BAR_H)
        item = QGraphicsRectItem(rect)
        item.setPen(QPen(GAP_COLOUR, 1.5))
        item.setBrush(QBrush(GAP_COLOUR, Qt.BrushStyle.BDiagPattern))
        self.scene.addItem(item)
        names = {p.id: shown_name(p.name, p.id) for p in self.policy.purposes}
        purposes = ", ".join(names.get(p, p) for p in row.gaps)
        make_target(item, CATEGORIES, row.category.id,
                    translate("timeline", "No retention period for {category} when used for "
                              "{purposes}").format(
                        category=shown_name(row.category.name, row.category.id),
                        purposes=purposes))
        item.setData(2, "gap")
        self.targets.append(item)
        missing = translate("timeline", "no retention for: {purposes}").format(
            purposes=purposes)
        self.listed.append(Entry(translate("timeline", "Gap"),
                                 shown_name(row.category.name, row.category.id), missing,
                                 str(item.data(1)),
                                 (CATEGORIES, row.category.id)))
        self._text(self._elided(missing, self._text_w),
                   self._text_x,
                   y + 2, GAP_COLOUR).setToolTip(item.toolTip())

    def bars(self) -> list[QGraphicsItem]:
        """The retention bars and gap markers, top to bottom."""
        return [t for t in self.targets if t.data(2) is not None]


def install_timeline(host: Host) -> TimelineView:
    """Add the retention timeline as a view of ``host``, with File-menu export entries."""
    view = TimelineView(host.bridge, host.widget)
    install_diagram(host, view, TimelineView.TITLE, "retention",
                    QT_TRANSLATE_NOOP("views", "Export retention timeline"),
                    translate("view tab", "Timeline"))
    return view
