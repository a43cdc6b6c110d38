"""The seam between the main window and the controllers plugged into it.

Each controller (problems, files, export, the views, compare, approvals...) is installed by an
``install_*(host)`` function that gets a :class:`Host`, never the window class itself: the
document, one way to reveal an item, status messages, view tabs, docks, named menu slots and the
settings. A controller reaches no other controller and no private part of the window through it.

Views ask to reveal an item with a ``revealRequested(section, item_id)`` signal that their
install function connects to :meth:`Host.reveal`; that is the one reveal path.
"""

from __future__ import annotations

from typing import Literal, Protocol, runtime_checkable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from app.ui.bridge import DocumentBridge

MenuSlot = Literal["file-top", "file", "edit", "view", "policy", "help"]
"""Where :meth:`Host.add_to_menu` puts an entry: the top of the File menu (new, open, save),
the File menu above Quit (exports, imports, compare), the end of the Edit menu (preferences),
the View menu, the Policy menu, Help."""


@runtime_checkable
class Host(Protocol):
    """What a controller may use of the window it is installed in."""

    bridge: DocumentBridge
    """The open document, its undo stack and its file."""
    settings: QSettings

    @property
    def widget(self) -> QWidget:
        """The window as a widget: parent of the controller's actions, objects and dialogs."""
        ...

    def reveal(self, section: str, item_id: str | None = None,
               field: tuple[str | int, ...] | None = None) -> None:
        """Show an item in the navigator and its editor.

        ``field``: a document path to put the keyboard focus on.
        """
        ...

    def known_errors(self) -> int | None:
        """Error findings of the latest checks, or None unless they describe the policy now."""
        ...

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """A message in the status bar (``timeout_ms`` 0: until the next one)."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget at the right of the status bar."""
        ...

    def add_view(self, widget: QWidget, title: str, icon_name: str,
                 tab: str | None = None) -> QAction:
        """Add a view as a tab (saying ``tab``, else the title's last word) and a View entry."""
        ...

    def show_view(self, widget: QWidget) -> None:
        """Bring a view's tab to the front."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, height: int = 0) -> None:
        """Dock ``dock`` in ``area`` (``height``: its starting height)."""
        ...

    def add_to_menu(self, slot: MenuSlot, entry: QAction | QMenu | None) -> None:
        """Put an action, a submenu or (``None``) a separator into a menu slot."""
        ...

    def add_bar(self, bar: QToolBar) -> None:
        """Put ``bar`` on a row of its own at the top of the window (a notice)."""
        ...

    def add_to_toolbar(self, actions: list[QAction]) -> None:
        """Put ``actions`` at the front of the main toolbar, followed by a separator."""
        ...
