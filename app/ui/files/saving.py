"""Saving for the file controller: Save, Save As, and the Save / Discard / Cancel question.

:class:`Saver` owns the save in flight; it asks the controller only whether another file
operation is running (``blocked``) and tells it the outcome with :attr:`Saver.saved` and
:attr:`Saver.reloadRequested`.

Serialising runs on a worker thread from a snapshot of the policy (the large policy takes
seconds to write as round-trip YAML); the caller waits in a local event loop so the window
keeps painting, and gets a plain True/False back.

Saving to the document's own file first re-checks it (:mod:`app.storage.disk_state`): when
someone else changed it since it was loaded or last saved, the user chooses to overwrite it,
reload it (dropping their edits), or cancel (their edits stay unsaved).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.i18n import translate
from app.storage.atomic import write_atomic
from app.storage.disk_state import ChangedOnDisk, DiskState, ensure_unchanged
from app.storage.encoding import UTF8, encode
from app.storage.serialize import display_name, is_json_path, reusable_text, snapshot, text_for
from app.ui.files import dialogs
from app.ui.files.disk import DiskWatcher
from app.ui.files.infobar import InfoBar
from app.ui.files.tasks import run_blocking

if TYPE_CHECKING:
    from app.ui.host import Host

LAST_DIR_KEY = "files/last_directory"


class Saver(QObject):
    """Writes the document to its file (or another) off the GUI thread."""

    saved = Signal(str)
    """The document was written to this path."""
    reloadRequested = Signal()
    """The user chose to reload a file another program changed instead of overwriting it."""
    busyChanged = Signal(bool)
    """A save started (True) or ended (False)."""

    def __init__(self, host: Host, watcher: DiskWatcher, info: InfoBar,
                 blocked: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.bridge = host.bridge
        self._watcher = watcher
        self._info = info
        self._blocked = blocked
        self.saving = False
        """True while a save is being written."""

    def _status(self, message: str) -> None:
        self._host.show_message(message, dialogs.STATUS_MS)

    def save(self) -> bool:
        """Save to the document's file (asking for one when it has none)."""
        return self.save_to(self.bridge.path) if self.bridge.path else self.save_as()

    def save_as(self) -> bool:
        """Ask where to save, then save there (``.json``: canonical JSON)."""
        path = dialogs.ask_save_path(self._host.widget, self._suggested_path())
        return bool(path) and self.save_to(path)  # type: ignore[arg-type]

    def save_to(self, path: str) -> bool:
        """Write the document to ``path`` atomically, keeping the source file's comments and layout.

        Returns False (after telling the user) when that fails.
        """
        if self.saving or self._blocked():
            return False
        path, bridge = os.path.abspath(path), self.bridge
        revision = (bridge.document, bridge.document.revision)
        text = reusable_text(bridge.base_text, path, bridge.modified)
        policy = snapshot(bridge.policy) if text is None else None
        base = bridge.base_text
        own_file = path == bridge.path  # Save As asked before replacing another file
        expected = self._watcher.state
        encoding = UTF8 if is_json_path(path) else bridge.encoding

        def work() -> tuple[str, DiskState]:
            out = text if text is not None else text_for(policy, base, path)  # type: ignore[arg-type]
            data = encode(out, encoding)
            if own_file:
                ensure_unchanged(path, expected)
            write_atomic(path, data)
            return out, DiskState.of_data(path, data)

        while True:
            try:
                written, state = self._run_save(work, path)
                break
            except ChangedOnDisk as changed:
                answer = dialogs.ask_overwrite(self._host.widget, display_name(path))
                if answer != dialogs.OVERWRITE:
                    self._status(translate("files", "Not saved: {name} was changed by "
                                           "another program").format(name=display_name(path)))
                    if answer == dialogs.RELOAD:
                        self.reloadRequested.emit()
                    return False
                expected, own_file = changed.now, changed.now is not None
            except Exception as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self._status(translate("files", "Could not save {path}").format(path=path))
                dialogs.show_save_error(self._host.widget, path, reason)
                return False
        if path != bridge.path:
            bridge.set_path(path)
        if (bridge.document, bridge.document.revision) == revision:
            bridge.mark_saved(written)
        else:
            bridge.base_text = written  # edits made while saving stay unsaved
        self._watcher.watch(path, state)
        self._info.dismiss()
        self._host.settings.setValue(LAST_DIR_KEY, os.path.dirname(path))
        self._status(translate("files", "Saved {path}").format(path=path))
        self.saved.emit(path)
        return True

    def _run_save(self, work: Callable[[], tuple[str, DiskState]], path: str
                  ) -> tuple[str, DiskState]:
        self.saving = True
        self.busyChanged.emit(True)
        try:
            with self._watcher.paused():
                return run_blocking(work, self._host.widget,
                                    translate("files", "Saving {name}\u2026").format(
                                        name=display_name(path)))
        finally:
            self.saving = False
            self.busyChanged.emit(False)

    def maybe_save(self) -> bool:
        """Before unsaved work would be replaced: Save / Discard / Cancel. True: go ahead."""
        if not self.bridge.modified:
            return True
        answer = dialogs.ask_save_changes(self._host.widget, display_name(self.bridge.path))
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    def directory(self) -> str:
        """The folder file dialogs start in: the document's, else the last one used."""
        if self.bridge.path:
            return os.path.dirname(self.bridge.path)
        return str(self._host.settings.value(LAST_DIR_KEY, "") or Path.home())

    def _suggested_path(self) -> str:
        if self.bridge.path:
            return self.bridge.path
        return os.path.join(self.directory(), f"{self.bridge.policy.policy.id}.policy.yaml")

