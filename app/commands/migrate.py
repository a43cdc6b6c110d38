"""`policy-studio migrate`: turn format 1 files into format 2, keeping comments and layout."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err
from app.commands.fmt import MAX_FORMAT_CHARS
from app.commands.output import check_output, messages_for, write_output
from app.domain.i18n import translate
from app.domain.migration import migrated
from app.domain.models import FORMAT_VERSION, Policy
from app.storage.encoding import encode
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_file
from app.storage.resources import region_catalogue
from app.storage.save_check import SaveRefused
from app.storage.serialize import is_json_path, is_yaml_text, text_for

PROG = "policy-studio migrate"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "migrate", help=translate("migrate", "turn format 1 policy files into format "
                                             "{version}").format(version=FORMAT_VERSION),
        description=translate(
            "migrate", "Rewrite each format 1 FILE as format {version} with the same "
                       "decisions: a rule without recipients gets '*' (any recipient), as "
                       "format 1 meant. Comments and layout are kept; the notes say where "
                       "format {version} reads a rule differently (regions that contain "
                       "others). With --check nothing is written; exit 1 if a file would "
                       "change.").format(version=FORMAT_VERSION))
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=translate("migrate", "policy files (YAML or JSON)"))
    parser.add_argument("-o", "--output", metavar="OUT", help=translate(
        "migrate", "write the migrated policy to OUT ('-': standard output) instead of in place "
                   "(one FILE only)"))
    parser.add_argument("--check", action="store_true", help=translate(
        "fmt", "only report files that would change (exit 1 if any)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Migrate or check each file."""
    if args.output is not None and len(args.files) != 1:
        err(f"{PROG}: error: " + translate(
            "migrate", "-o takes one FILE; without -o each file is migrated in place"))
        return EXIT_INPUT
    if args.output is not None and not args.check:
        check_output(PROG, args.output, args.files)
    say = messages_for(args.output)
    status = EXIT_OK
    for name in args.files:
        status = max(status, _one(name, args, say))
    return status


def _one(name: str, args: argparse.Namespace, say: Callable[[str], None]) -> int:
    try:
        loaded = load_file(name)
    except PolicyFileError as exc:
        for line in exc.lines():
            err(line)
        return EXIT_INPUT
    policy, notices = migrated(loaded.policy, region_catalogue())
    if policy.format_version == loaded.policy.format_version:
        say(translate("migrate", "{file}: already format {version}, unchanged").format(
            file=name, version=FORMAT_VERSION))
        return EXIT_OK
    target = args.output or name
    try:
        data = _migrated_bytes(loaded, policy, target)
    except _Refused as exc:
        err(f"{name}:1:1: error: " + translate("migrate", "{reason}; file left as is").format(
            reason=exc))
        return EXIT_INPUT
    if args.check:
        say(translate("migrate", "would migrate {file} to format {version}").format(
            file=name, version=FORMAT_VERSION))
    else:
        try:
            write_output(target, data)
        except OSError as exc:
            err(f"{exc.filename or target}:1:1: error: {exc.strerror or exc}")
            return EXIT_INPUT
        say(translate("migrate", "migrated {file} to format {version} (written to {target})")
            .format(file=name, version=FORMAT_VERSION, target=target) if target != name else
            translate("migrate", "migrated {file} to format {version}").format(
                file=name, version=FORMAT_VERSION))
    for notice in notices:
        say(f"{name}: note: {notice}")
    return EXIT_FINDINGS if args.check else EXIT_OK


class _Refused(Exception):
    """The migrated text cannot be written safely."""


def _migrated_bytes(loaded: LoadedPolicy, policy: Policy, target: str) -> bytes:
    """The file text of ``policy``, checked to read back as exactly ``policy``."""
    yaml_kept = not is_json_path(target) and is_yaml_text(loaded.text)
    if yaml_kept and len(loaded.text) > MAX_FORMAT_CHARS:
        raise _Refused(translate(
            "migrate", "the file is {size} MiB; migrate keeps comments and layout for files up "
                       "to {limit} MiB").format(size=f"{len(loaded.text) / 2**20:.1f}",
                                                limit=MAX_FORMAT_CHARS // 2**20))
    try:
        text = text_for(policy, loaded.text, target)  # checked: reads back as ``policy``
    except SaveRefused:
        raise _Refused(translate("migrate", "the migrated file would not read back the same")
                       ) from None
    return encode(text, loaded.encoding) if yaml_kept else text.encode("utf-8")
