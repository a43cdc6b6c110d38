"""File > Export signs an OPA bundle with a key: only for the OPA format, only an approved
policy, an encrypted key's passphrase asked for, a bad key told in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.ui.export import controller, signing
from app.ui.export.dialog import ExportDialog
from app.ui.main_window import MainWindow
from tests.exporters.signed_bundles import new_ec, new_rsa, pem, verify, write_approved
from tests.small_policy import UI_POLICY
from tests.ui.test_export_window import Recorder


@pytest.fixture(scope="module")
def rsa_key() -> Any:
    return new_rsa()


@pytest.fixture
def approved_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    source = tmp_path / "draft.policy.yaml"
    source.write_bytes(UI_POLICY)
    win = open_window(str(write_approved(source, tmp_path / "ui.policy.yaml")))
    qtbot.addWidget(win)
    win.show()
    return win


def sign_with(key: str, target: Path, fmt: str = "opa"):  # type: ignore[no-untyped-def]
    def fake_open(dialog: ExportDialog) -> bool:
        dialog.select_format(fmt)
        dialog.target.setText(str(target))
        dialog.force.setChecked(True)
        dialog.signing.path.setText(key)
        return True
    return fake_open


def key_file(tmp_path: Path, key: Any, password: bytes | None = None) -> str:
    path = tmp_path / "signing.pem"
    path.write_bytes(pem(key, password))
    return str(path)


def test_the_key_row_shows_for_formats_that_can_be_signed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.registry import exporters

    dialog = ExportDialog(exporters(), None, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_format("opa")
    assert dialog.signing.isVisible() and dialog.signing.key_path() == ""
    assert dialog.signing_key() == ""  # empty: not signed
    dialog.signing.path.setText("  /keys/release.pem ")
    assert dialog.signing_key() == "/keys/release.pem"
    dialog.select_format("json")
    assert not dialog.signing.isVisible() and dialog.signing_key() == ""
    assert dialog.signing.path.accessibleName() == "Signing key"


def test_an_approved_policy_is_signed(approved_window: MainWindow, tmp_path: Path,
                                      rsa_key: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    target = tmp_path / "bundle.tar.gz"
    monkeypatch.setattr(controller, "open_dialog",
                        sign_with(key_file(tmp_path, rsa_key), target))
    assert approved_window.export.export() is not None
    assert verify(target.read_bytes(), rsa_key.public_key())["keyid"] == "default"
    assert "signed with key id default (RS256)" in report.calls[0]


def test_an_unapproved_policy_is_not_signed(window: MainWindow, tmp_path: Path, rsa_key: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    failed = Recorder()
    monkeypatch.setattr(controller, "show_export_error", failed)
    target = tmp_path / "bundle.tar.gz"
    monkeypatch.setattr(controller, "open_dialog",
                        sign_with(key_file(tmp_path, rsa_key), target))
    assert window.export.export() is None
    assert failed.calls == ["Only an approved policy is signed, and this content carries no "
                            "approval. Approve it (Policy > Approve...) or export without a "
                            "signing key."]
    assert not target.exists()


def test_an_encrypted_key_asks_for_its_passphrase(approved_window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POLICY_STUDIO_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr(controller, "show_export_report", Recorder())
    key = new_ec()
    target = tmp_path / "bundle.tar.gz"
    monkeypatch.setattr(controller, "open_dialog",
                        sign_with(key_file(tmp_path, key, b"open sesame"), target))
    asked: list[str] = []
    monkeypatch.setattr(signing, "ask_passphrase",
                        lambda _parent, path: asked.append(path) or None)
    assert approved_window.export.export() is None and not target.exists()  # cancelled
    monkeypatch.setattr(signing, "ask_passphrase", lambda *_a: "open sesame")
    assert approved_window.export.export() is not None
    verify(target.read_bytes(), key.public_key())
    assert asked == [str(tmp_path / "signing.pem")]


def test_a_bad_key_is_told_in_one_line(approved_window: MainWindow, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    failed = Recorder()
    monkeypatch.setattr(controller, "show_export_error", failed)
    garbage = tmp_path / "garbage.pem"
    garbage.write_bytes(b"\x00\xff" * 500)
    target = tmp_path / "bundle.tar.gz"
    monkeypatch.setattr(controller, "open_dialog", sign_with(str(garbage), target))
    assert approved_window.export.export() is None
    assert failed.calls == [f"{garbage}: not a PEM private key"]
    assert not target.exists()


def test_the_target_never_overwrites_the_signing_key(approved_window: MainWindow,
                                                     tmp_path: Path, rsa_key: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    failed = Recorder()
    monkeypatch.setattr(controller, "show_export_error", failed)
    key = key_file(tmp_path, rsa_key)
    before = Path(key).read_bytes()
    monkeypatch.setattr(controller, "open_dialog", sign_with(key, Path(key)))
    assert approved_window.export.export() is None
    assert failed.calls == [f"{key}: this is the signing key's file; choose another target"]
    assert Path(key).read_bytes() == before
