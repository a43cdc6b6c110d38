"""The problems table: an item model over the latest findings, and the filter in front of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.icons import icon
from app.validation.finding import Severity
from app.validation.ordering import (
    CODE,
    LOCATION,
    MESSAGE,
    SEVERITY,
    Prepared,
    prepare,
    sort_key,
)
from app.validation.problems import SEVERITY_LABELS, Problem

Index = QModelIndex | QPersistentModelIndex

ProblemRole = Qt.ItemDataRole.UserRole + 1
"""The :class:`~app.validation.problems.Problem` of a row."""
FilterRole = Qt.ItemDataRole.UserRole + 2
"""What :class:`ProblemsFilter` matches: the severity, a separator, then the search text."""
SEPARATOR = "\x1f"

HEADERS = (QT_TRANSLATE_NOOP("problems", "Severity"), QT_TRANSLATE_NOOP("problems", "Code"),
           QT_TRANSLATE_NOOP("problems", "Message"), QT_TRANSLATE_NOOP("problems", "Location"))
RESET_ABOVE = 64
"""Reset the model instead of applying more separate row changes than this."""


class ProblemsModel(QAbstractTableModel):
    """One row per problem, sorted by a column (severity, then document order, at first).

    The model sorts itself: a proxy sorting a Python model calls back into Python for every
    comparison, far too slow for thousands of findings. New findings are merged in with
    minimal row removals and insertions.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self._search: list[str | None] = []
        self._column = SEVERITY
        self._descending = False
        self._icons: dict[Severity, QIcon] = {s: icon(f"severity-{s.value}") for s in Severity}
        self._placer: Callable[[Problem], str] | None = None
        self._places: dict[Problem, str] = {}

    # -- shape -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per problem."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per header."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's header text."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("problems", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Problems are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
            Qt.ItemFlag.ItemNeverHasChildren)

    # -- content -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the problem's cell shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(problem, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icons[problem.finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(problem, column)
        if role == ProblemRole:
            return problem
        if role == FilterRole:
            return f"{problem.finding.severity.value}{SEPARATOR}{self.search_text(index.row())}"
        return None

    def _text(self, problem: Problem, column: int) -> str:
        finding = problem.finding
        if column == SEVERITY:
            return SEVERITY_LABELS[finding.severity]
        if column == CODE:
            return finding.code
        if column == MESSAGE:
            return finding.message
        return self.place_of(problem)

    def _tooltip(self, problem: Problem, column: int) -> str:
        finding = problem.finding
        if column == LOCATION:
            place = "\n" + translate("problems", "line {line}, column {column}").format(
                line=finding.line, column=finding.column) if finding.line else ""
            path = "\n" + translate("problems", "path in the file: {path}").format(
                path=finding.where) if finding.where else ""
            item = "\n" + translate("problems", "id: {id}").format(
                id=problem.item_id) if problem.item_id else ""
            return f"{self.place_of(problem)}{item}{place}{path}"
        text = finding.message
        return f"{text}\n{finding.hint}" if finding.hint else text

    def set_placer(self, placer: Callable[[Problem], str] | None) -> None:
        """Say where problems are with ``placer`` (asked only for rows shown or searched)."""
        self._placer = placer
        self._places.clear()
        self._search = [None] * len(self._rows)  # the filter matches the words shown

    def place_of(self, problem: Problem) -> str:
        """Where ``problem`` is, in words from the document shown (its path without a placer)."""
        if self._placer is None:
            return problem.location
        if problem not in self._places:
            self._places[problem] = self._placer(problem)
        return self._places[problem]

    # -- access ------------------------------------------------------------------------------
    def problem(self, row: int) -> Problem:
        """The problem shown in ``row``."""
        return self._rows[row]

    def problems(self) -> list[Problem]:
        """Every problem, in document order."""
        return list(self._rows)

    def search_text(self, row: int) -> str:
        """Lowercase text the filter box matches against (code, message, hint, location, id)."""
        text = self._search[row]
        if text is None:
            p = self._rows[row]
            f = p.finding
            text = f"{f.code} {f.message} {f.hint} {self.place_of(p)} {p.item_id or ''}".lower()
            self._search[row] = text
        return text

    def row_of(self, problem: Problem) -> int:
        """The row showing a problem equal to ``problem``, or -1."""
        try:
            return self._rows.index(problem)
        except ValueError:
            return -1

    # -- updating ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the problems by ``column``; persistent indexes follow their problems."""
        if not 0 <= column < len(HEADERS):
            return
        self._column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        rows = sorted(range(len(self._rows)), key=lambda r: sort_key(column)(self._rows[r]),
                      reverse=self._descending)
        moved_to = {old: new for new, old in enumerate(rows)}
        self._rows = [self._rows[r] for r in rows]
        self._search = [self._search[r] for r in rows]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def ordering(self) -> tuple[list[Problem], int, bool]:
        """(rows, sort column, descending): what a worker needs to :func:`prepare` an update.

        The row list is never changed in place after this (updates build a new one).
        """
        return self._rows, self._column, self._descending

    def set_problems(self, problems: list[Problem], prepared: Prepared | None = None) -> None:
        """Show ``problems``.

        Rows that stay the same are kept and the others removed or inserted, so the selection and
        scrolling survive an edit elsewhere in the document.

        ``prepared`` (sorted and compared in a worker) is used when it still fits the table.
        """
        if prepared is None or prepared.base is not self._rows or (
                prepared.column, prepared.descending) != (self._column, self._descending):
            prepared = prepare(self._rows, problems, self._column, self._descending)
        new, steps = prepared.problems, prepared.steps
        if len(steps) > RESET_ABOVE:
            self.beginResetModel()
            self._rows, self._search = list(new), [None] * len(new)
            self.endResetModel()
            return
        self._rows = list(self._rows)  # the old list may be in a worker's hands
        for step in steps:
            last = step.row + step.count - 1
            if step.kind == "remove":
                self.beginRemoveRows(QModelIndex(), step.row, last)
                del self._rows[step.row:last + 1]
                del self._search[step.row:last + 1]
                self.endRemoveRows()
            else:
                self.beginInsertRows(QModelIndex(), step.row, last)
                self._rows[step.row:step.row] = new[step.start:step.start + step.count]
                self._search[step.row:step.row] = [None] * step.count
                self.endInsertRows()


