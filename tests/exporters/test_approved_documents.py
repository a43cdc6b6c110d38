"""Documents of an approved version re-rendered from git history equal the approved ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.exporters.approved import DOCUMENTS, NotApprovedError, render_all_approved
from app.exporters.registry import get, run_export
from app.storage.git_history import locate
from app.storage.loader import load_file
from app.validation.finding import Severity
from app.validation.runner import run_checks
from tests.git_repo import (
    CLEAN_POLICY,
    approved,
    commit,
    make_repo,
    with_newsletter_without_consent,
)

ROOT = Path(__file__).resolve().parents[2]


def export_now(path: Path) -> dict[str, bytes]:
    """Every document as File > Export makes it from the file on disk today."""
    policy = load_file(path).policy
    errors = sum(f.severity is Severity.ERROR for f in run_checks(policy))
    out = {}
    for name in DOCUMENTS:
        result = run_export(get(name), policy, errors)
        assert result.data is not None
        out[name] = result.data
    return out


def test_documents_re_rendered_from_history_are_byte_for_byte_the_approved_ones(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    signed = commit(repo, file, approved(CLEAN_POLICY), "Approve 1.0.0")
    at_approval = export_now(file)
    # And as another process made them that day: the command line's export.
    for name in DOCUMENTS:
        out = tmp_path / f"approved.{name}"
        subprocess.run([sys.executable, "-m", "app", "export", str(file), "--format", name,
                        "-o", str(out)], check=True, capture_output=True, cwd=ROOT)
        assert out.read_bytes() == at_approval[name], name
    # Work goes on: the content changes and the file moves back to draft.
    changed = with_newsletter_without_consent(CLEAN_POLICY)
    commit(repo, file, changed, "Newsletter without consent")
    history = locate(file)
    version = history.last_approved()
    assert version is not None and version.commit.hash == signed
    again = {name: result.data for name, result in render_all_approved(version.policy).items()}
    assert set(again) == set(DOCUMENTS)
    for name in DOCUMENTS:
        assert again[name] == at_approval[name], name
    assert export_now(file)["html"] != at_approval["html"]  # today's file says something else
    assert b"DRAFT" not in again["html"] and b"DRAFT" not in again["art30-html"]


def test_a_known_error_count_would_change_the_bytes_so_approved_renders_use_none(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    version = locate(file).last_approved()
    assert version is not None
    clean = render_all_approved(version.policy)
    for name in ("html", "art30-html"):
        with_errors = run_export(get(name), version.policy, errors=2).data
        assert with_errors != clean[name].data and b"2 error findings" in with_errors


def test_a_version_without_a_matching_approval_has_no_approved_rendering(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    file = repo / "policy.yaml"
    commit(repo, file, with_newsletter_without_consent(approved(CLEAN_POLICY)), "Edited")
    history = locate(file)
    [version] = [history.version(c) for c in history.commits()]
    assert version.policy is not None
    with pytest.raises(NotApprovedError, match="no approval of exactly its content"):
        render_all_approved(version.policy)
