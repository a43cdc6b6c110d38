"""What the import commands share: plan against a YAML policy, print, write unless dry."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

from app.commands import EXIT_INPUT, EXIT_OK, err
from app.commands.output import check_output, messages_for, write_output
from app.domain.edits import Batch
from app.domain.models import Policy
from app.storage.encoding import encode
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text


class Plan(Protocol):
    """An import plan: preview lines and the edits as one batch."""

    def preview_lines(self) -> list[str]: ...

    def batch(self) -> Batch: ...


def run_import(args: argparse.Namespace, prog: str, source: str,
               plan_for: Callable[[Policy], Plan],
               tally: Callable[[Plan], tuple[int, str]]) -> int:
    """Load ``args.file``, plan (reading ``source``), print the preview and ``tally``'s line,
    then write the policy (comments kept) to ``args.output`` (``-``: standard output, the
    preview then goes to stderr) or in place unless ``args.dry_run``."""
    check_output(prog, args.output, [args.file, source])
    note = messages_for(args.output)
    loaded = load_file(args.file)
    if loaded.file.endswith(".json"):
        err(f"{prog}: error: import into a YAML policy file (canonical JSON is generated)")
        return EXIT_INPUT
    plan = plan_for(loaded.policy)
    for line in plan.preview_lines():
        note(line)
    count, line = tally(plan)
    note(line)
    if args.dry_run:
        note("dry run: nothing written")
        return EXIT_OK
    target = args.output or args.file
    if count or args.output:
        plan.batch().apply(loaded.policy)
        write_output(target, encode(updated_yaml_text(loaded.policy, loaded.text),
                                    loaded.encoding))
        note(f"wrote {target}")
    return EXIT_OK
