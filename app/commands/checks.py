"""`policy-studio checks`: the check reference page (Markdown), generated from the catalogue."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK
from app.commands.output import print_or_write
from app.domain.i18n import translate
from app.validation.reference import markdown


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "checks", help=translate("checks", "print the check reference (Markdown) that SARIF "
                                           "help URIs point at"),
        description=translate(
            "checks", "Print the reference of every check (code, title, severity, why, how to "
                      "fix) as Markdown; each check's section is anchored by its code in lower "
                      "case, the address its SARIF rule's helpUri names (publish it and pass "
                      "its folder's address to `validate --docs-url`). The repository keeps it "
                      "as resources/reference/checks.md."))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=translate("checks", "write it to FILE instead"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print or write the reference."""
    print_or_write(args.output, markdown())
    return EXIT_OK
