"""`policy-studio retention-import`: apply an edited retention schedule CSV to a policy.

Prints the preview (``keep_email: duration P2Y → P3Y`` per changed field, unknown rule ids,
rules the schedule leaves out, notes) and, unless ``--dry-run``, writes the updated policy with
the round-trip writer (comments and layout kept), to ``-o OUT`` or in place. A bad row is
reported as ``SCHEDULE.csv:row:col: error: ...`` and nothing is written (exit status 2).
"""

from __future__ import annotations

import argparse

from app.commands.imports import run_import
from app.importers.kinds import RETENTION_SCHEDULE

PROG = "policy-studio retention-import"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "retention-import", help="apply an edited retention schedule (CSV) to a policy",
        description="Compare the retention schedule CSV (as written by 'export --format "
                    "retention-csv' and edited in a spreadsheet) with FILE and change the "
                    "retention rules it lists. The preview is printed; unless --dry-run the "
                    "policy is written (to OUT or in place). Exit status: 0 done, 2 unreadable "
                    "input or wrong usage.")
    parser.add_argument("file", metavar="FILE", help="policy YAML file to change")
    parser.add_argument("--csv", metavar="SCHEDULE.csv", required=True,
                        help="the edited retention schedule")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="write the updated policy here instead of over FILE")
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what would change; write nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Plan the import, print it and write the result unless asked not to."""
    return run_import(args, PROG, RETENTION_SCHEDULE, args.csv)
