"""The command line's subcommands, one module each (no Qt anywhere here)."""

from __future__ import annotations

import sys
from typing import TextIO

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3


def out(text: str, stream: TextIO | None = None) -> None:
    """Write ``text`` to stdout (or ``stream``) as is."""
    (stream or sys.stdout).write(text)


def err(text: str) -> None:
    """Write one line to stderr."""
    sys.stderr.write(text.rstrip("\n") + "\n")
