"""`policy-studio keygen`: create an approver's signing key, protected by a passphrase.

The key is Ed25519, written encrypted in OpenSSH's own format (mode 0600) with its public half
beside it (``FILE.pub``); the command prints the ``allowed_signers`` line to add for the
approver (see app/storage/signing/allowed_signers.py for the format).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.commands import EXIT_INPUT, EXIT_OK, err, say
from app.commands.passphrase import PassphraseError, add_passphrase_option, passphrase
from app.domain.i18n import translate
from app.storage.signing import NAMESPACE, SigningKeyError, generate_key
from app.storage.signing.allowed_signers import default_principal, signer_line

PROG = "policy-studio keygen"
DEFAULT_FILE = Path("~/.ssh/policy_studio_ed25519")


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "keygen", help=translate("keygen", "create a key to sign approvals with"),
        description=translate(
            "keygen", "Create an Ed25519 key protected by a passphrase for signing approvals, "
                      "and print the line to add to the allowed_signers file. Exit status: "
                      "0 created, 2 wrong usage or the file exists."))
    parser.add_argument("--file", metavar="FILE", default=None, help=translate(
        "keygen", "where to write the private key (default: ~/.ssh/policy_studio_ed25519; "
                  "the public key goes to FILE.pub)"))
    parser.add_argument("--name", required=True,
                        help=translate("keygen", "the approver's full name, as in approvals"))
    parser.add_argument("--role", required=True, action="append", help=translate(
        "keygen", "a role the approver may approve in (repeat for several)"))
    parser.add_argument("--principal", help=translate(
        "keygen", "the approver's identity in allowed_signers, e.g. an email address "
                  "(default: the name in lower case, dots for spaces)"))
    add_passphrase_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Create the key and print its allowed_signers line."""
    name = " ".join(args.name.split())
    roles = [" ".join(role.split()) for role in args.role]
    principal = args.principal or default_principal(name)
    if any('"' in text for text in (name, *roles)) or any("," in role for role in roles) or (
            any(c.isspace() or c in '",' for c in principal)):
        err(f"{PROG}: error: " + translate(
            "keygen", "names and roles cannot hold '\"', roles no ',' and the principal no "
                      "space"))
        return EXIT_INPUT
    path = Path(os.path.expanduser(args.file)) if args.file else DEFAULT_FILE.expanduser()
    try:
        secret = passphrase(args, translate("signing", "Passphrase for the new key: "),
                            confirm=True)
        if args.file is None:
            path.parent.mkdir(mode=0o700, exist_ok=True)
        key = generate_key(path, secret, principal)
    except (SigningKeyError, PassphraseError) as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    say(translate("keygen", "created {path} and {path}.pub; add this line to the "
                            "allowed_signers file:").format(path=path))
    say(signer_line(principal, key.public_line(), name, roles, NAMESPACE))
    return EXIT_OK
