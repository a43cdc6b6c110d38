"""What the import commands share: their arguments, and plan, print, write unless dry.

The plan, made against a YAML policy, is the one the window shows (:mod:`app.importers.kinds`).
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_INPUT, EXIT_OK, err
from app.commands.output import check_output, messages_for, write_output
from app.domain.i18n import translate
from app.importers.kinds import ImportKind
from app.storage.encoding import encode
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text


def add_import_parser(commands: argparse._SubParsersAction, name: str, kind: ImportKind, *,
                      source: tuple[str, str, str], help: str, description: str,
                      file_help: str, dry_run_help: str) -> None:
    """Register the import subcommand ``name`` for ``kind``.

    Args:
        commands: The subcommands of the main parser.
        name: The subcommand (``import``).
        kind: What it imports.
        source: The option naming the file to import: (option, metavar, help).
        help: The one line in the list of subcommands.
        description: The subcommand's own help.
        file_help: The help of the policy FILE argument.
        dry_run_help: The help of ``--dry-run``.
    """
    option, metavar, source_help = source
    parser = commands.add_parser(name, help=help, description=description)
    parser.add_argument("file", metavar="FILE", help=file_help)
    parser.add_argument(option, metavar=metavar, required=True, help=source_help)
    parser.add_argument("-o", "--output", metavar="OUT",
                        help=translate("import", "write the updated policy here instead of "
                                                 "over FILE"))
    parser.add_argument("--dry-run", action="store_true", help=dry_run_help)
    dest = option.removeprefix("--").replace("-", "_")
    parser.set_defaults(run=lambda args: run_import(args, " ".join(("policy-studio", name)), kind,
                                                    getattr(args, dest)))


def run_import(args: argparse.Namespace, prog: str, kind: ImportKind, source: str) -> int:
    """Import ``source`` into the policy ``args.file``.

    Loads the policy, plans the import of ``kind``, prints the preview and the tally, then
    writes the policy (comments kept) to ``args.output`` (``-``: standard output, the preview
    then goes to stderr) or in place, unless ``args.dry_run``.

    Returns:
        The exit status.
    """
    check_output(prog, args.output, [args.file, source])
    note = messages_for(args.output)
    loaded = load_file(args.file)
    if loaded.file.endswith(".json"):
        err(f"{prog}: error: " + translate(
            "import", "import into a YAML policy file (canonical JSON is generated)"))
        return EXIT_INPUT
    plan = kind.plan(loaded.policy, source)
    for line in plan.preview_lines():
        note(line)
    note(plan.tally())
    if args.dry_run:
        note(translate("import", "dry run: nothing written"))
        return EXIT_OK
    target = args.output or args.file
    batch = plan.batch()
    if batch.edits or args.output:
        batch.apply(loaded.policy)
        text = updated_yaml_text(loaded.policy, loaded.text, target)  # checked: reads back
        write_output(target, encode(text, loaded.encoding))
        note(translate("cli", "wrote {file}").format(file=target))
    return EXIT_OK
