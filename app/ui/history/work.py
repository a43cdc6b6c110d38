"""The work File > History hands to workers (Qt-free): read versions, redline, impact."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.diff import diff_policies
from app.domain.i18n import translate
from app.domain.impact import KINDS, Impact
from app.domain.models import Policy
from app.domain.typography import number
from app.exporters.impact_report import share_words
from app.exporters.redline_html import redline_with_impact, render_html
from app.storage.git_history import Commit, FileHistory, Version
from app.storage.signing import AllowedSigners, ApprovalState, approval_states

CHUNK = 16
"""Versions read per worker job, so the list fills in steadily and stays responsive."""


@dataclass(frozen=True)
class Side:
    """One side of a comparison: the policy and how to name it."""

    name: str
    policy: Policy


def read_versions(history: FileHistory, commits: list[Commit]) -> list[Version]:
    """The contents of ``commits`` (each read once)."""
    return [history.version(commit) for commit in commits]


def shown_state(policy: Policy | None, approval: object,
                signers: AllowedSigners | None) -> ApprovalState | None:
    """The state (verified, unverified, broken) of ``approval``, one of ``policy``'s approvals."""
    if policy is None or approval is None:
        return None
    return next((state for state in approval_states(policy, signers)
                 if state.approval is approval), None)


def read_judged(history: FileHistory, commits: list[Commit], signers: AllowedSigners | None
                ) -> list[tuple[Version, ApprovalState | None]]:
    """The contents of ``commits``, each with the state of the approval History shows."""
    versions = read_versions(history, commits)
    return [(v, shown_state(v.policy, v.approval, signers) if v.approved else None)
            for v in versions]


def side_of(history: FileHistory, commit: Commit) -> Side:
    """The version at ``commit`` as a side; raises ValueError when it cannot be read."""
    version = history.version(commit)
    if version.policy is None:
        raise ValueError(translate("history", "version {commit} cannot be read: {error}").format(
            commit=commit.short, error=version.error))
    day = commit.date.strftime("%Y-%m-%d")
    return Side(translate("history", "{path} at {commit} ({day}, {subject})").format(
        path=commit.path, commit=commit.short, day=day, subject=commit.subject), version.policy)


def redline(old: Side, new: Side) -> tuple[str, int]:
    """The HTML redline from ``old`` to ``new`` and the number of differences."""
    diff = diff_policies(old.policy, new.policy)
    return render_html(diff, old.name, new.name), diff.count()


def kind_count(kind: str, count: int) -> str:
    """``3 newly allowed``: how many uses changed in one way, as a whole message."""
    if kind == "newly_allowed":
        said = translate("history", "{count} newly allowed", None, count)
    elif kind == "newly_denied":
        said = translate("history", "{count} newly denied", None, count)
    elif kind == "reason_changed":
        said = translate("history", "{count} denied for another reason", None, count)
    else:
        said = translate("history", "{count} kept differently", None, count)
    return said.format(count=number(count))


def headline(impact: Impact) -> str:
    """The short line above the redline once the impact shows inside it."""
    if impact.unchanged:
        return translate("history", "Impact: no decision changes: {share}.").format(
            share=share_words(0, impact.uses))
    kinds = ", ".join(kind_count(kind, impact.count(kind)) for kind in KINDS
                      if impact.count(kind))
    changed = sum(change.count for change in impact.changes)
    return translate("history", "Impact: {share} ({kinds}); the redline opens with it and lists "
                     "every group of changed uses at its end.").format(
        share=share_words(changed, impact.uses), kinds=kinds)


def with_impact(old: Side, new: Side) -> tuple[str, str]:
    """The redline with the impact inside, and the short line about it."""
    html, impact = redline_with_impact(old.policy, new.policy, old.name, new.name)
    return html, headline(impact)
