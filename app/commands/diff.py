"""`policy-studio diff OLD NEW`: what changed between two versions of a policy.

Exit status: 0 when both say the same thing (order aside), 1 when they differ, 2 when a file
cannot be read or the command is misused. ``--impact`` adds what the change does to decisions
(:mod:`app.exporters.impact_report`): after the redline in text, as the ``impact`` key of the
JSON object, as a section of the HTML. The HTML redline always opens with the impact's summary.
The exit status stays that of the textual comparison. Every format also says which sections of
the privacy notice the change alters (:mod:`app.exporters.notice_changes`).
"""

from __future__ import annotations

import argparse
import json

from app.commands import EXIT_FINDINGS, EXIT_OK, out, show
from app.commands.output import check_output, messages_for, write_output
from app.domain.diff import PolicyDiff, diff_policies
from app.domain.i18n import translate
from app.domain.impact import Impact, policy_impact
from app.domain.models import Policy
from app.exporters import impact_report
from app.exporters.notice_changes import NoticeChange, notice_change
from app.exporters.redline import FORMATS, diff_data, render
from app.exporters.redline_html import render_html
from app.storage.loader import load_file
from app.storage.resources import region_catalogue


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "diff", help=translate("diff", "show what changed between two versions of a policy"),
        description=translate(
            "diff", "Compare OLD and NEW item by item (matched by id, order ignored; renames "
                    "detected) and print the differences as text, JSON or an HTML redline "
                    "(which opens with the impact's summary). With --impact, also every "
                    "declared use whose decision changes. Exit status: 0 no differences, "
                    "1 differences, 2 unreadable input or wrong usage."))
    parser.add_argument("old", metavar="OLD", help=translate("diff", "the earlier version"))
    parser.add_argument("new", metavar="NEW", help=translate("diff", "the later version"))
    parser.add_argument("--format", "-f", choices=FORMATS, default="text",
                        help=translate("diff", "output format (default: text)"))
    parser.add_argument("--impact", action="store_true", help=translate(
        "diff", "also list every declared use (category x purpose x subject x recipient x "
                "region x consent) whose decision changes: after the redline in text, as the "
                "'impact' key in JSON, as a section in HTML"))
    parser.add_argument("-o", "--output", metavar="OUT",
                        help=translate("diff", "write to OUT instead of stdout"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load both files, diff, render and report whether they differ."""
    check_output("policy-studio diff", args.output, [args.old, args.new])
    old = load_file(args.old)
    new = load_file(args.new)
    diff = diff_policies(old.policy, new.policy)
    notice = notice_change(old.policy, new.policy)
    impact = (policy_impact(old.policy, new.policy, region_catalogue())
              if args.impact or args.format == "html" else None)
    if impact is None:
        text = render(diff, args.format, args.old, args.new, notice)
    else:
        text = _with_impact(args, diff, impact, (old.policy, new.policy), notice)
    if args.output:
        write_output(args.output, text.encode("utf-8"))
        found = translate("diff", "no differences") if diff.equal else translate(
            "diff", "%n differences", None, diff.count())
        if impact is not None:
            found = translate("diff", "{differences}; {impact}").format(
                differences=found, impact=impact_report.share_words(
                    sum(c.count for c in impact.changes), impact.uses))
        messages_for(args.output)(translate("diff", "wrote {file}: {found}").format(
            file=args.output, found=found))
    elif args.format == "text":
        show(text)
    else:
        out(text)
    return EXIT_OK if diff.equal else EXIT_FINDINGS


def _with_impact(args: argparse.Namespace, diff: PolicyDiff, impact: Impact,
                 versions: tuple[Policy, Policy], notice: NoticeChange) -> str:
    """The redline with the impact: the summary in HTML, everything when --impact is given."""
    old, new = versions
    if args.format == "html":
        return render_html(diff, args.old, args.new, impact=impact_report.impact_view(
            impact, old, new, details=args.impact), notice=notice)
    if args.format == "json":
        data = diff_data(diff, notice)
        data["impact"] = impact_report.impact_data(impact, old, new)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return (render(diff, "text", args.old, args.new, notice) + "\n"
            + impact_report.render_text(impact, old, new))
