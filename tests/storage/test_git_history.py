"""The file's git history with real git: commits, contents, approvals, hostile cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import git_history
from app.storage.git_history import GitError, locate
from tests.git_repo import (
    CLEAN_POLICY,
    approved,
    commit,
    git,
    make_repo,
    with_newsletter_without_consent,
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo")


def test_lists_commits_newest_first_with_author_subject_and_content(repo: Path) -> None:
    file = repo / "policy.yaml"
    first = commit(repo, file, CLEAN_POLICY, "Draft the policy")
    second = commit(repo, file, approved(CLEAN_POLICY), "Approve 1.0.0")
    commit(repo, repo / "other.txt", b"x", "Unrelated")
    history = locate(file)
    commits = history.commits()
    assert [c.hash for c in commits] == [second, first]
    assert [c.subject for c in commits] == ["Approve 1.0.0", "Draft the policy"]
    assert {c.author for c in commits} == {"Ann Lee"}
    assert commits[0].date.year == 2025
    assert history.version(commits[1]).data == CLEAN_POLICY


def test_approvals_are_marked_only_when_their_digest_is_the_content_digest(repo: Path) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    # An edit that keeps the old approval record: the record no longer matches the content.
    commit(repo, file, with_newsletter_without_consent(approved(CLEAN_POLICY)), "Edit")
    history = locate(file)
    edited, signed, draft = (history.version(c) for c in history.commits())
    assert signed.approved and signed.approval is not None
    assert signed.approval.digest == signed.digest and signed.digest.startswith("sha256:")
    assert [m.matches for m in signed.marks] == [True]
    assert not edited.approved and [m.matches for m in edited.marks] == [False]
    assert not draft.approved and draft.marks == ()
    assert history.last_approved() == signed


def test_a_recorded_digest_of_other_content_is_not_an_approval(repo: Path) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, approved(CLEAN_POLICY, digest_text="sha256:" + "0" * 64), "Forged")
    history = locate(file)
    [version] = [history.version(c) for c in history.commits()]
    assert not version.approved and history.last_approved() is None


def test_renames_are_followed_and_paths_with_spaces_and_unicode_work(repo: Path) -> None:
    old = repo / "poli cies" / "datenschutz ä.policy.yaml"
    first = commit(repo, old, CLEAN_POLICY, "Draft")
    new = repo / "poli cies" / "Richtlinie ö ü.policy.yaml"
    git(repo, "mv", "--", str(old.relative_to(repo)), str(new.relative_to(repo)))
    git(repo, "commit", "-q", "-m", "Rename")
    history = locate(new)
    commits = history.commits()
    assert [c.subject for c in commits] == ["Rename", "Draft"]
    assert commits[1].hash == first and commits[1].path == "poli cies/datenschutz ä.policy.yaml"
    assert history.version(commits[1]).policy is not None


def test_a_version_that_is_not_valid_yaml_is_listed_and_marked_unreadable(repo: Path) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    commit(repo, file, b"policy: [unclosed\n  - : :\n", "Broken")
    commit(repo, file, approved(CLEAN_POLICY), "Approve")
    history = locate(file)
    newest, broken, draft = (history.version(c) for c in history.commits())
    assert broken.policy is None and "policy.yaml@" in broken.error
    assert broken.error.split(":")[1].isdigit()  # file:line:column
    assert not broken.approved and broken.marks == ()
    assert newest.approved and draft.policy is not None


def test_a_huge_blob_is_refused_before_it_is_read(repo: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY + b"# " + b"x" * 4000 + b"\n", "Big")
    monkeypatch.setattr(git_history, "MAX_BYTES", 1000)
    history = locate(file)
    [version] = [history.version(c) for c in history.commits()]
    assert version.data is None and "over the 1,000-byte limit" in version.error
    assert version.error.startswith(f"{version.commit.hash}:policy.yaml:")


def test_a_file_outside_any_repository_says_so(tmp_path: Path) -> None:
    file = tmp_path / "alone" / "policy.yaml"
    file.parent.mkdir()
    file.write_bytes(CLEAN_POLICY)
    with pytest.raises(GitError, match="is not in a git repository"):
        locate(file)


def test_git_missing_from_the_path_says_so(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    monkeypatch.setenv("PATH", str(repo / "no-such-folder"))
    with pytest.raises(GitError, match="git is not installed"):
        locate(file)


def test_an_untracked_file_has_no_commits(repo: Path) -> None:
    commit(repo, repo / "other.txt", b"x", "Unrelated")
    file = repo / "policy.yaml"
    file.write_bytes(CLEAN_POLICY)
    assert locate(file).commits() == []


def test_thousands_of_commits_list_without_reading_contents(repo: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    file = repo / "policy.yaml"
    commit(repo, file, CLEAN_POLICY, "Draft")
    # 2,000 commits made in one fast-import stream (each changes the file).
    lines = []
    for n in range(2000):
        body = CLEAN_POLICY + f"# change {n}\n".encode()
        message = f"Change {n}".encode()
        lines += [b"commit refs/heads/main",
                  b"committer Ann Lee <ann@example.org> 1740823200 +0000",
                  b"data %d" % len(message), message]
        if n == 0:
            lines.append(b"from refs/heads/main^0")
        lines += [b"M 100644 inline policy.yaml", b"data %d" % len(body), body]
    import subprocess
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"\n".join(lines) + b"\n",
                   check=True)
    git(repo, "reset", "-q", "--hard")
    read = []
    monkeypatch.setattr(git_history, "read_version",
                        lambda history, c: read.append(c) or pytest.fail("read a content"))
    commits = locate(file).commits()
    assert len(commits) == 2001 and commits[0].subject == "Change 1999" and not read
