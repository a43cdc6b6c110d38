"""Careful file writes: a save either fully happens or leaves the old file untouched.

:func:`write_atomic` behaves like a careful editor's save:

- a regular file is replaced atomically: the data goes to a hidden temporary file beside it
  (``.<name>.<host>-<pid>-<random>.tmp``), which is flushed, synced and renamed over the file;
- a symbolic link is followed: its target is updated and the link stays a link;
- the file's mode and (where permitted) owner and group are kept; a new file gets the mode the
  umask allows (0644 under umask 022), as any other program's new file would;
- a file whose mode bits forbid writing (read-only) is refused, not rewritten, even when the
  process could write it anyway (as root can);
- a character device (``/dev/null``, a terminal) or a FIFO is opened and written through,
  never replaced by a regular file; a FIFO nobody reads is refused instead of waiting forever;
- temporary files of this naming pattern left beside the target by writers that died mid-save
  (killed, power lost) are removed by the next save.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import socket
import stat
import time
from pathlib import Path

from app.domain.i18n import translate

FIFO_WAIT_S = 5.0
"""How long a write to a FIFO waits for a program to start reading it."""
STALE_AFTER_S = 24 * 3600
"""A temporary file untouched this long is stale even if its writer's PID is in use again."""
_NAME_ROOM = 120
"""Characters of the target's name kept in a temporary file's name (names are limited)."""


class ReadOnlyFileError(PermissionError):
    """The target's mode says it must not be written."""


def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


_HOST = _host_tag()


def temp_prefix(target: str | Path) -> str:
    """The start of every temporary file name a save of ``target`` uses."""
    return f".{Path(target).name[:_NAME_ROOM]}."


def _temp_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(re.escape(temp_prefix(target)) + r"([0-9a-f]{8})-([0-9]+)-[0-9a-f]{12}\.tmp")


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as described in the module.

    Atomically for regular files, through links, keeping mode and owner, refusing read-only files,
    never replacing devices.
    """
    given = os.fspath(path)
    try:
        info = os.stat(given)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, translate("cli", "this is a folder, not a file"),
                                given)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(given, data, info)
        return
    if info is not None and _read_only(info):
        raise ReadOnlyFileError(
            errno.EACCES, translate("file errors", "the file is read-only; make it writable or "
                                                   "save under another name"), given)
    target = Path(os.path.realpath(given))
    _replace(target, data, info)


def _read_only(info: os.stat_result) -> bool:
    """True when the mode bits that apply to this process forbid writing.

    Root may write anything, so for root a file is read-only when nobody may write it.
    """
    mode = info.st_mode
    if not hasattr(os, "geteuid"):  # Windows: the read-only attribute clears every write bit
        return not mode & stat.S_IWUSR
    uid = os.geteuid()
    if uid == 0:
        return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if info.st_uid == uid:
        return not mode & stat.S_IWUSR
    if info.st_gid == os.getegid() or info.st_gid in os.getgroups():
        return not mode & stat.S_IWGRP
    return not mode & stat.S_IWOTH


def _cannot_create(directory: Path, exc: OSError) -> str:
    """Why no file can be written in ``directory``, in words."""
    if exc.errno == errno.ENOENT:
        return translate("file errors", "the folder {folder} does not exist").format(
            folder=directory)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("file errors", "you may not create files in the folder {folder}").format(
            folder=directory)
    if exc.errno == errno.EROFS:
        return translate("file errors", "the folder {folder} is on a read-only disk").format(
            folder=directory)
    if exc.errno == errno.ENOSPC:
        return translate("file errors", "the disk holding {folder} is full").format(
            folder=directory)
    return translate("file errors", "cannot create a file in the folder {folder} ({reason})"
                     ).format(folder=directory, reason=exc.strerror)


def _replace(target: Path, data: bytes, info: os.stat_result | None) -> None:
    directory = target.parent
    clean_stale_temps(target)
    temp = directory / f"{temp_prefix(target)}{_HOST}-{os.getpid()}-{secrets.token_hex(6)}.tmp"
    # A new file gets 0666 minus the umask from the kernel (like any program's new file); an
    # existing file's mode is copied onto the temporary file once it is written.
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                     0o600 if info is not None else 0o666)
    except OSError as exc:
        raise OSError(exc.errno, _cannot_create(directory, exc), str(target)) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if info is not None:
            _copy_owner(temp, info)
            os.chmod(temp, stat.S_IMODE(info.st_mode))
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(exc, OSError) and exc.filename in (None, str(temp)):
            # Name the file being saved, not the temporary one (which is gone).
            raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from None
        raise
    _fsync_directory(directory)


def _copy_owner(temp: Path, info: os.stat_result) -> None:
    """Give ``temp`` the owner and group of the file it replaces, as far as permitted."""
    if not hasattr(os, "chown"):
        return
    current = os.stat(temp)
    if (current.st_uid, current.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(temp, info.st_uid, info.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.chown(temp, -1, info.st_gid)  # a member of the group may keep the group


def _write_through(path: str, data: bytes, info: os.stat_result) -> None:
    """Write into a device or FIFO (it cannot be replaced, and must not be)."""
    if not (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        raise OSError(errno.EINVAL, translate("file errors", "this is not a regular file, a "
                                                             "device or a FIFO; choose a file to "
                                                             "write"), path)
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    if stat.S_ISFIFO(info.st_mode) and hasattr(os, "O_NONBLOCK"):
        fd = _open_fifo(path, flags)
    else:
        fd = os.open(path, flags)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
        stream.flush()


def _open_fifo(path: str, flags: int) -> int:
    """Open a FIFO for writing once a reader is there; refuse after :data:`FIFO_WAIT_S`."""
    deadline = time.monotonic() + FIFO_WAIT_S
    while True:
        try:
            fd = os.open(path, flags | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() >= deadline:
                raise OSError(errno.ENXIO, translate("file errors", "no program is reading from "
                                                                    "this FIFO"), path) from None
            time.sleep(0.02)
            continue
        os.set_blocking(fd, True)
        return fd


def clean_stale_temps(target: str | Path) -> list[Path]:
    """Remove temporary files of ``target``'s saves whose writer is gone; returns them.

    A temporary file belongs to a dead writer when it was written on this host by a process
    that no longer runs, or when nobody has touched it for :data:`STALE_AFTER_S`.
    """
    target = Path(target)
    pattern = _temp_pattern(target)
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(temp_prefix(target))]
    except OSError:
        return removed
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        path = target.parent / name
        host, pid = match.group(1), int(match.group(2))
        if _writer_alive(host, pid) and not _untouched(path):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _writer_alive(host: str, pid: int) -> bool:
    if host != _HOST:
        return True  # another machine's writer (a shared folder): judged by age only
    if pid == os.getpid():
        return True  # another thread of this process may be saving
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _untouched(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def _fsync_directory(directory: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
