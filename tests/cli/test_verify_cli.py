"""`policy-studio keygen`, `approve --key` and `verify`, run as real processes on real files:
the tamper cases of issue 16 (a character changed, an approval moved to another policy or
replayed, a signer removed or expired) fail with one line each, and usage mistakes exit 2."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import ROOT
from app.storage.loader import load_file
from tests.cli.test_approve_cli import READY_POLICY

PASSPHRASE = "a long passphrase"


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGS`` in a fresh process (no passphrase or signers from outside)."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("POLICY_STUDIO_KEY") and key != (
                       "POLICY_STUDIO_ALLOWED_SIGNERS")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env=environment,
                          stdin=subprocess.DEVNULL)


def keygen(folder: Path, name: str, *roles: str, principal: str) -> tuple[Path, str]:
    """A new key in ``folder`` and its allowed_signers line (as keygen prints it)."""
    secret = folder / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key = folder / f"{principal}_key"
    done = run("keygen", "--file", key, "--name", name, *[f"--role={r}" for r in roles],
               "--principal", principal, "--passphrase-file", secret)
    assert done.returncode == 0, done.stderr
    return key, done.stdout.splitlines()[-1]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, str]:
    """A ready policy, Ana's key and an allowed_signers file beside the policy naming her."""
    policy = tmp_path / "shop.policy.yaml"
    policy.write_text(READY_POLICY, encoding="utf-8")
    key, line = keygen(tmp_path, "Ana Diaz", "DPO", "Legal", principal="ana@example.org")
    (tmp_path / "allowed_signers").write_text(f"# approvers\n{line}\n", encoding="utf-8")
    return policy, key, line


