"""Real git repositories for tests: a temporary repository, commits, approved policy texts."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from app.domain.canonical import digest
from app.storage.loader import load_bytes
from tests.small_policy import UI_POLICY

CLEAN_POLICY = (
    UI_POLICY
    .replace(b"    consent: opt_in\n", b"    consent: opt_in\n    legal_basis: consent\n")
    .replace(b"    categories: [location]\n", b"    categories: [location.precise]\n"))
"""The small policy without error findings (it can be approved)."""


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` (fixed dates, so commits are reproducible)."""
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-03-01T10:00:00+00:00",
           "GIT_COMMITTER_DATE": "2025-03-01T10:00:00+00:00"}
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True, env=env).stdout


def make_repo(folder: Path) -> Path:
    """A new repository in ``folder`` with its own user name and email."""
    folder.mkdir(parents=True, exist_ok=True)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Ann Lee")
    git(folder, "config", "user.email", "ann@example.org")
    git(folder, "config", "commit.gpgsign", "false")
    return folder


def commit(repo: Path, file: Path, data: bytes, message: str) -> str:
    """Write ``data`` to ``file``, commit it, return the commit's hash."""
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data)
    git(repo, "add", "--", str(file.relative_to(repo)))
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def approved(data: bytes, name: str = "Ann Lee", role: str = "DPO",
             day: dt.date = dt.date(2025, 3, 1), version: str = "1.0.0",
             digest_text: str | None = None) -> bytes:
    """``data`` (a policy YAML) approved by ``name``: status, version and an approval record.

    ``digest_text`` replaces the recorded digest (to record an approval of other content).
    """
    text = data.decode().replace("  title: UI test policy\n", f"  title: UI test policy\n"
                                 f"  version: {version}\n")
    recorded = digest_text or digest(load_bytes(text.encode()).policy)
    record = (f"  status: approved\n  approvals:\n    - name: {name}\n      role: {role}\n"
              f"      date: {day.isoformat()}\n      decision: approved\n"
              f"      digest: '{recorded}'\n")
    return text.replace(f"  version: {version}\n", f"  version: {version}\n{record}").encode()


def with_newsletter_without_consent(data: bytes) -> bytes:
    """``data`` whose newsletter needs no consent (newly allows uses)."""
    return data.replace(b"    consent: opt_in\n    legal_basis: consent\n",
                        b"    consent: none\n    legal_basis: legitimate_interests\n")
