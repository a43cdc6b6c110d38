"""A diagram view shared by the retention timeline and the data-flow map.

It owns a small toolbar (export as PNG / SVG), a graphics view whose scene is rebuilt from the
policy whenever the document bridge reports a change (only while it is visible; otherwise on
the next show), keyboard navigation between the clickable items ("targets") and going from a
target to its item in the editor.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.actions import make_action
from app.ui.icons import icon
from app.ui.views.timeline import export
from app.ui.views.timeline.listing import Entry, ListSwitch
from app.ui.views.words import in_sentence

if TYPE_CHECKING:
    from app.domain.models import Policy
    from app.ui.bridge import DocumentBridge
    from app.ui.host import Host

TARGET = 0
"""Item data key holding the (section, item id) a clickable item stands for."""
DESCRIPTION = 1
"""Item data key holding a plain-word description of a clickable item."""


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it as written (a name holding markup stays text)."""
    return "<p style='white-space: pre-wrap'>" + escape(text).replace("\n", "<br>") + "</p>"


def isolate(name: str) -> str:
    """``name`` kept apart from the text around it, whatever the direction of its letters."""
    return f"\u2068{name}\u2069"


def make_target(item: QGraphicsItem, section: str, item_id: str, description: str) -> None:
    """Mark ``item`` as clickable: it opens ``(section, item_id)`` and reads ``description``."""
    item.setData(TARGET, (section, item_id))
    item.setData(DESCRIPTION, description)
    item.setToolTip(plain_tip(description))
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
    item.setCursor(Qt.CursorShape.PointingHandCursor)


def target_of(item: QGraphicsItem | None) -> QGraphicsItem | None:
    """``item`` or its nearest ancestor that is a target."""
    while item is not None and item.data(TARGET) is None:
        item = item.parentItem()
    return item


