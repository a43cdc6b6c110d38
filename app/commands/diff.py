"""`policy-studio diff OLD NEW`: what changed between two versions of a policy.

Exit status: 0 when both say the same thing (order aside), 1 when they differ, 2 when a file
cannot be read or the command is misused.
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_FINDINGS, EXIT_OK, out, show
from app.commands.output import check_output, messages_for, write_output
from app.domain.diff import diff_policies
from app.exporters.redline import FORMATS, render
from app.storage.loader import load_file


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "diff", help="show what changed between two versions of a policy",
        description="Compare OLD and NEW item by item (matched by id, order ignored; renames "
                    "detected) and print the differences as text, JSON or an HTML redline. "
                    "Exit status: 0 no differences, 1 differences, 2 unreadable input or "
                    "wrong usage.")
    parser.add_argument("old", metavar="OLD", help="the earlier version")
    parser.add_argument("new", metavar="NEW", help="the later version")
    parser.add_argument("--format", "-f", choices=FORMATS, default="text",
                        help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load both files, diff, render and report whether they differ."""
    check_output("policy-studio diff", args.output, [args.old, args.new])
    old = load_file(args.old)
    new = load_file(args.new)
    diff = diff_policies(old.policy, new.policy)
    text = render(diff, args.format, args.old, args.new)
    if args.output:
        write_output(args.output, text.encode("utf-8"))
        messages_for(args.output)(
            f"wrote {args.output}: "
            + ("no differences" if diff.equal else f"{diff.count()} differences"))
    elif args.format == "text":
        show(text)
    else:
        out(text)
    return EXIT_OK if diff.equal else EXIT_FINDINGS
