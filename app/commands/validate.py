"""`policy-studio validate`: run the check catalogue and report findings."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from urllib.parse import urlsplit

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, out, show
from app.commands.output import check_output, write_output
from app.domain.i18n import translate
from app.domain.terminal_text import terminal_safe
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.validation.catalogue import all_checks
from app.validation.finding import Finding, Severity
from app.validation.reference import DOCUMENTATION_URL
from app.validation.reporters import json_report, sarif, summary_line, text
from app.validation.runner import validate_loaded


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "validate", help=translate("validate", "check policy files and report findings"),
        description=translate(
            "validate", "Run every check of the catalogue on each FILE. Exit status: 0 fine "
                        "(warnings allowed), 1 error findings (or any finding with --strict), "
                        "2 a file could not be read."))
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help=translate("validate", "policy files to check"))
    parser.add_argument("--format", "-f", choices=("text", "json", "sarif"), default="text",
                        help=translate("validate", "report format (default: text)"))
    parser.add_argument("--strict", action="store_true", help=translate(
        "validate", "fail (exit 1) on any finding, warnings and notes included"))
    parser.add_argument("--list-checks", action="store_true",
                        help=translate("validate", "print the check catalogue and exit"))
    parser.add_argument("-o", "--output", metavar="OUT", help=translate(
        "validate", "write the report to OUT ('-': standard output)"))
    parser.add_argument("--docs-url", metavar="URL", type=_absolute_url,
                        default=DOCUMENTATION_URL, help=translate(
                            "validate", "where your copy of the check reference (policy-studio "
                                        "checks) is published; SARIF help URIs point into it"))
    parser.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help=translate("validate", "judge dates (review overdue) as of this "
                                                   "day"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate the files and print the report."""
    if args.list_checks:
        return list_checks(args.format)
    if not args.files:
        err("policy-studio validate: error: " + translate(
            "validate", "give at least one FILE (or --list-checks)"))
        return EXIT_INPUT
    check_output("policy-studio validate", args.output, args.files)
    findings: list[Finding] = []
    unreadable: list[dict] = []
    for name in args.files:
        try:
            loaded = load_file(name)
        except PolicyFileError as exc:
            for line in exc.lines():
                err(line)
            unreadable.append({"file": exc.file, "line": exc.line, "column": exc.column,
                               "message": exc.message})
            continue
        findings.extend(validate_loaded(loaded, today=args.today))
    report = _render(args.format, findings, unreadable, args.docs_url)
    if args.output:
        write_output(args.output, report.encode("utf-8"))
    elif args.format == "text":
        show(report)
    else:
        out(report)
    if args.format == "text":
        unread = translate("validate", "; {count} could not be read").format(
            count=len(unreadable)) if unreadable else ""
        err(summary_line(findings, len(args.files)) + unread)
    if unreadable:
        return EXIT_INPUT
    failing = findings if args.strict else [f for f in findings if f.severity is Severity.ERROR]
    return EXIT_FINDINGS if failing else EXIT_OK


_NOT_IN_URLS = frozenset(' "<>\\^`{|}')
"""Characters a URI cannot hold unencoded (RFC 3986)."""


def _absolute_url(text: str) -> str:
    """An absolute http(s) address (argparse type of ``--docs-url``)."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(translate(
            "validate", "'{text}' is not an http(s) address").format(text=terminal_safe(text)))
    if parts.query or parts.fragment or any(c in _NOT_IN_URLS or ord(c) < 33 or ord(c) == 127
                                            for c in text):
        raise argparse.ArgumentTypeError(translate(
            "validate", "'{text}' is not a folder address: no spaces, quotes, <>, control "
                        "characters, ? or # (percent-encode them)").format(
            text=terminal_safe(text)))
    return text


def _render(fmt: str, findings: list[Finding], unreadable: list[dict],
            docs_url: str = DOCUMENTATION_URL) -> str:
    if fmt == "json":
        return json_report.render(findings, unreadable)
    if fmt == "sarif":
        return sarif.render(findings, Path.cwd(), unreadable, docs_url)
    return text.render(findings)


def list_checks(fmt: str) -> int:
    """Print the catalogue: code, severity, family, title, why and how to fix."""
    checks = all_checks()
    if fmt in ("json", "sarif"):
        data = [{"code": c.code, "severity": str(c.severity), "family": c.family,
                 "title": c.title, "why": c.why, "fix": c.fix} for c in checks]
        out(json.dumps(data, indent=2) + "\n")
        return EXIT_OK
    family = None
    for c in checks:
        if c.family != family:
            family = c.family
            out(f"\n{family}\n{'-' * len(family)}\n")
        out(f"{c.code}  {c.severity:<7}  {c.title}\n"
            + translate("validate", "    Why: {why}").format(why=c.why) + "\n"
            + translate("validate", "    Fix: {fix}").format(fix=c.fix) + "\n")
    out("\n" + translate("validate", "%n checks", None, len(checks)) + "\n")
    return EXIT_OK
