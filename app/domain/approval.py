"""When a policy counts as approved: the one test every document uses before it looks signed."""

from __future__ import annotations

from app.domain.enums import ApprovalDecision, Status
from app.domain.models import Policy


def is_approved(policy: Policy, content_digest: str) -> bool:
    """True when ``policy`` is approved and an approval of exactly this content is recorded.

    ``content_digest`` is the policy's SHA-256 content digest.
    """
    meta = policy.policy
    return meta.status == Status.APPROVED and any(
        a.decision == ApprovalDecision.APPROVED and a.digest == content_digest
        for a in meta.approvals)
