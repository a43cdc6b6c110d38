"""`policy-studio import`: add a Fides taxonomy's categories, uses and subjects to a policy.

Prints the preview (``+ category user.contact.email (Email)`` per addition, ``=`` per entry
that already exists) and, unless ``--dry-run``, writes the updated policy back with the
round-trip writer (comments and layout kept), to ``-o OUT`` or in place.
"""

from __future__ import annotations

import argparse

from app.commands.imports import add_import_parser
from app.importers.kinds import FIDES_TAXONOMY


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    add_import_parser(
        commands, "import", FIDES_TAXONOMY,
        source=("--fides", "TAXONOMY.yml",
                "Fides taxonomy file (data_category / data_use / data_subject)"),
        help="import data categories, uses and subjects from a Fides taxonomy",
        description="Add the data categories, data uses (as purposes) and data subjects of a "
                    "Fides taxonomy file to FILE; items that already exist are skipped. The "
                    "preview is printed; unless --dry-run the policy is written (to OUT or in "
                    "place). Exit status: 0 done, 2 unreadable input or wrong usage.",
        file_help="policy YAML file to add to",
        dry_run_help="only print what would be added; write nothing")
