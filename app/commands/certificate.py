"""`policy-studio certificate`: make a signing key and self-signed certificate (PKCS#12).

For an approver without a certificate from the organisation's certificate authority: the file
signs PDF documents (``export -f pdf --sign-pkcs12 FILE``). PDF readers show such a signature as
valid but by an unknown signer until the organisation trusts the certificate.
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata

from app.commands import EXIT_INPUT, EXIT_OK, err, say
from app.commands.passphrase import PassphraseError, add_passphrase_option, passphrase
from app.domain.i18n import translate
from app.exporters.pdf.credentials import make_pkcs12

PROG = "policy-studio certificate"
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
"""An address a certificate can hold (ASCII, one @, a dotted domain)."""
MAX_NAME = 64
"""X.509's upper bound for a common name."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "certificate", help=translate("certificate", "make a key and self-signed certificate "
                                                     "for signing PDF documents"),
        description=translate(
            "certificate", "Write a new EC key and a self-signed certificate for signing, "
                           "protected by a passphrase, to a PKCS#12 file OUT (for export "
                           "--sign-pkcs12). PDF readers show signatures by a self-signed "
                           "certificate as valid but by an unknown signer until your "
                           "organisation trusts it; a certificate from your organisation's "
                           "certificate authority is preferred. Exit status: 0 written, "
                           "2 wrong usage or OUT exists."))
    parser.add_argument("--name", metavar="NAME", required=True, help=translate(
        "certificate", "the signer's name, as readers show it"))
    parser.add_argument("--email", metavar="ADDRESS", help=translate(
        "certificate", "the signer's email address (optional)"))
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help=translate(
        "certificate", "the PKCS#12 file to write (.p12); never overwritten"))
    parser.add_argument("--days", metavar="N", type=int, default=825, help=translate(
        "certificate", "how many days the certificate is valid (default 825)"))
    add_passphrase_option(parser)
    parser.set_defaults(run=run)


def problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the arguments, in one line, or None."""
    name = args.name.strip()
    if not name or len(name) > MAX_NAME or any(
            unicodedata.category(c) in ("Cc", "Cf") for c in name):  # controls, bidi marks
        return translate("certificate", "--name: give a name of 1 to {count} characters, "
                                        "without control characters").format(count=MAX_NAME)
    if args.email and (len(args.email) > 128 or not EMAIL.fullmatch(args.email)):
        return translate("certificate", "--email: not an email address")
    if not 1 <= args.days <= 3650:
        return translate("certificate", "--days: give 1 to 3650 days")
    if os.path.lexists(args.output):
        return translate("certificate", "{path} exists; a key file is never overwritten, "
                                        "choose another name").format(path=args.output)
    folder = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(folder):
        return translate("certificate", "{path}: the folder {folder} does not exist").format(
            path=args.output, folder=folder)
    return None


def run(args: argparse.Namespace) -> int:
    """Make the key and certificate and write them, readable by the owner only."""
    said = problem(args)
    if said:
        err(f"{PROG}: error: {said}")
        return EXIT_INPUT
    try:
        secret = passphrase(args, translate("signing", "Passphrase for the new key: "),
                            confirm=True)
    except PassphraseError as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    if len(secret) < 8:
        err(f"{PROG}: error: " + translate(
            "certificate", "the passphrase must be at least 8 characters long"))
        return EXIT_INPUT
    data = make_pkcs12(args.name.strip(), args.email or "", secret.encode("utf-8"),
                       args.days)
    descriptor = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
    say(translate("certificate", "wrote {path}: a key and self-signed certificate for {name}, "
                                 "valid for {days} days").format(
        path=args.output, name=args.name.strip(), days=args.days))
    say(translate("certificate", "PDF readers show signatures by it as valid but by an "
                                 "unknown signer until your organisation trusts this "
                                 "certificate; one from your organisation's certificate "
                                 "authority is preferred."))
    return EXIT_OK