class DiagramCanvas(QGraphicsView):
    """The graphics view: clicks and keys move between targets and activate them."""

    def __init__(self, owner: DiagramView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Make the clicked target current and open it."""
        found = target_of(self.itemAt(event.position().toPoint()))
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.owner.set_current(self.owner.targets.index(found))
            self.owner.activate()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Let the diagram act on a double-clicked target (see DiagramView.double_clicked)."""
        found = target_of(self.itemAt(event.position().toPoint()))
        if found is not None and self.owner.double_clicked(found):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move between targets; Enter and Space open the current one."""
        key = event.key()
        if self.owner.navigate(key):
            pass
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.owner.activate()
        elif key == Qt.Key.Key_Home:
            self.owner.set_current(0)
        elif key == Qt.Key.Key_End:
            self.owner.set_current(len(self.owner.targets) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class DiagramView(QWidget):
    """Base of a diagram tab; subclasses implement :meth:`populate`."""

    TITLE = QT_TRANSLATE_NOOP("views", "Diagram")

    @property
    def title(self) -> str:
        """The view's title in the reader's language."""
        return translate("views", self.TITLE)
    revealRequested = Signal(str, str)
    """A target was opened: show this item in the editor, (section, item id)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.targets: list[QGraphicsItem] = []
        self.listed: list[Entry] = []
        """What the drawing shows, in words (see :mod:`.listing`), filled by :meth:`populate`."""
        self.current = -1
        self._dirty = True
        self._focus = QGraphicsRectItem()
        self.scene = QGraphicsScene(self)
        self.canvas = DiagramCanvas(self)
        self.canvas.setScene(self.scene)
        title = self.title
        self.canvas.setAccessibleName(title)
        self.canvas.setAccessibleDescription(translate(
            "diagram", "{title} diagram: arrow keys move between its items, Enter opens one; "
            "Show as list (Ctrl+Shift+L) says all it draws, in words").format(title=title))
        # the toolbar before any action it shows: children go in the order they were made, and
        # an action destroyed while a toolbar showing it still stands crashes Qt at teardown
        self.toolbar = QToolBar(translate("diagram", "{title} tools").format(title=title), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pages = ListSwitch(self.canvas, title, lambda: self.listed, self)
        self.listing, self.list_action = self.pages.listing, self.pages.action
        self.listing.activated.connect(self._list_activated)
        self.toolbar.addAction(self.list_action)
        self.export_png_action = self._export_action("png")
        self.export_svg_action = self._export_action("svg")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.canvas)
        bridge.changed.connect(self.invalidate)
        bridge.reset.connect(self.invalidate)

    def _export_action(self, kind: str) -> QAction:
        action = make_action(
            self, translate("diagram", "Export {format}...").format(format=kind.upper()),
            "document-save-as", None,
            translate("diagram", "Export the {title} as {format}").format(
                title=in_sentence(self.title), format=kind.upper()))
        action.triggered.connect(lambda: self.export(kind))
        self.toolbar.addAction(action)
        return action

    # -- building -----------------------------------------------------------------------------
    @property
    def policy(self) -> Policy:
        """The policy shown."""
        return self.bridge.policy

    def invalidate(self, *_args: object) -> None:
        """The policy changed: rebuild now when visible, otherwise when next shown."""
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (another theme chosen): draw the diagram again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            DiagramView.invalidate(self)  # the policy is the same: a subclass's caches stay

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Show the diagram, rebuilding it first when the policy changed while it was hidden."""
        super().showEvent(event)
        if self._dirty:
            self.rebuild()

    def rebuild(self) -> None:
        """Draw the scene afresh from the policy, keeping the current target if it remains."""
        kept = self.targets[self.current].data(TARGET) if 0 <= self.current < len(
            self.targets) else None
        self.scene.clear()
        self.targets, self.listed = [], []
        self.current = -1
        self._focus = QGraphicsRectItem()
        self._dirty = False
        self.scene.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.populate()
        self._focus.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2,
                                Qt.PenStyle.DashLine))
        self._focus.setZValue(100)
        self._focus.hide()
        self.scene.addItem(self._focus)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.pages.refresh()
        keys = [t.data(TARGET) for t in self.targets]
        if kept in keys:
            self.set_current(keys.index(kept), scroll=False)

    def populate(self) -> None:
        """Add the items for :attr:`policy` to :attr:`scene` and append targets in key order.

        Everything drawn is also said in :attr:`listed`, in the order it is drawn.
        """
        raise NotImplementedError

    # -- the list -----------------------------------------------------------------------------
    def show_list(self, on: bool) -> None:
        """Show the diagram as a list of what it draws (``on``), or as the picture."""
        self.pages.show_list(on)

    def _list_activated(self, *_args: object) -> None:
        """Enter on a row: what a click on the thing drawn does."""
        entry = self.listing.current_entry()
        if entry is None or entry.target is None:
            return
        keys = [t.data(TARGET) for t in self.targets]
        if entry.target in keys:
            self.set_current(keys.index(entry.target), scroll=False)
            self.activate()
        else:
            self.revealRequested.emit(*entry.target)

    def text_colour(self, muted: bool = False) -> QColor:
        """The palette's text colour (placeholder colour when ``muted``)."""
        role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text
        return self.palette().color(role)

    # -- navigation ---------------------------------------------------------------------------
    def navigate(self, key: int) -> bool:
        """Move the current target for an arrow key; False when ``key`` is not a move."""
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1}.get(Qt.Key(key))
        if step is None:
            return False
        self.move(step)
        return True

    def move(self, step: int) -> None:
        """Move the current target by ``step`` places."""
        if self.targets:
            start = self.current if self.current >= 0 else (-1 if step > 0 else 0)
            self.set_current(max(0, min(len(self.targets) - 1, start + step)))

    def set_current(self, index: int, scroll: bool = True) -> None:
        """Make target ``index`` the current one (outlined, described, scrolled to)."""
        if not 0 <= index < len(self.targets):
            return
        self.current = index
        item = self.targets[index]
        rect = item.sceneBoundingRect().adjusted(-3, -3, 3, 3)
        self._focus.setRect(rect)
        self._focus.show()
        self.scene.setFocusItem(item)
        text = str(item.data(DESCRIPTION))
        self.canvas.setAccessibleDescription(text)
        self.canvas.setToolTip(plain_tip(text))
        self.on_current(item)
        if scroll:
            self.canvas.ensureVisible(rect, 40, 40)

    def on_current(self, item: QGraphicsItem) -> None:
        """Hook: the current target changed (e.g. highlight its edges)."""

    def double_clicked(self, item: QGraphicsItem) -> bool:
        """Hook: target ``item`` was double-clicked; True when the diagram acted on it."""
        return False

    def current_target(self) -> tuple[str, str] | None:
        """(section, item id) of the current target."""
        if 0 <= self.current < len(self.targets):
            return self.targets[self.current].data(TARGET)  # type: ignore[no-any-return]
        return None

    def activate(self) -> None:
        """Open the current target's item."""
        found = self.current_target()
        if found is not None:
            self.revealRequested.emit(*found)

    def target_center(self, index: int) -> QPointF:
        """Centre of target ``index`` in viewport coordinates (for tests and tools)."""
        point = self.targets[index].sceneBoundingRect().center()
        return QPointF(self.canvas.mapFromScene(point))

    # -- export -------------------------------------------------------------------------------
    def bring_up_to_date(self) -> bool:
        """Draw the policy as it is now if that is not what is shown; False if that failed."""
        if self._dirty:
            self.rebuild()
        return True

    def export(self, kind: str) -> str | None:
        """Ask for a file and write the picture as ``kind`` (png or svg); the path written."""
        path = export.ask_export_path(self, kind, self.title)
        if not path:
            return None
        if not self.bring_up_to_date():
            return None
        shown = self._focus.isVisible()
        self._focus.hide()
        background = self.palette().color(QPalette.ColorRole.Base)
        try:
            ok = (export.write_png(self.scene, path, background) if kind == "png"
                  else export.write_svg(self.scene, path, self.title, background))
        finally:
            self._focus.setVisible(shown)
        if not ok:
            QMessageBox.warning(
                self, translate("diagram", "Export {title}").format(title=self.title),
                translate("diagram", "Could not write {path}.").format(path=path))
            return None
        return path


def install_diagram(host: Host, view: DiagramView, title: str, icon_name: str,
                    menu_title: str, tab: str) -> DiagramView:
    """Add a diagram view to ``host``, with a File-menu submenu for its PNG and SVG export."""
    view.revealRequested.connect(host.reveal)
    host.add_view(view, translate("views", title), icon_name, tab)
    menu = QMenu(translate("views", menu_title), host.widget)
    menu.setIcon(icon("document-save-as"))
    menu.addAction(view.export_png_action)
    menu.addAction(view.export_svg_action)
    host.add_to_menu("file", menu)
    return view
