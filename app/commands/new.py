"""`policy-studio new`: start a policy from a bundled template."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import EXIT_INPUT, EXIT_OK, err, show
from app.commands.output import check_output, is_stdout, messages_for, write_output
from app.domain.i18n import translate
from app.storage.resources import templates


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "new", help=translate("new", "create a policy file from a template"),
        description=translate("new", "Copy a bundled template (comments included) to a new "
                                     "file."))
    parser.add_argument("--template", "-t", default="blank",
                        help=translate("new", "template name (default: blank)"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=translate("new", "the file to create ('-': standard output)"))
    parser.add_argument("--list", action="store_true",
                        help=translate("new", "list the templates and exit"))
    parser.add_argument("--force", action="store_true",
                        help=translate("new", "overwrite FILE if it exists"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Create the file or list the templates."""
    available = {t.name: t for t in templates()}
    if args.list:
        for t in available.values():
            show(f"{t.name:<20} {t.title}\n{'':<20} {t.description}\n")
        return EXIT_OK
    template = available.get(args.template)
    if template is None:
        err("policy-studio new: error: " + translate(
            "new", "no template '{name}' (available: {names})").format(
            name=args.template, names=", ".join(available)))
        return EXIT_INPUT
    if not args.output:
        err("policy-studio new: error: " + translate("new", "give the file to create with -o "
                                                            "FILE"))
        return EXIT_INPUT
    check_output("policy-studio new", args.output, [template.path])
    target = Path(args.output)
    if not is_stdout(args.output) and target.exists() and not target.is_dir() and not args.force:
        err(f"{target}:1:1: error: " + translate("new", "file exists; use --force to overwrite "
                                                       "it"))
        return EXIT_INPUT
    write_output(args.output, template.text().encode("utf-8"))
    messages_for(args.output)(translate("new", "created {file} from template '{name}'").format(
        file=args.output, name=template.name))
    return EXIT_OK

