"""Read an input file whole, bounded in size, refusing what is not a regular file at once.

:func:`read_head` reads only the start of a file, pipe or device.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.errors import PolicyFileError


def read_limited(path: str | Path, max_bytes: int,
                 what: str = QT_TRANSLATE_NOOP("file errors", "file")) -> bytes:
    """The bytes of ``path``.

    PolicyFileError (``file:1:1``) when it is missing, a folder, a FIFO or device (which could block
    for ever), unreadable or larger than ``max_bytes``.
    """
    name, kind = str(path), translate("file errors", what)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise PolicyFileError.at(name, 1, 1, translate(
                "file errors", "this is a folder, not a {kind}").format(kind=kind))
        if not stat.S_ISREG(mode):
            raise PolicyFileError.at(name, 1, 1, translate(
                "file errors", "this is not a regular file (a pipe or device); give a {kind}")
                .format(kind=kind))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise PolicyFileError.at(name, 1, 1, translate("file errors", "no such file")) from None
    except OSError as exc:
        raise PolicyFileError.at(name, 1, 1, translate("file errors", "cannot read file: {reason}")
                                 .format(reason=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        size = os.path.getsize(path)
        raise PolicyFileError.at(name, 1, 1, translate(
            "file errors", "the file is {size} bytes; the limit is {limit} bytes").format(
            size=size, limit=max_bytes))
    return data


def read_head(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most ``limit + 1`` bytes from the start of ``path``: more than ``limit`` means too long.

    ``path`` may be a pipe or device (``--passphrase-file <(...)``); raises ``OSError``.
    """
    with open(path, "rb") as stream:
        return stream.read(limit + 1)
