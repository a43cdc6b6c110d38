"""The Problems panel.

Severity toggles and a filter box over the findings table, with the selected finding explained
beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.document import PolicyDocument
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.domain.path_words import location_words
from app.domain.sections import RETENTION, RULES, TESTS
from app.ui.icons import icon
from app.ui.navigator.labels import item_label
from app.ui.problems.details import DetailsPane
from app.ui.problems.model import ProblemRole, ProblemsFilter, ProblemsModel
from app.ui.problems.revalidator import Revalidator
from app.validation.finding import Severity, severity_count
from app.validation.ordering import CODE, LOCATION, MESSAGE, SEVERITY
from app.validation.problems import Problem, Result

LOCATION_WIDTH = (90, 260)
"""Narrowest and widest Location column: room for a section, an item's name and a field."""
MESSAGE_SHARE = 0.55
"""The share of the table's width the message column keeps before Location grows."""


HEADINGS = {Severity.ERROR: QT_TRANSLATE_NOOP("problems", "Errors"),
            Severity.WARNING: QT_TRANSLATE_NOOP("problems", "Warnings"),
            Severity.INFO: QT_TRANSLATE_NOOP("problems", "Notes")}
"""A severity toggle's text before the first counts (translated where shown)."""
TOGGLE_TIPS = {Severity.ERROR: QT_TRANSLATE_NOOP("problems", "Show or hide errors"),
               Severity.WARNING: QT_TRANSLATE_NOOP("problems", "Show or hide warnings"),
               Severity.INFO: QT_TRANSLATE_NOOP("problems", "Show or hide notes")}
TOGGLE_NAMES = {Severity.ERROR: QT_TRANSLATE_NOOP("problems", "Show errors"),
                Severity.WARNING: QT_TRANSLATE_NOOP("problems", "Show warnings"),
                Severity.INFO: QT_TRANSLATE_NOOP("problems", "Show notes")}

LABELLED = (RULES, RETENTION, TESTS)
"""Sections whose items have no name: the navigator labels them by what they say."""


def place_words(problem: Problem, policy: Policy) -> str:
    """Where ``problem`` is, naming its item as the navigator does (``Allow: …`` for a rule)."""
    path = problem.finding.path
    record = None
    if len(path) > 1 and path[0] in LABELLED and isinstance(path[1], int):
        items = getattr(policy, str(path[0]))
        if 0 <= path[1] < len(items):
            item = items[path[1]]
            record = item_label(policy, str(path[0]), item, item.id).rstrip(".")
    return location_words(path, policy, record)


class ProblemsTable(QTableView):
    """The findings table; on a resize the Location column takes what the messages leave."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the Location column to the new width (the message column stretches)."""
        super().resizeEvent(event)
        self.fit_location()

    def fit_location(self) -> None:
        """Location gets what is left once the messages have :data:`MESSAGE_SHARE`."""
        width = self.viewport().width()
        fixed = self.columnWidth(SEVERITY) + self.columnWidth(CODE)
        spare = int(width * (1 - MESSAGE_SHARE)) - fixed
        self.setColumnWidth(LOCATION, max(LOCATION_WIDTH[0], min(LOCATION_WIDTH[1], spare)))


class ProblemsPanel(QWidget):
    """Findings of the latest validation; double-click or Enter goes to a finding."""

    problemActivated = Signal(object)
    """The user asked to go to a :class:`~app.validation.problems.Problem`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("problems", "Problems"))
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.severity_buttons = {s: self._severity_button(s) for s in Severity}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("problems", "Filter by code, message or location"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("problems", "Filter problems"))
        self.filter.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.state = QLabel(self)
        self.state.setAccessibleName(translate("problems", "Validation state"))
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.table = self._build_table()
        self.details = DetailsPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)  # the messages get the room; details wrap
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in self.severity_buttons.values():
            bar.addWidget(button)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.set_busy(True)

    def _severity_button(self, severity: Severity) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setChecked(True)
        button.setAutoRaise(True)
        button.setIcon(icon(f"severity-{severity.value}"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setText(translate("problems", HEADINGS[severity]))
        button.setToolTip(translate("problems", TOGGLE_TIPS[severity]))
        button.setAccessibleName(translate("problems", TOGGLE_NAMES[severity]))
        button.toggled.connect(lambda shown: self.proxy.set_severity_shown(severity, shown))
        return button

    def _build_table(self) -> ProblemsTable:
        table = ProblemsTable(self)
        table.setModel(self.proxy)
        table.setAccessibleName(translate("problems", "Problems table"))
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab moves on
        table.setAccessibleDescription(translate(
            "problems", "The findings of the latest checks, one a row: "
            "Enter shows where the problem is"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SEVERITY, 84), (CODE, 64), (LOCATION, LOCATION_WIDTH[0])):
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        table.activated.connect(self._activated)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    # -- showing results -----------------------------------------------------------------------
    def follow(self, revalidator: Revalidator) -> None:
        """Show every result ``revalidator`` publishes, and let it prepare table updates."""
        revalidator.shown = self.model.ordering
        revalidator.started.connect(lambda: self.set_busy(True))
        revalidator.finished.connect(self.show_result)
        revalidator.invalidated.connect(self.clear)

    def clear(self) -> None:
        """Show nothing until the next result (the document was replaced)."""
        self.model.set_problems([])
        for severity, button in self.severity_buttons.items():
            button.setText(translate("problems", HEADINGS[severity]))
        self.set_busy(True)
        self._show_current()

    def show_result(self, result: Result) -> None:
        """Show the problems of ``result``, keeping the selected problem selected if still there."""
        if result.error:  # keep what was shown; say the checks could not run
            self.set_busy(False, result)
            self.details.show_message(translate("problems", "The checks could not run: {error}")
                                      .format(error=result.error))
            return
        current = self.current_problem()
        document = result.document
        if isinstance(document, PolicyDocument):  # where, in words, from the policy shown
            policy = document.policy
            self.model.set_placer(lambda problem: place_words(problem, policy))
        else:
            self.model.set_placer(None)
        self.model.set_problems(result.problems, result.prepared)
        counts = result.counts()
        for severity, button in self.severity_buttons.items():
            button.setText(severity_count(severity, counts[severity]))
        if current is not None and self.current_problem() != current:
            self.select_problem(current)
        self.set_busy(False, result)
        if self.current_problem() is None:
            self._show_current()

    def set_busy(self, busy: bool, result: Result | None = None) -> None:
        """Say whether the shown problems are being brought up to date."""
        self._checked = not busy
        if busy:
            self.state.setText(translate("problems", "Checking…"))
        elif result is not None and result.error:
            self.state.setText(translate("problems", "Checks failed"))
            self.state.setToolTip(result.error)
        else:
            self.state.setText(translate("problems", "Up to date"))
            self.state.setToolTip("")

    # -- selection -----------------------------------------------------------------------------
    def current_problem(self) -> Problem | None:
        """The problem of the current row, or None."""
        index = self.table.currentIndex()
        return index.data(ProblemRole) if index.isValid() else None

    def select_problem(self, problem: Problem) -> bool:
        """Make the row showing ``problem`` current; False when it is not shown."""
        row = self.model.row_of(problem)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        problem = self.current_problem()
        if problem is not None:
            self.details.show_problem(problem, self.model.place_of(problem))
        elif self.model.rowCount() == 0 and self._checked:
            self.details.show_message(translate("problems", "No problems found."))
        else:
            self.details.show_problem(None)

    def _activated(self, index: QModelIndex) -> None:
        problem = index.data(ProblemRole)
        if problem is not None:
            self.problemActivated.emit(problem)
