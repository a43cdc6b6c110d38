"""Signed approvals in the window: the key row, the states shown, the allowed signers file."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.cli import main
from app.domain.enums import Status
from app.domain.sections import METADATA
from app.domain.workflow import approval_edit
from app.storage.loader import load_bytes
from app.storage.serialize import text_for
from app.storage.signing import (
    NAMESPACE,
    approval_states,
    generate_key,
    load_signing_key,
    sign_approval,
)
from app.storage.signing.allowed_signers import signer_line
from app.ui import approval_key, approvals, signatures
from app.ui.app import open_window
from app.ui.approval_dialog import ApprovalDialog
from app.ui.history.model import APPROVAL_COLUMN
from app.ui.main_window import MainWindow
from app.ui.preferences.values import ALLOWED_SIGNERS_KEY, preference_changes
from tests.git_repo import CLEAN_POLICY, approved, commit, make_repo

NAME, ROLE, SECRET = "Ann Lee", "DPO", "correct horse"


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("POLICY_STUDIO_ALLOWED_SIGNERS", raising=False)
    monkeypatch.delenv("POLICY_STUDIO_KEY_PASSPHRASE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def make_key(folder: Path, name: str = NAME, role: str = ROLE) -> tuple[Path, str]:
    """A passphrase-protected key and its allowed_signers line."""
    path = folder / f"{name.split()[0].lower()}_ed25519"
    key = generate_key(path, SECRET, "ann")
    return path, signer_line("ann", key.public_line(), name, [role], NAMESPACE)


def passphrases(monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> list[str]:
    """Answer the passphrase questions in turn; returns the prompts asked."""
    left, asked = list(answers), []

    def answer(_parent: object, prompt: str) -> str | None:
        asked.append(prompt)
        return left.pop(0)

    monkeypatch.setattr(approval_key, "ask_passphrase", answer)
    return asked


def through_dialog(monkeypatch: pytest.MonkeyPatch, key: Path | str,
                   dialogs: list[ApprovalDialog]) -> None:
    """Approve through the real dialog: fill it in and press its OK button."""
    def ask(parent, digest_text, since=None, settings=None):  # type: ignore[no-untyped-def]
        dialog = ApprovalDialog(digest_text, parent, settings=settings)
        dialogs.append(dialog)
        dialog.name.setText(NAME)
        dialog.role.setText(ROLE)
        dialog.date.setDate(dt.date(2026, 3, 2))
        dialog.key_row.path.setText(str(key))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.value() if dialog.result() == ApprovalDialog.DialogCode.Accepted else None

    monkeypatch.setattr(approvals, "ask_approval", ask)
    monkeypatch.setattr(approvals, "show_refusal", lambda parent, text: pytest.fail(text))


def ready(window: MainWindow) -> None:
    window.bridge.set_field("purposes", "marketing.newsletter", "legal_basis", "consent")
    window.bridge.set_field("rules", "no_location_ads", "categories", ["location.precise"])
    window.approvals.set_status(Status.IN_REVIEW)


def shown_states(window: MainWindow) -> list[tuple[str, str]]:
    """(word, tooltip) of each approval row in the metadata editor's table."""
    window.reveal(METADATA)
    editor = window.editors.editor_for(METADATA)
    model = editor.approvals_table.model  # type: ignore[union-attr]
    return [(model.index(row, 0).data(), model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]


def signed_window(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                  tmp_path: Path) -> tuple[Path, str]:
    key, line = make_key(tmp_path)
    (tmp_path / "allowed_signers").write_text(line + "\n", encoding="utf-8")
    ready(window)
    passphrases(monkeypatch, SECRET)
    dialogs: list[ApprovalDialog] = []
    through_dialog(monkeypatch, key, dialogs)
    steps = window.bridge.undo_stack.count()
    assert window.approvals.approve() is not None
    assert window.bridge.undo_stack.count() == steps + 1  # one step: record, signature, status
    return key, line


def test_approving_with_a_key_signs_in_one_step_and_shows_verified(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    signed_window(window, monkeypatch, tmp_path)
    [record] = window.bridge.policy.policy.approvals
    assert record.signature is not None and record.signature.sshsig.startswith("-----BEGIN SSH")
    assert Status(window.bridge.policy.policy.status) is Status.APPROVED
    assert shown_states(window) == [("\u2714 Verified", "Verified: signed by an allowed signer "
                                     "in this role, for this policy and version")]
    window.files.save()
    capsys.readouterr()  # the command line agrees: one meaning
    assert main(["verify", window.bridge.path]) == 0
    window.bridge.undo_stack.undo()
    assert not window.bridge.policy.policy.approvals and shown_states(window) == []


def test_one_typed_character_breaks_the_approval_and_undo_restores_it(
        window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    signed_window(window, monkeypatch, tmp_path)
    monkeypatch.setattr(approvals, "show_warning", lambda *a: None)
    shown_states(window)
    editor = window.editors.editor_for(METADATA)
    title = editor.fields[("title",)].edit  # type: ignore[union-attr]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClick(title, Qt.Key.Key_X)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.bridge.policy.policy.title.endswith("x")
    [(word, tip)] = shown_states(window)
    assert word == "\u2716 Broken"
    assert tip == "Broken: the content changed after this approval"
    assert approval_states(window.bridge.policy, window.approvals.signatures.signers)[0].state \
        .value == "broken"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert not window.bridge.policy.policy.title.endswith("x")
    assert [w for w, _ in shown_states(window)] == ["\u2714 Verified"]


def test_a_signer_removed_from_the_file_turns_unverified_on_reload(
        window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    signed_window(window, monkeypatch, tmp_path)
    window.files.save()
    _other, line = make_key(tmp_path, "Bo Berg")
    (tmp_path / "allowed_signers").write_text(line + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.opened, timeout=20_000):
        assert window.files.reload()
    [(word, tip)] = shown_states(window)
    assert word == "? Unverified" and "unknown signer" in tip


def test_a_wrong_passphrase_is_explained_and_nothing_changes(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, _line = make_key(tmp_path)
    ready(window)
    asked = passphrases(monkeypatch, "wrong")
    dialogs: list[ApprovalDialog] = []
    through_dialog(monkeypatch, key, dialogs)
    steps = window.bridge.undo_stack.count()
    assert window.approvals.approve() is None
    assert asked == [f"Passphrase for {key}:"]
    assert dialogs[0].isVisible() or dialogs[0].result() != ApprovalDialog.DialogCode.Accepted
    assert dialogs[0].key_error.text() == f"{key}: the passphrase is wrong or the key is damaged"
    assert window.bridge.undo_stack.count() == steps and not window.bridge.policy.policy.approvals
    unreadable = tmp_path / "not-a-key"
    unreadable.write_text("hello\n")
    through_dialog(monkeypatch, unreadable, dialogs)
    assert window.approvals.approve() is None
    assert "not a private key" in dialogs[1].key_error.text()
    assert window.bridge.undo_stack.count() == steps


def test_an_unsigned_approval_is_unverified_missing_signature(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ready(window)
    dialogs: list[ApprovalDialog] = []
    through_dialog(monkeypatch, "", dialogs)
    assert window.approvals.approve() is not None
    assert not dialogs[0].key_row.note.isHidden()  # it said so before OK
    [(word, tip)] = shown_states(window)
    assert word == "? Unverified"
    assert tip.startswith("Unverified: missing signature")


def test_no_file_and_a_malformed_file(window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list[str] = []
    monkeypatch.setattr(approvals, "show_signers_problem", lambda parent, text: problems.append(
        text))
    signed_window(window, monkeypatch, tmp_path)
    (tmp_path / "allowed_signers").unlink()
    window.bridge.set_field(METADATA, None, "organisation", window.bridge.policy.policy
                            .organisation)  # any change: the states are worked out afresh
    window.approvals.signatures.refresh()
    [(word, tip)] = shown_states(window)
    assert word == "? Unverified" and "no allowed signers file" in tip and not problems
    bad = tmp_path / "team_signers"
    bad.write_text("# team\nann ssh-ed25519 !!!notbase64\n", encoding="utf-8")
    window.settings.setValue(ALLOWED_SIGNERS_KEY, str(bad))
    preference_changes().changed.emit()
    preference_changes().changed.emit()  # one message per version of the file, not per check
    assert len(problems) == 1 and f"{bad}:2" in problems[0]
    assert [w for w, _ in shown_states(window)] == ["? Unverified"]


def test_creating_a_key_shows_the_line_keygen_prints(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = ApprovalDialog("sha256:0")
    qtbot.addWidget(dialog)
    target = tmp_path / "mine"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(approval_key, "ask_new_key_file", lambda parent, start: str(target))
    monkeypatch.setattr(approval_key, "show_allowed_line",
                        lambda parent, path, line: shown.append((path, line)))
    dialog.create_key()
    assert "Fill in the name and the role first" in dialog.key_error.text()
    dialog.name.setText("Ann  Lee")
    dialog.role.setText(ROLE)
    passphrases(monkeypatch, SECRET, "different")
    dialog.create_key()
    assert dialog.key_error.text() == "the two passphrases differ" and not target.exists()
    passphrases(monkeypatch, SECRET, SECRET)
    dialog.create_key()
    public = (tmp_path / "mine.pub").read_text().split()
    [(path, line)] = shown
    assert path == str(target) and dialog.key_row.key_path() == str(target)
    assert public[2] == "ann.lee"
    assert line == (f'ann.lee namespaces="{NAMESPACE}" {public[0]} {public[1]} name="Ann Lee" '
                    f'roles="{ROLE}"')
    passphrases(monkeypatch)  # the new key is unlocked already: no question on OK
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.value().key is not None and dialog.value().key.path == str(target)


def test_a_large_policy_is_judged_on_a_worker(
        window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    signed_window(window, monkeypatch, tmp_path)
    monkeypatch.setattr(signatures, "AT_ONCE_ITEMS", 0)  # every policy counts as large now
    monkeypatch.setattr(approvals, "show_warning", lambda *a: None)
    watcher = window.approvals.signatures
    window.bridge.set_field(METADATA, None, "title", "Changed after approval")
    assert watcher.pending and shown_states(window)[0][0] == "Checking\u2026"
    qtbot.waitUntil(lambda: not watcher.pending, timeout=20_000)
    assert shown_states(window)[0][0] == "\u2716 Broken"
    window.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: not watcher.pending, timeout=20_000)
    assert shown_states(window)[0][0] == "\u2714 Verified"


def signed_text(key: Path) -> bytes:
    """CLEAN_POLICY approved by Ann Lee and signed with ``key``, as YAML."""
    policy = load_bytes(CLEAN_POLICY).policy
    unlocked = load_signing_key(key, SECRET)
    _approval, edit = approval_edit(policy, NAME, ROLE, dt.date(2026, 3, 2),
                                    sign=lambda record: sign_approval(policy, record, unlocked))
    edit.apply(policy)
    return text_for(policy, None, "p.policy.yaml").encode()


def test_history_shows_the_state_of_each_commits_approval(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = make_repo(tmp_path / "repo")
    key, line = make_key(tmp_path)
    (repo / "allowed_signers").write_text(line + "\n", encoding="utf-8")
    file = repo / "p.policy.yaml"
    signed = signed_text(key)
    commit(repo, file, approved(CLEAN_POLICY), "Approved, unsigned")
    commit(repo, file, signed, "Approved and signed")
    window = open_window(str(file))
    qtbot.addWidget(window)
    window.show()
    dialog = window.git_history.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3 and not dialog.model.unread()
                    and not dialog.busy, timeout=20_000)
    working, newest, oldest = (dialog.approval_cell(row) for row in range(3))
    assert working.startswith("\u2714 Verified \u00b7 \u2714 approved by Ann Lee, DPO")
    assert newest == working
    assert oldest.startswith("? Unverified \u00b7 \u2714 approved by")
    tip = dialog.model.index(2, APPROVAL_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Unverified: missing signature\n")
    read_only = window.git_history.open_version(dialog.history.version(
        dialog.model.rows[1].commit))  # type: ignore[arg-type]
    assert read_only is not None and read_only.banner.text().endswith(
        "Verified: signed by an allowed signer in this role, for this policy and version.")


@pytest.mark.parametrize(("code", "sign_row", "verified", "broken"), [
    ("de", "Mit &Schlüssel signieren:", "\u2714 Verifiziert", "\u2716 Ungültig"),
    ("fr", "&Signer avec la clé :", "\u2714 Vérifiée", "\u2716 Invalide")])
def test_the_words_are_german_and_french(
        window: MainWindow, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        speaking, code: str, sign_row: str, verified: str, broken: str) -> None:
    from app.storage.translations import LANGUAGE_VARIABLE
    from app.ui.language import start_language

    signed_window(window, monkeypatch, tmp_path)
    monkeypatch.setattr(approvals, "show_warning", lambda *a: None)
    monkeypatch.setenv(LANGUAGE_VARIABLE, code)
    assert start_language(qapp) == code
    dialog = ApprovalDialog("sha256:0", window)
    labels = [label.text() for label in dialog.findChildren(type(dialog.key_error))]
    assert sign_row in labels
    window.approvals.signatures.refresh()
    assert shown_states(window)[0][0] == verified
    window.bridge.set_field(METADATA, None, "title", "Changed")
    word, tip = shown_states(window)[0]
    assert word == broken and tip.startswith(broken[2:] + (" : " if code == "fr" else ": "))


def test_preferences_choose_the_signers_file_and_refuse_a_missing_one(
        window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    signed_window(window, monkeypatch, tmp_path)
    (tmp_path / "allowed_signers").rename(tmp_path / "team_signers")
    window.approvals.signatures.refresh()
    assert "no allowed signers file" in shown_states(window)[0][1]
    dialog = window.preferences.show_dialog()
    qtbot.addWidget(dialog)
    assert dialog.signers.text() == "" and dialog.signers.accessibleName() == (
        "Allowed signers file")
    dialog.signers.setText(str(tmp_path / "nowhere"))
    dialog.accept()
    assert dialog.isVisible() and dialog.signers_error.text() == (
        f"There is no file {tmp_path / 'nowhere'}.")
    dialog.signers.setText(str(tmp_path / "team_signers"))
    dialog.accept()
    assert not dialog.isVisible()
    assert window.settings.value(ALLOWED_SIGNERS_KEY) == str(tmp_path / "team_signers")
    assert shown_states(window)[0][0] == "\u2714 Verified"  # followed at once


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_an_ssh_keygen_key_signs_without_a_passphrase_question(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ann", "-f", str(key)],
                   check=True)
    public = (tmp_path / "id_ed25519.pub").read_text().split()
    (tmp_path / "allowed_signers").write_text(signer_line(
        "ann", f"{public[0]} {public[1]}", NAME, [ROLE], NAMESPACE) + "\n", encoding="utf-8")
    ready(window)
    asked = passphrases(monkeypatch)
    dialogs: list[ApprovalDialog] = []
    through_dialog(monkeypatch, key, dialogs)
    assert window.approvals.approve() is not None and asked == []
    assert shown_states(window)[0][0] == "\u2714 Verified"
    assert window.settings.value(approval_key.KEY_SETTING) == str(key)  # offered next time
    assert approval_key.default_key(window.settings) == str(key)


def test_the_new_windows_are_named_for_assistive_technology(
        window: MainWindow, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_accessibility import faults

    line = 'ann namespaces="policy-studio-approval" ssh-ed25519 AAAA name="Ann Lee" roles="DPO"'
    shown = approval_key.AllowedLineDialog("/k", line, window)
    approve = ApprovalDialog("sha256:0", window)
    preferences = window.preferences.show_dialog()
    found: list[str] = []
    for place, dialog in (("key line", shown), ("approval", approve),
                          ("preferences", preferences)):
        qtbot.addWidget(dialog)
        dialog.show()
        qapp.processEvents()
        found += faults(dialog, place, set())
    assert not found, "\n".join(found)
    assert not approve.key_row.note.isHidden()  # no key found: it says the approval is unsigned
    shown.copy_button.click()
    assert qapp.clipboard().text() == line and shown.copy_button.text() == "Copied"
