"""`policy-studio certificate` and `policy-studio export -f pdf --sign-...`, end to end."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.cli import main
from app.domain.canonical import digest
from app.storage.loader import load_file
from tests.memory_probe import ROOT
from tests.signing_keys import (
    NOW,
    approved_copy,
    ca_and_signer,
    certificate,
    pem_certs,
    pem_key,
    write,
)

PASSPHRASE = "correct horse battery"
needs_pdfsig = pytest.mark.skipif(not shutil.which("pdfsig"), reason="no poppler pdfsig")


@pytest.fixture
def approved(small_policy: Path, tmp_path: Path) -> Path:
    """The small policy with an approval of exactly its content."""
    return approved_copy(small_policy, tmp_path / "approved.policy.yaml")


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    return write(tmp_path, "passphrase.txt", (PASSPHRASE + "\r\n").encode())


@pytest.fixture
def p12(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "dana.p12"
    assert main(["certificate", "--name", "Dana Approver", "--email", "dana@example.com",
                 "-o", str(path), "--passphrase-file", str(passphrase_file)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {path}: a key and self-signed certificate for Dana Approver" in out
    assert "unknown signer until your organisation trusts this certificate" in out
    return path


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60,
                          check=False).stdout


def one_line_refusal(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("policy-studio "), err
    for word in words:
        assert word in err, err
    return err


def test_the_certificate_file_is_for_its_owner_only_and_never_overwritten(
        p12, passphrase_file, capsys):
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    before = p12.read_bytes()
    assert main(["certificate", "--name", "X", "-o", str(p12),
                 "--passphrase-file", str(passphrase_file)]) == 2
    one_line_refusal(capsys, f"{p12} exists")
    assert p12.read_bytes() == before


@needs_pdfsig
def test_export_signs_with_the_made_certificate(approved, p12, passphrase_file, tmp_path,
                                                capsys):
    target = tmp_path / "small.pdf"
    assert main(["export", str(approved), "-f", "pdf", "-o", str(target),
                 "--sign-pkcs12", str(p12), "--passphrase-file", str(passphrase_file),
                 "--sign-location", "Lyon"]) == 0
    out = capsys.readouterr().out
    assert "signed by Dana Approver (field Approval)" in out
    report = pdfsig(target)
    assert "  - Signature Validation: Signature is Valid.\n" in report
    assert "  - Total document signed\n" in report
    assert "  - Certificate Validation: Certificate issuer is unknown.\n" in report
    content_digest = digest(load_file(approved).policy)
    with target.open("rb") as stream:
        [signature] = PdfFileReader(stream, strict=False).embedded_signatures
        assert signature.sig_object["/Reason"] == (
            f"Approval of policy small_shop 1.0.0, content digest {content_digest}")
        assert signature.sig_object["/Location"] == "Lyon"


@needs_pdfsig
def test_export_signs_with_a_pem_key_whose_passphrase_is_in_the_environment(
        approved, tmp_path, monkeypatch, capsys):
    ca, key, cert = ca_and_signer()
    key_path = write(tmp_path, "key.pem", pem_key(key, b"s3cret-\xc3\xa9"))
    cert_path = write(tmp_path, "chain.pem", pem_certs(cert, ca))
    monkeypatch.setenv("POLICY_STUDIO_KEY_PASSPHRASE", "s3cret-é")
    target = tmp_path / "small.pdf"
    assert main(["export", str(approved), "-f", "pdf", "-o", str(target),
                 "--sign-key", str(key_path), "--sign-cert", str(cert_path)]) == 0
    assert "signed by Casey Counsel" in capsys.readouterr().out
    report = pdfsig(target)
    assert "  - Signer Certificate Common Name: Casey Counsel\n" in report
    assert "  - Signature Validation: Signature is Valid.\n" in report


def test_a_draft_is_not_signed_as_approved(small_policy, p12, passphrase_file, tmp_path,
                                           capsys):
    target = tmp_path / "draft.pdf"
    assert main(["export", str(small_policy), "-f", "pdf", "-o", str(target),
                 "--sign-pkcs12", str(p12), "--passphrase-file", str(passphrase_file)]) == 2
    one_line_refusal(capsys, "only an approved policy's document is signed: this version "
                             "carries no approval of exactly its content")
    assert not target.exists()


def test_an_unsigned_export_carries_no_signature(small_policy, tmp_path):
    target = tmp_path / "small.pdf"
    assert main(["export", str(small_policy), "-f", "pdf", "-o", str(target)]) == 0
    assert b"/ByteRange" not in target.read_bytes()
    assert b"/ContentDigest" not in target.read_bytes()


def bad_credentials(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    _ca, key, cert = ca_and_signer()
    _ca2, _key2, other = ca_and_signer()
    old = certificate("Old", key, start=NOW - dt.timedelta(days=400), days=365)
    key_path = write(tmp_path, "key.pem", pem_key(key))
    garbage = write(tmp_path, "garbage.p12", os.urandom(3000))
    wrong = write(tmp_path, "wrong.txt", b"not it\n")
    protected = write(tmp_path, "protected.pem", pem_key(key, b"right"))
    return {
        "garbage": (["--sign-pkcs12", str(garbage)], f"{garbage}: not a PKCS#12 file"),
        "wrong passphrase": (["--sign-key", str(protected), "--sign-cert",
                              str(write(tmp_path, "c.pem", pem_certs(cert))),
                              "--passphrase-file", str(wrong)],
                             f"{protected}: the passphrase is wrong"),
        "mismatch": (["--sign-key", str(key_path), "--sign-cert",
                      str(write(tmp_path, "other.pem", pem_certs(other)))],
                     "no certificate in it belongs to the private key"),
        "expired": (["--sign-key", str(key_path), "--sign-cert",
                     str(write(tmp_path, "old.pem", pem_certs(old)))],
                    "the certificate expired on"),
        "key alone": (["--sign-key", str(key_path)], "--sign-key and --sign-cert go together"),
        "both kinds": (["--sign-pkcs12", str(garbage), "--sign-key", str(key_path)],
                       "give either --sign-pkcs12 or --sign-key with --sign-cert"),
        "no passphrase": (["--sign-key", str(protected), "--sign-cert", str(key_path)],
                          "the key needs a passphrase: give --passphrase-file FILE or set "
                          "POLICY_STUDIO_KEY_PASSPHRASE (no terminal to ask on)"),
        "passphrase file missing": (["--sign-key", str(protected), "--sign-cert",
                                     str(key_path), "--passphrase-file",
                                     str(tmp_path / "nope")], f"{tmp_path / 'nope'}: cannot"),
    }


@pytest.mark.parametrize("case", ["garbage", "wrong passphrase", "mismatch", "expired",
                                  "key alone", "both kinds", "no passphrase",
                                  "passphrase file missing"])
def test_bad_credentials_are_one_line_and_exit_2_with_nothing_written(
        approved, tmp_path, monkeypatch, capsys, case):
    monkeypatch.delenv("POLICY_STUDIO_KEY_PASSPHRASE", raising=False)
    options, words = bad_credentials(tmp_path)[case]
    target = tmp_path / "out.pdf"
    assert main(["export", str(approved), "-f", "pdf", "-o", str(target), *options]) == 2
    one_line_refusal(capsys, "policy-studio export: error: ", words)
    assert not target.exists()


def test_only_the_pdf_format_is_signed(approved, p12, tmp_path, capsys):
    target = tmp_path / "out.json"
    assert main(["export", str(approved), "-f", "json", "-o", str(target),
                 "--sign-pkcs12", str(p12)]) == 2
    one_line_refusal(capsys, "the json format cannot be signed; --sign-key signs OPA bundles "
                             "(-f opa) and the PDF document (-f pdf)")
    assert not target.exists()


@pytest.mark.parametrize(("args", "words"), [
    (["--name", "x" * 65], "--name: give a name of 1 to 64 characters"),
    (["--name", "A\x1b[31m"], "--name: give a name"),
    (["--name", "Ann \u202egnp.exe"], "--name: give a name"),
    (["--name", "A", "--email", "not an address"], "--email: not an email address"),
    (["--name", "A", "--email", "ü@exämple.com"], "--email: not an email address"),
    (["--name", "A", "--days", "0"], "--days: give 1 to 3650 days"),
])
def test_the_certificate_command_refuses_bad_values(tmp_path, passphrase_file, capsys, args,
                                                    words):
    target = tmp_path / "x.p12"
    assert main(["certificate", *args, "-o", str(target),
                 "--passphrase-file", str(passphrase_file)]) == 2
    one_line_refusal(capsys, words)
    assert not target.exists()


def test_the_certificate_command_wants_a_passphrase_of_eight_characters(tmp_path, capsys):
    short = write(tmp_path, "short.txt", b"1234567\n")
    assert main(["certificate", "--name", "A", "-o", str(tmp_path / "a.p12"),
                 "--passphrase-file", str(short)]) == 2
    one_line_refusal(capsys, "at least 8 characters")


def test_a_prompted_passphrase_must_be_typed_the_same_twice(tmp_path, monkeypatch, capsys):
    # The terminal is the one thing not real here: getpass reads from /dev/tty.
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.delenv("POLICY_STUDIO_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert main(["certificate", "--name", "A", "-o", str(tmp_path / "a.p12")]) == 2
    one_line_refusal(capsys, "the two passphrases differ")
    assert not (tmp_path / "a.p12").exists()


def test_a_child_process_without_a_terminal_says_how_to_give_the_passphrase(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "POLICY_STUDIO_KEY_PASSPHRASE"}
    done = subprocess.run([sys.executable, "-m", "app", "certificate", "--name", "A", "-o",
                           str(tmp_path / "a.p12")], capture_output=True, text=True, cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr == ("policy-studio certificate: error: the key needs a passphrase: give "
                           "--passphrase-file FILE or set POLICY_STUDIO_KEY_PASSPHRASE (no "
                           "terminal to ask on)\n")


@pytest.mark.parametrize(("language", "wrote", "refusal"), [
    ("de", "ein Schlüssel und ein selbstsigniertes Zertifikat für Dana",
     "keine PKCS#12-Datei"),
    ("fr", "une clé et un certificat auto-signé pour Dana",
     "pas un fichier PKCS#12"),
])
def test_the_signing_commands_speak_german_and_french(approved, tmp_path, passphrase_file,
                                                      capsys, language, wrote, refusal):
    path = tmp_path / "dana.p12"
    assert main(["--language", language, "certificate", "--name", "Dana", "-o", str(path),
                 "--passphrase-file", str(passphrase_file)]) == 0
    assert wrote in capsys.readouterr().out
    garbage = write(tmp_path, "garbage.p12", b"\x00" * 100)
    assert main(["--language", language, "export", str(approved), "-f", "pdf", "-o",
                 str(tmp_path / "x.pdf"), "--sign-pkcs12", str(garbage)]) == 2
    one_line_refusal(capsys, refusal)


def test_a_hostile_signer_name_is_escaped_in_the_output(approved, tmp_path, capsys):
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    cert = certificate("Eve\u202e\n<script>alert(1)</script>", key)
    target = tmp_path / "eve.pdf"
    assert main(["export", str(approved), "-f", "pdf", "-o", str(target),
                 "--sign-key", str(write(tmp_path, "eve.pem", pem_key(key))),
                 "--sign-cert", str(write(tmp_path, "eve.crt", pem_certs(cert)))]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("signed by")]
    assert "\u202e" not in out and "<script>alert(1)</script>" in line
    with target.open("rb") as stream:
        [signature] = PdfFileReader(stream, strict=False).embedded_signatures
        assert signature.sig_object["/Name"] == "Eve\u202e\n<script>alert(1)</script>"
