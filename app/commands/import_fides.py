"""`policy-studio import`: add a Fides taxonomy's categories, uses and subjects to a policy.

Prints the preview (``+ category user.contact.email (Email)`` per addition, ``=`` per entry
that already exists) and, unless ``--dry-run``, writes the updated policy back with the
round-trip writer (comments and layout kept), to ``-o OUT`` or in place.
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_INPUT, EXIT_OK, err, out
from app.exporters.fides_import import plan_fides_import
from app.storage.atomic import write_atomic
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text

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
    loaded = load_file(args.file)
    if loaded.file.endswith(".json"):
        err(f"{PROG}: error: import into a YAML policy file (canonical JSON is generated)")
        return EXIT_INPUT
    plan = plan_fides_import(loaded.policy, args.fides)
    for line in plan.preview_lines():
        out(line + "\n")
    count = len(plan.additions)
    out(f"{count} to add, {len(plan.skipped)} already present\n")
    if args.dry_run:
        out("dry run: nothing written\n")
        return EXIT_OK
    target = args.output or args.file
    if count or args.output:
        plan.batch().apply(loaded.policy)
        write_atomic(target, updated_yaml_text(loaded.policy, loaded.text).encode("utf-8"))
        out(f"wrote {target}\n")
    return EXIT_OK
