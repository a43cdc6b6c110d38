"""One passphrase reader for every command that unlocks or protects a key.

``approve``, ``keygen``, ``certificate`` and ``export`` (OPA bundle and PDF document) take the
passphrase from ``--passphrase-file`` (its first line), then ``POLICY_STUDIO_KEY_PASSPHRASE``,
then a prompt on a terminal; without any of them, and for a passphrase file that cannot be one,
they say so in the same one line. Real keys, real files, the real command line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from app.cli import main
from app.exporters.pdf.credentials import load_pkcs12
from app.paths import ROOT
from app.storage.signing import generate_key, load_signing_key
from tests.cli.test_approve_cli import READY_POLICY
from tests.exporters.signed_bundles import pem, verify, write_approved
from tests.signing_keys import certificate, pem_certs

PASSPHRASE = "correct horse battery"
VARIABLE = "POLICY_STUDIO_KEY_PASSPHRASE"
COMMANDS = ["approve", "keygen", "certificate", "export-opa", "export-pdf"]
NO_WAY = ("the key needs a passphrase: give --passphrase-file FILE or set "
          "POLICY_STUDIO_KEY_PASSPHRASE (no terminal to ask on)")


class Command:
    """One command that needs the passphrase, set up in ``folder``: its arguments and result."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        self.policy = folder / "shop.policy.yaml"
        self.policy.write_text(READY_POLICY, encoding="utf-8")
        self.output = folder / {"keygen": "new_key", "certificate": "new.p12",
                                "export-opa": "bundle.tar.gz", "export-pdf": "shop.pdf",
                                "approve": "unused"}[name]
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.key_file = folder / ("ana_key" if name == "approve" else "signing.pem")
        if name == "approve":
            generate_key(folder / "ana_key", PASSPHRASE, "ana@example.org")
            self.args = ["approve", str(self.policy), "--name", "Ana", "--role", "DPO",
                         "--date", "2026-05-01", "--key", str(folder / "ana_key")]
        elif name == "keygen":
            self.args = ["keygen", "--file", str(self.output), "--name", "Ana", "--role",
                         "DPO"]
        elif name == "certificate":
            self.args = ["certificate", "--name", "Ana", "-o", str(self.output)]
        else:
            write_approved(self.policy, self.policy)
            key_file = folder / "signing.pem"
            key_file.write_bytes(pem(self.key, PASSPHRASE.encode()))
            self.args = ["export", str(self.policy), "-o", str(self.output),
                         "--sign-key", str(key_file)]
            if name == "export-opa":
                self.args += ["-f", "opa"]
            else:
                cert = folder / "signing.crt"
                cert.write_bytes(pem_certs(certificate("Ana", self.key)))
                self.args += ["-f", "pdf", "--sign-cert", str(cert)]
        self.before = self.policy.read_bytes()

    @property
    def prog(self) -> str:
        return "policy-studio " + self.name.split("-")[0]

    def done_with_the_passphrase(self) -> None:
        """What the command made is protected by (or signed with the key of) PASSPHRASE."""
        if self.name == "approve":
            assert b"signature" in self.policy.read_bytes()
        elif self.name == "keygen":
            assert load_signing_key(self.output, PASSPHRASE)
        elif self.name == "certificate":
            assert load_pkcs12(self.output, lambda: PASSPHRASE.encode()).signer == "Ana"
        elif self.name == "export-opa":
            from tests.cli.test_export_signing_cli import archive_files  # noqa: F401
            verify(self.output.read_bytes(), self.key.public_key())
        else:
            assert b"/ByteRange" in self.output.read_bytes()

    def nothing_done(self) -> None:
        assert not self.output.exists()
        assert self.policy.read_bytes() == self.before


@pytest.fixture(autouse=True)
def no_passphrase_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)


