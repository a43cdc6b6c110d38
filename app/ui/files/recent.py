"""The Open Recent list: the last files opened or saved, kept in the settings.

It keeps as many as the preferences say (:func:`~app.ui.preferences.values.recent_limit`) and
drops the oldest at once when that number is lowered.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.i18n import translate
from app.ui.icons import icon
from app.ui.preferences.values import preference_changes, recent_limit

RECENT_KEY = "files/recent"


class RecentFiles(QObject):
    """The most recently used files, newest first, with an "Open Recent" menu."""

    openRequested = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self.menu = QMenu(translate("files", "Open &Recent"), parent)
        self.menu.setIcon(icon("document-open-recent"))
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()
        preference_changes().changed.connect(self._preferences_changed)

    def paths(self) -> list[str]:
        """The stored list as it is (missing files included)."""
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # an INI file gives back a one-item list as a string
            value = [value] if value else []
        elif not isinstance(value, list):  # not a list of paths: nothing usable
            value = []
        return [str(p) for p in value or []][:recent_limit(self._settings)]

    def add(self, path: str) -> None:
        """Put ``path`` first."""
        path = os.path.abspath(path)
        others = [p for p in self.paths() if os.path.normcase(p) != os.path.normcase(path)]
        self._store([path, *others])

    def clear(self) -> None:
        """Forget every recent file."""
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, paths[:recent_limit(self._settings)])
        self.rebuild()

    def _preferences_changed(self) -> None:
        self._store(self.paths())  # beyond a lowered limit, the oldest go now

    def rebuild(self) -> None:
        """Refill the menu (missing files are dropped first)."""
        self.menu.clear()
        paths = [p for p in self.paths() if Path(p).is_file()]
        if paths != self.paths():
            self._settings.setValue(RECENT_KEY, paths)
        for number, path in enumerate(paths, start=1):
            name = Path(path).name.replace("&", "&&")
            action = self.menu.addAction(f"&{number} {name}")
            action.setToolTip(path)
            action.setStatusTip(translate("files", "Open {path}").format(path=path))
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.openRequested.emit(p))
        if not paths:
            self.menu.addAction(translate("files", "No recent files")).setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction(translate("files", "&Clear Recent"))
        clear.setStatusTip(translate("files", "Forget the list of recently opened files"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
