"""What the import commands share: plan against a YAML policy, print, write unless dry."""

from __future__ import annotations

import argparse

from app.commands import EXIT_INPUT, EXIT_OK, err
from app.commands.output import check_output, messages_for, write_output
from app.importers.kinds import ImportKind
from app.storage.encoding import encode
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text


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
        err(f"{prog}: error: import into a YAML policy file (canonical JSON is generated)")
        return EXIT_INPUT
    plan = kind.plan(loaded.policy, source)
    for line in plan.preview_lines():
        note(line)
    note(plan.tally())
    if args.dry_run:
        note("dry run: nothing written")
        return EXIT_OK
    target = args.output or args.file
    batch = plan.batch()
    if batch.edits or args.output:
        batch.apply(loaded.policy)
        write_output(target, encode(updated_yaml_text(loaded.policy, loaded.text),
                                    loaded.encoding))
        note(f"wrote {target}")
    return EXIT_OK
