"""`policy-studio import`: add what Fides manifests say to a policy.

Prints the preview (``+ category user.contact.email (Email)`` per addition, ``~`` per policy
field set, ``=`` per entry that already exists, ``!`` per collision or note: the summary of
what did not map one to one) and, unless ``--dry-run``, writes the updated policy back with the
round-trip writer (comments and layout kept), to ``-o OUT`` or in place.
"""

from __future__ import annotations

import argparse

from app.commands.imports import add_import_parser
from app.domain.i18n import translate
from app.importers.kinds import FIDES_MANIFESTS


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    add_import_parser(
        commands, "import", FIDES_MANIFESTS,
        source=("--fides", "MANIFEST",
                translate("import", "a Fides manifest file, or a folder of them "
                                    "(data_category, data_use, data_subject, dataset, system, "
                                    "policy, organization)")),
        help=translate("import", "import Fides manifests: taxonomy, datasets, systems, "
                                 "policies, organizations"),
        description=translate(
            "import", "Add what Fides manifests say to FILE: data categories, data uses (as "
                      "purposes) and subjects with their meaning; datasets' categories; each "
                      "system's privacy declarations as allow rules and recipients; policies' "
                      "rules as deny rules; the organization's controller and DPO. Items that "
                      "already exist are skipped; collisions and what has no one-to-one "
                      "counterpart are listed (lines starting with !). The preview is printed; "
                      "unless --dry-run the policy is written (to OUT or in place). Exit "
                      "status: 0 done, 2 unreadable input or wrong usage."),
        file_help=translate("import", "policy YAML file to add to"),
        dry_run_help=translate("import", "only print what would be added; write nothing"))
