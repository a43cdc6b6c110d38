"""The workflow's rules as plain functions of the document (no Qt)."""

from __future__ import annotations

import datetime as dt

from app.domain.canonical import digest
from app.domain.edits import AddItem, Batch, SetField
from app.domain.enums import Status
from app.domain.models import Policy, Purpose
from app.domain.sections import METADATA
from app.domain.workflow import (
    approval_edit,
    edits_to_apply,
    is_workflow_edit,
    returns_to_draft,
    status_edit,
)
from tests.domain.test_document import make_policy

DAY = dt.date(2024, 5, 1)
CONTENT = SetField("purposes", "support", ("description",), "Answering questions")


def approved() -> Policy:
    policy = make_policy()
    approval_edit(policy, "Ann Lee", "DPO", DAY)[1].apply(policy)
    return policy


def test_an_edit_of_a_draft_is_applied_alone() -> None:
    policy = make_policy()
    assert policy.policy.status == Status.DRAFT
    assert edits_to_apply(policy, CONTENT) == (CONTENT,)
    assert not returns_to_draft(policy, CONTENT)


def test_an_edit_of_an_approved_policy_returns_it_to_draft() -> None:
    policy = approved()
    edits = edits_to_apply(policy, CONTENT)
    assert edits == (CONTENT, status_edit(Status.DRAFT))
    changes = [edit.apply(policy) for edit in edits]
    assert policy.policy.status == Status.DRAFT
    for change in reversed(changes):
        change.undo.apply(policy)
    assert policy.policy.status == Status.APPROVED
    assert policy.purposes[0].description == ""


def test_workflow_edits_keep_an_approved_policy_approved() -> None:
    policy = approved()
    retire = status_edit(Status.RETIRED)
    both = Batch((SetField(METADATA, None, ("approvals",), []), retire))
    assert is_workflow_edit(retire) and is_workflow_edit(both)
    assert edits_to_apply(policy, retire) == (retire,)
    assert edits_to_apply(policy, both) == (both,)
    add = AddItem("purposes", Purpose(id="billing"))
    assert not is_workflow_edit(add) and returns_to_draft(policy, add)
    mixed = Batch((retire, CONTENT))
    assert not is_workflow_edit(mixed)


def test_the_approval_is_one_edit_recording_name_role_date_digest_and_status() -> None:
    policy = make_policy()
    expected_digest = digest(policy)
    approval, edit = approval_edit(policy, "Ann Lee", "DPO", DAY)
    assert (approval.name, approval.role, approval.date, approval.decision) == (
        "Ann Lee", "DPO", DAY, "approved")
    assert approval.digest == expected_digest
    assert policy.policy.approvals == []  # building it changes nothing
    change = edit.apply(policy)
    assert policy.policy.status == Status.APPROVED
    assert policy.policy.approvals == [approval]
    assert digest(policy) == expected_digest  # approving does not change what was approved
    change.undo.apply(policy)
    assert policy.policy.status == Status.DRAFT and policy.policy.approvals == []
