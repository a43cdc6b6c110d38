"""`policy-studio export -f opa --sign-key`: signed bundles end to end, refusals in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.cli import main
from app.domain.canonical import digest
from app.exporters.opa import MANIFEST_NAME
from app.paths import ROOT
from app.storage.loader import load_file
from tests.exporters.signed_bundles import (
    archive_files,
    new_ec,
    new_rsa,
    pem,
    verify,
    write_approved,
)
from tests.exporters.test_opa import EXAMPLE

PROG = "policy-studio export: error: "


@pytest.fixture(scope="module")
def rsa_key() -> Any:
    return new_rsa()


@pytest.fixture
def approved_file(tmp_path: Path) -> Path:
    return write_approved(EXAMPLE, tmp_path / "northwind.policy.yaml")


def key_file(tmp_path: Path, key: Any, password: bytes | None = None) -> str:
    path = tmp_path / "signing.pem"
    path.write_bytes(pem(key, password))
    return str(path)


def export(*args: str) -> int:
    return main(["export", *args])


def test_an_approved_policy_is_signed(approved_file: Path, tmp_path: Path, rsa_key: Any,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bundle.tar.gz"
    assert export(str(approved_file), "-f", "opa", "-o", str(target),
                  "--sign-key", key_file(tmp_path, rsa_key)) == 0
    output = capsys.readouterr().out
    assert "signed with key id default (RS256)" in output
    assert "--verification-key PUBLIC.pem --signing-alg RS256" in output
    payload = verify(target.read_bytes(), rsa_key.public_key())
    assert payload["header"]["kid"] == "default"
    manifest = json.loads(dict(archive_files(target.read_bytes()))[MANIFEST_NAME])
    assert manifest["revision"] == digest(load_file(approved_file).policy)
    assert f"digest: {manifest['revision']}" in output


def test_an_unapproved_policy_is_refused_unless_allowed(
        tmp_path: Path, rsa_key: Any, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bundle.tar.gz"
    key = key_file(tmp_path, rsa_key)
    assert export(str(EXAMPLE), "-f", "opa", "-o", str(target), "--sign-key", key) == 1
    error = capsys.readouterr().err
    assert error == (PROG + "the policy carries no approval of exactly this content, so its "
                     "bundle is not signed; approve it first (policy-studio approve) or give "
                     "--allow-unapproved\n")
    assert not target.exists()
    assert export(str(EXAMPLE), "-f", "opa", "-o", str(target), "--sign-key", key,
                  "--allow-unapproved", "--sign-key-id", "ci") == 0
    assert "signed although no approval" in capsys.readouterr().out
    assert verify(target.read_bytes(), rsa_key.public_key())["keyid"] == "ci"


def test_unsigned_export_is_as_before(tmp_path: Path) -> None:
    target = tmp_path / "bundle.tar.gz"
    assert export(str(EXAMPLE), "-f", "opa", "-o", str(target)) == 0
    assert ".signatures.json" not in dict(archive_files(target.read_bytes()))


@pytest.mark.parametrize("extra, said", [
    (["-f", "json", "--sign-key", "{key}"], "the json format cannot be signed; --sign-key "
     "signs OPA bundles (-f opa) and the PDF document (-f pdf)"),
    (["-f", "opa", "--sign-key-id", "x"], "--sign-key-id goes with --sign-key"),
    (["-f", "opa", "--signing-keyid", "x"], "--sign-key-id goes with --sign-key"),
    (["-f", "opa", "--allow-unapproved"], "--allow-unapproved goes with --sign-key"),
    (["-f", "opa", "--sign-key", "{key}", "--sign-cert", "{key}"],
     "--sign-cert goes with the PDF document (-f pdf); an OPA bundle is signed with "
     "--sign-key alone"),
    (["-f", "opa", "--sign-pkcs12", "{key}"], "--sign-pkcs12 goes with the PDF document"),
    (["-f", "opa", "--sign-key", "{key}", "--sign-location", "Berlin"],
     "--sign-location goes with the PDF document"),
    (["-f", "pdf", "--sign-key", "{key}", "--sign-cert", "{key}", "--sign-key-id", "x"],
     "--sign-key-id goes with OPA bundles (-f opa), not with the PDF document"),
    (["-f", "pdf", "--signing-key", "{key}", "--sign-cert", "{key}", "--signing-keyid", "x"],
     "--sign-key-id goes with OPA bundles (-f opa), not with the PDF document"),
    (["-f", "pdf", "--sign-pkcs12", "{key}", "--allow-unapproved"],
     "--allow-unapproved goes with OPA bundles (-f opa), not with the PDF document"),
    (["-f", "pdf", "--sign-location", "Berlin"],
     "--sign-location goes with --sign-key or --sign-pkcs12"),
    (["-f", "pdf", "--passphrase-file", "{key}"],
     "--passphrase-file goes with --sign-key or --sign-pkcs12"),
    (["-f", "opa", "--passphrase-file", "{key}"], "--passphrase-file goes with --sign-key"),
    (["-f", "json", "--passphrase-file", "{key}"], "the json format cannot be signed"),
])
def test_signing_options_out_of_place(extra: list[str], said: str, tmp_path: Path,
                                      rsa_key: Any, capsys: pytest.CaptureFixture[str]) -> None:
    key = key_file(tmp_path, rsa_key)
    args = [value.replace("{key}", key) for value in extra]
    assert export(str(EXAMPLE), "-o", str(tmp_path / "out"), *args) == 2
    error = capsys.readouterr().err
    assert error.startswith(PROG) and said in error and error.count("\n") == 1


def bad_keys(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Key files that cannot sign, with what the message must say."""
    def put(name: str, data: bytes) -> str:
        (tmp_path / name).write_bytes(data)
        return str(tmp_path / name)

    return {
        "garbage": (put("garbage.pem", os.urandom(4096)), "not a PEM private key"),
        "huge": (put("huge.pem", b"-----BEGIN PRIVATE KEY-----\n" + b"\0" * (1 << 20)),
                 "too large for a private key"),
        "ed25519": (put("ed.pem", pem(ed25519.Ed25519PrivateKey.generate())),
                    "keys of type Ed25519 cannot sign an OPA bundle"),
        "folder": (str(tmp_path), "not a regular file"),
        "bidi": (put("evil\u202e.pem", b"x"), "not a PEM private key"),
    }


