"""The data-flow map: categories -> purposes -> recipients, one curved edge per allowed use.

On a large policy categories and purposes are grouped into families (:mod:`app.domain.flow`);
click or double-click a family, press Enter on it or use its context menu to expand it; the
context menu of a box shown in an expanded family, or Backspace on it, collapses the family
again. Ctrl+wheel, Ctrl+= and Ctrl+- zoom; Ctrl+0 fits the whole map in the view.

A small policy's map is worked out and drawn at once, on every edit. A large policy's is worked
out and laid out (:func:`.layout.map_of`) by the builder process from a snapshot, on a worker,
and only painted here when it comes back: the window stays responsive meanwhile, the toolbar
says the map is updating, a map overtaken by a newer edit is dropped, and a failure is said in
words. Painting is cheap: a box is a few items, and all the edges are two (:mod:`.edges`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QLabel,
    QMenu,
    QToolTip,
)

from app.domain.edits import Change
from app.domain.flow import COLUMNS, Flow, Node, badge_words
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.sections import RULES, section_title
from app.domain.sections import section as section_info
from app.ui.actions import make_action
from app.ui.background import BackgroundRunner
from app.ui.builder import call, is_large
from app.ui.files.tasks import run_blocking
from app.ui.views.flow.boxes import BoxPainter
from app.ui.views.flow.edges import EdgeLayer, edge_pen, line_at
from app.ui.views.flow.layout import COLUMN_GAP, NODE_H, NODE_W, Layout, Line, Pair, map_of
from app.ui.views.timeline.canvas import (
    TARGET,
    DiagramView,
    install_diagram,
    isolate,
    make_target,
    plain_tip,
    target_of,
)
from app.ui.views.timeline.listing import Entry
from app.validation.snapshot import SnapshotCache

if TYPE_CHECKING:
    from app.ui.host import Host

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.1, 4.0
EMPTY = QT_TRANSLATE_NOOP(
    "flow", "Nothing flows yet. The map joins data categories to purposes to recipients as the "
    "allow rules allow them:\nadd a use rule that allows a category for a purpose (Add item, "
    "Ctrl+Shift+N, in Use rules).")
UPDATING = QT_TRANSLATE_NOOP("flow", "Updating the map…")
FAILED = QT_TRANSLATE_NOOP("flow", "The data-flow map could not be drawn")


class FlowView(DiagramView):
    """Where each kind of data goes: for which purposes, to which recipients."""

    TITLE = QT_TRANSLATE_NOOP("views", "Data flow")

    def __init__(self, bridge, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(bridge, parent)
        self.shown = Layout()
        """The map drawn (or about to be)."""
        self.problem = ""
        """Why the map could not be drawn ("" when it could)."""
        self.nodes: dict[tuple[str, str], QGraphicsItem] = {}
        self.edges: dict[Pair, Line] = {}
        self.highlighted: tuple[str, str] | None = None
        self.expanded: set[tuple[str, str]] = set()
        """The families shown opened: (section, dotted id)."""
        self._landing: str | None = None
        """The family the current box should be on (or in) once the map is drawn."""
        self._cache = SnapshotCache()
        self.plain_edges = self.strong_edges = EdgeLayer(())
        self.runner = BackgroundRunner(
            self, current=lambda: (bridge.document, bridge.document.revision))
        self.runner.published.connect(self._arrived)
        self.runner.failed.connect(self._failed)
        self.setToolTip(translate(
            "flow", "Data flow: click a box to open its item; hover to follow its edges; arrow "
            "keys move, Enter opens (or expands a family); double-click a family to expand or "
            "collapse it; Ctrl+wheel zooms"))
        self.toolbar.addSeparator()
        self.zoom_in_action = self._zoom_action(translate("flow", "Zoom in"), "Ctrl+=", ZOOM_STEP)
        self.zoom_out_action = self._zoom_action(translate("flow", "Zoom out"), "Ctrl+-",
                                                  1 / ZOOM_STEP)
        self.fit_action = self._zoom_action(translate("flow", "Fit"), "Ctrl+0", 0.0)
        self.toolbar.addSeparator()
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("flow", "Data-flow map status"))
        self.toolbar.addWidget(self.status)
        self.canvas.installEventFilter(self)
        self.canvas.viewport().installEventFilter(self)

    @property
    def flow(self) -> Flow:
        """The map's nodes by column (its edges are :attr:`edges`)."""
        return self.shown.flow

    @property
    def busy(self) -> bool:
        """True while a map is being worked out away from the GUI thread."""
        return self.runner.busy

    # -- zoom ---------------------------------------------------------------------------------
    def _zoom_action(self, text: str, keys: str, factor: float):  # type: ignore[no-untyped-def]
        action = make_action(self, text, None, keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.fit() if not factor else self.zoom(factor))
        self.toolbar.addAction(action)
        return action

    @property
    def scale(self) -> float:
        """The map's current scale (1 = actual size)."""
        return self.canvas.transform().m11()

    def zoom(self, factor: float) -> None:
        """Scale the map by ``factor``, within sensible bounds."""
        target = max(ZOOM_MIN, min(ZOOM_MAX, self.scale * factor))
        self.canvas.scale(target / self.scale, target / self.scale)

    def fit(self) -> None:
        """Scale the map to show all of it (never above actual size)."""
        self.canvas.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale > 1:
            self.canvas.resetTransform()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel and Ctrl+= / Ctrl+- / Ctrl+0 zoom; the context menu of a box."""
        ctrl = Qt.KeyboardModifier.ControlModifier
        if isinstance(event, QWheelEvent) and event.modifiers() & ctrl:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return True
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and (
                event.modifiers() & ctrl):
            key = event.key()
            if key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
                self.zoom(ZOOM_STEP)
                return True
            if key == Qt.Key.Key_Minus:
                self.zoom(1 / ZOOM_STEP)
                return True
            if key == Qt.Key.Key_0:
                self.fit()
                return True
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and (
                watched is self.canvas.viewport()):
            return self._edge_tip(event)
        if isinstance(event, QContextMenuEvent):
            if event.reason() == QContextMenuEvent.Reason.Mouse:
                found = target_of(self.canvas.itemAt(event.pos()))
                if found is None:
                    return False
                self.set_current(self.targets.index(found), scroll=False)
            elif self.current < 0:
                return False
            self.context_menu(event.globalPos())
            return True
        return super().eventFilter(watched, event)

    # -- families -----------------------------------------------------------------------------
    def node_of(self, key: tuple[str, str] | None) -> Node | None:
        """The map's node of ``key``."""
        return self.flow.node(*key) if key is not None else None

    def expand(self, key: tuple[str, str] | None) -> bool:
        """Show the family box ``key`` opened; False if it is not a family."""
        node = self.node_of(key)
        if node is None or node.group is None:
            return False
        self.expanded.add((node.section, node.group))
        self._reshow(node.group)
        return True

    def collapse(self) -> bool:
        """Close the family the current box is shown in; False if it is in none."""
        node = self.node_of(self.current_target())
        if node is None or node.within is None:
            return False
        family = node.within
        self.expanded = {(section, group) for section, group in self.expanded
                         if section != node.section
                         or (group != family and not group.startswith(family + "."))}
        self._reshow(family)
        return True

    def _reshow(self, family: str) -> None:
        """Redraw, with the current box on (or in) ``family`` once drawn."""
        self._landing = family
        self.rebuild()

    def _land(self) -> None:
        family, self._landing = self._landing, None
        if family is None:
            return
        shown = [t.data(TARGET) for t in self.targets]
        landing = next((k for k in shown if (n := self.node_of(k)) is not None and (
            family in (n.within, n.group, n.id))), None)
        if landing is not None:
            self.set_current(shown.index(landing))

    def activate(self) -> None:
        """Click or Enter: expand a family; open anything else's item."""
        node = self.node_of(self.current_target())
        if not self.expand(node.key if node is not None else None):
            super().activate()

    def double_clicked(self, item: QGraphicsItem) -> bool:
        """Double-click: expand a family.

        A double-click's first click usually expanded it already: the box now under the
        pointer belongs to the family, and the double-click is taken without doing more.
        """
        node = self.node_of(item.data(TARGET))
        return self.expand(item.data(TARGET)) or (node is not None and node.within is not None)

    def context_menu(self, where: QPoint) -> QMenu:
        """The current box's menu: expand or collapse its family, open its item."""
        menu = QMenu(self)
        node = self.node_of(self.current_target())
        if node is not None:
            if node.group is not None:
                menu.addAction(translate("flow", "Expand {family}").format(
                    family=isolate(node.title)),
                               lambda: self.expand(node.key))
            if node.within is not None:
                menu.addAction(translate("flow", "Collapse {family}").format(family=node.within),
                               self.collapse)
            menu.addAction(translate("flow", "Open in editor"), lambda: DiagramView.activate(self))
        if self.expanded:
            menu.addAction(translate("flow", "Collapse all families"), self.collapse_all)
        self.last_menu = menu
        menu.popup(where)
        return menu

    def collapse_all(self) -> None:
        """Show every family closed again."""
        self.expanded.clear()
        self.rebuild()

    # -- building -----------------------------------------------------------------------------
    def invalidate(self, *args: object) -> None:
        """The policy changed (``args``: the change, if said): redraw when visible."""
        if args and isinstance(args[0], Change):
            self._cache.invalidate(args[0])
        else:
            self._cache.clear()
        super().invalidate(*args)

    def rebuild(self) -> None:
        """Draw the map afresh: a small policy's now, a large one's when it has been worked out.

        A large policy's map is worked out by the builder process from a snapshot; the map
        shown stays until the new one arrives (:meth:`_arrived`), and is replaced only by the
        newest edit's.
        """
        policy = self.policy
        expanded = frozenset(self.expanded)
        if not is_large(policy):
            self.shown, self.problem = map_of(policy, expanded), ""
            self._draw()
            return
        self._dirty = False
        self.status.setText(translate("flow", UPDATING))
        self.runner.submit(self._work())

    def _work(self) -> partial[Layout]:
        """Working out the map of the policy shown, as the builder process does it."""
        return partial(call, map_of, self._cache.snapshot(self.policy), frozenset(self.expanded))

    def bring_up_to_date(self) -> bool:
        """Before an export: a large policy's map is waited for when not drawn yet."""
        if not (self._dirty or self.busy) or not is_large(self.policy):
            return super().bring_up_to_date()
        try:
            layout = run_blocking(self._work(), self,
                                  translate("flow", "Drawing the data-flow map…"))
        except RuntimeError as exc:
            self._failed(exc)
            return False
        self._dirty = False
        self._arrived(layout)
        return True

    def _arrived(self, layout: Layout) -> None:
        self.shown, self.problem = layout, ""
        self._draw()

    def _failed(self, error: Exception) -> None:
        self.shown, self.problem = Layout(), translate("flow", "{failed}: {error}").format(
            failed=translate("flow", FAILED), error=error)
        self._draw()

    def _draw(self) -> None:
        self.status.setText(self.problem)
        super().rebuild()
        self._land()

    # -- drawing ------------------------------------------------------------------------------
    def populate(self) -> None:
        """Paint :attr:`shown`: one column per section, edges between what the rules connect."""
        layout = self.shown
        self.nodes, self.edges, self.highlighted = {}, layout.lines, None
        self.plain_edges, self.strong_edges = EdgeLayer(()), EdgeLayer(())
        if self.problem or layout.empty:
            empty = translate("flow", EMPTY)
            self._text(self.problem or empty, 0, 0, self.text_colour(True))
            self.listed.append(Entry(translate("flow", "Note"), "", "",
                                     self.problem or empty.replace("\n", " ")))
            return
        for number, section in enumerate(COLUMNS):
            x = number * (NODE_W + COLUMN_GAP)
            heading = self._text(section_title(section), x, 0, bold=True)
            heading.setX(x + (NODE_W - heading.boundingRect().width()) / 2)
            count = sum(box.node.section == section for box in layout.boxes)
            self.listed.append(Entry(translate("flow", "Column"), section_title(section), "",
                                     translate("flow", "%n boxes, from top to bottom", None,
                                               count)))
        boxes = BoxPainter(self, self.font(), self.palette())
        for box in layout.boxes:
            item = boxes.draw(box.node, QRectF(box.x, box.y, NODE_W, NODE_H))
            self.scene.addItem(item)
            make_target(item, box.node.section, box.node.id, box.node.describe())
            self.targets.append(item)
            self.nodes[box.node.key] = item
            noun = section_info(box.node.section).noun
            kind = (translate("flow", "{noun} family").format(noun=noun)
                    if box.node.group is not None else noun)
            badges = ", ".join(map(badge_words, box.node.badges))
            self.listed.append(Entry(kind, box.node.title, badges,
                                     box.node.describe(), box.node.key))
        for line in layout.lines.values():
            source, target = (self.node_of(k) for k in line.pair)
            joined = " \u2192 ".join(n.title if n is not None else "?" for n in (source, target))
            self.listed.append(Entry("Connection", joined, "", self.edge_text(line),
                                     (RULES, line.rules[0]) if line.rules else None))
        self.plain_edges = EdgeLayer(layout.lines.values())
        self.strong_edges = EdgeLayer(())
        self.strong_edges.setZValue(1)
        self.scene.addItem(self.plain_edges)
        self.scene.addItem(self.strong_edges)
        self.highlight(None)

    def _text(self, text: str, x: float, y: float, colour: QColor | None = None,
              bold: bool = False) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(colour or self.text_colour())
        item.setPos(x, y)
        self.scene.addItem(item)
        return item

    # -- highlighting -------------------------------------------------------------------------
    def highlight(self, key: tuple[str, str] | None) -> None:
        """Emphasise the edges touching node ``key`` (all edges plain when None)."""
        self.highlighted = key
        plain = QColor(self.text_colour())
        plain.setAlpha(70 if key is None else 30)
        self.plain_edges.setPen(edge_pen(plain, 1.0))
        self.strong_edges.setPen(edge_pen(self.palette().color(QPalette.ColorRole.Highlight),
                                          2.0))
        self.strong_edges.set_lines(self.edges[k] for k in self.highlighted_edges())

    def highlighted_edges(self) -> list[Pair]:
        """The edges drawn emphasised."""
        key = self.highlighted
        return [] if key is None else [k for k in self.edges if key in k]

    def _edge_tip(self, event: QHelpEvent) -> bool:
        """The tooltip of the edge under the pointer (a box's own tooltip comes first)."""
        if target_of(self.canvas.itemAt(event.pos())) is not None:
            return False
        line = line_at(self.edges.values(), self.canvas.mapToScene(event.pos()),
                       near=4 / max(self.scale, 0.1))
        if line is None:
            return False
        QToolTip.showText(event.globalPos(), plain_tip(self.edge_text(line)), self.canvas)
        return True

    def edge_text(self, line: Line) -> str:
        """An edge in words: which boxes it joins, which rules allow it."""
        source, target = (self.node_of(k) for k in line.pair)
        names = [isolate(n.title) if n is not None else "?" for n in (source, target)]
        return translate("flow", "{source} → {target}: allowed by {rules}").format(
            source=names[0], target=names[1], rules=line.rules_text())

    def on_current(self, item: QGraphicsItem) -> None:
        """Highlight the connections of the current node."""
        self.highlight(item.data(TARGET))

    # -- keys: up/down within a column, left/right across columns -----------------------------
    def navigate(self, key: int) -> bool:
        """Arrows move between boxes; Backspace collapses the current box's family.

        Up and down within a column, left and right to the nearest box in the next column.
        """
        if key == Qt.Key.Key_Backspace:
            self.collapse()
            return True
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
    install_diagram(host, view, FlowView.TITLE, "data-flow",
                    QT_TRANSLATE_NOOP("views", "Export data flow"), translate("view tab", "Flow"))
    return view
