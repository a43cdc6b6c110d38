"""The command line's subcommands, one module each (no Qt anywhere here)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from app.domain.i18n import translate
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

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        """Refuse an empty value or a NUL by the option's name before anything reads it."""
        if isinstance(arg_string, str) and not isinstance(action, argparse._SubParsersAction) and (
                not arg_string.strip() or "\0" in arg_string):
            name = "/".join(action.option_strings) or str(action.metavar or action.dest)
            if "\0" in arg_string and arg_string.strip():
                why = translate("cli", "{option} holds a NUL character, which no file name or "
                                       "value can hold")
            elif _names_a_path(action):
                why = translate("cli", "{option} is empty; give a file name")
            else:
                why = translate("cli", "{option} is empty; give a value")
            why = why.format(option=name)
            self.exit(2, f"{self.prog}: error: {why}")  # one line: the usage would bury it
        return super()._get_value(action, arg_string)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Print ``message`` escaped, then exit with ``status``."""
        super().exit(status, terminal_safe(message.rstrip("\n")) + "\n" if message else None)


def _names_a_path(action: argparse.Action) -> bool:
    words = f"{action.metavar or ''} {action.dest}".upper()
    return any(word in words for word in ("FILE", "OUT", "DIR", "PATH", "MANIFEST", "CSV",
                                          "OLD", "NEW", "BASE", "OURS", "THEIRS", "REPO"))
