"""`policy-studio verify`: check every approval's signature, signer, role and content.

Exit status 0 when every approval is verified and the status agrees with them; 1 with one line
per problem (``FILE: approval N (name, role, date): problem``); 2 when the policy or the
allowed signers file cannot be read. Made for CI, before deploying a policy. ``--statement N``
and ``--signature N`` print what approval N signed and its signature, so anyone can check it
with ``ssh-keygen -Y verify``.
"""

from __future__ import annotations

import argparse
import sys

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, out, say
from app.domain.i18n import translate
from app.domain.models import Approval
from app.storage.loader import load_file
from app.storage.signing import (
    approval_states,
    find_allowed_signers,
    load_allowed_signers,
    signed_statement,
    status_problem,
)
from app.storage.signing.allowed_signers import ENV_VARIABLE

PROG = "policy-studio verify"


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "verify", help=translate("verify", "check the signatures of a policy's approvals"),
        description=translate(
            "verify", "Check that every approval of FILE is signed by an allowed signer in "
                      "its role, for this policy, version and content, and that the status "
                      "agrees. Exit status: 0 all verified, 1 problems (one line each), "
                      "2 unreadable input or no allowed signers file."))
    parser.add_argument("file", metavar="FILE", help=translate("cli", "policy file"))
    parser.add_argument("--allowed-signers", metavar="FILE", help=translate(
        "verify", "the allowed_signers file (default: $POLICY_STUDIO_ALLOWED_SIGNERS, else "
                  "allowed_signers beside the policy)"))
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--statement", metavar="N", type=_number, help=translate(
        "verify", "print the exact bytes approval N's signature covers, for ssh-keygen -Y "
                  "verify on standard input"))
    shown.add_argument("--signature", metavar="N", type=_number, help=translate(
        "verify", "print approval N's armored SSH signature (for ssh-keygen -Y verify -s)"))
    parser.set_defaults(run=run)


def _number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate(
            "verify", "'{text}' is not an approval number (1 is the first)").format(text=text))
    return int(text)


def _show(args: argparse.Namespace, approvals: list[Approval]) -> int:
    number = args.statement or args.signature
    if number > len(approvals) or approvals[number - 1].signature is None:
        err(f"{PROG}: error: " + translate(
            "verify", "the policy has no signed approval {number}").format(number=number))
        return EXIT_INPUT
    approval = approvals[number - 1]
    if args.statement:
        sys.stdout.flush()
        sys.stdout.buffer.write(signed_statement(approval) or b"")
        sys.stdout.buffer.flush()
    else:
        out(approval.signature.sshsig if approval.signature else "")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Judge each approval and print the problems."""
    policy = load_file(args.file).policy
    approvals = policy.policy.approvals
    if args.statement or args.signature:
        return _show(args, approvals)
    path = find_allowed_signers(args.file, args.allowed_signers)
    if path is None and approvals:
        err(f"{PROG}: error: " + translate(
            "verify", "no allowed signers file: give --allowed-signers FILE, set {variable} "
                      "or put allowed_signers beside the policy").format(variable=ENV_VARIABLE))
        return EXIT_INPUT
    signers = load_allowed_signers(path) if path is not None else None
    problems = []
    for state in approval_states(policy, signers):
        approval = state.approval
        where = translate("verify", "approval {number} ({name}, {role}, {date})").format(
            number=state.index + 1, name=approval.name, role=approval.role,
            date=approval.date.isoformat())
        problems.extend(f"{args.file}: {where}: {reason}" for reason in state.reasons)
    status = status_problem(policy)
    if status:
        problems.append(f"{args.file}: {status}")
    for line in problems:
        say(line)
    if problems:
        return EXIT_FINDINGS
    say(translate("verify", "{file}: %n approval verified", None, len(approvals))
        .format(file=args.file) if len(approvals) == 1 else
        translate("verify", "{file}: %n approvals verified", None, len(approvals))
        .format(file=args.file))
    return EXIT_OK
