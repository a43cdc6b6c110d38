"""A policy file's git history: the commits that changed it and its content at each of them.

``git`` runs as a subprocess (an argument list, never a shell) with a timeout; a missing
``git``, a file outside any repository or a failing command raise :class:`GitError` with a
sentence a user can act on. Listing the commits reads no content; :func:`read_version` reads
one version when it is asked for (a blob over the policy size limit is refused before it is
read), so a repository with thousands of commits lists quickly.

A version is *approved* when its content carries an approval whose recorded digest equals the
content digest of that very version (and its status says approved): the test every document
uses (:func:`app.domain.approval.is_approved`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.enums import ApprovalDecision
from app.domain.i18n import translate
from app.domain.models import Approval, Policy
from app.domain.typography import number
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes
from app.storage.safe_yaml import MAX_BYTES

TIMEOUT_S = 20.0
"""The longest any one git command may take."""
MAX_COMMITS = 5000
"""The most commits listed for one file (newest first)."""
_FIELDS = "%H%x1f%aI%x1f%an%x1f%s"


class GitError(Exception):
    """git is missing, the file is not in a repository, or a git command failed."""


@dataclass(frozen=True)
class Commit:
    """One commit that changed the file."""

    hash: str
    date: dt.datetime
    author: str
    subject: str
    path: str
    """The file's path in the repository at this commit (it follows renames)."""

    @property
    def short(self) -> str:
        """The abbreviated hash shown to people."""
        return self.hash[:10]


@dataclass(frozen=True)
class ApprovalMark:
    """An approval a version carries, and whether it approved exactly that version's content."""

    approval: Approval
    matches: bool
    """True when it approved and its recorded digest equals the version's content digest."""


@dataclass(frozen=True)
class Version:
    """The file's content at one commit: the policy, or why it cannot be read."""

    commit: Commit
    data: bytes | None = None
    policy: Policy | None = None
    error: str = ""
    """Why this version is unreadable ("" when it was read)."""

    @cached_property
    def digest(self) -> str:
        """The content digest of this version ("" when unreadable)."""
        return digest(self.policy) if self.policy is not None else ""

    @property
    def marks(self) -> tuple[ApprovalMark, ...]:
        """Every approval recorded in this version, with whether it matches the content."""
        if self.policy is None:
            return ()
        return tuple(ApprovalMark(a, a.decision == ApprovalDecision.APPROVED
                                  and a.digest == self.digest)
                     for a in self.policy.policy.approvals)

    @property
    def approved(self) -> bool:
        """True when this version's own approval record matches its content."""
        return self.policy is not None and is_approved(self.policy, self.digest)

    @property
    def approval(self) -> Approval | None:
        """The latest approval that matches this version's content, if any."""
        matching = [mark.approval for mark in self.marks if mark.matches]
        return matching[-1] if matching else None


@dataclass
class FileHistory:
    """The history of one file in one repository."""

    root: Path
    """The repository's top folder."""
    path: str
    """The file's path relative to ``root`` (forward slashes), as it is now."""
    file: Path
    """The file as the user named it."""
    _versions: dict[str, Version] = field(default_factory=dict, repr=False)

    def commits(self, limit: int = MAX_COMMITS) -> list[Commit]:
        """The commits that changed the file, newest first (renames followed)."""
        out = git(self.root, "log", "--follow", f"--max-count={limit}", "-z",
                  f"--format=%x1e{_FIELDS}", "--name-only", "--", self.path)
        return [commit for record in out.split("\x1e") if (commit := _commit(record))]

    def version(self, commit: Commit) -> Version:
        """The file's content at ``commit`` (read once, then remembered)."""
        if commit.hash not in self._versions:
            self._versions[commit.hash] = read_version(self, commit)
        return self._versions[commit.hash]

    def last_approved(self, commits: list[Commit] | None = None) -> Version | None:
        """The newest version whose approval matches its content, or None."""
        for commit in self.commits() if commits is None else commits:
            version = self.version(commit)
            if version.approved:
                return version
        return None


def git_program() -> str:
    """The path of the ``git`` program; raises :class:`GitError` when it is not installed."""
    program = shutil.which("git")
    if program is None:
        raise GitError(translate("git history", "git is not installed (no 'git' program on "
                                                "the PATH), so the file's history cannot be read"))
    return program


def git(cwd: Path, *args: str) -> str:
    """Run ``git args`` in ``cwd`` and return its output as text; raises :class:`GitError`."""
    return git_bytes(cwd, *args).decode("utf-8", "replace")


def git_bytes(cwd: Path, *args: str) -> bytes:
    """Run ``git args`` in ``cwd`` and return its raw output; raises :class:`GitError`."""
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "GIT_PAGER": "cat"}
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    try:
        done = subprocess.run([git_program(), "-c", "core.quotepath=off", *args], cwd=cwd,
                              capture_output=True, timeout=TIMEOUT_S, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise GitError(translate("git history", "git {command} took longer than {seconds} s and "
                                                "was stopped").format(
            command=args[0], seconds=f"{TIMEOUT_S:g}")) from None
    except OSError as exc:
        raise GitError(translate("git history", "git could not be run: {reason}").format(
            reason=exc.strerror or exc)) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(translate("git history", "git {command} failed: {message}").format(
            command=args[0], message=message[-1] if message else done.returncode))
    return done.stdout


def locate(file: str | Path) -> FileHistory:
    """The history of ``file``; raises :class:`GitError` when it is not in a git repository."""
    path = Path(file).resolve()
    folder = path.parent
    if not folder.is_dir():
        raise GitError(translate("git history", "{file}: the folder does not exist").format(
            file=file))
    try:
        top = git(folder, "rev-parse", "--show-toplevel").strip()
    except GitError as exc:
        if "not a git repository" in str(exc):
            raise GitError(translate("git history", "{file} is not in a git repository, so it "
                                                    "has no history").format(file=file)) from None
        raise
    root = Path(top).resolve()
    return FileHistory(root, path.relative_to(root).as_posix(), Path(file))


def read_version(history: FileHistory, commit: Commit) -> Version:
    """The file's content at ``commit``: refused when over the size limit, marked if unreadable."""
    spec = f"{commit.hash}:{commit.path}"
    try:
        size = int(git(history.root, "cat-file", "-s", spec).strip())
        if size > MAX_BYTES:
            return Version(commit, error=translate(
                "git history", "{version}: this version is {size} bytes, over the {limit}-byte "
                               "limit of a policy file, so it was not read").format(
                version=spec, size=number(size), limit=number(MAX_BYTES)))
        data = git_bytes(history.root, "cat-file", "blob", spec)
    except (GitError, ValueError) as exc:
        return Version(commit, error=str(exc))
    try:
        loaded = load_bytes(data, f"{commit.path}@{commit.short}")
    except PolicyFileError as exc:
        return Version(commit, data, error=str(exc).splitlines()[0])
    return Version(commit, data, loaded.policy)


def _commit(record: str) -> Commit | None:
    """A :class:`Commit` from one ``git log -z`` record: fields, NUL, then NUL-ended names."""
    head, _, names = record.partition("\0")
    parts = head.split("\x1f", 3)
    if len(parts) != 4:
        return None
    paths = [name.strip("\n") for name in names.split("\0") if name.strip("\n")]
    hash_, date, author, subject = parts
    return Commit(hash_, dt.datetime.fromisoformat(date), author, subject,
                  paths[-1] if paths else "")
