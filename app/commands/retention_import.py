"""`policy-studio retention-import`: apply an edited retention schedule CSV to a policy.

Prints the preview (``keep_email: duration P2Y → P3Y`` per changed field, unknown rule ids,
rules the schedule leaves out, notes) and, unless ``--dry-run``, writes the updated policy with
the round-trip writer (comments and layout kept), to ``-o OUT`` or in place. A bad row is
reported as ``SCHEDULE.csv:row:col: error: ...`` and nothing is written (exit status 2).
"""

from __future__ import annotations

import argparse

from app.commands.imports import add_import_parser
from app.domain.i18n import translate
from app.importers.kinds import RETENTION_SCHEDULE


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    add_import_parser(
        commands, "retention-import", RETENTION_SCHEDULE,
        source=("--csv", "SCHEDULE.csv",
                translate("retention-import", "the edited retention schedule")),
        help=translate("retention-import",
                       "apply an edited retention schedule (CSV) to a policy"),
        description=translate(
            "retention-import", "Compare the retention schedule CSV (as written by 'export "
                                "--format retention-csv' and edited in a spreadsheet) with FILE "
                                "and change the retention rules it lists. The preview is "
                                "printed; unless --dry-run the policy is written (to OUT or in "
                                "place). Exit status: 0 done, 2 unreadable input or wrong usage."),
        file_help=translate("retention-import", "policy YAML file to change"),
        dry_run_help=translate("retention-import", "only print what would change; write "
                                                   "nothing"))
