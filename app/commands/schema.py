"""`policy-studio schema`: print the JSON Schema of the file format."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK
from app.commands.output import print_or_write
from app.domain.i18n import translate
from app.storage.schema import schema_text


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser("schema", help=translate("schema", "print the JSON Schema of "
                                                                    "policy files"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=translate("checks", "write it to FILE instead"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print or write the schema."""
    print_or_write(args.output, schema_text())
    return EXIT_OK
