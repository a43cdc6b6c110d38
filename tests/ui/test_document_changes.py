"""Document changes say who made them; the workflow's rules apply to every edit as one step."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.edits import Change
from app.domain.enums import Status
from app.ui import approvals
from app.ui.approval_dialog import ApprovalInput
from app.ui.bridge import DocumentBridge
from app.ui.main_window import MainWindow


def test_changes_carry_their_initiator_and_undo_redo_carry_none(bridge: DocumentBridge) -> None:
    heard: list[tuple[Change, object]] = []
    bridge.changed.connect(lambda change, initiator: heard.append((change, initiator)))
    me = object()
    bridge.set_field("purposes", "marketing", "description", "Offers", initiator=me)
    assert heard[-1][1] is me and heard[-1][0].item_id == "marketing"
    bridge.undo_stack.undo()
    assert heard[-1][1] is None
    bridge.undo_stack.redo()
    assert heard[-1][1] is None
    bridge.set_field("purposes", "marketing", "description", "More")
    assert heard[-1][1] is None
    assert len(heard) == 4


def test_an_editor_does_not_refresh_in_answer_to_its_own_edit(window: MainWindow) -> None:
    window.navigator.select("purposes", "marketing")
    editor = window.editors.editor_for("purposes")
    refreshes: list[object] = []
    real_refresh = editor.refresh
    editor.refresh = lambda paths=None: (refreshes.append(paths), real_refresh(paths))  # type: ignore[method-assign]
    field = editor.fields[("name",)]
    field.edit.setFocus()
    field.edit.setText("Offers  ")
    field.edit.setCursorPosition(2)
    field.edit.editingFinished.emit()  # Enter
    assert window.bridge.policy.purposes[0].name == "Offers"
    assert refreshes == []  # its own edit: no refresh in answer
    assert field.edit.text() == "Offers"  # shows what was stored (trimmed)...
    assert field.edit.cursorPosition() == 2  # ...where the cursor was
    assert editor.title_label.text() == "Offers"
    navigator = window.navigator.model  # another view follows the editor's edit
    assert navigator.index_for("purposes", "marketing").data().startswith("Offers")
    window.bridge.set_field("purposes", "marketing", "name", "Deals")  # another view's edit
    assert refreshes and field.edit.text() == "Deals"
    refreshes.clear()
    window.bridge.undo_stack.undo()  # undo refreshes every view
    assert refreshes and field.edit.text() == "Offers"


def test_the_status_an_edit_returns_to_draft_shows_in_the_editor_that_made_it(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approvals, "show_warning", lambda *a: None)
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d, *_: ApprovalInput(
        "Ann Lee", "Data protection officer", dt.date(2024, 5, 1)))
    monkeypatch.setattr(approvals, "show_refusal", lambda parent, text: pytest.fail(text))
    window.bridge.set_field("purposes", "marketing.newsletter", "legal_basis", "consent")
    window.bridge.set_field("rules", "no_location_ads", "categories", ["location.precise"])
    window.approvals.set_status(Status.IN_REVIEW)
    assert window.approvals.approve() is not None
    window.navigator.select("policy", None)
    editor = window.editors.editor_for("policy")
    status_field = editor.fields[("status",)]
    title = editor.fields[("title",)]
    title.edit.setText("Renamed")
    title.edit.editingFinished.emit()
    assert window.bridge.policy.policy.status == Status.DRAFT
    assert status_field.combo.currentData() == Status.DRAFT


def test_approving_is_one_undo_command(window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d, *_: ApprovalInput(
        "Ann Lee", "Data protection officer", dt.date(2024, 5, 1)))
    monkeypatch.setattr(approvals, "show_refusal", lambda parent, text: pytest.fail(text))
    bridge = window.bridge
    bridge.set_field("purposes", "marketing.newsletter", "legal_basis", "consent")
    bridge.set_field("rules", "no_location_ads", "categories", ["location.precise"])
    window.approvals.set_status(Status.IN_REVIEW)
    stack = bridge.undo_stack
    steps = stack.count()
    approval = window.approvals.approve()
    assert approval is not None
    assert stack.count() == steps + 1 and stack.undoText() == "Approve policy"
    meta = bridge.policy.policy
    assert meta.status == Status.APPROVED and meta.approvals == [approval]
    stack.undo()
    assert meta.status == Status.IN_REVIEW and meta.approvals == []
    stack.redo()
    assert meta.status == Status.APPROVED and meta.approvals == [approval]
