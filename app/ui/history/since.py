"""The approval dialog's sentence: what this change does since the last approved version.

Qt-free work for a worker thread: find the newest version in the file's git history whose
approval matches its content, and compare its decisions with the policy about to be approved
(:func:`app.domain.impact.policy_impact`). When the file is not saved, not in git, git is
missing, or nothing was approved before, the sentence says so plainly.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.impact import policy_impact, summary
from app.domain.models import Policy
from app.storage.git_history import GitError, Version, locate
from app.storage.resources import region_catalogue

NOT_SAVED = QT_TRANSLATE_NOOP("history", "This policy has not been saved to a file yet, so there "
                              "is no earlier approved version to compare with.")
SEARCHING = QT_TRANSLATE_NOOP("history", "Looking for the last approved version in the file's "
                              "git history\u2026")
"""The sentences before an answer (in English: translated where shown)."""
MAX_SCANNED = 200
"""The most versions read, newest first, looking for the last approved one."""


def describe(version: Version) -> str:
    """``1.2.0, approved by Ann Lee (DPO) on 2025-03-01; commit 1a2b3c4d5e``."""
    policy, approval = version.policy, version.approval
    assert policy is not None and approval is not None
    text = translate("history", "{version}, approved by {name} ({role}) on {date}; commit "
                     "{commit}") if approval.role else \
        translate("history", "{version}, approved by {name} on {date}; commit {commit}")
    return text.format(version=policy.policy.version, name=approval.name, role=approval.role,
                       date=approval.date.isoformat(), commit=version.commit.short)


def impact_since_last_approval(path: str | None, policy: Policy,
                               cancelled: Callable[[], bool] = lambda: False) -> str:
    """The sentence the approval dialog shows for ``policy`` saved at ``path``."""
    if not path:
        return translate("history", NOT_SAVED)
    try:
        history = locate(path)
        commits = history.commits(limit=MAX_SCANNED)
        if not commits:
            return translate("history", "{path} has no commits in its git repository yet, so "
                             "no earlier version was approved.").format(path=history.path)
        last = None
        for commit in commits:
            if cancelled():
                return ""
            version = history.version(commit)
            if version.approved:
                last = version
                break
    except GitError as exc:
        return translate("history", "No earlier approved version can be looked up: {error}."
                         ).format(error=exc)
    if last is None or last.policy is None:
        if len(commits) >= MAX_SCANNED:
            return translate("history", "None of the latest %n versions of {path} in git "
                             "history carries an approval of its content (older ones were not "
                             "read).", None, len(commits)).format(path=history.path)
        return (translate("history", "No earlier version of {path} in git history (%n commit) "
                          "carries an approval of its content, so this is the first approval.",
                          None, len(commits)) if len(commits) == 1 else
                translate("history", "No earlier version of {path} in git history (%n commits) "
                          "carries an approval of its content, so this is the first approval.",
                          None, len(commits))).format(path=history.path)
    impact = policy_impact(last.policy, policy, region_catalogue())
    return translate("history", "Since the last approved version ({version}) this change "
                     "{impact}.").format(version=describe(last), impact=summary(impact))
