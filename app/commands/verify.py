"""`policy-studio verify`: check every approval's signature, signer, role and content.

Exit status 0 when every approval is verified and the status agrees with them; 1 with one line
per problem (``FILE: approval N (name, role, date): problem``); 2 when the policy or the
allowed signers file cannot be read. Made for CI, before deploying a policy.
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, err, say
from app.domain.i18n import translate
from app.storage.loader import load_file
from app.storage.signing import (
    approval_states,
    find_allowed_signers,
    load_allowed_signers,
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Judge each approval and print the problems."""
    policy = load_file(args.file).policy
    approvals = policy.policy.approvals
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
