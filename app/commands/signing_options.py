"""The signing options of ``policy-studio export -f pdf`` and where a passphrase comes from.

A passphrase is read from ``--passphrase-file`` (its first line), else from the environment
variable :data:`PASSPHRASE_VARIABLE`, else asked for at the terminal (never echoed). It is
asked for only when the key file turns out to be protected.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.domain.models import Policy
from app.exporters.pdf.credentials import CredentialError, Credentials, load_pem, load_pkcs12
from app.exporters.pdf.signing import SigningError

PASSPHRASE_VARIABLE = "POLICY_STUDIO_KEY_PASSPHRASE"
MAX_PASSPHRASE = 4096
"""A passphrase file longer than this is not a passphrase file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the signing options to ``export``'s parser."""
    group = parser.add_argument_group(translate("pdf signing", "signing the PDF document"))
    group.add_argument("--sign-pkcs12", metavar="FILE", help=translate(
        "pdf signing", "sign the PDF with the key and certificate in this PKCS#12 file "
                   "(.p12 or .pfx)"))
    group.add_argument("--sign-key", metavar="KEY_FILE", help=translate(
        "pdf signing", "sign the PDF with this PEM private key (with --sign-cert)"))
    group.add_argument("--sign-cert", metavar="CERT_FILE", help=translate(
        "pdf signing", "the PEM certificate of --sign-key, optionally followed by its chain"))
    group.add_argument("--sign-location", metavar="TEXT", help=translate(
        "pdf signing", "where the signature is made (optional, shown by PDF readers)"))
    add_passphrase_argument(group)


def add_passphrase_argument(group: argparse._ActionsContainer) -> None:
    """``--passphrase-file``, shared by export and certificate."""
    group.add_argument("--passphrase-file", metavar="FILE", help=translate(
        "pdf signing", "read the key's passphrase from the first line of this file (else from "
                   "{variable}, else it is asked for)").format(variable=PASSPHRASE_VARIABLE))


def wants_signature(args: argparse.Namespace) -> bool:
    """True when any signing credential was given."""
    return bool(args.sign_pkcs12 or args.sign_key or args.sign_cert)


def passphrase_source(args: argparse.Namespace, confirm: bool = False) -> Callable[[], bytes]:
    """What gives the passphrase when it is needed (raises :class:`CredentialError`)."""

    def give() -> bytes:
        if args.passphrase_file:
            return read_passphrase_file(args.passphrase_file)
        if PASSPHRASE_VARIABLE in os.environ:
            return os.environ[PASSPHRASE_VARIABLE].encode("utf-8", "surrogateescape")
        if not sys.stdin.isatty():
            raise CredentialError(translate(
                "pdf signing", "a passphrase is needed: give --passphrase-file or set {variable}")
                .format(variable=PASSPHRASE_VARIABLE))
        first = getpass.getpass(translate("pdf signing", "Passphrase: "))
        if confirm and getpass.getpass(translate("pdf signing", "Passphrase again: ")) != first:
            raise CredentialError(translate("pdf signing", "the two passphrases differ"))
        return first.encode("utf-8")

    return give


def read_passphrase_file(path: str) -> bytes:
    """The first line of ``path`` (without its line end)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_PASSPHRASE + 1)
    except OSError as exc:
        raise CredentialError(translate("pdf signing", "{path}: cannot be read ({reason})")
                              .format(path=path, reason=exc.strerror or exc)) from None
    if len(data) > MAX_PASSPHRASE:
        raise CredentialError(translate("pdf signing", "{path}: too long for a passphrase file")
                              .format(path=path))
    return data.split(b"\n", 1)[0].removesuffix(b"\r")


def prepare(args: argparse.Namespace, format_name: str, policy: Policy) -> Credentials:
    """The credentials to sign ``policy``'s ``format_name`` export with, when it may be signed.

    Only the PDF document is signed, and only of a version that carries an approval of exactly
    its content: the signature says the signer approves it, which a draft cannot say.
    Raises :class:`SigningError` or :class:`CredentialError`.
    """
    if format_name != "pdf":
        raise SigningError(translate(
            "pdf signing", "only the pdf format can be signed (--format pdf)"))
    if not is_approved(policy, digest(policy)):
        raise SigningError(translate(
            "pdf signing", "only an approved policy's document is signed: this version carries "
                           "no approval of exactly its content (record one with 'policy-studio "
                           "approve' first)"))
    return load_credentials(args)


def load_credentials(args: argparse.Namespace) -> Credentials:
    """The credentials the options name (raises :class:`CredentialError`)."""
    give = passphrase_source(args)
    if args.sign_pkcs12:
        if args.sign_key or args.sign_cert:
            raise CredentialError(translate(
                "pdf signing",
                "give either --sign-pkcs12 or --sign-key with --sign-cert, not both"))
        return load_pkcs12(args.sign_pkcs12, give)
    if not (args.sign_key and args.sign_cert):
        raise CredentialError(translate("pdf signing", "--sign-key and --sign-cert go together"))
    return load_pem(args.sign_key, args.sign_cert, give)
