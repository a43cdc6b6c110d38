"""Where the command line takes a key's passphrase from.

In this order: ``--passphrase-file`` (its first line), ``$POLICY_STUDIO_KEY_PASSPHRASE``, else a
prompt on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.domain.i18n import translate
from app.storage.signing.keys import PASSPHRASE_VARIABLE, SigningKeyError

MAX_PASSPHRASE_FILE = 10_000


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--passphrase-file``."""
    parser.add_argument("--passphrase-file", metavar="FILE", help=translate(
        "signing", "read the key's passphrase from the first line of FILE (else from "
                   "$POLICY_STUDIO_KEY_PASSPHRASE, else a prompt)"))


def passphrase(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    """The passphrase ``args`` point at, or typed at the terminal (twice when ``confirm``)."""
    if args.passphrase_file:
        return _from_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_VARIABLE):
        return os.environ[PASSPHRASE_VARIABLE]
    if not sys.stdin.isatty():
        raise SigningKeyError(translate(
            "signing", "the key needs a passphrase: give --passphrase-file FILE or set "
                       "POLICY_STUDIO_KEY_PASSPHRASE (no terminal to ask on)"))
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("signing", "Same passphrase again: ")) != typed:
        raise SigningKeyError(translate("signing", "the two passphrases differ"))
    return typed


def _from_file(path: str) -> str:
    with open(path, "rb") as handle:
        data = handle.read(MAX_PASSPHRASE_FILE + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None or len(data) > MAX_PASSPHRASE_FILE or "\0" in text:
        raise SigningKeyError(translate(
            "signing", "{path}: not a passphrase file (one line of UTF-8 text)").format(
            path=path))
    lines = text.splitlines()
    return lines[0] if lines else ""
