"""Lock files that say "a running process owns this", and go away with the process.

A recovery entry belongs to the editing session that writes it. Whether that session is still
running is told by a lock file it holds, not by a process id: the operating system releases
the lock when the process ends in any way (normal exit, crash, ``SIGKILL``, power loss of
the machine that held it), so a crashed session's lock is free at once, and a process that
later gets the same process id holds nothing. Process ids are reused, and differ between
sandboxes that share a home folder; a held lock is neither.

On POSIX the lock is ``flock(2)``: it belongs to the open file, so two handles in one process
exclude each other too (two windows of one process are two sessions), and it is not
inherited by programs the application starts. On Windows ``msvcrt.locking`` gives the same.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

_HELD: set[Path] = set()
"""Lock files this process holds (so two sessions of one process exclude each other even
where the system's locks are per process, as ``flock`` is on some network file systems)."""
_HELD_GUARD = threading.Lock()

ACQUIRE_TRIES = 10
"""A lock being probed by another process is busy for a moment: try again this many times."""
RETRY_S = 0.01


def _try_lock(fd: int, exclusive: bool) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


class SessionLock:
    """An exclusive lock on a file, held until :meth:`release` or until the process ends."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd
        self.mutex = threading.Lock()
        """Held while a file the lock guards is written or removed (writes run on a worker
        thread; a release waits for them, and a write after a release does nothing)."""

    @classmethod
    def acquire(cls, path: str | Path) -> SessionLock | None:
        """Lock ``path`` (created if missing); ``None`` when a running session holds it.

        Raises OSError when the file cannot be opened.
        """
        path = Path(path).absolute()
        for attempt in range(ACQUIRE_TRIES):
            if _held_here(path):
                return None
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            if _try_lock(fd, exclusive=True):
                if _same_file(fd, path):
                    with _HELD_GUARD:
                        _HELD.add(path)
                    return cls(path, fd)
                _unlock(fd)  # removed by its last owner while we waited: start again
            os.close(fd)
            if attempt + 1 < ACQUIRE_TRIES:
                time.sleep(RETRY_S)
        return None

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self, *, remove: bool = True) -> None:
        """Let go of the lock (and, with ``remove``, delete the lock file first)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with _HELD_GUARD:
            _HELD.discard(self.path)
        if remove and fcntl is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)
        if remove and fcntl is None:  # Windows cannot remove an open file
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __del__(self) -> None:
        if self._fd is not None:  # dropped without a release: the process stops owning it
            with contextlib.suppress(Exception):
                _HELD.discard(self.path)
                os.close(self._fd)


def is_held(path: str | Path) -> bool:
    """True when some running session (this process included) holds the lock at ``path``."""
    if _held_here(Path(path).absolute()):
        return True
    try:
        fd = os.open(path, os.O_RDONLY if fcntl is not None else os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd, exclusive=fcntl is None):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def _held_here(path: Path) -> bool:
    with _HELD_GUARD:
        return path in _HELD


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
