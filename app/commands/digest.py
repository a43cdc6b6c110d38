"""`policy-studio digest`: print a policy's content digest."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, out
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.storage.loader import load_file


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "digest", help=translate("digest", "print the SHA-256 content digest of a policy"),
        description=translate(
            "digest", "Print 'sha256:<hex>' of the policy's canonical content (review status "
                      "and approvals excluded), the digest every export carries."))
    parser.add_argument("file", metavar="FILE", help=translate("cli", "policy file"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the file and print its digest."""
    out(digest(load_file(args.file).policy) + "\n")
    return EXIT_OK
