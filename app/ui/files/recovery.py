"""Recovery files: autosaved copies of unsaved work, kept apart from the user's files.

Each document has a key (a hash of its path, or an id for an untitled document). Its recovery
is two files in the recovery folder: ``<key>.policy.yaml`` with the document's text and
``<key>.json`` saying which file it belongs to and when it was written. Everything here is
plain file handling, safe to call from a worker thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.storage.atomic import write_atomic

TEXT_SUFFIX = ".policy.yaml"
INFO_SUFFIX = ".json"


def default_recovery_dir() -> Path:
    """``<AppDataLocation>/recovery`` (per user, per application)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def key_for(path: str) -> str:
    """The recovery key of a saved document's path."""
    normal = os.path.normcase(os.path.abspath(path))
    return "file-" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:20]


def new_untitled_key() -> str:
    """A fresh key for a document that has no file yet."""
    return "untitled-" + uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class RecoveryEntry:
    """Unsaved work found in the recovery folder."""

    key: str
    text_path: Path
    original_path: str | None
    saved_at: dt.datetime
    title: str
    pid: int

    @property
    def name(self) -> str:
        """The original file's name, or "Untitled"."""
        return Path(self.original_path).name if self.original_path else "Untitled"


class RecoveryStore:
    """The recovery folder."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @property
    def directory(self) -> Path:
        """Where recovery files go (the default folder unless one was given)."""
        if self._directory is None:
            self._directory = default_recovery_dir()
        return self._directory

    @directory.setter
    def directory(self, value: Path) -> None:
        self._directory = Path(value)

    def write(self, key: str, text: str, original_path: str | None, title: str) -> Path:
        """Write (atomically) the recovery text and its sidecar; returns the text's path."""
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{key}{TEXT_SUFFIX}"
        write_atomic(target, text.encode("utf-8"))
        info = {"original_path": original_path, "title": title, "pid": os.getpid(),
                "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
        write_atomic(self.directory / f"{key}{INFO_SUFFIX}",
                     json.dumps(info, indent=2).encode("utf-8"))
        return target

    def discard(self, key: str) -> None:
        """Delete a document's recovery files (a missing file is fine)."""
        for suffix in (TEXT_SUFFIX, INFO_SUFFIX):
            with contextlib.suppress(OSError):
                (self.directory / f"{key}{suffix}").unlink()

    def exists(self, key: str) -> bool:
        """True when recovery text for ``key`` is on disk."""
        return (self.directory / f"{key}{TEXT_SUFFIX}").is_file()

    def read(self, entry: RecoveryEntry) -> str:
        """The recovered text."""
        return entry.text_path.read_text(encoding="utf-8")

    def entries(self, skip: set[str] | frozenset[str] = frozenset()) -> list[RecoveryEntry]:
        """Unsaved work left behind, newest first; work another running copy of the application
        is still autosaving, and the keys in ``skip``, are left out."""
        if not self.directory.is_dir():
            return []
        found = []
        for info_path in self.directory.glob(f"*{INFO_SUFFIX}"):
            key = info_path.name.removesuffix(INFO_SUFFIX)
            entry = self._entry(key, info_path)
            if entry is not None and key not in skip and not _alive_elsewhere(entry.pid):
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def _entry(self, key: str, info_path: Path) -> RecoveryEntry | None:
        text_path = self.directory / f"{key}{TEXT_SUFFIX}"
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
                             pid if isinstance(pid, int) else 0)


def _alive_elsewhere(pid: int) -> bool:
    """True when ``pid`` is another process that is still running (POSIX only)."""
    if pid <= 0 or pid == os.getpid() or sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
