"""The data-flow map: categories -> purposes -> recipients, one curved edge per allowed use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
)

from app.domain.flow import COLUMNS, Flow, Node, build_flow
from app.domain.jurisdictions import transfer_regimes
from app.domain.sections import section_title
from app.storage.resources import default_jurisdictions, region_catalogue
from app.ui.views.timeline.canvas import TARGET, DiagramView, install_diagram, make_target

if TYPE_CHECKING:
    from app.ui.host import Host

BADGE_COLOURS = {"Art. 9": "#a23b8c", "Art. 10": "#7b3fa0", "third party": "#c46a12",
                 "no safeguard": "#c62828"}
COUNTRY_COLOUR = "#2f6f9f"
NODE_W, NODE_H, GAP, COLUMN_GAP, TOP = 232, 26, 7, 104, 36


class NodeItem(QGraphicsPathItem):
    """A rounded box that highlights its edges while hovered."""

    def __init__(self, view: FlowView, node: Node, rect: QRectF) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 7, 7)
        super().__init__(path)
        self.view, self.node = view, node
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Highlight the node's connections while the pointer is over it."""
        self.view.highlight(self.node.key)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """Highlight the current node's connections again."""
        self.view.highlight(self.view.current_target())
        super().hoverLeaveEvent(event)


