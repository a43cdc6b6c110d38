"""`policy-studio fmt`: normalise the layout of policy files, keeping comments."""

from __future__ import annotations

import argparse
import difflib

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, say, show
from app.domain.i18n import translate
from app.storage.atomic import write_atomic
from app.storage.encoding import encode
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.roundtrip import normalised_yaml_text
from app.storage.save_check import SaveRefused, checked

MAX_FORMAT_CHARS = 6 * 2**20
"""The layout-keeping writer needs about 140 times a file's size in memory; this keeps it
under a gigabyte."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "fmt", help=translate("fmt", "normalise the layout of policy files (comments are "
                                     "kept)"),
        description=translate(
            "fmt", "Rewrite each FILE with the standard layout: 2-space indentation, indented "
                   "lists, quotes only where needed. Comments and key order stay. With --check "
                   "nothing is written; exit 1 if a file would change."))
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=translate("fmt", "policy YAML files"))
    parser.add_argument("--check", action="store_true", help=translate(
        "fmt", "only report files that would change (exit 1 if any)"))
    parser.add_argument("--diff", action="store_true",
                        help=translate("fmt", "with --check, show the changes"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Format or check each file."""
    status = EXIT_OK
    for name in args.files:
        try:
            loaded = load_file(name)
        except PolicyFileError as exc:
            for line in exc.lines():
                err(line)
            status = EXIT_INPUT
            continue
        if len(loaded.text) > MAX_FORMAT_CHARS:
            err(f"{name}:1:1: error: " + translate(
                "fmt", "the file is {size} MiB; fmt keeps comments and layout for files up to "
                       "{limit} MiB").format(size=f"{len(loaded.text) / 2**20:.1f}",
                                             limit=MAX_FORMAT_CHARS // 2**20))
            status = EXIT_INPUT
            continue
        formatted = normalised_yaml_text(loaded.text)
        if formatted == loaded.text:
            continue
        try:
            checked(loaded.policy, formatted, name)
        except SaveRefused as exc:
            err(exc.lines()[0])
            status = EXIT_INPUT
            continue
        data = encode(formatted, loaded.encoding)
        if args.check:
            say(translate("fmt", "would reformat {file}").format(file=name))
            if args.diff:
                show("".join(difflib.unified_diff(
                    loaded.text.splitlines(True), formatted.splitlines(True), name, name)))
            status = max(status, EXIT_FINDINGS)
        else:
            write_atomic(name, data)
            say(translate("fmt", "reformatted {file}").format(file=name))
    return status
