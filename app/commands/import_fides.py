"""`policy-studio import`: add a Fides taxonomy's categories, uses and subjects to a policy.

Prints the preview (``+ category user.contact.email (Email)`` per addition, ``=`` per entry
that already exists) and, unless ``--dry-run``, writes the updated policy back with the
round-trip writer (comments and layout kept), to ``-o OUT`` or in place.
"""

from __future__ import annotations

import argparse

from app.commands.imports import run_import
from app.importers.kinds import FIDES_TAXONOMY

PROG = "policy-studio import"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "import", help="import data categories, uses and subjects from a Fides taxonomy",
        description="Add the data categories, data uses (as purposes) and data subjects of a "
                    "Fides taxonomy file to FILE; items that already exist are skipped. The "
                    "preview is printed; unless --dry-run the policy is written (to OUT or in "
                    "place). Exit status: 0 done, 2 unreadable input or wrong usage.")
    parser.add_argument("file", metavar="FILE", help="policy YAML file to add to")
    parser.add_argument("--fides", metavar="TAXONOMY.yml", required=True,
                        help="Fides taxonomy file (data_category / data_use / data_subject)")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write the updated policy here instead of over FILE")
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what would be added; write nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Plan the import, print it and write the result unless asked not to."""
    return run_import(args, PROG, FIDES_TAXONOMY, args.fides)
