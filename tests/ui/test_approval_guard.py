"""Only the approval action approves: the status combo cannot, and the action refuses a policy
with errors or template placeholders (real main window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Status
from app.ui import approvals
from app.ui.main_window import MainWindow
from tests.ui.conftest import UI_POLICY

PLACEHOLDERS = UI_POLICY.replace(b"  title: UI test policy\n",
                                 b"  title: UI test policy\n"
                                 b"  organisation: Your organisation name\n"
                                 b"  controller:\n    email: privacy@example.com\n")


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, _parent: object, text: str) -> None:
        self.calls.append(text)


def status(window: MainWindow) -> Status:
    return Status(window.bridge.policy.policy.status)


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


def test_approval_is_refused_while_errors_remain(window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    refusals = Recorder()
    monkeypatch.setattr(approvals, "show_refusal", refusals)
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d: pytest.fail("asked"))
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["nowhere"])
    window.approvals.submit_action.trigger()
    window.approvals.approve_action.trigger()
    [text] = refusals.calls
    assert text.startswith("The policy cannot be approved: it has ")
    assert "STR003" in text and text.endswith("approve again.")
    assert status(window) is Status.IN_REVIEW and not window.bridge.policy.policy.approvals


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
    monkeypatch.setattr(approvals, "ask_approval", lambda parent, d: pytest.fail("asked"))
    window.approvals.submit_action.trigger()
    assert window.approvals.approve() is None
    [text] = refusals.calls
    assert "2 placeholder texts from a template remain (GOV010)" in text
    assert "Your organisation name" in text and "privacy@example.com" in text
    assert status(window) is Status.IN_REVIEW and not window.bridge.policy.policy.approvals
    assert path.read_bytes() == PLACEHOLDERS
