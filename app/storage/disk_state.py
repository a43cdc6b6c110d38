"""What a file on disk looked like when we last read or wrote it, and whether it changed since.

An editor that saves must not silently replace a change someone else made to the file after
it was loaded. :class:`DiskState` records the file's size, modification time and SHA-256 of
its contents; :func:`changed_since` compares a recorded state with the file as it is now.

The content hash decides: a file whose size differs has changed (no need to read it); a file
with the same size is read and hashed, so an edit that keeps the size and even the
modification time (a tool restoring times, a coarse clock) is still caught, and a file that
was only touched (new time, same bytes) has not changed.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from app.domain.i18n import translate

CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskState:
    """A file's size, modification time (ns) and contents' SHA-256 (``None``: not known)."""

    size: int
    mtime_ns: int
    sha256: str | None

    @classmethod
    def of_data(cls, path: str | Path, data: bytes) -> DiskState:
        """The state of ``path`` just after we wrote (or read) exactly ``data`` there."""
        info = os.stat(path)
        return cls(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def to_json(self) -> dict[str, Any]:
        """A plain mapping (for the recovery folder's sidecar files)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> DiskState | None:
        """The state :meth:`to_json` wrote, or ``None`` when ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if not (_whole(size) and _whole(mtime) and (digest is None or isinstance(digest, str))):
            return None
        return cls(size, mtime, digest)  # type: ignore[arg-type]


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class Change(Enum):
    """How a file differs from a recorded state."""

    NONE = "none"
    """Same contents (perhaps a new time)."""
    MODIFIED = "modified"
    """Different contents."""
    REMOVED = "removed"
    """The file is gone."""
    CREATED = "created"
    """The file exists but did not when the state was recorded."""


def read_state(path: str | Path) -> DiskState | None:
    """The state of ``path`` now (``None`` when it does not exist or cannot be read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a FIFO or device: never opened here (it could block)
        with open(path, "rb") as handle:
            before = os.fstat(handle.fileno())
            digest = hashlib.sha256()
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return DiskState(before.st_size, before.st_mtime_ns, digest.hexdigest())


def state_after_load(path: str | Path, before: os.stat_result | None,
                     data: bytes | None = None) -> DiskState | None:
    """The state of a file just loaded, given its ``os.stat`` from before the load.

    When at hand, ``data`` holds the bytes that were loaded (hashed here instead of reading the file
    again).

    When the file changed while it was being read, what we loaded is not what is there now:
    the state then has no hash, so the next :func:`changed_since` reports a change.
    """
    if data is None or before is None:
        now = read_state(path)
    else:
        try:
            info = os.stat(path)
        except OSError:
            return None
        now = DiskState(info.st_size, info.st_mtime_ns,
                        hashlib.sha256(data).hexdigest() if len(data) == info.st_size else None)
    if now is None or before is None:
        return now
    if (before.st_size, before.st_mtime_ns) != (now.size, now.mtime_ns):
        return DiskState(before.st_size, before.st_mtime_ns, None)
    return now


def changed_since(path: str | Path, known: DiskState | None) -> Change:
    """How ``path`` differs from ``known`` (``None``: the file did not exist then)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Change.NONE if known is None else Change.REMOVED
    if known is None:
        return Change.CREATED
    if not stat.S_ISREG(info.st_mode) or info.st_size != known.size or known.sha256 is None:
        return Change.MODIFIED
    now = read_state(path)
    if now is None:
        return Change.MODIFIED  # cannot read it: do not assume it is ours
    return Change.NONE if now.sha256 == known.sha256 else Change.MODIFIED


class ChangedOnDisk(Exception):
    """The file was changed by someone else since we last read or wrote it."""

    def __init__(self, path: str | Path, change: Change, now: DiskState | None) -> None:
        super().__init__((translate("files", "{path} was removed by someone else")
                          if change is Change.REMOVED else
                          translate("files", "{path} was modified by someone else")).format(
            path=path))
        self.path = str(path)
        self.change = change
        self.now = now
        """The file's state when the change was seen (``None``: unreadable)."""


def ensure_unchanged(path: str | Path, known: DiskState | None) -> None:
    """Raise :class:`ChangedOnDisk` when ``path`` holds something other than ``known``.

    A removed file is fine: replacing it loses nothing.
    """
    change = changed_since(path, known)
    if change in (Change.MODIFIED, Change.CREATED):
        raise ChangedOnDisk(path, change, read_state(path))
