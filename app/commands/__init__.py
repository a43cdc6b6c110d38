"""The command line's subcommands, one module each (no Qt anywhere here)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from app.domain.terminal_text import terminal_safe

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3


def out(text: str, stream: TextIO | None = None) -> None:
    """Write ``text`` to stdout (or ``stream``) exactly as is: for JSON and other data."""
    (stream or sys.stdout).write(text)


def show(text: str) -> None:
    """Write text meant for people to stdout, escaping controls and bidi characters.

    Line breaks are kept.
    """
    sys.stdout.write(terminal_safe(text, keep_newlines=True))


def say(line: str) -> None:
    """Write one line meant for people to stdout, everything unsafe escaped (line breaks too)."""
    sys.stdout.write(terminal_safe(line.rstrip("\n")) + "\n")


def err(text: str) -> None:
    """Write one line to stderr, controls, bidi characters and line breaks escaped."""
    sys.stderr.write(terminal_safe(text.rstrip("\n")) + "\n")


class ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose error messages (which quote the arguments) are escaped."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Print ``message`` escaped, then exit with ``status``."""
        super().exit(status, terminal_safe(message.rstrip("\n")) + "\n" if message else None)
