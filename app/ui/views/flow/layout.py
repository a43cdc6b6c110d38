"""Where the data-flow map's boxes and edges go, worked out without Qt.

:func:`map_of` is the whole of a rebuild but the painting: the map (:func:`app.domain.flow.
build_flow`) and its layout, as plain data the view paints with a few cheap graphics items. A
large policy's is computed by the builder process (:mod:`app.ui.builder`), so only the
result crosses back: boxes with their positions, and each edge's ends with the first few of the
rules that allow it (not all: on a large policy they number hundreds of thousands).

No Qt here: the builder process imports this module to run :func:`map_of`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.domain.flow import COLUMNS, Expanded, Flow, Node, build_flow
from app.domain.i18n import translate
from app.domain.jurisdictions import transfer_regimes
from app.domain.models import Policy
from app.storage.resources import default_jurisdictions, region_catalogue

NODE_W, NODE_H, GAP, COLUMN_GAP, TOP = 232, 26, 7, 104, 36
CENTRED_UP_TO = 24
"""Columns are centred against the tallest one unless that has more boxes than this."""
SHOWN_RULES = 12
"""How many of an edge's rules it carries by id (the rest are counted)."""
Key = tuple[str, str]
Pair = tuple[Key, Key]


@dataclass(frozen=True)
class Box:
    """A box of the map: its node and its top-left corner (every box is NODE_W x NODE_H)."""

    node: Node
    x: float
    y: float


@dataclass(frozen=True)
class Line:
    """An edge: from the right middle of its source box to the left middle of its target."""

    pair: Pair
    start: tuple[float, float]
    end: tuple[float, float]
    rules: tuple[str, ...]
    """The first :data:`SHOWN_RULES` rules allowing it, in file order."""
    count: int
    """How many rules allow it."""

    def controls(self) -> tuple[float, float, float, float, float, float]:
        """The cubic curve's two control points and its end: x1, y1, x2, y2, x, y."""
        (ax, ay), (bx, by) = self.start, self.end
        bend = (bx - ax) / 2
        return ax + bend, ay, bx - bend, by, bx, by

    def rules_text(self) -> str:
        """The rules allowing it, in words (the first few by id)."""
        more = self.count - len(self.rules)
        return ", ".join(self.rules) + (
            translate("flow", " and {count} more").format(count=more) if more > 0 else "")


@dataclass
class Layout:
    """The map laid out: boxes by column and edges by (source key, target key)."""

    flow: Flow = field(default_factory=Flow)
    """The map's nodes (its ``edges`` are left out: see :attr:`lines`)."""
    boxes: list[Box] = field(default_factory=list)
    lines: dict[Pair, Line] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing flows: no edge at all."""
        return not self.lines


def lay_out(flow: Flow) -> Layout:
    """Place ``flow``'s boxes in three columns and run its edges between them."""
    layout = Layout(flow=replace(flow, edges={}))
    if not flow.edges:
        return layout
    tallest = max(len(nodes) for nodes in flow.columns.values())
    where: dict[Key, tuple[float, float]] = {}
    for number, section in enumerate(COLUMNS):
        nodes = flow.columns[section]
        x = number * (NODE_W + COLUMN_GAP)
        # centred against the tallest column, unless that is too tall to see at once
        offset = ((tallest - len(nodes)) * (NODE_H + GAP) / 2 if tallest <= CENTRED_UP_TO
                  else 0)
        for row, node in enumerate(nodes):
            y = TOP + offset + row * (NODE_H + GAP)
            layout.boxes.append(Box(node, x, y))
            where[node.key] = x, y + NODE_H / 2
    for (source, target), rules in flow.edges.items():
        (sx, sy), (tx, ty) = where[source], where[target]
        layout.lines[(source, target)] = Line((source, target), (sx + NODE_W, sy), (tx, ty),
                                              tuple(rules[:SHOWN_RULES]), len(rules))
    return layout


def map_of(policy: Policy, expanded: Expanded = frozenset()) -> Layout:
    """The data-flow map of ``policy`` laid out, ``expanded`` families shown opened."""
    regions = region_catalogue().with_policy(policy)
    regimes = transfer_regimes(policy, default_jurisdictions(), regions)
    return lay_out(build_flow(policy, regimes, regions=regions, expanded=expanded))
