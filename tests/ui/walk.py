"""A walk through the main window for whole-window checks (accessibility, clipped words).

:func:`visit_window` shows every view and then every item's form, yielding a place name at
each stop; :func:`main_dialogs` makes the dialogs reached from the menus. A check looks at the
window (or the dialog) at each stop.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.sections import METADATA, SECTION_KEYS
from app.paths import EXAMPLES, TEMPLATES
from app.ui.main_window import MainWindow
from app.ui.screenshots import settle

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def visit_views(window: MainWindow) -> Iterator[str]:
    """Show each view in turn, settled; its name."""
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        settle(window)
        yield window.views.widget(index).accessibleName()


def visit_forms(window: MainWindow, every_item: bool = True) -> Iterator[str]:
    """Show the editor's form of the metadata and of every item (a form shows some fields
    for some items only), or of the first item of each section; where it is."""
    window.views.setCurrentWidget(window.editors)
    policy = window.bridge.policy
    for section in (METADATA, *SECTION_KEYS):
        items = [None] if section == METADATA else [item.id for item in getattr(policy, section)]
        items = items if every_item else items[:1]
        for item_id in items:
            window.navigator.select(section, item_id)
            # What the event loop would do next: delete the widgets of the form shown before,
            # and lay the form out for its new words.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settle(window)
            yield f"editor {section} {item_id or ''}"


def visit_window(window: MainWindow, every_item: bool = True) -> Iterator[str]:
    """Every view, then every form (see above)."""
    yield from visit_views(window)
    yield from visit_forms(window, every_item)


def main_dialogs(window: MainWindow) -> dict[str, QWidget]:
    """The dialogs reached from the menus, made over ``window`` (not shown yet)."""
    from app.exporters.registry import exporters
    from app.ui.add_item_dialog import AddItemDialog
    from app.ui.approval_dialog import ApprovalDialog
    from app.ui.export.dialog import ExportDialog

    dialogs: dict[str, QWidget] = {
        "export": ExportDialog(exporters(), str(EXAMPLE), 0, window),
        "add item": AddItemDialog("categories", None, set(), window),
        "approval": ApprovalDialog("sha256:0123", window),
    }
    redline = window.compare.compare(str(TEMPLATES / "gdpr-online-shop.policy.yaml"))
    assert redline is not None
    dialogs["compare"] = redline
    return dialogs


def settings_dialogs(window: MainWindow) -> dict[str, QWidget]:
    """Preferences and About, made over ``window`` (not shown yet)."""
    from PySide6.QtCore import QSettings

    from app.ui.about.dialog import AboutDialog
    from app.ui.preferences.controller import read_preferences
    from app.ui.preferences.dialog import PreferencesDialog

    return {"preferences": PreferencesDialog(read_preferences(QSettings()), window),
            "about": AboutDialog(QSettings(), window)}
