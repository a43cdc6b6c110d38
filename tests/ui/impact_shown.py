"""Reads what a comparison view shows of an impact and checks it against the engines."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextTable
from PySide6.QtWidgets import QTextBrowser

from app.domain.decisions import DecisionEngine
from app.domain.impact import KINDS, Impact, policy_impact
from app.domain.models import Policy
from app.exporters.impact_report import HEADINGS, decision_words
from app.storage.resources import region_catalogue

USES_HEADER = ["Change", "Uses", "Categories", "Purposes", "For example", "Before", "After"]


def _cell(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = QTextCursor(cell.firstCursorPosition())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", " ").replace("\u00a0", " ").strip()


def uses_rows(browser: QTextBrowser) -> list[list[str]]:
    """The rows of the shown table of uses whose decision changes ([] when there is none)."""
    for frame in browser.document().rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            rows = [[_cell(frame, r, c) for c in range(frame.columns())]
                    for r in range(frame.rows())]
            if rows and rows[0] == USES_HEADER:
                return rows[1:]
    return []


def assert_shows_impact(browser: QTextBrowser, old: Policy, new: Policy) -> Impact:
    """The view shows ``policy_impact``'s counts, and each example's decisions are ``decide``'s."""
    impact = policy_impact(old, new, region_catalogue())
    text = " ".join(browser.toPlainText().split())
    changed = sum(change.count for change in impact.changes)
    if impact.unchanged:
        assert (f"Impact: no decision changes: all {impact.uses:,} uses compared get the same "
                "decision.") in text
        assert uses_rows(browser) == []
        return impact
    assert f"{changed:,} of the {impact.uses:,} uses compared get a different decision." in text
    rows = uses_rows(browser)
    assert len(rows) == len(impact.changes)
    for kind in KINDS:
        shown = sum(int(row[1].replace(",", "")) for row in rows if row[0] == HEADINGS[kind])
        assert shown == impact.count(kind)
    before, after = (DecisionEngine(p, region_catalogue()) for p in (old, new))
    for row, change in zip(rows, impact.changes, strict=True):
        assert row[5] == " ".join(decision_words(before.decide(change.example)).split())
        assert row[6] == " ".join(decision_words(after.decide(change.example)).split())
    return impact
