"""File > Export... > "Sign the PDF with a certificate...": offered for the policy document PDF
of an approved version only; the file written carries a signature pyHanko finds intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.exporters.pdf.credentials import as_asn1, load_pkcs12, make_pkcs12
from app.ui.export import controller
from app.ui.export import pdf_signing as signing
from app.ui.export.dialog import ExportDialog
from app.ui.main_window import MainWindow
from tests.git_repo import approved
from tests.small_policy import UI_POLICY

SECRET = "correct horse"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, _parent: object, text: str) -> None:
        self.calls.append(text)


@pytest.fixture
def approved_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from app.ui.app import open_window

    path = tmp_path / "approved.policy.yaml"
    path.write_bytes(approved(UI_POLICY))
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def p12(tmp_path: Path) -> Path:
    path = tmp_path / "dana.p12"
    path.write_bytes(make_pkcs12("Dana Approver", "", SECRET.encode()))
    return path


def sign_to(target: Path, seen: dict[str, bool]):  # type: ignore[no-untyped-def]
    def fake_open(dialog: ExportDialog) -> bool:
        dialog.select_format("json")
        seen["hidden for json"] = dialog.sign.isHidden()
        dialog.select_format("pdf")
        seen["shown for pdf"] = not dialog.sign.isHidden()
        seen["enabled"] = dialog.sign.isEnabled()
        dialog.target.setText(str(target))
        dialog.sign.setChecked(True)
        return True
    return fake_open


def answer(monkeypatch: pytest.MonkeyPatch, path: Path, passphrase: str | None) -> None:
    # The two file and passphrase prompts are the only thing not real here.
    monkeypatch.setattr(signing, "ask_signing_file", lambda _parent: str(path))
    monkeypatch.setattr(signing, "ask_passphrase", lambda _parent, _path: passphrase)


def test_an_approved_version_s_pdf_is_signed_from_the_dialog(
        approved_window: MainWindow, p12: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target, seen, report = tmp_path / "signed.pdf", {}, Recorder()
    monkeypatch.setattr(controller, "open_dialog", sign_to(target, seen))
    monkeypatch.setattr(controller, "show_export_report", report)
    answer(monkeypatch, p12, SECRET)
    assert approved_window.export.export() is not None
    assert seen == {"hidden for json": True, "shown for pdf": True, "enabled": True}
    assert "Signed by Dana Approver." in report.calls[0]
    certificate = as_asn1(load_pkcs12(p12, lambda: SECRET.encode()).certificate)
    with target.open("rb") as stream:
        [signature] = PdfFileReader(stream, strict=False).embedded_signatures
        status = validate_pdf_signature(signature, ValidationContext(
            trust_roots=[certificate], allow_fetching=False))
    assert status.intact and status.valid and status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE


def test_a_draft_cannot_be_signed(window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target, seen = tmp_path / "draft.pdf", {}
    monkeypatch.setattr(controller, "open_dialog", sign_to(target, seen))
    monkeypatch.setattr(controller, "show_export_report", Recorder())
    monkeypatch.setattr(signing, "ask_signing_file", lambda _parent: pytest.fail("asked"))
    window.export.export()
    assert seen["shown for pdf"] and not seen["enabled"]
    assert b"/ByteRange" not in target.read_bytes()


@pytest.mark.parametrize(("passphrase", "said"), [("wrong", "the passphrase is wrong"),
                                                  (None, None)])
def test_a_wrong_or_cancelled_passphrase_writes_nothing(
        approved_window: MainWindow, p12: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, passphrase: str | None, said: str | None) -> None:
    target, errors = tmp_path / "signed.pdf", Recorder()
    monkeypatch.setattr(controller, "open_dialog", sign_to(target, {}))
    monkeypatch.setattr(controller, "show_export_error", errors)
    answer(monkeypatch, p12, passphrase)
    assert approved_window.export.export() is None
    assert not target.exists()
    assert errors.calls == ([f"{p12}: {said} (or the file is damaged)"] if said else [])
