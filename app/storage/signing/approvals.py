"""Signing approvals and judging each recorded approval: verified, unverified or broken.

What an approver signs (namespace ``policy-studio-approval``) is the canonical JSON
(:func:`app.domain.canonical.canonical_bytes`) of::

    {"statement": "policy-studio approval", "policy": ID, "version": VERSION,
     "previous": LINK, "approval": {"name", "role", "date", "decision", "digest", "note"}}

where LINK is :func:`approval_link` of the approval before it in the list ("" for the first).
The policy id, version and link are also stored in the approval's ``signature`` block, so a
check can say *why* a signature no longer fits: the record was edited, it was made for another
policy or version, or it was replayed or moved within the list.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import Enum

from app.domain.canonical import canonical_bytes, digest
from app.domain.enums import ApprovalDecision, Status
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Approval, ApprovalSignature, Policy
from app.storage.signing.allowed_signers import AllowedSigners, Signer
from app.storage.signing.keys import SigningKey
from app.storage.signing.sshsig import SignatureFormatError, parse, sign, verifies

NAMESPACE = "policy-studio-approval"
STATEMENT = "policy-studio approval"


class State(Enum):
    """How far an approval can be trusted."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"
    """Signed correctly or not at all, but the signer is not known to be allowed."""
    BROKEN = "broken"
    """The record, the content or the signature's place no longer fits."""


class Problem(Enum):
    """Why an approval is not verified (the value is a stable code)."""

    MISSING_SIGNATURE = "missing-signature"
    DAMAGED_SIGNATURE = "damaged-signature"
    RECORD_CHANGED = "record-changed"
    OTHER_POLICY = "other-policy"
    REPLAYED = "replayed"
    CONTENT_CHANGED = "content-changed"
    NO_ALLOWED_SIGNERS = "no-allowed-signers"
    UNKNOWN_SIGNER = "unknown-signer"
    NOT_THE_APPROVER = "not-the-approver"
    ROLE_NOT_ALLOWED = "role-not-allowed"
    SIGNER_EXPIRED = "signer-expired"


BROKEN_PROBLEMS = frozenset({Problem.DAMAGED_SIGNATURE, Problem.RECORD_CHANGED,
                             Problem.OTHER_POLICY, Problem.REPLAYED, Problem.CONTENT_CHANGED})


@dataclass(frozen=True)
class ApprovalState:
    """The verdict on ``policy.policy.approvals[index]``."""

    index: int
    approval: Approval
    state: State
    problems: tuple[Problem, ...]
    reasons: tuple[str, ...]
    """One translated sentence per problem (empty when verified)."""
    signer: Signer | None = None
    """The allowed_signers line that vouches for the signature, when one does."""

    @property
    def reason(self) -> str:
        """Why the approval has its state, in one translated sentence."""
        if not self.reasons:
            return translate("signing", "signed by an allowed signer in this role, for "
                                        "this policy and version")
        return "; ".join(self.reasons)


def approval_record(approval: Approval) -> dict[str, str]:
    """The fields of an approval its signature covers."""
    return {"name": approval.name, "role": approval.role, "date": approval.date.isoformat(),
            "decision": ApprovalDecision(approval.decision).value, "digest": approval.digest,
            "note": approval.note}


def approval_link(approval: Approval) -> str:
    """``sha256:<hex>`` of an approval (record and signature): what the next one signs."""
    signature = approval.signature.model_dump(mode="json") if approval.signature else None
    data = {"approval": approval_record(approval), "signature": signature}
    return "sha256:" + hashlib.sha256(canonical_bytes(data)).hexdigest()


def statement(approval: Approval, policy_id: str, version: str, previous: str) -> bytes:
    """The bytes an approver signs (the message of ``ssh-keygen -Y sign``)."""
    return canonical_bytes({"statement": STATEMENT, "policy": policy_id, "version": version,
                            "previous": previous, "approval": approval_record(approval)})


def signed_statement(approval: Approval) -> bytes | None:
    """The bytes a signed approval claims to sign (None when it is unsigned).

    ``ssh-keygen -Y verify -f allowed_signers -I PRINCIPAL -n policy-studio-approval -s SIG``
    reads them on its standard input.
    """
    block = approval.signature
    return None if block is None else statement(approval, block.policy, block.version,
                                                block.previous)


def sign_approval(policy: Policy, approval: Approval, key: SigningKey) -> Approval:
    """``approval`` signed with ``key``, to be appended to ``policy``'s approvals."""
    approvals = policy.policy.approvals
    previous = approval_link(approvals[-1]) if approvals else ""
    meta = policy.policy
    message = statement(approval, meta.id, str(meta.version), previous)
    block = ApprovalSignature(policy=meta.id, version=str(meta.version), previous=previous,
                              sshsig=sign(key.key, NAMESPACE, message))
    return approval.model_copy(update={"signature": block})