class ProblemsFilter(QSortFilterProxyModel):
    """Shows the problems of the chosen severities whose text contains the filter text.

    The filter is a regular expression over :data:`FilterRole`, matched by Qt itself: with
    nothing filtered out it is empty and Qt asks no row, so an update of thousands of findings
    (a rename) does not call back into Python once per row, as an overridden
    ``filterAcceptsRow`` would (about 10 ms for 6,000 findings).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severities = set(Severity)
        self._text = ""
        self.setFilterRole(FilterRole)
        self.setFilterKeyColumn(SEVERITY)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's job (see :class:`ProblemsModel`); pass it on."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_severity_shown(self, severity: Severity, shown: bool) -> None:
        """Show or hide the problems of one severity."""
        wanted = self._severities | {severity} if shown else self._severities - {severity}
        if wanted != self._severities:
            self._severities = wanted
            self._refilter()

    def severity_shown(self, severity: Severity) -> bool:
        """True when problems of ``severity`` pass the filter."""
        return severity in self._severities

    def set_text(self, text: str) -> None:
        """Keep only problems whose code, message, hint or location contain ``text``."""
        text = text.strip().lower()
        if text != self._text:
            self._text = text
            self._refilter()

    def pattern(self) -> str:
        """The expression rows must match: empty when every row is shown."""
        if self._severities == set(Severity) and not self._text:
            return ""
        if not self._severities:
            return "(?!)"  # matches nothing
        kinds = "|".join(sorted(s.value for s in self._severities))
        return f"^(?:{kinds}){SEPARATOR}.*{QRegularExpression.escape(self._text)}"

    def _refilter(self) -> None:
        self.setFilterRegularExpression(QRegularExpression(
            self.pattern(), QRegularExpression.PatternOption.DotMatchesEverythingOption))
