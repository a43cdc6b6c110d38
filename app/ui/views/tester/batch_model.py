"""A table of batch requests and their answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.decisions import Decision, DecisionEngine, Request, reason_words
from app.domain.enums import label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.storage.resources import region_catalogue
from app.ui.views.tester.answer import ALLOW_COLOUR, DENY_COLOUR, retention_words

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("tester batch", "Category"),
    QT_TRANSLATE_NOOP("tester batch", "Purpose"),
    QT_TRANSLATE_NOOP("tester batch", "Subject"),
    QT_TRANSLATE_NOOP("tester batch", "Recipient"),
    QT_TRANSLATE_NOOP("tester batch", "Region"),
    QT_TRANSLATE_NOOP("tester batch", "Consent"),
    QT_TRANSLATE_NOOP("tester batch", "Decision"),
    QT_TRANSLATE_NOOP("tester batch", "Reason"),
    QT_TRANSLATE_NOOP("tester batch", "Rules"),
    QT_TRANSLATE_NOOP("tester batch", "Obligations"),
    QT_TRANSLATE_NOOP("tester batch", "Retention"),
)
"""The columns' headers (English; translated where shown)."""
DECISION_COLUMN = HEADERS.index("Decision")


class BatchModel(QAbstractTableModel):
    """One row per request: the request's fields, then the answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[Request] = []
        self.decisions: list[Decision] = []

    def load(self, requests: list[Request], policy: Policy) -> None:
        """Show ``requests`` answered against ``policy``."""
        self.beginResetModel()
        self.requests = list(requests)
        self.decisions = self._decide(policy)
        self.endResetModel()

    def refresh(self, policy: Policy) -> None:
        """Answer the same requests again (the policy changed)."""
        if not self.requests:
            return
        self.decisions = self._decide(policy)
        self.dataChanged.emit(self.index(0, DECISION_COLUMN),
                              self.index(len(self.requests) - 1, len(HEADERS) - 1))

    def _decide(self, policy: Policy) -> list[Decision]:
        engine = DecisionEngine(policy, region_catalogue())
        return [engine.decide(request) for request in self.requests]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per request."""
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per header."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's header text; rows are numbered as in the CSV file (from 2)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("tester batch", HEADERS[section])
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 2)  # the CSV row (the header is row 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the request's cell (a field or the decision) shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        request, decision = self.requests[index.row()], self.decisions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(request, decision, column, role == Qt.ItemDataRole.ToolTipRole)
        if column == DECISION_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(ALLOW_COLOUR if decision.allowed else DENY_COLOUR))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("white"))
        return None

    @staticmethod
    def _text(request: Request, decision: Decision, column: int, tip: bool) -> str:
        values = (request.category, request.purpose, request.subject or "",
                  request.recipient or "", request.region or "", request.consent.value)
        if column < len(values):
            return values[column]
        if column == DECISION_COLUMN:
            return translate("tester", "ALLOW") if decision.allowed else translate("tester",
                                                                                   "DENY")
        if column == DECISION_COLUMN + 1:
            words = reason_words(decision.reason)
            return f"{words} ({decision.reason})" if tip else words
        if column == DECISION_COLUMN + 2:
            return ", ".join(decision.rules)
        if column == DECISION_COLUMN + 3:
            return ", ".join(label(o) for o in decision.obligations)
        if decision.retention is None:
            return retention_words(decision) if decision.allowed else ""
        return f"{retention_words(decision)} ({decision.retention.rule})"
