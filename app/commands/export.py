"""`policy-studio export`: write a policy in another format (see :mod:`app.exporters`).

The policy is validated first; a policy with error findings is refused unless ``--force``.
``--sign-key`` signs an OPA bundle (``-f opa``) or, with ``--sign-cert`` or instead
``--sign-pkcs12``, the PDF document (``-f pdf``); only a policy with an approval of exactly its
content is signed (an OPA bundle anyway with ``--allow-unapproved``). The options are
:mod:`app.commands.signing_options`; a key's passphrase comes from
:mod:`app.commands.passphrase`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, show, signing_options
from app.commands.output import (
    OutputError,
    check_output,
    is_stdout,
    messages_for,
    write_output,
)
from app.commands.passphrase import PassphraseError
from app.domain.i18n import translate
from app.exporters.opa_signing import NotApprovedForSigning, SigningKeyError
from app.exporters.pdf.credentials import CredentialError
from app.exporters.pdf.signing import FIELD, SigningError, sign_export
from app.exporters.registry import (
    UnknownFormatError,
    exporters,
    get,
    run_export,
    shown_description,
    shown_title,
)
from app.exporters.writing import planned_paths, write_result
from app.storage.loader import load_file
from app.validation.finding import Severity
from app.validation.reporters.text import format_finding
from app.validation.runner import validate_loaded

PROG = "policy-studio export"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "export", help=translate("export", "export a policy to another format"),
        description=translate(
            "export", "Validate FILE, then write it in FORMAT to OUT (a folder for formats made "
                      "of several files). A policy with error findings is refused unless "
                      "--force. Exit status: 0 written, 1 refused for error findings, "
                      "2 unreadable input or wrong usage."))
    parser.add_argument("file", metavar="FILE", nargs="?",
                        help=translate("export", "policy file to export"))
    parser.add_argument("--format", "-f", metavar="FORMAT",
                        help=translate("export", "output format (see --list)"))
    parser.add_argument("-o", "--output", metavar="OUT", help=translate(
        "export", "the file (or folder) to write ('-': standard output)"))
    parser.add_argument("--force", action="store_true", help=translate(
        "export", "export even when the policy has error findings"))
    parser.add_argument("--list", action="store_true",
                        help=translate("export", "list the formats and exit"))
    signing_options.add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate, export and write; or list the formats."""
    if args.list:
        return list_formats()
    if not args.file or not args.format or not args.output:
        err(f"{PROG}: error: " + translate(
            "export", "give FILE, --format FORMAT and -o OUT (or --list)"))
        return EXIT_INPUT
    try:
        exporter = get(args.format)
    except UnknownFormatError as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    said = signing_options.problem(args, exporter)
    if said:
        err(f"{PROG}: error: {said}")
        return EXIT_INPUT
    try:
        exporter = signing_options.signing_exporter(args, exporter)
    except (SigningKeyError, PassphraseError) as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    inputs = [args.file, *signing_options.inputs(args)]  # never write over a key either
    check_output(PROG, args.output, inputs)
    loaded = load_file(args.file)
    try:  # before the slow part: a bad key file is said at once
        credentials = signing_options.pdf_credentials(args, exporter, loaded.policy)
    except (CredentialError, SigningError, PassphraseError) as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    errors = [f for f in validate_loaded(loaded) if f.severity is Severity.ERROR]
    if errors:
        for finding in errors:
            err(format_finding(finding))
        count = len(errors)
        if not args.force:
            err(f"{PROG}: error: " + (translate(
                "export", "1 error finding; fix them or use --force") if count == 1 else translate(
                "export", "%n error findings; fix them or use --force", None, count)))
            return EXIT_FINDINGS
        err(f"{PROG}: warning: " + (translate(
            "export", "1 error finding; exporting anyway because of --force") if count == 1
            else translate("export", "%n error findings; exporting anyway because of --force",
                           None, count)))
    try:
        result = run_export(exporter, loaded.policy, len(errors))
    except NotApprovedForSigning:
        err(f"{PROG}: error: " + translate(
            "export", "the policy carries no approval of exactly this content, so its bundle "
                      "is not signed; approve it first (policy-studio approve) or give "
                      "--allow-unapproved"))
        return EXIT_FINDINGS
    if credentials is not None:
        try:
            result = sign_export(result, loaded.policy, credentials, args.sign_location)
        except SigningError as exc:
            err(f"{PROG}: error: {exc}")
            return EXIT_INPUT
    if is_stdout(args.output):
        if result.data is None:
            raise OutputError(f"{PROG}: error: " + translate(
                "export", "the {format} format writes several files; give a folder with -o")
                .format(format=exporter.name))
        write_output(args.output, result.data)
    else:
        for path in planned_paths(result, Path(args.output)):
            check_output(PROG, path, inputs)
        write_result(result, Path(args.output))
    note = messages_for(args.output)  # standard output may carry the export itself
    note(translate("export", "wrote {file} ({format})").format(file=args.output,
                                                                format=exporter.title))
    for line in result.summary:
        note(translate("export", "not expressed: {what}").format(what=line))
    for line in result.notes:
        note(line)
    note(f"digest: {result.digest}")
    if credentials is not None:
        note(translate("pdf signing", "signed by {signer} (field {field})").format(
            signer=credentials.signer, field=FIELD))
    return EXIT_OK


def list_formats() -> int:
    """Print every format: name, title, suffix and description."""
    for exporter in exporters():
        kind = exporter.suffix or translate("export", "folder")
        show(f"{exporter.name:<12} {shown_title(exporter)} ({kind})\n"
             f"{'':<12} {shown_description(exporter)}\n")
    return EXIT_OK
