"""Recovery and outside changes for the file controller.

Offering autosaved work at start, and telling the user when another program changed or removed the
open file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.disk_state import DiskState
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_bytes
from app.storage.recovery import RecoveryEntry, RecoveryStore
from app.ui.bridge import DocumentBridge
from app.ui.files import dialogs
from app.ui.files.autosave import Autosaver
from app.ui.files.infobar import InfoBar
from app.ui.files.serialize import display_name, is_yaml_text

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class RecoveryMixin:
    """Recovery and reload flows; mixed into :class:`~app.ui.files.controller.FileController`."""

    window: MainWindow
    bridge: DocumentBridge
    store: RecoveryStore
    autosaver: Autosaver
    info: InfoBar

    if TYPE_CHECKING:  # provided (and documented) by the files controller
        def _status(self, message: str) -> None: ...
        def _swap(self, loaded: LoadedPolicy, path: str | None,
                  state: DiskState | None) -> None: ...
        def maybe_save(self) -> bool: ...  # noqa: D102
        def reload(self) -> bool: ...  # noqa: D102
        def save(self) -> bool: ...  # noqa: D102

    def offer_recovery(self) -> bool:
        """Offer unsaved work left by an earlier run; True when some was recovered."""
        while True:
            entries = self.store.entries()
            if not entries:
                return False
            choice = dialogs.ask_recover(self.window, entries)
            if choice is None:
                return False  # later: every entry stays for the next start
            action, entry = choice
            if action != "recover":
                if not self.store.discard_entry(entry):
                    self._status(f"The unsaved work on {entry.name} is open in another window")
                continue
            return self.recover(entry)

    def recover(self, entry: RecoveryEntry) -> bool:
        """Open recovered work as an unsaved document bound to its original file.

        The window takes the entry over (no other window offers it while this one works on it).
        """
        if not self.maybe_save():
            return False
        lock = self.store.claim(entry.key)
        if lock is None:
            self._status(f"The unsaved work on {entry.name} is open in another window")
            return False
        try:
            text = self.store.read(entry)
            loaded = load_bytes(text.encode("utf-8"), str(entry.text_path))
        except (OSError, UnicodeError, PolicyFileError) as exc:
            lock.release(remove=False)  # still offered next time
            error = exc if isinstance(exc, PolicyFileError) else PolicyFileError.at(
                str(entry.text_path), 1, 1, f"cannot read the recovery file: {exc}")
            dialogs.show_open_error(self.window, error)
            return False
        self._swap(loaded, entry.original_path, entry.disk)
        base = _original_yaml(entry.original_path) if not is_yaml_text(text) else None
        if base is not None:
            self.bridge.base_text = base  # saving merges into it: its comments survive
        self.bridge.undo_stack.resetClean()
        self.autosaver.adopt(lock)
        self._status(f"Recovered unsaved changes to {entry.name} (autosaved "
                     f"{entry.saved_at:%Y-%m-%d %H:%M}); save to keep them")
        return True

    # -- changes made by other programs --------------------------------------------------------
    def _changed_on_disk(self, path: str) -> None:
        name = display_name(path)
        if self.bridge.modified:
            self.info.show_message(
                f"{name} was changed by another program, and you have unsaved changes: "
                "reloading discards them; saving asks before replacing the other program's "
                "changes.",
                "warning", [("Reload and Discard Mine", self.reload, "view-refresh"),
                            ("Keep Mine", lambda: None)])
        else:
            self.info.show_message(f"{name} was changed by another program.", "info",
                                   [("Reload", self.reload, "view-refresh")])

    def _removed_from_disk(self, path: str) -> None:
        self.info.show_message(
            f"{display_name(path)} was deleted or moved by another program. Save to write "
            "it again.", "warning", [("Save", self.save, "document-save")])



def _original_yaml(path: str | None) -> str | None:
    """The original file's YAML text (recovery of a large document was written as JSON)."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return text if is_yaml_text(text) else None
