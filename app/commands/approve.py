"""`policy-studio approve`: record an approval in a policy file, as the window's Policy menu does.

The policy is validated first; approval is refused (exit status 1, the reasons on stderr) while
it has error findings or placeholder text from a template, or when it is retired. Otherwise the
approval (name, role, date and the content digest approved) and the approved status are written
into the file with the round-trip writer, so comments and layout are kept. With ``--key`` the
approval is signed with the approver's key (app/storage/signing); ``policy-studio verify``
checks it.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, show
from app.commands.passphrase import (
    PassphraseError,
    add_passphrase_option,
    key_prompt,
    passphrase,
)
from app.domain.i18n import translate
from app.domain.workflow import approval_edit
from app.storage.atomic import write_atomic
from app.storage.encoding import encode
from app.storage.loader import load_file
from app.storage.roundtrip import updated_yaml_text
from app.storage.signing import (
    SigningKey,
    SigningKeyError,
    load_signing_key,
    needs_passphrase,
    sign_approval,
)
from app.validation.approval import approval_check
from app.validation.reporters.text import format_finding
from app.validation.runner import validate_loaded

PROG = "policy-studio approve"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "approve", help=translate("approve", "record an approval of a policy (refused while "
                                             "it has errors)"),
        description=translate(
            "approve", "Validate FILE and, when it has no error finding, no placeholder text "
                       "from a template and is not retired, record an approval of its current "
                       "content (name, role, date, content digest) and set its status to "
                       "approved, in place, keeping comments. Exit status: 0 approved, "
                       "1 refused (the reasons are printed), 2 unreadable input or wrong usage."))
    parser.add_argument("file", metavar="FILE",
                        help=translate("approve", "policy YAML file to approve"))
    parser.add_argument("--name", required=True,
                        help=translate("approve", "full name of the approver"))
    parser.add_argument("--role", required=True,
                        help=translate("approve", "the approver's role, e.g. 'DPO'"))
    parser.add_argument("--date", metavar="YYYY-MM-DD", type=_date,
                        help=translate("approve", "day of the approval (default: today)"))
    parser.add_argument("--key", metavar="KEYFILE", help=translate(
        "approve", "sign the approval with this private key (an SSH key such as "
                   "~/.ssh/id_ed25519, or one made by 'policy-studio keygen'); without it "
                   "the approval is unsigned and 'policy-studio verify' reports it"))
    add_passphrase_option(parser)
    parser.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "'{text}' is not a date (use YYYY-MM-DD)").format(text=text)) from None


def _signing_key(args: argparse.Namespace) -> SigningKey:
    secret = passphrase(args, key_prompt(args.key)) if needs_passphrase(args.key) else None
    return load_signing_key(args.key, secret)


def run(args: argparse.Namespace) -> int:
    """Check the policy, then write the approval or say why not."""
    name, role = args.name.strip(), args.role.strip()
    if not name or not role:
        err(f"{PROG}: error: " + translate("approve", "give the approver's --name and --role"))
        return EXIT_INPUT
    if args.passphrase_file and not args.key:  # said, not ignored: a key option mistyped
        err(f"{PROG}: error: " + translate("approve", "{option} goes with --key").format(
            option="--passphrase-file"))
        return EXIT_INPUT
    loaded = load_file(args.file)
    if loaded.file.endswith(".json"):
        err(f"{PROG}: error: " + translate(
            "approve", "approve a YAML policy file (canonical JSON is generated)"))
        return EXIT_INPUT
    check = approval_check(loaded.policy, validate_loaded(loaded))
    if not check.allowed:
        for finding in sorted(check.blockers, key=lambda f: (f.line or 0, f.column or 0)):
            err(format_finding(finding))
        err(f"{PROG}: error: {check.summary()}")
        return EXIT_FINDINGS
    try:
        key = _signing_key(args) if args.key else None
    except (SigningKeyError, PassphraseError) as exc:
        err(f"{PROG}: error: {exc}")
        return EXIT_INPUT
    sign = (lambda record: sign_approval(loaded.policy, record, key)) if key else None
    approval, edit = approval_edit(loaded.policy, name, role, args.date or dt.date.today(),
                                   sign)
    edit.apply(loaded.policy)
    text = updated_yaml_text(loaded.policy, loaded.text, args.file)  # checked: reads back
    write_atomic(args.file, encode(text, loaded.encoding))
    show(translate("approve", "approved {file} by {name} ({role}) on {date}").format(
        file=args.file, name=approval.name, role=approval.role,
        date=approval.date.isoformat()) + f"\ndigest: {approval.digest}\n")
    if key is not None:
        show(translate("approve", "signed with {key}").format(key=key.public_line()) + "\n")
    return EXIT_OK