def approval_states(policy: Policy, signers: AllowedSigners | None,
                    now: dt.datetime | None = None) -> list[ApprovalState]:
    """The verdict on each of ``policy``'s approvals, in list order.

    ``signers`` is the allowed_signers file (None when there is none: nothing is verified);
    ``now`` (default: the current time) is when signers' validity is judged.
    """
    moment = now or dt.datetime.now(dt.UTC)
    current = digest(policy)
    approvals = policy.policy.approvals
    seen: set[str] = set()
    states = []
    for index, approval in enumerate(approvals):
        previous = approval_link(approvals[index - 1]) if index else ""
        found: list[tuple[Problem, str]] = []
        signer = _check_signature(policy, approval, previous, seen, signers, moment, found)
        if approval.digest != current and index == len(approvals) - 1:
            found.append((Problem.CONTENT_CHANGED, translate(
                "signing", "the content changed after this approval")))
        kinds = tuple(problem for problem, _ in found)
        state = (State.BROKEN if BROKEN_PROBLEMS.intersection(kinds) else
                 State.UNVERIFIED if kinds else State.VERIFIED)
        states.append(ApprovalState(index, approval, state, kinds,
                                    tuple(reason for _, reason in found),
                                    signer if state is State.VERIFIED else None))
    return states


def _check_signature(policy: Policy, approval: Approval, previous: str, seen: set[str],
                     signers: AllowedSigners | None, moment: dt.datetime,
                     found: list[tuple[Problem, str]]) -> Signer | None:
    block = approval.signature
    if block is None or not block.sshsig.strip():
        found.append((Problem.MISSING_SIGNATURE, translate("signing", "missing signature")))
        return None
    try:
        parsed = parse(block.sshsig)
        valid = verifies(parsed, NAMESPACE, statement(approval, block.policy, block.version,
                                                      block.previous))
    except SignatureFormatError as exc:
        found.append((Problem.DAMAGED_SIGNATURE, translate("signing", str(exc))))
        return None
    if not valid:
        found.append((Problem.RECORD_CHANGED, translate(
            "signing", "the signature does not match the record (edited after signing)")
            if parsed.namespace == NAMESPACE else translate(
            "signing", "the signature was made for another purpose, not for an approval")))
        return None
    meta = policy.policy
    if (block.policy, block.version) != (meta.id, str(meta.version)):
        found.append((Problem.OTHER_POLICY, translate(
            "signing", "the approval was signed for {policy} version {version}, not for this "
                       "policy and version").format(policy=block.policy, version=block.version)))
    elif block.previous != previous or block.sshsig in seen:
        found.append((Problem.REPLAYED, translate(
            "signing", "the approval was replayed or moved: it was signed to follow another "
                       "approval in the list")))
    seen.add(block.sshsig)
    return _check_signer(approval, parsed.public_key, signers, moment, found)


_WHY = {
    Problem.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        "signing", "unknown signer: the key is not in the allowed signers (or not for "
                   "approvals)"),
    Problem.SIGNER_EXPIRED: QT_TRANSLATE_NOOP(
        "signing", "the signer's key is not valid now (valid-after/valid-before in the allowed "
                   "signers)"),
    Problem.NOT_THE_APPROVER: QT_TRANSLATE_NOOP(
        "signing", "the key belongs to {signer}, not to the approver named in the record"),
    Problem.ROLE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "signing", "the signer is not allowed to approve as '{role}'"),
}


def _check_signer(approval: Approval, key_blob: bytes, signers: AllowedSigners | None,
                  moment: dt.datetime, found: list[tuple[Problem, str]]) -> Signer | None:
    if signers is None:
        found.append((Problem.NO_ALLOWED_SIGNERS, translate(
            "signing", "no allowed signers file says who may approve")))
        return None
    lines = [s for s in signers.for_key(key_blob) if s.may_sign_in(NAMESPACE)]
    steps = ((Problem.UNKNOWN_SIGNER, lambda s: True),
             (Problem.SIGNER_EXPIRED, lambda s: s.valid_at(moment)),
             (Problem.NOT_THE_APPROVER, lambda s: s.is_named(approval.name)),
             (Problem.ROLE_NOT_ALLOWED, lambda s: s.holds_role(approval.role)))
    for problem, keep in steps:
        kept = [signer for signer in lines if keep(signer)]
        if not kept:
            who = ", ".join(lines[0].principals) if lines else ""
            found.append((problem, translate("signing", _WHY[problem]).format(
                signer=lines[0].name or who if lines else who, role=approval.role)))
            return None
        lines = kept
    return lines[0]


def status_problem(policy: Policy) -> str | None:
    """Why the approved status is not backed by the approvals (None when it is consistent).

    An approved policy needs its latest approval to be an approval of exactly its content.
    """
    meta = policy.policy
    if meta.status != Status.APPROVED:
        return None
    if not meta.approvals:
        return translate("signing", "the status is approved, but no approval is recorded")
    last = meta.approvals[-1]
    if last.decision != ApprovalDecision.APPROVED:
        return translate("signing", "the status is approved, but the latest decision is a "
                                    "rejection")
    if last.digest != digest(policy):
        return translate("signing", "the status is approved, but the latest approval is of "
                                    "other content")
    return None
