"""`policy-studio show-text FILE`: a policy as semantic, stable text (git's textconv).

Exit status: 0 shown, 2 unreadable input (with ``--fallback`` the file's own text is shown
instead, so ``git diff`` still works on a file that does not load).
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, show
from app.domain.i18n import translate
from app.exporters.semantic_text import semantic_text
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file, read_policy_bytes


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "show-text", help=translate("show-text", "print a policy as semantic, stable text "
                                                 "(for git diff)"),
        description=translate(
            "show-text", "Print FILE one item per block, sorted by id, defaults left out: a "
                         "text that changes only when the policy's meaning does. git-setup "
                         "makes git diff use it. Exit status: 0 shown, 2 unreadable input."))
    parser.add_argument("file", metavar="FILE", help=translate("show-text", "the policy file"))
    parser.add_argument("--fallback", action="store_true", help=translate(
        "show-text", "when FILE does not load, print its text as it is (exit 0)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the file and print its rendering."""
    try:
        loaded = load_file(args.file)
    except PolicyFileError as error:
        if not args.fallback:
            raise
        show(translate("show-text", "# not readable as a policy: {error}").format(error=error)
             + "\n")
        show(read_policy_bytes(args.file).decode("utf-8", errors="replace"))
        return EXIT_OK
    show(semantic_text(loaded.policy))
    return EXIT_OK
