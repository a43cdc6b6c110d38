"""The approval dialog says what the change does since the last approved version (real git)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import Status
from app.storage.loader import load_bytes
from app.storage.resources import region_catalogue
from app.ui.app import open_window
from app.ui.approval_dialog import ApprovalDialog
from app.ui.history.since import NOT_SAVED, impact_since_last_approval
from tests.git_repo import (
    CLEAN_POLICY,
    approved,
    commit,
    make_repo,
    with_newsletter_without_consent,
)

CHANGED = with_newsletter_without_consent(CLEAN_POLICY)


def policy(data: bytes):  # type: ignore[no-untyped-def]
    return load_bytes(data).policy


def test_the_sentence_names_the_last_approved_version_and_what_is_newly_allowed(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    signed = commit(repo, file, approved(CLEAN_POLICY), "Approve 1.0.0")
    commit(repo, file, CHANGED, "Newsletter without consent")
    text = impact_since_last_approval(str(file), policy(CHANGED))
    assert text.startswith("Since the last approved version (1.0.0, approved by Ann Lee (DPO) "
                           f"on 2025-03-01; commit {signed[:10]}) this change newly allows ")
    assert "contact.email for marketing.newsletter" in text
    # One meaning: the named use is denied by the approved version and allowed by this one.
    request = Request("contact.email", "marketing.newsletter", consent="denied")
    regions = region_catalogue()
    assert not DecisionEngine(policy(approved(CLEAN_POLICY)), regions).decide(request).allowed
    assert DecisionEngine(policy(CHANGED), regions).decide(request).allowed


def test_an_unchanged_policy_changes_no_decision(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    assert impact_since_last_approval(str(file), policy(CLEAN_POLICY)).endswith(
        "this change leaves every decision as it was.")


def test_plain_words_when_there_is_nothing_to_compare_with(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert impact_since_last_approval(None, policy(CLEAN_POLICY)) == NOT_SAVED
    alone = tmp_path / "alone" / "policy.yaml"
    alone.parent.mkdir()
    alone.write_bytes(CLEAN_POLICY)
    assert "is not in a git repository" in impact_since_last_approval(str(alone),
                                                                       policy(CLEAN_POLICY))
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    commit(repo, file, b"not: [valid\n", "Broken")
    text = impact_since_last_approval(str(file), policy(CLEAN_POLICY))
    assert text == ("No earlier version of policy.yaml in git history (2 commits) carries an "
                    "approval of its content, so this is the first approval.")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    assert "git is not installed" in impact_since_last_approval(str(file),
                                                                policy(CLEAN_POLICY))


def test_the_approval_dialog_shows_the_sentence_and_approves(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY), "Approve 1.0.0")
    commit(repo, file, CHANGED, "Newsletter without consent")
    window = open_window(str(file))
    qtbot.addWidget(window)
    window.show()
    window.approvals.set_status(Status.IN_REVIEW)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApprovalDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.waitUntil(lambda: dialog.since.text().startswith("Since"), timeout=20_000)
        seen.append(dialog.since.text())
        assert dialog.since.isVisible()
        qtbot.keyClicks(dialog.name, "Bo Chen")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    record = window.approvals.approve()
    assert record is not None and record.name == "Bo Chen"
    [text] = seen
    assert "approved by Ann Lee (DPO) on 2025-03-01" in text and "newly allows" in text


def test_the_search_stops_when_asked_and_is_bounded(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.history import since

    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    for n in range(3):
        commit(repo, file, CLEAN_POLICY + f"# {n}\n".encode(), f"Change {n}")
    assert impact_since_last_approval(str(file), policy(CHANGED), lambda: True) == ""
    monkeypatch.setattr(since, "MAX_SCANNED", 3)
    assert impact_since_last_approval(str(file), policy(CHANGED)) == (
        "None of the latest 3 versions of policy.yaml in git history carries an approval of "
        "its content (older ones were not read).")
