"""The review workflow's rules: draft -> in review -> approved -> retired (-> draft).

Two rules of the document live here, for every front end alike:

- Editing an approved policy returns it to draft: :func:`edits_to_apply` turns an edit of an
  approved policy's content into that edit plus "status: draft", to be applied (and undone)
  as one step.
- An approval records who approved, in which role, on which day and the content digest they
  approved, together with the approved status: :func:`approval_edit` builds it as one edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.domain.canonical import digest
from app.domain.edits import Batch, Edit, SetField
from app.domain.enums import ApprovalDecision, Status
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Approval, Policy
from app.domain.sections import METADATA

WORKFLOW_FIELDS = ("status", "approvals")
"""Metadata fields the workflow itself changes; editing them does not return to draft."""
APPROVE_TEXT = QT_TRANSLATE_NOOP("workflow", "Approve policy")
STATUS_TEXTS = {Status.IN_REVIEW: QT_TRANSLATE_NOOP("workflow", "Submit for review"),
                Status.RETIRED: QT_TRANSLATE_NOOP("workflow", "Retire policy"),
                Status.DRAFT: QT_TRANSLATE_NOOP("workflow", "Return to draft"),
                Status.APPROVED: APPROVE_TEXT}
"""The name of the step that moves a policy to each status (translate where shown:
:func:`step_text`)."""


def step_text(status: Status) -> str:
    """The name of the step that moves a policy to ``status``, in the reader's language."""
    return translate("workflow", STATUS_TEXTS[status])


def back_to_draft(text: str) -> str:
    """The summary ``text`` of an edit that also returned an approved policy to draft."""
    return translate("workflow", "{step} (back to draft)").format(step=text)


def status_edit(status: Status) -> SetField:
    """The edit that sets the policy's status to ``status``."""
    return SetField(METADATA, None, ("status",), status)


def is_workflow_edit(edit: Edit) -> bool:
    """True for edits that change only the status or the approvals."""
    if isinstance(edit, SetField):
        return edit.section == METADATA and edit.path[0] in WORKFLOW_FIELDS
    if isinstance(edit, Batch):
        return all(is_workflow_edit(part) for part in edit.edits)
    return False


def returns_to_draft(policy: Policy, edit: Edit) -> bool:
    """True when applying ``edit`` to ``policy`` must also return it to draft."""
    return policy.policy.status == Status.APPROVED and not is_workflow_edit(edit)


def edits_to_apply(policy: Policy, edit: Edit) -> tuple[Edit, ...]:
    """The edits to apply, in order and as one step, when someone asks for ``edit``.

    That is ``edit`` alone, or, when it changes the content of an approved policy, ``edit``
    followed by "status: draft".
    """
    return (edit, status_edit(Status.DRAFT)) if returns_to_draft(policy, edit) else (edit,)


def new_approval(policy: Policy, name: str, role: str, date: dt.date) -> Approval:
    """The record of ``name`` (in ``role``) approving ``policy``'s current content on ``date``."""
    return Approval(name=name, role=role, date=date, decision=ApprovalDecision.APPROVED,
                    digest=digest(policy))


def approval_edit(policy: Policy, name: str, role: str, date: dt.date,
                  sign: Callable[[Approval], Approval] | None = None
                  ) -> tuple[Approval, Batch]:
    """The approval of ``policy``'s current content, and the one edit that records it.

    The edit also sets the approved status. ``sign``, when given, turns the new record into
    its signed form (app.storage.signing.sign_approval with the approver's key).
    """
    approval = new_approval(policy, name, role, date)
    if sign is not None:
        approval = sign(approval)
    approvals = [*policy.policy.approvals, approval]
    return approval, Batch((SetField(METADATA, None, ("approvals",), approvals),
                            status_edit(Status.APPROVED)), APPROVE_TEXT)
