"""The data-flow map's boxes: a rounded box per node, its title elided to fit, its badges.

A :class:`BoxPainter` is made once per map, so the fonts and metrics every box uses are worked
out once, not per box (a large map has a hundred and more).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
)

from app.domain.flow import NO_SAFEGUARD, Node, badge_words

BADGE_COLOURS = {"Art. 9": "#a23b8c", "Art. 10": "#7b3fa0", "third party": "#c46a12",
                 "no safeguard": "#c62828"}
COUNTRY_COLOUR = "#2f6f9f"
Key = tuple[str, str]


class Highlighter(Protocol):
    """What a box tells while hovered: the view that highlights edges."""

    def highlight(self, key: Key | None) -> None:
        """Emphasise the edges of ``key`` (none when None)."""

    def current_target(self) -> Key | None:
        """The current box's key."""


class NodeItem(QGraphicsPathItem):
    """A rounded box that highlights its edges while hovered."""

    def __init__(self, view: Highlighter, node: Node, rect: QRectF) -> None:
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


class BoxPainter:
    """Makes the boxes of one map, in ``font`` and ``palette``'s colours."""

    def __init__(self, view: Highlighter, font: QFont, palette: QPalette) -> None:
        self.view = view
        self.font, self.metrics = font, QFontMetricsF(font)
        self.badge_font = QFont(font)
        self.badge_font.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
        self.badge_font.setBold(True)
        self.badge_metrics = QFontMetricsF(self.badge_font)
        self.fill = palette.color(QPalette.ColorRole.Button)
        self.text = palette.color(QPalette.ColorRole.ButtonText)
        self.pens = {"plain": QPen(palette.color(QPalette.ColorRole.Mid), 1),
                     "special": QPen(QColor(BADGE_COLOURS["Art. 9"]), 2),
                     "unsafe": QPen(QColor(BADGE_COLOURS["no safeguard"]), 2)}

    def draw(self, node: Node, rect: QRectF) -> NodeItem:
        """The box of ``node`` filling ``rect`` (not yet in a scene)."""
        item = NodeItem(self.view, node, rect)
        item.setBrush(self.fill)
        unsafe = NO_SAFEGUARD in node.badges
        special = any(b.startswith("Art.") for b in node.badges)
        item.setPen(self.pens["unsafe" if unsafe else "special" if special else "plain"])
        item.setZValue(2)
        right = rect.right() - 6
        for badge in reversed(node.badges):
            right -= self._badge(item, badge, right, rect.center().y()) + 4
        title = self.metrics.elidedText(node.title, Qt.TextElideMode.ElideRight,
                                        right - rect.left() - 10)
        text = QGraphicsSimpleTextItem(title, item)
        text.setFont(self.font)
        text.setBrush(self.text)
        text.setPos(rect.left() + 8, rect.center().y() - text.boundingRect().height() / 2)
        return item

    def _badge(self, parent: QGraphicsItem, badge: str, right: float, middle: float) -> float:
        """Draw a filled pill ending at ``right``; returns its width."""
        text = ("\u26a0 " if badge == NO_SAFEGUARD else "") + badge_words(badge)
        width = self.badge_metrics.horizontalAdvance(text) + 10
        path = QPainterPath()
        path.addRoundedRect(QRectF(right - width, middle - 8, width, 16), 8, 8)
        pill = QGraphicsPathItem(path, parent)
        pill.setBrush(QColor(BADGE_COLOURS.get(badge, COUNTRY_COLOUR)))
        pill.setPen(QPen(Qt.PenStyle.NoPen))
        pill.setData(2, badge)
        label = QGraphicsSimpleTextItem(text, pill)
        label.setFont(self.badge_font)
        label.setBrush(QColor("white"))
        label.setPos(right - width + 5, middle - label.boundingRect().height() / 2)
        return width
