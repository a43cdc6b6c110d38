"""The signing key of ``export --signing-key``: read, with its passphrase when encrypted.

The passphrase comes from the environment variable ``POLICY_STUDIO_KEY_PASSPHRASE`` or, when
standard input is a terminal, from a prompt that does not echo; a script without either gets a
one-line message naming the variable.
"""

from __future__ import annotations

import getpass
import os
import sys

from app.domain.i18n import translate
from app.exporters.opa_signing import (
    PASSPHRASE_VARIABLE,
    BundleSigner,
    PassphraseNeeded,
    SigningKeyError,
    read_signing_key,
)


def load_signer(path: str, key_id: str) -> BundleSigner:
    """The signer for the key file ``path``; raises :class:`SigningKeyError` with the reason."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    try:
        return read_signing_key(path, passphrase, key_id)
    except PassphraseNeeded:
        if not sys.stdin.isatty():
            raise
    try:
        typed = getpass.getpass(translate("export", "Passphrase for {path}: ").format(path=path))
    except (EOFError, KeyboardInterrupt):
        raise SigningKeyError(translate(
            "export", "{path}: no passphrase given for the private key").format(
            path=path)) from None
    return read_signing_key(path, typed, key_id)