class FlowView(DiagramView):
    """Where each kind of data goes: for which purposes, to which recipients."""

    TITLE = "Data flow"

    def __init__(self, bridge, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(bridge, parent)
        self.flow = Flow()
        self.nodes: dict[tuple[str, str], NodeItem] = {}
        self.edges: dict[tuple[tuple[str, str], tuple[str, str]], QGraphicsPathItem] = {}
        self.highlighted: tuple[str, str] | None = None
        self.setToolTip("Data flow: click a box to open its item; hover to follow its edges; "
                        "arrow keys move, Enter opens")

    # -- drawing ------------------------------------------------------------------------------
    def populate(self) -> None:
        """Draw the flow: one column per section, edges between what the rules connect."""
        regimes = transfer_regimes(self.policy, default_jurisdictions())
        self.flow = build_flow(self.policy, regimes, regions=region_catalogue())
        self.nodes, self.edges, self.highlighted = {}, {}, None
        tallest = max(len(nodes) for nodes in self.flow.columns.values())
        for number, section in enumerate(COLUMNS):
            nodes = self.flow.columns[section]
            x = number * (NODE_W + COLUMN_GAP)
            offset = (tallest - len(nodes)) * (NODE_H + GAP) / 2
            heading = self._text(section_title(section), x, 0, bold=True)
            heading.setX(x + (NODE_W - heading.boundingRect().width()) / 2)
            for row, node in enumerate(nodes):
                y = TOP + offset + row * (NODE_H + GAP)
                self._draw_node(node, QRectF(x, y, NODE_W, NODE_H))
        for (source, target), rules in self.flow.edges.items():
            self._draw_edge(source, target, rules)
        if not self.flow.edges:
            self._text("No allow rule uses any declared category yet.", 0, TOP,
                       self.text_colour(True))
        self.highlight(None)

    def _text(self, text: str, x: float, y: float, colour: QColor | None = None,
              bold: bool = False, parent: QGraphicsItem | None = None) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text, parent)
        font = QFont(self.font())
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(colour or self.text_colour())
        item.setPos(x, y)
        if parent is None:
            self.scene.addItem(item)
        return item

    def _draw_node(self, node: Node, rect: QRectF) -> None:
        item = NodeItem(self, node, rect)
        palette = self.palette()
        warn = "no safeguard" in node.badges or any(b.startswith("Art.") for b in node.badges)
        item.setBrush(palette.color(QPalette.ColorRole.Button))
        border = QColor(BADGE_COLOURS["no safeguard"]) if "no safeguard" in node.badges else (
            QColor(BADGE_COLOURS["Art. 9"]) if warn else palette.color(QPalette.ColorRole.Mid))
        item.setPen(QPen(border, 2 if warn else 1))
        item.setZValue(2)
        self.scene.addItem(item)
        make_target(item, node.section, node.id, node.describe())
        self.targets.append(item)
        self.nodes[node.key] = item
        right = rect.right() - 6
        for badge in reversed(node.badges):
            right -= self._badge(item, badge, right, rect.center().y()) + 4
        metrics = QFontMetricsF(self.font())
        title = metrics.elidedText(node.title, Qt.TextElideMode.ElideRight,
                                   right - rect.left() - 10)
        text = self._text(title, rect.left() + 8, 0, palette.color(QPalette.ColorRole.ButtonText),
                          parent=item)
        text.setY(rect.center().y() - text.boundingRect().height() / 2)

    def _badge(self, parent: QGraphicsItem, badge: str, right: float, middle: float) -> float:
        """Draw a filled pill ending at ``right``; returns its width."""
        text = ("⚠ " + badge) if badge == "no safeguard" else badge
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
        font.setBold(True)
        width = QFontMetricsF(font).horizontalAdvance(text) + 10
        path = QPainterPath()
        path.addRoundedRect(QRectF(right - width, middle - 8, width, 16), 8, 8)
        pill = QGraphicsPathItem(path, parent)
        pill.setBrush(QColor(BADGE_COLOURS.get(badge, COUNTRY_COLOUR)))
        pill.setPen(QPen(Qt.PenStyle.NoPen))
        pill.setData(2, badge)
        label = QGraphicsSimpleTextItem(text, pill)
        label.setFont(font)
        label.setBrush(QColor("white"))
        bounds = label.boundingRect()
        label.setPos(right - width + 5, middle - bounds.height() / 2)
        return width

    def _draw_edge(self, source: tuple[str, str], target: tuple[str, str],
                   rules: list[str]) -> None:
        start = self.nodes[source].sceneBoundingRect()
        end = self.nodes[target].sceneBoundingRect()
        a = QPointF(start.right(), start.center().y())
        b = QPointF(end.left(), end.center().y())
        bend = (b.x() - a.x()) / 2
        path = QPainterPath(a)
        path.cubicTo(QPointF(a.x() + bend, a.y()), QPointF(b.x() - bend, b.y()), b)
        edge = QGraphicsPathItem(path)
        edge.setToolTip(f"{source[1]} → {target[1]}: allowed by {', '.join(rules)}")
        edge.setData(2, rules)
        self.scene.addItem(edge)
        self.edges[(source, target)] = edge

    # -- highlighting -------------------------------------------------------------------------
    def highlight(self, key: tuple[str, str] | None) -> None:
        """Emphasise the edges touching node ``key`` (all edges plain when None)."""
        self.highlighted = key
        base = self.text_colour()
        plain = QColor(base)
        plain.setAlpha(70 if key is None else 30)
        strong = self.palette().color(QPalette.ColorRole.Highlight)
        for (source, target), edge in self.edges.items():
            on = key in (source, target)
            edge.setPen(QPen(strong if on else plain, 2.4 if on else 1.2))
            edge.setZValue(1 if on else 0)

    def highlighted_edges(self) -> list[tuple[tuple[str, str], tuple[str, str]]]:
        """The edges drawn emphasised."""
        return [k for k in self.edges if self.highlighted in k]

    def on_current(self, item: QGraphicsItem) -> None:
        """Highlight the connections of the current node."""
        self.highlight(item.data(TARGET))

    # -- keys: up/down within a column, left/right across columns -----------------------------
    def navigate(self, key: int) -> bool:
        """Up and down within a column, left and right to the nearest node in the next column."""
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right) or not self.targets:
            return super().navigate(key)
        current = self.targets[max(self.current, 0)]
        column = COLUMNS.index(current.data(TARGET)[0])
        column += 1 if key == Qt.Key.Key_Right else -1
        if not 0 <= column < len(COLUMNS):
            return True
        candidates = [i for i, t in enumerate(self.targets)
                      if t.data(TARGET)[0] == COLUMNS[column]]
        if candidates:
            y = current.sceneBoundingRect().center().y()
            self.set_current(min(candidates, key=lambda i: abs(
                self.targets[i].sceneBoundingRect().center().y() - y)))
        return True


def install_flow(host: Host) -> FlowView:
    """Add the data-flow map as a view of ``host``, with File-menu export entries."""
    view = FlowView(host.bridge, host.widget)
    install_diagram(host, view, FlowView.TITLE, "data-flow", "Export data flow")
    return view