@pytest.mark.parametrize("case", ["garbage", "huge", "ed25519", "folder", "bidi"])
def test_bad_keys_exit_2_in_one_line(case: str, approved_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, said = bad_keys(tmp_path)[case]
    target = tmp_path / "bundle.tar.gz"
    assert export(str(approved_file), "-f", "opa", "-o", str(target),
                  "--sign-key", path) == 2
    error = capsys.readouterr().err
    assert error.startswith(PROG) and said in error and error.count("\n") == 1
    assert "\u202e" not in error and "Traceback" not in error
    assert not target.exists()


def run(*args: str, passphrase: str | None) -> subprocess.CompletedProcess[str]:
    """``python -m app export`` in a fresh process, standard input not a terminal."""
    env = {key: value for key, value in os.environ.items()
           if key != "POLICY_STUDIO_KEY_PASSPHRASE"}
    if passphrase is not None:
        env["POLICY_STUDIO_KEY_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app", "export", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_an_encrypted_key_takes_its_passphrase_from_the_environment(
        approved_file: Path, tmp_path: Path) -> None:
    key = new_ec()
    path = key_file(tmp_path, key, b"s3cret passphrase")
    target = tmp_path / "bundle.tar.gz"
    args = (str(approved_file), "-f", "opa", "-o", str(target), "--sign-key", path)
    asked = run(*args, passphrase=None)
    assert asked.returncode == 2 and not target.exists()
    assert asked.stderr == (f"{PROG}the key needs a passphrase: give --passphrase-file FILE or "
                            "set POLICY_STUDIO_KEY_PASSPHRASE (no terminal to ask on)\n")
    wrong = run(*args, passphrase="guess")
    assert wrong.returncode == 2 and wrong.stderr == (
        f"{PROG}{path}: wrong passphrase for the private key\n")
    done = run(*args, passphrase="s3cret passphrase")
    assert done.returncode == 0, done.stderr
    assert "signed with key id default (ES256)" in done.stdout
    verify(target.read_bytes(), key.public_key())


@pytest.mark.parametrize("language, said", [
    ("de", "Schlüssel vom Typ Ed25519 können kein OPA-Bundle signieren"),
    ("fr", "les clés de type Ed25519 ne peuvent pas signer un bundle OPA"),
    ("en", "keys of type Ed25519 cannot sign an OPA bundle"),
])
def test_key_refusals_in_the_reader_language(language: str, said: str, approved_file: Path,
                                             tmp_path: Path) -> None:
    path = tmp_path / "ed.pem"
    path.write_bytes(pem(ed25519.Ed25519PrivateKey.generate()))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--language", language, "export", str(approved_file),
         "-f", "opa", "-o", str(tmp_path / "b.tar.gz"), "--sign-key", str(path)],
        capture_output=True, text=True, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 2 and said in done.stderr and done.stderr.count("\n") == 1


def test_the_output_never_overwrites_the_signing_key(approved_file: Path, tmp_path: Path,
                                                     rsa_key: Any,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    key = key_file(tmp_path, rsa_key)
    before = Path(key).read_bytes()
    assert export(str(approved_file), "-f", "opa", "-o", key, "--sign-key", key) == 2
    assert "is an input of this command" in capsys.readouterr().err
    assert Path(key).read_bytes() == before


def test_the_readme_signing_command_parses() -> None:
    """The README's "Signed OPA bundles" command is one the command line accepts."""
    import re
    import shlex

    from app.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("**Signed OPA bundles.**")
    found = re.search(r"`(policy-studio export [^`]*)`", readme[start:].replace("\n", " "))
    assert found is not None
    args = build_parser().parse_args(shlex.split(found.group(1))[1:])
    assert args.format == "opa" and args.sign_key == "key.pem"


def test_the_earlier_option_names_still_sign_but_are_not_shown(
        approved_file: Path, tmp_path: Path, rsa_key: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    """CI scripts written for --signing-key and --signing-keyid keep working."""
    target = tmp_path / "bundle.tar.gz"
    assert export(str(approved_file), "-f", "opa", "-o", str(target),
                  "--signing-key", key_file(tmp_path, rsa_key), "--signing-keyid", "ci") == 0
    assert "signed with key id ci (RS256)" in capsys.readouterr().out
    assert verify(target.read_bytes(), rsa_key.public_key())["keyid"] == "ci"
    with pytest.raises(SystemExit):
        export("--help")
    shown = capsys.readouterr().out
    assert "--sign-key KEY_FILE" in shown and "--sign-key-id ID" in shown
    assert "--signing-key" not in shown and "--signing-keyid" not in shown
