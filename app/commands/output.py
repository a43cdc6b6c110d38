"""Where a command's output goes: ``-o OUT`` for every command that writes one.

One place decides, for every command:

- ``-o -`` is standard output;
- an ``OUT`` that is one of the command's input files (by path, ``./x``, a symbolic or hard
  link: anything naming the same file) is refused before anything is written, so an input is
  never overwritten by accident;
- anything else is written by :func:`~app.storage.atomic.write_atomic`, which writes through
  links, devices (``/dev/null``) and FIFOs and refuses read-only files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from app.commands import err, say
from app.domain.i18n import translate
from app.storage.atomic import write_atomic

STDOUT = "-"


class OutputError(Exception):
    """The output cannot be written as asked; ``str()`` is one line for stderr."""


def is_stdout(output: str | os.PathLike[str] | None) -> bool:
    """True when ``output`` means standard output."""
    return output is not None and os.fspath(output) == STDOUT


def messages_for(output: str | os.PathLike[str] | None) -> Callable[[str], None]:
    """Where a command's lines for people go.

    Stderr when ``output`` is standard output (which carries the data), stdout otherwise.
    """
    return err if is_stdout(output) else say


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when ``a`` and ``b`` name the same file (same inode, or the same resolved path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(prog: str, output: str | os.PathLike[str] | None,
                 inputs: Iterable[str | os.PathLike[str] | None]) -> None:
    """Raise :class:`OutputError` when ``output`` is one of ``inputs``."""
    if output is None or is_stdout(output):
        return
    for source in inputs:
        if source is None or is_stdout(source):
            continue
        if same_file(output, source):
            words = translate("cli", "-o {output} is an input of this command (the same file "
                                     "as {source}); it was left as is: choose another output") \
                if os.fspath(source) != os.fspath(output) else translate(
                "cli", "-o {output} is an input of this command; it was left as is: choose "
                       "another output")
            raise OutputError(f"{prog}: error: " + words.format(output=output, source=source))


def write_output(output: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to standard output (``-``) or, carefully, to the file ``output``."""
    if is_stdout(output):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_atomic(Path(output), data)


def print_or_write(output: str | os.PathLike[str] | None, text: str) -> None:
    """Write ``text`` (data, as is) to ``output`` when one is given, else to standard output."""
    if output:
        write_output(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
