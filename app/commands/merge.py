"""`policy-studio merge BASE OURS THEIRS [-o OUT]`: a semantic three-way merge of policies.

Exit status: 0 merged cleanly, 1 conflicts (the merged file keeps ours' value in each and a
conflict record lists them), 2 unreadable input or wrong usage. As a git merge driver it is
called as ``merge %O %A %B -o %A --name %P``.
"""

from __future__ import annotations

import argparse
import os

from app.commands import EXIT_FINDINGS, EXIT_OK, say
from app.commands.output import OutputError, is_stdout, messages_for, same_file, write_output
from app.domain.i18n import translate
from app.domain.merge import merge_policies
from app.domain.merge_conflict import describe
from app.storage.encoding import encode
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_file
from app.storage.merge_record import merged_text, record_path, write_record


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "merge", help=translate("merge", "merge two versions of a policy made from a common "
                                         "one"),
        description=translate(
            "merge", "Three-way merge of policy files by item id and field: order changes and "
                     "renames are understood, comments and layout are kept from OURS. OUT may "
                     "be OURS (as for a git merge driver). On conflicts OUT keeps ours' value "
                     "in each, and OUT.conflicts.json lists them for the window to resolve. "
                     "Exit status: 0 merged, 1 conflicts, 2 unreadable input or wrong usage."))
    parser.add_argument("base", metavar="BASE", help=translate("merge", "the common ancestor"))
    parser.add_argument("ours", metavar="OURS",
                        help=translate("merge", "our version (its layout is kept)"))
    parser.add_argument("theirs", metavar="THEIRS", help=translate("merge", "their version"))
    parser.add_argument("-o", "--output", metavar="OUT", default="-", help=translate(
        "merge", "write the merged policy to OUT (default: standard output)"))
    parser.add_argument("--name", metavar="PATH", help=translate(
        "merge", "the file's real path when OUT is a temporary file (git's %%P): the conflict "
                 "record goes next to PATH"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the three versions, merge, write the result and report the conflicts."""
    for source in (args.base, args.theirs):
        if not is_stdout(args.output) and os.path.exists(args.output) and \
                same_file(args.output, source):
            raise OutputError("policy-studio merge: error: " + translate(
                "merge", "-o {file} is BASE or THEIRS; it was left as is: write to OURS or "
                         "another file").format(file=args.output))
    base, ours, theirs = (_load_side(path, side, args.name) for path, side in
                          ((args.base, "base"), (args.ours, "ours"), (args.theirs, "theirs")))
    result = merge_policies(base.policy, ours.policy, theirs.policy)
    text = merged_text(result, ours.text, args.ours)
    target = args.name or (None if is_stdout(args.output) else args.output)
    if target is not None and not _keeps_records(target):
        target = None  # a device such as /dev/null: nothing is written beside it
    if target is not None and record_path(target).is_dir():
        raise OutputError("policy-studio merge: error: " + translate(
            "merge", "{folder} is a folder; the conflict record goes there: nothing was "
                     "written").format(folder=record_path(target)))
    write_output(args.output, encode(text, ours.encoding))
    tell = messages_for(args.output)
    if target is not None:
        write_record(target, result.conflicts)
    if result.clean:
        if not is_stdout(args.output):
            say(translate("merge", "merged into {file}: no conflicts").format(file=args.output))
        return EXIT_OK
    count = len(result.conflicts)
    tell(translate("merge", "1 conflict (ours' value kept in each):") if count == 1 else
         translate("merge", "%n conflicts (ours' value kept in each):", None, count))
    for conflict in result.conflicts:
        tell(f"  {describe(conflict)}")
    if target is not None:
        tell(translate("merge", "open {file} in Policy Studio to resolve them (listed in "
                                "{file}.conflicts.json)").format(file=target))
    return EXIT_FINDINGS


def _load_side(path: str, side: str, name: str | None) -> LoadedPolicy:
    """One side of the merge; under git (``--name``) an error names the real file and side."""
    try:
        return load_file(path)
    except PolicyFileError as error:
        if name is None:
            raise
        raise PolicyFileError(f"{name} ({side})", error.problems) from None


def _keeps_records(target: str) -> bool:
    """Whether a conflict record may be written next to ``target`` (a file, or none yet)."""
    return not os.path.exists(target) or os.path.isfile(target)
