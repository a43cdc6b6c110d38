"""The data-flow map's edges, painted as two items however many there are.

A large policy's map has thousands of edges; an item each made painting a new map cost the GUI
thread a tenth of a second and every highlight another pass over them all. Here every edge is
part of one path (:class:`EdgeLayer`), and the edges of the box in focus are drawn again over
it, emphasised, as a second, small one. Neither is hit by the pointer; :func:`line_at` finds
the edge under a point for its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from math import hypot

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from app.ui.views.flow.layout import Line

NEAR = 4.0
"""How close (in pixels at actual size) a point must be to an edge to be on it."""
_HALVINGS = 20


def edges_path(lines: Iterable[Line]) -> QPainterPath:
    """One path holding every line of ``lines`` as a curve."""
    path = QPainterPath()
    for line in lines:
        path.moveTo(*line.start)
        path.cubicTo(*line.controls())
    return path


def edge_pen(colour: QColor, width: float) -> QPen:
    """A pen for edges: ``width`` pixels on screen at any zoom.

    Such a "cosmetic" pen one pixel wide is drawn by a fast path: thousands of long curves
    drawn with a wider one (or a scaled one) took the GUI thread seconds on every repaint.
    """
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


class EdgeLayer(QGraphicsPathItem):
    """Edges as one path item that the pointer passes through (boxes take the clicks)."""

    def __init__(self, lines: Iterable[Line]) -> None:
        super().__init__(edges_path(lines))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def shape(self) -> QPainterPath:
        """Nothing to hit (stroking thousands of curves on every pointer move would be slow)."""
        return QPainterPath()

    def set_lines(self, lines: Iterable[Line]) -> None:
        """Show ``lines`` instead."""
        self.setPath(edges_path(lines))


def _distance(line: Line, x: float, y: float) -> float:
    """How far (x, y) is from ``line``, measured to the curve's tangent where it crosses x.

    The curve runs left to right (x grows with t), so the t where it crosses ``x`` is found
    by halving; near there the curve is as good as its tangent.
    """
    (ax, ay), (x1, y1, x2, y2, bx, by) = line.start, line.controls()
    low, high = 0.0, 1.0
    for _ in range(_HALVINGS):
        t = (low + high) / 2
        u = 1 - t
        if u * u * u * ax + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * bx < x:
            low = t
        else:
            high = t
    t = (low + high) / 2
    u = 1 - t
    cy = u * u * u * ay + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * by
    dx = 3 * (u * u * (x1 - ax) + 2 * u * t * (x2 - x1) + t * t * (bx - x2))
    dy = 3 * (u * u * (y1 - ay) + 2 * u * t * (y2 - y1) + t * t * (by - y2))
    return float(abs(y - cy) * dx / hypot(dx, dy))


def line_at(lines: Iterable[Line], point: QPointF, near: float = NEAR) -> Line | None:
    """The line of ``lines`` passing within ``near`` of ``point`` (the nearest), or None."""
    x, y = point.x(), point.y()
    best, found = near, None
    for line in lines:
        (ax, ay), (bx, by) = line.start, line.end
        if not (ax <= x <= bx and min(ay, by) - near <= y <= max(ay, by) + near):
            continue
        distance = _distance(line, x, y)
        if distance <= best:
            best, found = distance, line
    return found
