"""The recovery folder: autosaved copies of unsaved work, kept apart from the user's files.

Every editing session (one window of one process) has its own key, ``s-<random>``, never
derived from the file it edits: two windows or processes on the same file have two entries.
An entry is three files in the folder:

- ``<key>.policy.yaml``: the document's text;
- ``<key>.json``: which file it belongs to, its title, when it was written, the process id
  (for people reading the folder; never used to decide anything), and the state of the
  original file the work started from (size, time, hash), so saving recovered work still
  notices a change made to that file after the crash;
- ``<key>.lock``: held (:mod:`app.storage.session_lock`) by the session that owns the entry
  while it runs.

Only the holder of an entry's lock writes or removes it. An entry whose lock nobody holds was
left by a session that stopped without saving: it is offered for recovery, and stays until it
is discarded on purpose or recovered and saved. Recovering an entry takes its lock (so no
other window offers it while it is being worked on), and later autosaves update it in place.
Everything here is plain file handling, safe to call from a worker thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.i18n import translate
from app.storage.atomic import write_atomic
from app.storage.disk_state import DiskState
from app.storage.session_lock import SessionLock, is_held

TEXT_SUFFIX = ".policy.yaml"
INFO_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


def new_session_key() -> str:
    """A fresh key for one editing session."""
    return "s-" + uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveryEntry:
    """Unsaved work found in the recovery folder."""

    key: str
    text_path: Path
    original_path: str | None
    saved_at: dt.datetime
    title: str
    pid: int
    disk: DiskState | None = None
    """The original file as the work's session last read or wrote it (``None``: no file)."""

    @property
    def name(self) -> str:
        """The original file's name, or "Untitled"."""
        return Path(self.original_path).name if self.original_path else "Untitled"


class RecoveryStore:
    """The recovery folder (given, or found by ``directory`` when first needed)."""

    def __init__(self, directory: Path | Callable[[], Path]) -> None:
        self._directory = directory

    @property
    def directory(self) -> Path:
        """Where recovery files go."""
        if callable(self._directory):
            self._directory = Path(self._directory())
        return self._directory

    @directory.setter
    def directory(self, value: Path) -> None:
        self._directory = Path(value)

    def _file(self, key: str, suffix: str) -> Path:
        return self.directory / f"{key}{suffix}"

    # -- sessions ----------------------------------------------------------------------------
    def open_session(self, key: str) -> SessionLock:
        """Take the lock of a new session's ``key``.

        The folder is created private to the user: it holds unsaved work of any file they edit.
        """
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.directory.stat().st_mode & 0o077:
            self.directory.chmod(0o700)
        lock = SessionLock.acquire(self._file(key, LOCK_SUFFIX))
        if lock is None:
            raise OSError(translate("recovery", "the recovery key {key} is in use").format(
                key=key))
        return lock

    def claim(self, key: str) -> SessionLock | None:
        """Take over a stopped session's entry.

        ``None`` when a running session holds it (another window recovered it first) or it is gone.
        """
        if not self._file(key, INFO_SUFFIX).is_file():
            return None
        try:
            lock = SessionLock.acquire(self._file(key, LOCK_SUFFIX))
        except OSError:  # a lock file we may not open: leave the entry alone
            return None
        if lock is not None and not self._file(key, TEXT_SUFFIX).is_file():
            lock.release()  # discarded while we waited
            return None
        return lock

    @staticmethod
    def key_of(lock: SessionLock) -> str:
        """The entry key a lock guards."""
        return lock.path.name.removesuffix(LOCK_SUFFIX)

    # -- entries -----------------------------------------------------------------------------
    def write(self, lock: SessionLock, text: str, original_path: str | None, title: str,
              disk: DiskState | None = None) -> Path | None:
        """Write (atomically) the entry ``lock`` guards.

        Returns the text's path, or ``None`` when the lock was released first (the work was saved or
        dropped meanwhile).
        """
        key = self.key_of(lock)
        with lock.mutex:
            if not lock.held:
                return None
            info = {"original_path": original_path, "title": title, "pid": os.getpid(),
                    "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "disk": disk.to_json() if disk is not None else None}
            # The sidecar first: a process killed in between leaves the previous text listed
            # (or, on the first autosave, nothing), never a text that is not listed.
            write_atomic(self._file(key, INFO_SUFFIX), json.dumps(info, indent=2).encode("utf-8"))
            target = self._file(key, TEXT_SUFFIX)
            write_atomic(target, text.encode("utf-8"))
        return target

    def discard(self, lock: SessionLock) -> None:
        """Delete the entry ``lock`` guards, then let go of the lock (and its file)."""
        with lock.mutex:
            if lock.held:
                self._remove(self.key_of(lock))
            lock.release()

    def discard_entry(self, entry: RecoveryEntry) -> bool:
        """Delete a stopped session's entry (False when a running session took it)."""
        lock = self.claim(entry.key)
        if lock is None:
            return False
        self.discard(lock)
        return True

    def _remove(self, key: str) -> None:
        for suffix in (INFO_SUFFIX, TEXT_SUFFIX):  # the sidecar first: no half entry is listed
            with contextlib.suppress(OSError):
                self._file(key, suffix).unlink()

    def read(self, entry: RecoveryEntry) -> str:
        """The recovered text."""
        return entry.text_path.read_text(encoding="utf-8")

    def entries(self) -> list[RecoveryEntry]:
        """Unsaved work left by sessions that stopped, newest first.

        Work a running session owns, this process's included, is left out.
        """
        if not self.directory.is_dir():
            return []
        found = []
        for info_path in self.directory.glob(f"*{INFO_SUFFIX}"):
            key = info_path.name.removesuffix(INFO_SUFFIX)
            if is_held(self._file(key, LOCK_SUFFIX)):
                continue
            entry = self._entry(key, info_path)
            if entry is not None:
                found.append(entry)
        self._sweep_locks()
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def _sweep_locks(self) -> None:
        """Remove lock files of stopped sessions that left no entry."""
        for lock_path in self.directory.glob(f"*{LOCK_SUFFIX}"):
            key = lock_path.name.removesuffix(LOCK_SUFFIX)
            if self._file(key, INFO_SUFFIX).exists() or is_held(lock_path):
                continue
            with contextlib.suppress(OSError):
                lock = SessionLock.acquire(lock_path)
                if lock is not None:
                    lock.release(remove=not self._file(key, INFO_SUFFIX).exists())

    def _entry(self, key: str, info_path: Path) -> RecoveryEntry | None:
        text_path = self._file(key, TEXT_SUFFIX)
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            saved_at = dt.datetime.fromisoformat(str(info["saved_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not text_path.is_file() or not isinstance(info, dict):
            return None
        original = info.get("original_path")
        pid = info.get("pid")
        return RecoveryEntry(key, text_path, original if isinstance(original, str) else None,
                             saved_at, str(info.get("title") or ""),
                             pid if isinstance(pid, int) else 0,
                             DiskState.from_json(info.get("disk")))
