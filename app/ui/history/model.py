"""The rows of File > History: the working copy on top, then the file's commits, newest first.

A commit's content is read later, off the GUI thread (:meth:`VersionsModel.set_versions`);
until then its approval column says it is being read.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Approval
from app.storage.git_history import Commit, Version
from app.storage.signing import ApprovalState
from app.ui.signature_marks import state_colour, state_reason, state_word

COLUMNS = (QT_TRANSLATE_NOOP("history", "Version"), QT_TRANSLATE_NOOP("history", "Date"),
           QT_TRANSLATE_NOOP("history", "Author"), QT_TRANSLATE_NOOP("history", "Subject"),
           QT_TRANSLATE_NOOP("history", "Approval"))
"""The column headers (in English: translated where shown)."""
APPROVAL_COLUMN = COLUMNS.index("Approval")
SUBJECT_COLUMN = COLUMNS.index("Subject")
READING = QT_TRANSLATE_NOOP("history", "reading\u2026")
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    """One version: the working copy (``commit`` None) or a commit, with its content once read."""

    commit: Commit | None
    version: Version | None = None
    state: ApprovalState | None = None
    """The state of the approval the row shows (verified, unverified, broken)."""


def approved_words(approval: Approval, content_digest: str) -> str:
    """``✔ approved by Ann Lee, DPO on 2025-03-01 (sha256:...)``."""
    text = translate("history", "\u2714 approved by {name}, {role} on {date} ({digest})") \
        if approval.role else translate("history", "\u2714 approved by {name} on {date} ({digest})")
    return text.format(name=approval.name, role=approval.role, date=approval.date,
                       digest=content_digest)


def approval_text(version: Version | None) -> str:
    """What the approval column says about ``version``."""
    if version is None:
        return translate("history", READING)
    if version.policy is None:
        return translate("history", "unreadable: {error}").format(error=version.error)
    approval = version.approval
    if version.approved and approval is not None:
        return approved_words(approval, version.digest)
    if version.marks:
        return translate("history", "approval recorded for other content (not this version)")
    return ""


class VersionsModel(QAbstractTableModel):
    """The working copy and the commits that changed the file."""

    def __init__(self, working: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[Row] = [Row(None)]
        self.working = working
        """What the working copy's subject column says (saved, or unsaved changes)."""
        self.working_approval = ""
        self.working_state: ApprovalState | None = None
        self.palette: QPalette | None = None
        """The table's palette, for the states' colours."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per version (none under a row)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """The columns of :data:`COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("history", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The text of a cell; the working copy in bold; unreadable versions in the tooltip."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == APPROVAL_COLUMN and self._text(row, APPROVAL_COLUMN):
            marked = self._state_data(row, role)
            if marked is not None:
                return marked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.commit is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{translate('history', COLUMNS[index.column()])}: " \
                f"{self._text(row, index.column())}"
        return None

    def _state(self, row: Row) -> ApprovalState | None:
        return self.working_state if row.commit is None else row.state

    def _state_data(self, row: Row, role: int) -> object:
        """The approval cell with its signature's state: mark and word, reason, colour."""
        state = self._state(row)
        if state is None:
            return None
        text = self._text(row, APPROVAL_COLUMN)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{state_word(state)} \u00b7 {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{state_reason(state)}\n{text}"
        if role == Qt.ItemDataRole.ForegroundRole and self.palette is not None:
            return state_colour(state, self.palette)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{translate('history', COLUMNS[APPROVAL_COLUMN])}: {text}. " \
                f"{state_reason(state)}"
        return None

    def _text(self, row: Row, column: int) -> str:
        commit = row.commit
        if commit is None:
            return (translate("history", "Working copy"), translate("history", "now"), "",
                    self.working, self.working_approval)[column]
        if column == APPROVAL_COLUMN:
            return approval_text(row.version)
        return (commit.short, commit.date.strftime("%Y-%m-%d %H:%M"), commit.author,
                commit.subject, "")[column]

    def set_commits(self, commits: list[Commit]) -> None:
        """Show ``commits`` (newest first) under the working copy."""
        self.beginResetModel()
        self.rows = [self.rows[0], *(Row(commit) for commit in commits)]
        self.endResetModel()

    def set_versions(self, versions: list[Version],
                     states: list[ApprovalState | None] | None = None) -> None:
        """Fill in the contents just read (and the states of the approvals they show)."""
        where = {row.commit.hash: n for n, row in enumerate(self.rows) if row.commit}
        for number, version in enumerate(versions):
            n = where.get(version.commit.hash)
            if n is not None:
                self.rows[n].version = version
                self.rows[n].state = states[number] if states else None
                cell = self.index(n, APPROVAL_COLUMN)
                self.dataChanged.emit(cell, cell)

    def unread(self) -> list[Commit]:
        """Commits whose content has not been read yet, newest first."""
        return [row.commit for row in self.rows if row.commit and row.version is None]
