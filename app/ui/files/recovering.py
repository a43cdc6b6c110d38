"""Recovery for the file controller: offering unsaved work an earlier run autosaved.

:class:`Recovery` asks the controller only to save or discard the current work first
(``maybe_save``) and to make a loaded policy the document (``swap``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.i18n import translate
from app.storage.disk_state import DiskState
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_bytes
from app.storage.recovery import RecoveryEntry, RecoveryStore
from app.storage.serialize import is_yaml_text
from app.ui.files import dialogs
from app.ui.files.autosave import Autosaver
from app.ui.files.infobar import InfoBar

if TYPE_CHECKING:
    from app.ui.host import Host

Swap = Callable[[LoadedPolicy, "str | None", "DiskState | None"], None]
"""Makes a loaded policy the document: (loaded, its file, the file's state)."""


class Recovery(QObject):
    """Offers and opens the work autosaved by earlier runs (:mod:`app.storage.recovery`)."""

    def __init__(self, host: Host, store: RecoveryStore, autosaver: Autosaver,
                 maybe_save: Callable[[], bool], swap: Swap, info: InfoBar,
                 save: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self._save = save
        self._host = host
        self.store = store
        self._autosaver = autosaver
        self._maybe_save = maybe_save
        self._swap = swap

    def _status(self, message: str) -> None:
        self._host.show_message(message, dialogs.STATUS_MS)

    def offer_recovery(self) -> bool:
        """Offer unsaved work left by an earlier run; True when some was recovered."""
        while True:
            entries = self.store.entries()
            if not entries:
                return False
            choice = dialogs.ask_recover(self._host.widget, entries)
            if choice is None:
                return False  # later: every entry stays for the next start
            action, entry = choice
            if action != "recover":
                if not self.store.discard_entry(entry):
                    self._status(translate("files", "The unsaved work on {name} is open in "
                                           "another window").format(name=entry.name))
                continue
            return self.recover(entry)

    def recover(self, entry: RecoveryEntry) -> bool:
        """Open recovered work as an unsaved document bound to its original file.

        The window takes the entry over (no other window offers it while this one works on it).
        """
        if not self._maybe_save():
            return False
        lock = self.store.claim(entry.key)
        if lock is None:
            self._status(translate("files", "The unsaved work on {name} is open in another "
                                   "window").format(name=entry.name))
            return False
        try:
            text = self.store.read(entry)
            loaded = load_bytes(text.encode("utf-8"), str(entry.text_path))
        except (OSError, UnicodeError, PolicyFileError) as exc:
            lock.release(remove=False)  # still offered next time
            error = exc if isinstance(exc, PolicyFileError) else PolicyFileError.at(
                str(entry.text_path), 1, 1, translate(
                    "files", "cannot read the recovery file: {error}").format(error=exc))
            dialogs.show_open_error(self._host.widget, error)
            return False
        self._swap(loaded, entry.original_path, entry.disk)
        base = _original_yaml(entry.original_path) if not is_yaml_text(text) else None
        bridge = self._host.bridge
        if base is not None:
            bridge.base_text = base  # saving merges into it: its comments survive
        bridge.undo_stack.resetClean()
        self._autosaver.adopt(lock)
        self._info.show_message(
            translate("files", "Recovered unsaved changes to {name} (autosaved {time}). They "
                      "are not in the file yet; save to keep them.").format(
                name=entry.name, time=f"{entry.saved_at:%Y-%m-%d %H:%M}"),
            "info", [(translate("files", "Save"), self._save, "document-save")],
            translate("files", "Closing without saving drops them."))
        return True


def _original_yaml(path: str | None) -> str | None:
    """The original file's YAML text (recovery of a large document was written as JSON)."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return text if is_yaml_text(text) else None