def secret_file(folder: Path, data: bytes, name: str = "secret.txt") -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("name", COMMANDS)
def test_the_file_comes_before_the_variable(name: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    command = Command(name, tmp_path)
    monkeypatch.setenv(VARIABLE, "not the passphrase")
    path = secret_file(tmp_path, (PASSPHRASE + "\r\nsecond line is not read\n").encode())
    assert main([*command.args, "--passphrase-file", path]) == 0, capsys.readouterr().err
    command.done_with_the_passphrase()


@pytest.mark.parametrize("name", COMMANDS)
def test_the_variable_comes_next(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    command = Command(name, tmp_path)
    monkeypatch.setenv(VARIABLE, PASSPHRASE)
    assert main(command.args) == 0, capsys.readouterr().err
    command.done_with_the_passphrase()


@pytest.mark.parametrize("name", COMMANDS)
def test_then_a_terminal_is_asked(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    # The terminal is the one thing not real here: getpass reads from /dev/tty.
    command = Command(name, tmp_path)
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or PASSPHRASE)
    assert main(command.args) == 0, capsys.readouterr().err
    command.done_with_the_passphrase()
    if name in ("keygen", "certificate"):  # a new passphrase is typed twice
        assert prompts == ["Passphrase for the new key: ", "Same passphrase again: "]
    else:
        assert prompts == [f"Passphrase for {command.key_file}: "]


@pytest.mark.parametrize("name", COMMANDS)
def test_without_a_terminal_one_line_names_both_ways(name: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    command = Command(name, tmp_path)
    assert main(command.args) == 2
    assert capsys.readouterr().err == f"{command.prog}: error: {NO_WAY}\n"
    command.nothing_done()


def hostile_files(folder: Path) -> dict[str, tuple[str, str]]:
    """Passphrase files that cannot be one, with what the message says after the file name."""
    return {
        "missing": (str(folder / "nope.txt"), ": cannot read the passphrase file ("),
        "folder": (str(folder), ": cannot read the passphrase file ("),
        "empty": (secret_file(folder, b"", "empty.txt"), ": the first line is empty"),
        "blank first line": (secret_file(folder, b"\r\n" + PASSPHRASE.encode(), "blank.txt"),
                             ": the first line is empty"),
        "huge": (secret_file(folder, b"a" * (1 << 20), "huge.txt"),
                 ": too long for a passphrase file (more than 4096 bytes)"),
        "endless": ("/dev/zero", ": too long for a passphrase file"),
        "NUL": (secret_file(folder, PASSPHRASE.encode() + b"\0\n", "nul.txt"),
                ": not a passphrase file (one line of UTF-8 text)"),
        "not UTF-8": (secret_file(folder, b"\xff\xfe" + PASSPHRASE.encode("utf-16-le"),
                                   "utf16.txt"),
                      ": not a passphrase file (one line of UTF-8 text)"),
        "bidi name": (secret_file(folder, b"", "secret\u202e.txt"), ": the first line is empty"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "blank first line", "huge",
                                  "endless", "NUL", "not UTF-8", "bidi name"])
@pytest.mark.parametrize("name", COMMANDS)
def test_a_hostile_passphrase_file_is_refused_in_one_line_naming_it(
        name: str, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    command = Command(name, tmp_path)
    monkeypatch.setenv(VARIABLE, PASSPHRASE)  # the file, once given, is the one source
    path, said = hostile_files(tmp_path)[case]
    assert main([*command.args, "--passphrase-file", path]) == 2
    error = capsys.readouterr().err
    shown = path.replace("\u202e", "\\u202e")
    assert error.startswith(f"{command.prog}: error: {shown}{said}"), error
    assert error.count("\n") == 1 and "Traceback" not in error and "\u202e" not in error
    command.nothing_done()


def test_export_opa_reads_the_passphrase_file_in_a_script(tmp_path: Path) -> None:
    """As CI runs it: a fresh process, no terminal, no variable, the old option names."""
    command = Command("export-opa", tmp_path)
    args = [("--signing-key" if arg == "--sign-key" else arg) for arg in command.args[1:]]
    env = {key: value for key, value in os.environ.items() if key != VARIABLE}
    done = subprocess.run(
        [sys.executable, "-m", "app", "export", *args, "--signing-keyid", "ci",
         "--passphrase-file", secret_file(tmp_path, PASSPHRASE.encode() + b"\n")],
        capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
        timeout=120)
    assert done.returncode == 0, done.stderr
    assert "signed with key id ci (ES256)" in done.stdout
    assert verify(command.output.read_bytes(), command.key.public_key())["keyid"] == "ci"


def test_a_variable_that_is_not_utf8_text_is_refused(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    command = Command("export-opa", tmp_path)
    monkeypatch.setenv(VARIABLE, "caf\udce9")  # the Latin-1 byte 0xE9, as Python keeps it
    assert main(command.args) == 2
    assert capsys.readouterr().err == (
        "policy-studio export: error: POLICY_STUDIO_KEY_PASSPHRASE is not UTF-8 text\n")
    command.nothing_done()


@pytest.mark.parametrize("language, empty, misfit", [
    ("de", "die erste Zeile ist leer; sie sollte die Passphrase enthalten",
     "--sign-cert gehört zum PDF-Dokument (-f pdf); ein OPA-Bundle wird mit --sign-key allein "
     "signiert"),
    ("fr", "la première ligne est vide ; elle devrait contenir la phrase secrète",
     "--sign-cert va avec le document PDF (-f pdf) ; un bundle OPA est signé avec --sign-key "
     "seul"),
])
def test_the_refusals_speak_german_and_french(language: str, empty: str, misfit: str,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    command = Command("export-opa", tmp_path)
    path = secret_file(tmp_path, b"")
    assert main(["--language", language, *command.args, "--passphrase-file", path]) == 2
    colon = " :" if language == "fr" else ":"
    assert capsys.readouterr().err == f"policy-studio export: error: {path}{colon} {empty}\n"
    assert main(["--language", language, *command.args, "--sign-cert", path]) == 2
    assert capsys.readouterr().err == f"policy-studio export: error: {misfit}\n"
    command.nothing_done()


def test_a_pipe_is_read_as_a_passphrase_file(tmp_path: Path) -> None:
    """``--passphrase-file <(pass show key)``: the shell hands over a pipe, not a file."""
    command = Command("export-pdf", tmp_path)
    read, write = os.pipe()
    os.write(write, PASSPHRASE.encode() + b"\nignored\n")
    os.close(write)
    env = {key: value for key, value in os.environ.items() if key != VARIABLE}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", *command.args, "--passphrase-file", f"/dev/fd/{read}"],
            capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
            pass_fds=(read,), timeout=120)
    finally:
        os.close(read)
    assert done.returncode == 0, done.stderr
    command.done_with_the_passphrase()
