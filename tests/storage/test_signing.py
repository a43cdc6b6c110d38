"""Signed approvals (app.storage.signing): each verdict and its reason, with real keys made by
ssh-keygen and by the cryptography package, real allowed_signers files, and ssh-keygen itself
checking our signatures and making ones we check."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from app.domain.models import Approval, Policy
from app.domain.workflow import approval_edit
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes
from app.storage.signing import (
    NAMESPACE,
    Problem,
    SigningKey,
    SigningKeyError,
    State,
    approval_states,
    find_allowed_signers,
    generate_key,
    load_allowed_signers,
    load_signing_key,
    needs_passphrase,
    sign_approval,
    signed_statement,
    status_problem,
)
from app.storage.signing.allowed_signers import ENV_VARIABLE, signer_line
from tests.small_policy import UI_POLICY

SSH_KEYGEN = shutil.which("ssh-keygen")
needs_ssh_keygen = pytest.mark.skipif(SSH_KEYGEN is None, reason="ssh-keygen is not installed")
DAY = dt.date(2026, 5, 1)
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def policy(text: bytes = UI_POLICY) -> Policy:
    return load_bytes(text).policy


def key(tmp_path: Path, kind: str = "ed25519", name: str = "ana") -> SigningKey:
    """A fresh unencrypted OpenSSH private key file, read back."""
    private = {"ed25519": lambda: ed25519.Ed25519PrivateKey.generate(),
               "ecdsa": lambda: ec.generate_private_key(ec.SECP256R1()),
               "rsa": lambda: rsa.generate_private_key(65537, 2048)}[kind]()
    path = tmp_path / f"{name}_{kind}"
    path.write_bytes(private.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()))
    path.chmod(0o600)
    return load_signing_key(path)


def signers_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "allowed_signers"
    path.write_text("# who may approve\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(signing: SigningKey, principal: str = "ana@example.org", name: str = "Ana Diaz",
         roles: str = "DPO", options: str = 'namespaces="policy-studio-approval"') -> str:
    return f'{principal} {options} {signing.public_line()} name="{name}" roles="{roles}"'


def approve(target: Policy, signing: SigningKey | None, name: str = "Ana Diaz",
            role: str = "DPO") -> Approval:
    """Record a (signed) approval in ``target`` as the approve command does."""
    sign = (lambda approval: sign_approval(target, approval, signing)) if signing else None
    approval, edit = approval_edit(target, name, role, DAY, sign)
    edit.apply(target)
    return approval


def verdicts(target: Policy, signers: Path | None) -> list[tuple[State, tuple[Problem, ...]]]:
    loaded = load_allowed_signers(signers) if signers else None
    return [(s.state, s.problems) for s in approval_states(target, loaded, NOW)]


@pytest.mark.parametrize("kind", ["ed25519", "ecdsa", "rsa"])
def test_a_signed_approval_verifies(tmp_path: Path, kind: str) -> None:
    signing = key(tmp_path, kind)
    target = policy()
    approve(target, signing)
    [state] = approval_states(target, load_allowed_signers(signers_file(tmp_path, line(
        signing))), NOW)
    assert (state.state, state.problems, state.signer and state.signer.name) == (
        State.VERIFIED, (), "Ana Diaz")
    assert "allowed signer" in state.reason
    assert status_problem(target) is None


def test_one_character_changed_after_approval_is_broken(tmp_path: Path) -> None:
    signing = key(tmp_path)
    target = policy()
    approve(target, signing)
    changed = policy(UI_POLICY.replace(b"Precise location", b"Precise locatiom"))
    changed.policy.approvals = target.policy.approvals
    changed.policy.status = target.policy.status
    signers = signers_file(tmp_path, line(signing))
    assert verdicts(changed, signers) == [(State.BROKEN, (Problem.CONTENT_CHANGED,))]
    assert "approved" in (status_problem(changed) or "")


def test_an_edited_record_is_broken(tmp_path: Path) -> None:
    signing = key(tmp_path)
    target = policy()
    approve(target, signing)
    target.policy.approvals = [target.policy.approvals[0].model_copy(update={"role": "CEO"})]
    [state] = approval_states(target, load_allowed_signers(signers_file(tmp_path, line(
        signing))), NOW)
    assert (state.state, state.problems) == (State.BROKEN, (Problem.RECORD_CHANGED,))
    assert state.reason == "the signature does not match the record (edited after signing)"


def test_an_approval_moved_to_another_policy_is_broken(tmp_path: Path) -> None:
    signing = key(tmp_path)
    source = policy()
    approve(source, signing)
    other = policy(UI_POLICY.replace(b"id: ui_test", b"id: other_policy"))
    other.policy.approvals = source.policy.approvals
    [state] = approval_states(other, load_allowed_signers(signers_file(tmp_path, line(
        signing))), NOW)
    assert state.state is State.BROKEN
    assert state.problems == (Problem.OTHER_POLICY, Problem.CONTENT_CHANGED)
    assert "signed for ui_test version 0.1.0" in state.reason


def test_a_replayed_approval_is_broken(tmp_path: Path) -> None:
    ana, bo = key(tmp_path), key(tmp_path, name="bo")
    target = policy()
    first = approve(target, ana)
    approve(target, bo, name="Bo Berg", role="Legal")  # a later decision by someone else
    target.policy.approvals = [*target.policy.approvals, first]  # the older one replayed
    signers = signers_file(tmp_path, line(ana), line(bo, "bo@example.org", "Bo Berg", "Legal"))
    assert verdicts(target, signers) == [(State.VERIFIED, ()), (State.VERIFIED, ()),
                                         (State.BROKEN, (Problem.REPLAYED,))]
    target.policy.approvals = list(reversed(target.policy.approvals[:2]))  # reordered
    assert [state for state, _ in verdicts(target, signers)] == [State.BROKEN, State.BROKEN]


def test_unknown_revoked_expired_and_wrong_role_signers_are_unverified(tmp_path: Path) -> None:
    signing, stranger = key(tmp_path), key(tmp_path, name="eve")
    target = policy()
    approve(target, signing)
    cases = {
        Problem.UNKNOWN_SIGNER: line(stranger),  # Ana's key removed (revoked)
        Problem.SIGNER_EXPIRED: line(signing, options='valid-before="20260515Z"'),
        Problem.ROLE_NOT_ALLOWED: line(signing, roles="Legal,Marketing"),
        Problem.NOT_THE_APPROVER: line(signing, name="Someone Else"),
    }
    for problem, text in cases.items():
        signers = signers_file(tmp_path, text)
        assert verdicts(target, signers) == [(State.UNVERIFIED, (problem,))], text
    wildcard = signers_file(tmp_path, line(signing, roles="*", options='valid-after="20260101"'))
    assert verdicts(target, wildcard) == [(State.VERIFIED, ())]
    assert verdicts(target, None) == [(State.UNVERIFIED, (Problem.NO_ALLOWED_SIGNERS,))]


def test_an_unsigned_approval_is_missing_its_signature(tmp_path: Path) -> None:
    target = policy()
    approve(target, None)
    signers = signers_file(tmp_path, line(key(tmp_path)))
    assert verdicts(target, signers) == [(State.UNVERIFIED, (Problem.MISSING_SIGNATURE,))]


@pytest.mark.parametrize("text", ["garbage", "-----BEGIN SSH SIGNATURE-----\n!!\n"
                                  "-----END SSH SIGNATURE-----", "x" * 19_000,
                                  "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n"
                                  "-----END SSH SIGNATURE-----"])
def test_a_damaged_signature_is_broken_with_a_reason(tmp_path: Path, text: str) -> None:
    signing = key(tmp_path)
    target = policy()
    approve(target, signing)
    block = target.policy.approvals[0].signature
    assert block is not None
    block.sshsig = text
    [state] = approval_states(target, load_allowed_signers(signers_file(tmp_path, line(
        signing))), NOW)
    assert (state.state, state.problems) == (State.BROKEN, (Problem.DAMAGED_SIGNATURE,))
    assert "signature" in state.reason


def test_approvals_of_earlier_content_stay_verified_history(tmp_path: Path) -> None:
    signing = key(tmp_path)
    target = policy()
    approve(target, signing)
    edited = policy(UI_POLICY.replace(b"Precise location", b"Exact location"))
    edited.policy.approvals = target.policy.approvals
    approve(edited, signing)
    signers = signers_file(tmp_path, line(signing))
    assert verdicts(edited, signers) == [(State.VERIFIED, ()), (State.VERIFIED, ())]
    assert status_problem(edited) is None


@needs_ssh_keygen
@pytest.mark.parametrize("kind", ["ed25519", "ecdsa", "rsa"])
def test_ssh_keygen_verifies_our_signature(tmp_path: Path, kind: str) -> None:
    signing = key(tmp_path, kind)
    target = policy()
    approval = approve(target, signing)
    assert approval.signature is not None
    (tmp_path / "approval.sig").write_text(approval.signature.sshsig, encoding="ascii")
    signers = signers_file(tmp_path, line(signing))
    message = signed_statement(approval)
    done = subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", str(signers), "-I",
                           "ana@example.org", "-n", NAMESPACE, "-s",
                           str(tmp_path / "approval.sig")], input=message,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert b'Good "policy-studio-approval" signature for ana@example.org' in done.stdout
    tampered = subprocess.run([SSH_KEYGEN, "-Y", "verify", "-f", str(signers), "-I",
                               "ana@example.org", "-n", NAMESPACE, "-s",
                               str(tmp_path / "approval.sig")], input=message + b" ",
                              capture_output=True, timeout=60)
    assert tampered.returncode != 0


@needs_ssh_keygen
@pytest.mark.parametrize("kind", ["ed25519", "ecdsa", "rsa"])
def test_we_verify_a_signature_made_by_ssh_keygen(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"id_{kind}"
    subprocess.run([SSH_KEYGEN, "-q", "-t", kind, "-N", "", "-C", "ana", "-f", str(path)],
                   check=True, timeout=60)
    signing = load_signing_key(path)
    target = policy()
    approval = approve(target, signing)
    assert approval.signature is not None
    message = tmp_path / "statement"
    message.write_bytes(signed_statement(approval) or b"")
    subprocess.run([SSH_KEYGEN, "-q", "-Y", "sign", "-f", str(path), "-n", NAMESPACE,
                    str(message)], check=True, timeout=60)
    approval.signature.sshsig = (tmp_path / "statement.sig").read_text(encoding="ascii")
    assert approval.signature.sshsig != sign_approval(policy(), approval, signing)
    assert verdicts(target, signers_file(tmp_path, line(signing))) == [(State.VERIFIED, ())]


@needs_ssh_keygen
def test_ssh_keygen_reads_an_allowed_signers_file_with_roles(tmp_path: Path) -> None:
    signing = key(tmp_path)
    signers = signers_file(tmp_path, line(signing, options='namespaces="policy-studio-approval"'
                                                           ',valid-after="20260101"'))
    done = subprocess.run([SSH_KEYGEN, "-Y", "find-principals", "-f", str(signers), "-s",
                           str(_signature_file(tmp_path, signing))], capture_output=True,
                          text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "ana@example.org"), done.stderr


def _signature_file(tmp_path: Path, signing: SigningKey) -> Path:
    target = policy()
    approval = approve(target, signing)
    assert approval.signature is not None
    path = tmp_path / "found.sig"
    path.write_text(approval.signature.sshsig, encoding="ascii")
    return path


@pytest.mark.parametrize(("text", "words"), [
    ("ana@example.org", "expected principals"),
    ("ana@example.org ssh-ed25519 AAAA!!", "damaged"),
    ('ana@example.org valid-before="2026" ssh-ed25519 AAAA', "not a time"),
    ("ana@example.org cert-authority ssh-ed25519 AAAA", "cert-authority"),
    ("ana@example.org bogus=1 ssh-ed25519 AAAA", "unknown option 'bogus'"),
    ("ana@example.org \0 ssh-ed25519 AAAA", "NUL"),
])
def test_a_malformed_allowed_signers_line_names_file_and_line(tmp_path: Path, text: str,
                                                              words: str) -> None:
    path = signers_file(tmp_path, line(key(tmp_path)), text)
    with pytest.raises(PolicyFileError) as caught:
        load_allowed_signers(path)
    assert caught.value.lines()[0].startswith(f"{path}:3:1: error: ")
    assert words in caught.value.message


def test_where_the_allowed_signers_come_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    policy_path = tmp_path / "shop.policy.yaml"
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    assert find_allowed_signers(policy_path) is None
    beside = signers_file(tmp_path)
    assert find_allowed_signers(policy_path) == beside
    monkeypatch.setenv(ENV_VARIABLE, "/elsewhere/signers")
    assert find_allowed_signers(policy_path) == Path("/elsewhere/signers")
    assert find_allowed_signers(policy_path, "given") == Path("given")


def test_generated_keys_are_protected_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "approver_key"
    made = generate_key(path, "correct horse", "ana@example.org")
    assert path.stat().st_mode & 0o777 == 0o600
    assert b"BEGIN OPENSSH PRIVATE KEY" in path.read_bytes()
    assert (tmp_path / "approver_key.pub").read_text() == made.public_line("ana@example.org") + "\n"
    assert needs_passphrase(path)
    assert load_signing_key(path, "correct horse").public_line() == made.public_line()
    with pytest.raises(SigningKeyError, match="passphrase is wrong"):
        load_signing_key(path, "wrong")
    with pytest.raises(SigningKeyError, match="protected by a passphrase"):
        load_signing_key(path)
    with pytest.raises(SigningKeyError, match="exists already"):
        generate_key(path, "again")
    with pytest.raises(SigningKeyError, match="not a private key"):
        load_signing_key(tmp_path / "approver_key.pub")


@needs_ssh_keygen
def test_ssh_keygen_reads_a_generated_key_with_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "approver_key"
    made = generate_key(path, "correct horse", "ana@example.org")
    shown = subprocess.run([SSH_KEYGEN, "-y", "-P", "correct horse", "-f", str(path)],
                           check=True, timeout=60, capture_output=True, text=True).stdout
    assert shown.split()[:2] == made.public_line().split()[:2]
    refused = subprocess.run([SSH_KEYGEN, "-y", "-P", "wrong", "-f", str(path)],
                             timeout=60, capture_output=True, text=True)
    assert refused.returncode != 0


@needs_ssh_keygen
def test_a_passphrase_protected_openssh_key_signs(tmp_path: Path) -> None:
    path = tmp_path / "id_ed25519"
    subprocess.run([SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "secret", "-f", str(path)],
                   check=True, timeout=60)
    assert needs_passphrase(path)
    signing = load_signing_key(path, "secret")  # bcrypt is a dependency
    assert signing.public_line() == (tmp_path / "id_ed25519.pub").read_text().split(
        " ")[0] + " " + (tmp_path / "id_ed25519.pub").read_text().split(" ")[1]
    with pytest.raises(SigningKeyError, match="passphrase is wrong"):
        load_signing_key(path, "not the secret")


def test_the_status_must_be_backed_by_the_latest_decision(tmp_path: Path) -> None:
    target = policy()
    target.policy.status = "approved"
    assert status_problem(target) == "the status is approved, but no approval is recorded"
    approve(target, key(tmp_path))
    assert status_problem(target) is None
    rejected = target.policy.approvals[0].model_copy(update={"decision": "rejected",
                                                            "signature": None})
    target.policy.approvals = [*target.policy.approvals, rejected]
    assert status_problem(target) == ("the status is approved, but the latest decision is a "
                                      "rejection")
    target.policy.status = "draft"
    assert status_problem(target) is None


def test_a_signer_line_reads_back(tmp_path: Path) -> None:
    signing = key(tmp_path)
    text = signer_line("ana@example.org", signing.public_line(), "Ana Diaz", ["DPO", "Legal"],
                       NAMESPACE)
    [signer] = load_allowed_signers(signers_file(tmp_path, text)).signers
    assert (signer.principals, signer.name, signer.roles, signer.namespaces, signer.line) == (
        ("ana@example.org",), "Ana Diaz", ("DPO", "Legal"), (NAMESPACE,), 2)
    assert signer.holds_role("  legal ") and not signer.holds_role("CEO")


@needs_ssh_keygen
def test_an_encrypted_pem_key_made_by_ssh_keygen_signs(tmp_path: Path) -> None:
    path = tmp_path / "id_ecdsa"
    subprocess.run([SSH_KEYGEN, "-q", "-t", "ecdsa", "-m", "PEM", "-N", "secret", "-f",
                    str(path)], check=True, timeout=60)
    assert needs_passphrase(path)
    signing = load_signing_key(path, "secret")
    target = policy()
    approve(target, signing)
    assert verdicts(target, signers_file(tmp_path, line(signing))) == [(State.VERIFIED, ())]


def test_without_a_name_attribute_a_principal_must_be_the_approver(tmp_path: Path) -> None:
    signing = key(tmp_path)
    target = policy()
    approve(target, signing, name="ana@example.org")
    plain = f'ana@example.org {signing.public_line()} roles="DPO"'
    assert verdicts(target, signers_file(tmp_path, plain)) == [(State.VERIFIED, ())]
    other = f'bo@example.org {signing.public_line()} roles="DPO"'
    [state] = approval_states(target, load_allowed_signers(signers_file(tmp_path, other)), NOW)
    assert state.problems == (Problem.NOT_THE_APPROVER,)
    assert state.reason == ("the key belongs to bo@example.org, not to the approver named in "
                            "the record")
