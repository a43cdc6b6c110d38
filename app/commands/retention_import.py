"""`policy-studio retention-import`: apply an edited retention schedule CSV to a policy.

Prints the preview (``keep_email: duration P2Y → P3Y`` per changed field, unknown rule ids,
rules the schedule leaves out, notes) and, unless ``--dry-run``, writes the updated policy with
the round-trip writer (comments and layout kept), to ``-o OUT`` or in place. A bad row is
reported as ``SCHEDULE.csv:row:col: error: ...`` and nothing is written (exit status 2).
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_INPUT, EXIT_OK, err, out
from app.exporters.retention_import import plan_retention_import
from app.storage.atomic import write_atomic
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text

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
    loaded = load_file(args.file)
    if loaded.file.endswith(".json"):
        err(f"{PROG}: error: import into a YAML policy file (canonical JSON is generated)")
        return EXIT_INPUT
    plan = plan_retention_import(loaded.policy, args.csv)
    for line in plan.preview_lines():
        out(line + "\n")
    count = len(plan.changes)
    out(f"{count} field{'' if count == 1 else 's'} to change, {len(plan.unknown)} unknown "
        f"rule id{'' if len(plan.unknown) == 1 else 's'}\n")
    if args.dry_run:
        out("dry run: nothing written\n")
        return EXIT_OK
    target = args.output or args.file
    if count or args.output:
        plan.batch().apply(loaded.policy)
        write_atomic(target, updated_yaml_text(loaded.policy, loaded.text).encode("utf-8"))
        out(f"wrote {target}\n")
    return EXIT_OK
