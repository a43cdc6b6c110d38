"""File > Compare with... (redline in the window) and the Policy menu's approval workflow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from app.domain.enums import Status
from app.ui import approvals, compare
from app.ui.approval_dialog import ApprovalInput
from app.ui.main_window import MainWindow
from app.validation.runner import run_checks
from tests.ui.conftest import UI_POLICY


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, _parent: object, text: str) -> None:
        self.calls.append(text)


def status(window: MainWindow) -> Status:
    return Status(window.bridge.policy.policy.status)


# -- compare -----------------------------------------------------------------------------------
def test_compare_shows_the_change_and_exports_html(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(UI_POLICY.replace(b"name: Newsletter", b"name: <script>alert(1)</script>"))
    assert window.compare.action in window.file_menu.actions()
    monkeypatch.setattr(compare, "ask_compare_path", lambda parent: str(old))
    monkeypatch.setattr(compare, "open_redline", lambda dialog: None)
    window.bridge.set_field("purposes", "marketing", "consent", "opt_in")
    dialog = window.compare.compare()
    assert dialog is not None
    text = dialog.browser.toPlainText()
    assert "Changes to UI test policy" in text
    assert "Consent" in text and "no consent needed" in text and "opt-in" in text
    assert "<script>alert(1)</script>" in text  # shown as text, never as markup
    assert "<script>" not in dialog.html
    target = tmp_path / "redline.html"
    monkeypatch.setattr(compare, "ask_redline_path", lambda parent, suggested: str(target))
    assert dialog.export_html() == str(target)
    assert target.read_text(encoding="utf-8") == dialog.html


def test_compare_with_an_unreadable_file_reports_it(window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 1\npolicy: [\n")
    errors = Recorder()
    monkeypatch.setattr(compare, "ask_compare_path", lambda parent: str(bad))
    monkeypatch.setattr(compare, "show_compare_error", errors)
    assert window.compare.compare() is None
    assert "bad.policy.yaml:3" in errors.calls[0]
    monkeypatch.setattr(compare, "ask_compare_path", lambda parent: None)
    assert window.compare.compare() is None


# -- approvals ---------------------------------------------------------------------------------
APPROVER = ApprovalInput("Ann Lee", "Data protection officer", dt.date(2024, 5, 1))


def test_workflow_transitions_and_enabled_actions(window: MainWindow) -> None:
    flow = window.approvals
    assert window.policy_menu.title() == "&Policy"
    assert flow.submit_action in window.policy_menu.actions()
    assert flow.submit_action.isEnabled() and not flow.approve_action.isEnabled()
    flow.submit_action.trigger()
    assert status(window) is Status.IN_REVIEW and flow.approve_action.isEnabled()
    assert not flow.submit_action.isEnabled() and flow.draft_action.isEnabled()
    assert flow.status_label.text() == "Status: in review"
    flow.draft_action.trigger()
    assert status(window) is Status.DRAFT and not flow.draft_action.isEnabled()
    window.bridge.undo_stack.undo()
    assert status(window) is Status.IN_REVIEW


def test_approve_is_refused_while_errors_remain(window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    refusals = Recorder()
    monkeypatch.setattr(approvals, "show_refusal", refusals)
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d, *_: pytest.fail("asked"))
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["nowhere"])
    window.approvals.submit_action.trigger()
    window.approvals.approve_action.trigger()  # the menu action, as a user would
    errors = sum(f.severity.value == "error" for f in run_checks(window.bridge.policy))
    [text] = refusals.calls
    assert errors and text.startswith(f"The policy cannot be approved: it has {errors} error "
                                      "finding")
    assert "STR003" in text and text.endswith("approve again.")
    assert status(window) is Status.IN_REVIEW and not window.bridge.policy.policy.approvals


def approve(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d, *_: APPROVER)
    monkeypatch.setattr(approvals, "show_refusal", lambda parent, text: pytest.fail(text))
    window.bridge.set_field("purposes", "marketing.newsletter", "legal_basis", "consent")
    window.bridge.set_field("rules", "no_location_ads", "categories", ["location.precise"])
    window.approvals.set_status(Status.IN_REVIEW)
    assert window.approvals.approve() is not None


def test_approve_records_name_role_date_and_digest_in_one_step(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    approve(window, monkeypatch)
    meta = window.bridge.policy.policy
    assert status(window) is Status.APPROVED
    [record] = meta.approvals
    assert (record.name, record.role, record.date, record.decision) == (
        "Ann Lee", "Data protection officer", dt.date(2024, 5, 1), "approved")
    window.files.save()
    assert not window.bridge.modified
    capsys.readouterr()
    assert main(["digest", window.bridge.path]) == 0
    assert capsys.readouterr().out.strip() == record.digest
    window.bridge.undo_stack.undo()  # one step undoes the whole approval
    assert status(window) is Status.IN_REVIEW and not window.bridge.policy.policy.approvals


def test_editing_an_approved_policy_returns_it_to_draft_in_one_undo_step(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings = Recorder()
    monkeypatch.setattr(approvals, "show_warning", warnings)
    approve(window, monkeypatch)
    window.approvals.set_status(Status.APPROVED)  # already there: no step, no warning
    stack = window.bridge.undo_stack
    steps = stack.count()
    change = window.bridge.set_field("purposes", "marketing", "description", "Offers")
    assert change.item_id == "marketing"
    assert status(window) is Status.DRAFT
    assert warnings.calls and "returned it to draft" in warnings.calls[0]
    assert "Returned to draft" in window.statusBar().currentMessage()
    assert stack.count() == steps + 1
    stack.undo()
    assert status(window) is Status.APPROVED
    assert window.bridge.policy.purposes[0].description == ""
    stack.redo()
    assert status(window) is Status.DRAFT
    assert window.bridge.policy.purposes[0].description == "Offers"
    window.bridge.set_field("purposes", "marketing", "description", "More")
    assert len(warnings.calls) == 1  # a draft is edited freely


def test_workflow_changes_of_an_approved_policy_keep_it_approved_until_retired(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approvals, "show_warning", lambda *a: pytest.fail("warned"))
    approve(window, monkeypatch)
    window.approvals.retire_action.trigger()
    assert status(window) is Status.RETIRED
    window.approvals.draft_action.trigger()
    assert status(window) is Status.DRAFT and window.approvals.submit_action.isEnabled()


# -- only the approval action approves ---------------------------------------------------
PLACEHOLDERS = UI_POLICY.replace(b"  title: UI test policy\n",
                                 b"  title: UI test policy\n"
                                 b"  organisation: Your organisation name\n"
                                 b"  controller:\n    email: privacy@example.com\n")


def status_combo(window: MainWindow):  # type: ignore[no-untyped-def]
    window.navigator.select("policy", None)
    return window.editors.editor_for("policy").fields[("status",)]


def test_the_status_combo_cannot_set_approved(window: MainWindow) -> None:
    field = status_combo(window)
    combo = field.combo
    approved = combo.findData(Status.APPROVED)
    assert approved >= 0  # shown, so an approved policy still reads "approved"
    flags = combo.model().flags(combo.model().index(approved, 0))
    assert not flags & Qt.ItemFlag.ItemIsEnabled
    assert combo.model().index(approved, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Only Policy > Approve")
    combo.setCurrentIndex(approved)  # even when forced, nothing changes
    assert status(window) is Status.DRAFT and window.bridge.undo_stack.count() == 0
    assert combo.currentData() == Status.DRAFT and "Only Policy > Approve" in field.error
    assert window.approvals.set_status(Status.APPROVED) is None
    assert status(window) is Status.DRAFT
    combo.setCurrentIndex(combo.findData(Status.IN_REVIEW))  # the other statuses still work
    assert status(window) is Status.IN_REVIEW


def test_approval_is_refused_while_placeholders_remain(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.app import open_window

    path = tmp_path / "placeholders.policy.yaml"
    path.write_bytes(PLACEHOLDERS)
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    refusals = Recorder()
    monkeypatch.setattr(approvals, "show_refusal", refusals)
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d, *_: pytest.fail("asked"))
    window.approvals.submit_action.trigger()
    assert window.approvals.approve() is None
    [text] = refusals.calls
    assert "2 placeholder texts from a template remain (GOV010)" in text
    assert "Your organisation name" in text and "privacy@example.com" in text
    assert status(window) is Status.IN_REVIEW and not window.bridge.policy.policy.approvals
    assert path.read_bytes() == PLACEHOLDERS
