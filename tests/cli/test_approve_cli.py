"""`policy-studio approve`: refused with the reasons while errors or placeholders remain,
otherwise written into the file with comments kept (run as a real process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.domain.canonical import digest
from app.paths import ROOT
from app.storage.loader import load_file
from tests.cli.conftest import BROKEN_RULE_POLICY, SMALL_POLICY

READY_POLICY = SMALL_POLICY.replace("privacy@example.com", "privacy@smallshop.eu").replace(
    "dpo@example.com", "dpo@smallshop.eu")


def approve(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m app approve`` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "app", "approve", str(path), *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_refused_while_placeholders_remain(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL_POLICY)
    done = approve(path, "--name", "Ann Lee", "--role", "DPO")
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{path}:12:12: warning GOV010 ") and "privacy@example.com"
               in line for line in lines)
    assert lines[-1] == ("policy-studio approve: error: The policy cannot be approved: "
                         "2 placeholder texts from a template remain (GOV010).")
    assert "Traceback" not in done.stderr
    assert path.read_text(encoding="utf-8") == SMALL_POLICY


def test_refused_while_errors_remain(tmp_path: Path) -> None:
    broken = BROKEN_RULE_POLICY.replace("privacy@example.com", "privacy@smallshop.eu")
    path = write(tmp_path, broken)
    done = approve(path, "--name", "Ann Lee", "--role", "DPO")
    assert done.returncode == 1
    assert " error STR003 " in done.stderr
    assert "it has 1 error finding and 1 placeholder text from a template remains" in (
        done.stderr)
    assert path.read_text(encoding="utf-8") == broken


def test_approved_in_place_with_comments_kept(tmp_path: Path) -> None:
    path = write(tmp_path, READY_POLICY)
    content_digest = digest(load_file(path).policy)
    done = approve(path, "--name", "Ann Lee", "--role", "Data protection officer",
                   "--date", "2026-05-01")
    assert done.returncode == 0, done.stderr
    assert f"digest: {content_digest}" in done.stdout
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A small policy used by the CLI tests.\n")
    meta = load_file(path).policy.policy
    assert meta.status == "approved"
    [record] = meta.approvals
    assert (record.name, record.role, record.date.isoformat(), record.digest) == (
        "Ann Lee", "Data protection officer", "2026-05-01", content_digest)
    assert digest(load_file(path).policy) == content_digest  # approving changes no content
    validated = subprocess.run([sys.executable, "-m", "app", "validate", str(path)],
                               capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert validated.returncode == 0 and "GOV00" not in validated.stdout
    # Everything else in the file is as it was.
    before = [line for line in READY_POLICY.splitlines() if "status" not in line]
    assert [line for line in text.splitlines() if line in before] == before


def test_usage_mistakes_exit_two(tmp_path: Path) -> None:
    path = write(tmp_path, READY_POLICY)
    missing = approve(path, "--name", "Ann Lee")
    assert missing.returncode == 2 and "--role" in missing.stderr
    bad_date = approve(path, "--name", "Ann", "--role", "DPO", "--date", "May 1st")
    assert bad_date.returncode == 2 and "'May 1st' is not a date" in bad_date.stderr
    blank = approve(path, "--name", " ", "--role", "DPO")
    assert blank.returncode == 2 and "--name is empty; give a value" in blank.stderr
    gone = approve(tmp_path / "missing.policy.yaml", "--name", "Ann", "--role", "DPO")
    assert gone.returncode == 2 and "Traceback" not in gone.stderr
    assert path.read_text(encoding="utf-8") == READY_POLICY


def test_a_passphrase_file_without_a_key_is_refused_not_ignored(tmp_path: Path) -> None:
    """A mistyped key option must not quietly give an unsigned approval."""
    path = write(tmp_path, READY_POLICY)
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    before = path.read_bytes()
    done = approve(path, "--name", "Ann Lee", "--role", "DPO", "--passphrase-file", str(secret))
    assert done.returncode == 2
    assert done.stderr == ("policy-studio approve: error: --passphrase-file goes with --key\n")
    assert path.read_bytes() == before
