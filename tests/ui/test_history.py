"""File > History with real git: the list, approvals marked, compare, read-only versions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.exporters.approved import render_all_approved
from app.storage.loader import load_bytes
from app.ui.app import open_window
from app.ui.history import controller as history_controller
from app.ui.history import dialog as history_dialog
from app.ui.history import readonly
from app.ui.history.dialog import HistoryDialog
from app.ui.history.model import READING
from app.ui.main_window import MainWindow
from tests.git_repo import (
    CLEAN_POLICY,
    approved,
    commit,
    make_repo,
    with_newsletter_without_consent,
)
from tests.ui.impact_shown import assert_shows_impact

CHANGED = with_newsletter_without_consent(CLEAN_POLICY)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "ein repo")


def opened(qtbot, file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(str(file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def history_by_keys(qtbot, window: MainWindow) -> HistoryDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.git_history.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 1 and not dialog.model.unread()
                    and not dialog.busy, timeout=20_000)
    return dialog


def click_row(qtbot, dialog: HistoryDialog, row: int,  # type: ignore[no-untyped-def]
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    rect = dialog.table.visualRect(dialog.model.index(row, 3))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


@pytest.fixture
def three_versions(repo: Path) -> tuple[Path, list[str]]:
    file = repo / "Richtlinien ä" / "kunden policy.yaml"
    hashes = [commit(repo, file, CLEAN_POLICY, "Draft"),
              commit(repo, file, approved(CLEAN_POLICY), "Approve 1.0.0"),
              commit(repo, file, CHANGED, "Newsletter without consent")]
    return file, hashes


def test_history_lists_versions_newest_first_with_approvals_marked(
        qtbot, three_versions) -> None:  # type: ignore[no-untyped-def]
    file, hashes = three_versions
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    rows = [[dialog.model.index(r, c).data() for c in range(5)]
            for r in range(dialog.model.rowCount())]
    assert rows[0][:4] == ["Working copy", "now", "", "As saved"]
    assert [row[3] for row in rows[1:]] == ["Newsletter without consent", "Approve 1.0.0",
                                            "Draft"]
    assert [row[0] for row in rows[1:]] == [h[:10] for h in reversed(hashes)]
    # Unsigned: the approval's state comes first (see test_signed_approvals_window.py).
    assert rows[2][4].startswith("? Unverified \u00b7 \u2714 approved by Ann Lee, DPO on "
                                 "2025-03-01 (sha256:")
    assert rows[1][4] == rows[3][4] == ""
    assert READING not in {row[4] for row in rows}
    dialog.close()
    assert dialog.stopped and not dialog.busy


def test_compare_two_versions_with_mouse_and_keys_shows_redline_and_impact(
        qtbot, three_versions) -> None:  # type: ignore[no-untyped-def]
    file, _ = three_versions
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    assert not dialog.compare_button.isEnabled()
    click_row(qtbot, dialog, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.selected_rows() == [1, 2] and dialog.compare_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Compare
    qtbot.waitUntil(lambda: dialog.impact.text().startswith("Impact:"), timeout=20_000)
    text = dialog.browser.toPlainText()
    assert "Newsletter" in text and "legitimate" in text.lower()
    assert "newly allowed" in dialog.impact.text()
    assert "newly allows" in text and "Email address for " in text
    assert not dialog.progress.isVisible()
    old, new = (load_bytes(data).policy for data in (approved(CLEAN_POLICY), CHANGED))
    impact = assert_shows_impact(dialog.browser, old, new)  # one document: redline and impact
    assert impact.count("newly_allowed") > 0
    assert text.index("Impact:") < text.index("Uses whose decision changes")


def test_the_working_copy_with_unsaved_changes_compares_too(
        qtbot, three_versions) -> None:  # type: ignore[no-untyped-def]
    file, _ = three_versions
    window = opened(qtbot, file)
    window.bridge.set_field("categories", "contact.email", "name", "E-mail address (work)")
    dialog = history_by_keys(qtbot, window)
    assert dialog.model.index(0, 3).data() == "Unsaved changes"
    click_row(qtbot, dialog, 0)
    click_row(qtbot, dialog, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.impact.text().startswith("Impact:"), timeout=20_000)
    assert "E-mail address (work)" in dialog.browser.toPlainText()
    assert "no decision changes" in dialog.impact.text()
    assert_shows_impact(dialog.browser, load_bytes(CHANGED).policy, window.bridge.policy)


def test_the_impact_can_be_cancelled(qtbot, three_versions,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    file, _ = three_versions
    release = threading.Event()

    def slow(old, new):  # type: ignore[no-untyped-def]
        release.wait(10)
        return "<p>too late</p>", "Impact: too late"

    monkeypatch.setattr(history_dialog, "with_impact", slow)
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    dialog.select(1, 2)
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.impact_running, timeout=20_000)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.impact.text() == "Impact not worked out (cancelled)."
    release.set()
    qtbot.waitUntil(lambda: not dialog.impacter.busy, timeout=20_000)
    assert dialog.impact.text() == "Impact not worked out (cancelled)."
    text = dialog.browser.toPlainText()
    assert "Changes to" in text and "too late" not in text  # the redline stays, without impact


def test_open_the_approved_version_read_only_and_export_its_documents(
        qtbot, three_versions, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    file, hashes = three_versions
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    click_row(qtbot, dialog, 2)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Open read-only
    controller = window.git_history
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=20_000)
    [read_only] = controller.windows
    qtbot.addWidget(read_only)
    assert read_only.windowTitle().startswith(f"kunden policy.yaml at {hashes[1][:10]} "
                                              "(read-only)")
    assert "Approved by Ann Lee (DPO) on 2025-03-01" in read_only.banner.text()
    assert read_only.browser.isReadOnly()
    assert "DRAFT" not in read_only.browser.toPlainText()
    assert not [a for a in read_only.findChildren(QAction) if "Save" in a.text()]
    out = tmp_path / "signed"
    out.mkdir()
    monkeypatch.setattr(readonly, "ask_folder", lambda parent, suggested: str(out))
    qtbot.mouseClick(read_only.export_button, Qt.MouseButton.LeftButton)
    expected = render_all_approved(read_only.version.policy)
    names = {p.name: p.read_bytes() for p in out.iterdir()}
    assert len(names) == 5
    for name, result in expected.items():
        [written] = [data for file_name, data in names.items()
                     if file_name.endswith(readonly.get(name).suffix)
                     and file_name.count(".") == readonly.get(name).suffix.count(".")]
        assert written == result.data, name
    assert file.read_bytes() == CHANGED  # the working file is untouched
    assert not window.bridge.modified


def test_a_version_that_is_not_a_policy_is_marked_and_cannot_be_compared(
        qtbot, repo: Path) -> None:  # type: ignore[no-untyped-def]
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    commit(repo, file, b"policy: [unclosed\n", "Broken by hand")
    commit(repo, file, CLEAN_POLICY, "Mended")
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    assert dialog.approval_cell(2).startswith("unreadable: policy.yaml@")
    dialog.select(1, 2)
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Cannot compare"), timeout=20_000)
    assert "cannot be read" in dialog.status.text()
    dialog.select(2)
    dialog.open_selected()
    qtbot.waitUntil(lambda: "cannot be opened" in dialog.status.text(), timeout=20_000)
    assert not window.git_history.windows


def test_no_history_says_why(qtbot, tmp_path: Path, repo: Path,  # type: ignore[no-untyped-def]
                             monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(history_controller, "show_history_problem",
                        lambda parent, text: said.append(text))
    alone = tmp_path / "alone" / "policy.yaml"
    alone.parent.mkdir()
    alone.write_bytes(CLEAN_POLICY)
    window = opened(qtbot, alone)
    window.git_history.action.trigger()
    assert window.git_history.dialog is None and "is not in a git repository" in said[-1]
    commit(repo, repo / "policy.yaml", CLEAN_POLICY, "Draft")
    inside = opened(qtbot, repo / "policy.yaml")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    inside.git_history.action.trigger()
    assert "git is not installed" in said[-1]


def test_closing_the_dialog_stops_reading_versions(
        qtbot, repo: Path) -> None:  # type: ignore[no-untyped-def]
    file = repo / "policy.yaml"
    for n in range(40):
        commit(repo, file, CLEAN_POLICY + f"# {n}\n".encode(), f"Change {n}")
    window = opened(qtbot, file)
    dialog = window.git_history.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: 0 < len(dialog.model.unread()) < 40, timeout=20_000)
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.stopped and len(dialog.model.unread()) >= 40 - 2 * 16
    assert dialog.model.rowCount() == 41


def test_an_approved_working_copy_is_marked_too(qtbot, repo: Path) -> None:  # type: ignore[no-untyped-def]
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    window = opened(qtbot, file)
    dialog = history_by_keys(qtbot, window)
    assert dialog.approval_cell(0) == dialog.approval_cell(1)
    assert dialog.approval_cell(0).startswith(
        "? Unverified \u00b7 \u2714 approved by Ann Lee, DPO on 2025-03-01")
