"""Where the command line takes a key's passphrase from: one reader for every command.

``approve``, ``keygen``, ``certificate`` and ``export`` (OPA bundle and PDF document) all ask
here, in this order: ``--passphrase-file FILE`` (its first line), the environment variable
``POLICY_STUDIO_KEY_PASSPHRASE`` (when set and not empty), else a prompt that does not echo,
only when standard input is a terminal. Without any of them, or with a file that cannot be a
passphrase file (unreadable, empty, longer than :data:`MAX_PASSPHRASE_FILE`, not UTF-8 text),
:class:`PassphraseError` says so in one line naming the file. A key that turns out not to be
encrypted asks for nothing.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.domain.i18n import translate
from app.storage.input_file import read_head
from app.storage.signing.keys import PASSPHRASE_VARIABLE

MAX_PASSPHRASE_FILE = 4096
"""At most this many bytes are read; a longer file is not a passphrase file."""


class PassphraseError(ValueError):
    """No passphrase could be had; ``str()`` is one line for people."""


def add_passphrase_option(parser: argparse._ActionsContainer) -> None:
    """Add ``--passphrase-file`` to a parser or an argument group."""
    parser.add_argument("--passphrase-file", metavar="FILE", help=translate(
        "signing", "read the key's passphrase from the first line of FILE (else from "
                   "$POLICY_STUDIO_KEY_PASSPHRASE, else a prompt)"))


def passphrase(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    """The passphrase ``args`` point at, or typed at the terminal (twice when ``confirm``)."""
    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PassphraseError(translate(
                "signing", "{variable} is not UTF-8 text").format(
                variable=PASSPHRASE_VARIABLE)) from None
        return value
    if not sys.stdin.isatty():
        raise PassphraseError(translate(
            "signing", "the key needs a passphrase: give --passphrase-file FILE or set "
                       "POLICY_STUDIO_KEY_PASSPHRASE (no terminal to ask on)"))
    try:
        typed = getpass.getpass(prompt)
        again = getpass.getpass(translate("signing", "Same passphrase again: ")) \
            if confirm else typed
    except EOFError:
        raise PassphraseError(translate("signing", "no passphrase was typed")) from None
    if again != typed:
        raise PassphraseError(translate("signing", "the two passphrases differ"))
    return typed


def key_prompt(path: str) -> str:
    """What the terminal asks for the passphrase of the key in ``path``."""
    return translate("signing", "Passphrase for {path}: ").format(path=path)


def asker(args: argparse.Namespace, prompt: str) -> Callable[[], bytes]:
    """:func:`passphrase` as UTF-8 bytes, read only when called: when a key needs it."""
    return lambda: passphrase(args, prompt).encode("utf-8")


def read_passphrase_file(path: str) -> str:
    """The first line of ``path`` without its line end (raises :class:`PassphraseError`)."""
    try:
        data = read_head(path, MAX_PASSPHRASE_FILE)
    except OSError as exc:
        raise PassphraseError(translate(
            "signing", "{path}: cannot read the passphrase file ({reason})").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from None
    if len(data) > MAX_PASSPHRASE_FILE:
        raise PassphraseError(translate(
            "signing", "{path}: too long for a passphrase file (more than {count} bytes)")
            .format(path=path, count=MAX_PASSPHRASE_FILE))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:
        raise PassphraseError(translate(
            "signing", "{path}: not a passphrase file (one line of UTF-8 text)").format(
            path=path))
    line = text.removeprefix("\ufeff").split("\n", 1)[0].removesuffix("\r")  # a BOM is no text
    if not line:
        raise PassphraseError(translate(
            "signing", "{path}: the first line is empty; it should hold the passphrase")
            .format(path=path))
    return line