def approve(policy: Path, key: Path, name: str = "Ana Diaz", role: str = "DPO",
            date: str = "2026-05-01") -> subprocess.CompletedProcess[str]:
    done = run("approve", policy, "--name", name, "--role", role, "--date", date, "--key", key,
               env={"POLICY_STUDIO_KEY_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    return done


def test_keygen_prints_a_line_ssh_keygen_and_we_read(setup: tuple[Path, Path, str]) -> None:
    policy, key, line = setup
    assert re.fullmatch(r'ana@example\.org namespaces="policy-studio-approval" ssh-ed25519 '
                        r'\S+ name="Ana Diaz" roles="DPO,Legal"', line)
    assert key.stat().st_mode & 0o777 == 0o600
    assert run("keygen", "--file", key, "--name", "X", "--role", "DPO", env={
        "POLICY_STUDIO_KEY_PASSPHRASE": "p"}).returncode == 2  # never over an existing key
    done = approve(policy, key)
    assert "signed with ssh-ed25519 " in done.stdout
    verified = run("verify", policy)
    assert (verified.returncode, verified.stdout) == (0, f"{policy}: 1 approval verified\n")


def test_one_character_changed_after_approval_fails(setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    approve(policy, key)
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("Monthly news by email.", "Monthly news by emall."),
                      encoding="utf-8")
    done = run("verify", policy)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{policy}: approval 1 (Ana Diaz, DPO, 2026-05-01): the content changed after this "
        "approval",
        f"{policy}: the status is approved, but the latest approval is of other content"]


def test_an_edited_approval_record_fails(setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    approve(policy, key)
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("role: DPO", "role: Legal"), encoding="utf-8")
    done = run("verify", policy)
    assert done.returncode == 1
    assert done.stdout == (f"{policy}: approval 1 (Ana Diaz, Legal, 2026-05-01): the signature "
                           "does not match the record (edited after signing)\n")


def test_an_approval_block_moved_to_another_policy_fails(setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    approve(policy, key)
    approved = policy.read_text(encoding="utf-8")
    block = approved[approved.index("  approvals:"):approved.index("  controller:")]
    other = policy.with_name("other.policy.yaml")
    other.write_text(READY_POLICY.replace("id: small_shop", "id: other_shop").replace(
        "  controller:", block + "  controller:"), encoding="utf-8")
    done = run("verify", other)
    assert done.returncode == 1
    assert (f"{other}: approval 1 (Ana Diaz, DPO, 2026-05-01): the approval was signed for "
            "small_shop version 1.0.0, not for this policy and version") in done.stdout
    bumped = policy.with_name("bumped.policy.yaml")  # the same policy's next version
    assert approved.count("\n  version: 1.0.0\n") == 1
    bumped.write_text(approved.replace("\n  version: 1.0.0\n", "\n  version: 1.1.0\n"),
                      encoding="utf-8")
    assert "signed for small_shop version 1.0.0" in run("verify", bumped).stdout


def test_a_replayed_older_approval_fails(setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    approve(policy, key, date="2026-05-01")
    approve(policy, key, role="Legal", date="2026-05-02")
    text = policy.read_text(encoding="utf-8")
    start = text.index("    - name: Ana Diaz")
    first = text[start:text.index("    - name: Ana Diaz", start + 1)]
    policy.write_text(text.replace("  controller:", first + "  controller:"), encoding="utf-8")
    assert len(load_file(policy).policy.policy.approvals) == 3
    done = run("verify", policy)
    assert done.returncode == 1
    assert done.stdout == (f"{policy}: approval 3 (Ana Diaz, DPO, 2026-05-01): the approval was "
                           "replayed or moved: it was signed to follow another approval in "
                           "the list\n")


def test_a_removed_or_expired_signer_is_unverified(setup: tuple[Path, Path, str]) -> None:
    policy, key, line = setup
    approve(policy, key)
    signers = policy.with_name("allowed_signers")
    signers.write_text("# Ana left; her key was removed\n", encoding="utf-8")
    done = run("verify", policy)
    assert (done.returncode, done.stdout) == (1, (
        f"{policy}: approval 1 (Ana Diaz, DPO, 2026-05-01): unknown signer: the key is not in "
        "the allowed signers (or not for approvals)\n"))
    signers.write_text(line.replace('namespaces="policy-studio-approval"',
                                    'namespaces="policy-studio-approval",valid-before="20260101"'
                                    ) + "\n", encoding="utf-8")
    assert "the signer's key is not valid now" in run("verify", policy).stdout
    signers.write_text(line.replace('roles="DPO,Legal"', 'roles="Legal"') + "\n",
                       encoding="utf-8")
    assert "the signer is not allowed to approve as 'DPO'" in run("verify", policy).stdout


def test_an_unsigned_approval_is_reported(setup: tuple[Path, Path, str]) -> None:
    policy, _, _ = setup
    assert run("approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--date",
               "2026-05-01").returncode == 0
    done = run("verify", policy)
    assert (done.returncode, done.stdout) == (
        1, f"{policy}: approval 1 (Ana Diaz, DPO, 2026-05-01): missing signature\n")


def test_where_verify_finds_the_allowed_signers(setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    approve(policy, key)
    elsewhere = policy.with_name("team_signers")
    policy.with_name("allowed_signers").rename(elsewhere)
    done = run("verify", policy)
    assert done.returncode == 2 and "no allowed signers file" in done.stderr
    assert run("verify", policy, "--allowed-signers", elsewhere).returncode == 0
    assert run("verify", policy, env={"POLICY_STUDIO_ALLOWED_SIGNERS": str(elsewhere)}
               ).returncode == 0
    missing = run("verify", policy, "--allowed-signers", policy.with_name("nope"))
    assert missing.returncode == 2 and missing.stderr == f"{policy.with_name('nope')}:1:1: " \
                                                         "error: no such file\n"


def test_hostile_input_gets_a_clear_message(setup: tuple[Path, Path, str]) -> None:
    policy, key, line = setup
    approve(policy, key)
    signers = policy.with_name("allowed_signers")
    signers.write_text(f"{line}\nbob@example.org ssh-ed25519 not-base64!\n", encoding="utf-8")
    done = run("verify", policy)
    assert done.returncode == 2
    assert done.stderr == (f"{signers}:2:1: error: the ssh-ed25519 key is damaged or of a type "
                           "that is not supported\n")
    signers.write_text(line + "\n", encoding="utf-8")
    text = policy.read_text(encoding="utf-8")
    garbage = re.sub(r'sshsig: ".*?-----\\n"', lambda _: 'sshsig: "<script>\\u202e garbage"',
                     text, flags=re.S)
    policy.write_text(garbage, encoding="utf-8")
    done = run("verify", policy)
    assert (done.returncode, done.stdout) == (1, (
        f"{policy}: approval 1 (Ana Diaz, DPO, 2026-05-01): the signature is not an armored "
        "SSH signature\n"))
    policy.write_text(re.sub(r'sshsig: ".*?"\n', lambda _: 'sshsig: "' + "A" * 30_000 + '"\n',
                             garbage, flags=re.S), encoding="utf-8")
    done = run("verify", policy)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{policy}:21:")
    assert "field SSH signature: the text is too long" in done.stderr
    name = policy.with_name("evil.policy.yaml")
    name.write_text(text.replace("name: Ana Diaz", 'name: "Ana\\u202e\\x1b[31m"'),
                    encoding="utf-8")
    done = run("verify", name)
    assert done.returncode == 1 and "\x1b" not in done.stdout and "\u202e" not in done.stdout


def test_a_wrong_passphrase_or_missing_key_leaves_the_file_alone(
        setup: tuple[Path, Path, str]) -> None:
    policy, key, _ = setup
    before = policy.read_text(encoding="utf-8")
    wrong = run("approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--key", key,
                env={"POLICY_STUDIO_KEY_PASSPHRASE": "wrong"})
    assert wrong.returncode == 2
    assert wrong.stderr == (f"policy-studio approve: error: {key}: the passphrase is wrong or "
                            "the key is damaged\n")
    none = run("approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--key", key)
    assert none.returncode == 2 and "--passphrase-file" in none.stderr
    gone = run("approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--key",
               policy.with_name("no_key"))
    assert gone.returncode == 2 and "no such file" in gone.stderr
    assert policy.read_text(encoding="utf-8") == before


def test_verify_speaks_german_and_french(setup: tuple[Path, Path, str]) -> None:
    policy, _, _ = setup
    assert run("approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--date",
               "2026-05-01").returncode == 0
    german = run("verify", policy, "--language", "de")
    assert german.stdout == f"{policy}: Genehmigung 1 (Ana Diaz, DPO, 2026-05-01): Signatur fehlt\n"
    french = run("verify", policy, "--language", "fr")
    assert "signature manquante" in french.stdout and "approbation 1" in french.stdout


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen is not installed")
def test_a_security_team_checks_an_approval_with_ssh_keygen(setup: tuple[Path, Path, str]
                                                            ) -> None:
    policy, key, _ = setup
    approve(policy, key)
    statement = run("verify", policy, "--statement", "1")
    signature = run("verify", policy, "--signature", "1")
    assert statement.returncode == signature.returncode == 0
    assert signature.stdout.startswith("-----BEGIN SSH SIGNATURE-----\n")
    sig = policy.with_name("approval-1.sig")
    sig.write_text(signature.stdout, encoding="ascii")
    command = [shutil.which("ssh-keygen") or "", "-Y", "verify", "-f",
               str(policy.with_name("allowed_signers")), "-I", "ana@example.org", "-n",
               "policy-studio-approval", "-s", str(sig)]
    checked = subprocess.run(command, input=statement.stdout.encode(), capture_output=True,
                             timeout=60)
    assert checked.returncode == 0, checked.stderr
    forged = subprocess.run(command, input=statement.stdout.replace("DPO", "CEO").encode(),
                            capture_output=True, timeout=60)
    assert forged.returncode != 0
    missing = run("verify", policy, "--statement", "2")
    assert (missing.returncode, missing.stderr) == (
        2, "policy-studio verify: error: the policy has no signed approval 2\n")
    assert run("verify", policy, "--signature", "0").returncode == 2


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen is not installed")
def test_a_users_own_ssh_key_signs(setup: tuple[Path, Path, str]) -> None:
    policy, _, _ = setup
    own = policy.with_name("id_ed25519")
    subprocess.run([shutil.which("ssh-keygen") or "", "-q", "-t", "ed25519", "-N", "", "-f",
                    str(own)], check=True, timeout=60)
    public = own.with_name("id_ed25519.pub").read_text(encoding="ascii").split()
    policy.with_name("allowed_signers").write_text(
        f'ana@example.org {public[0]} {public[1]} name="Ana Diaz" roles="DPO"\n',
        encoding="utf-8")
    approve(policy, own)
    assert run("verify", policy).returncode == 0

