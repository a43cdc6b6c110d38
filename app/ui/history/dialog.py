"""The History dialog: the file's versions, any two compared (redline and impact).

The commits are listed by a worker, then their contents are read a chunk at a time (approvals
are marked as they arrive). Selecting two versions and choosing Compare shows the redline; the
same redline opening with the impact on decisions (and listing every changed use) replaces it
when another worker has worked it out, with a busy bar and a Cancel button meanwhile. One
selected commit opens read-only in its own window (:mod:`app.ui.history.readonly`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.storage.git_history import Commit, FileHistory, Version
from app.storage.signing import ApprovalState
from app.ui.background import BackgroundRunner
from app.ui.history.model import APPROVAL_COLUMN, SUBJECT_COLUMN, VersionsModel, approved_words
from app.ui.history.work import CHUNK, Side, read_judged, redline, side_of, with_impact
from app.ui.impact_bar import ImpactBar, replace_html
from app.ui.signatures import SignatureWatcher
from app.ui.views.document.view import paper_palette

Working = Callable[[], tuple[Policy, bool]]
"""A snapshot of the open policy and whether it has unsaved changes."""
HINT = QT_TRANSLATE_NOOP("history", "Select two versions (Ctrl+click or Shift+arrow keys) and "
                         "choose Compare, or one version and Open read-only.")
"""How to use the dialog (translated where shown)."""


def working_approval(policy: Policy) -> str:
    """What the approval column says about the open policy."""
    content = digest(policy)
    if not is_approved(policy, content):
        return ""
    approval = [a for a in policy.policy.approvals if a.digest == content][-1]
    return approved_words(approval, content)


def working_state(policy: Policy, signatures: SignatureWatcher | None) -> ApprovalState | None:
    """The state of the approval the working copy's row shows (from the window's watcher)."""
    if signatures is None:
        return None
    content = digest(policy)
    shown = [n for n, a in enumerate(policy.policy.approvals) if a.digest == content]
    return signatures.state(shown[-1]) if shown else None


class HistoryDialog(QDialog):
    """The versions of one policy file, comparisons between them, read-only openings."""

    openRequested = Signal(object)
    """A :class:`~app.storage.git_history.Version` the user asked to open read-only."""

    def __init__(self, history: FileHistory, working: Working,
                 parent: QWidget | None = None,
                 signatures: SignatureWatcher | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.working = working
        self.signers = signatures.signers if signatures is not None else None
        """The allowed signers the commits' approvals are checked against."""
        policy, modified = working()
        self.setWindowTitle(translate("history", "History of {name}").format(
            name=history.file.name))
        self.model = VersionsModel(translate("history", "Unsaved changes") if modified
                                   else translate("history", "As saved"), self)
        self.model.working_approval = working_approval(policy)
        self.model.working_state = working_state(policy, signatures)
        self.header = QLabel(translate("history", "{path} in the git repository {root}").format(
            path=history.path, root=history.root), self)
        self.header.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.model.palette = self.table.palette()
        self.table.setAccessibleName(translate("history", "Versions of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 130, 130)):
            self.table.setColumnWidth(column, width)
        # The subject takes the room left; the approval shows whole (both have tooltips).
        head.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(APPROVAL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(translate("history", HINT), self)
        self.status.setWordWrap(True)
        self.bar = ImpactBar(self)
        self.impact, self.progress, self.cancel_button = (
            self.bar.label, self.bar.progress, self.bar.cancel_button)
        self.cancel_button.clicked.connect(self.cancel_impact)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(translate("history", "Redline between the two versions"))
        self.browser.setPalette(paper_palette(self.browser.palette()))
        self.browser.setPlaceholderText(
            translate("history", "The redline of the two selected versions shows here."))
        self.compare_button = QPushButton(translate("history", "&Compare"), self)
        self.compare_button.setToolTip(translate(
            "history", "Show the redline and the impact between the two selected versions"))
        self.open_button = QPushButton(translate("history", "&Open read-only"), self)
        self.open_button.setToolTip(
            translate("history", "Open the selected commit's version in a read-only window"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(self.compare)
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self._layout()
        self.lister = BackgroundRunner(self)
        self.lister.published.connect(self._listed)
        self.lister.failed.connect(lambda error: self.status.setText(str(error)))
        self.reader = BackgroundRunner(self)
        self.reader.published.connect(self._read)
        self.reader.failed.connect(lambda error: self.status.setText(str(error)))
        self.comparer = BackgroundRunner(self)
        self.comparer.published.connect(self._compared)
        self.comparer.failed.connect(self._compare_failed)
        self.impacter = BackgroundRunner(self, pool=QThreadPool.globalInstance())
        self.impacter.published.connect(self._impact_done)
        self.impacter.failed.connect(
            lambda error: self._impact_done(translate(
                "history", "The impact could not be worked out: {error}").format(error=error)))
        self.opener = BackgroundRunner(self)
        self.opener.published.connect(self.openRequested.emit)
        self.opener.failed.connect(lambda error: self.status.setText(str(error)))
        self._impact_wanted = 0
        self.stopped = False
        """True once the dialog is closed: no more versions are read."""
        self.finished.connect(self._stop)
        self._show_busy(False)
        self._update_buttons()
        self.resize(1000, 680)
        self.splitter.setSizes([260, 400])  # the versions above, the redline with more room
        self.lister.submit(history.commits)
        self.status.setText(translate("history", "Reading the file's git history\u2026"))

    def _layout(self) -> None:
        top = QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.header)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.status)
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.bar)
        lower.addWidget(self.browser, 1)
        splitter = self.splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        """True while any list, read, comparison or opening is under way."""
        return any(r.busy for r in (self.lister, self.reader, self.comparer, self.opener))

    # -- listing and reading -----------------------------------------------------------------

    def _listed(self, commits: list[Commit]) -> None:
        self.model.set_commits(commits)
        count = len(commits)
        if not count:
            self.status.setText(translate("history", "{path} has no commits yet: only the "
                                          "working copy is listed.").format(
                                              path=self.history.path))
            return
        self.status.setText((translate("history", "%n commit changed this file.", None, count)
                             if count == 1 else
                             translate("history", "%n commits changed this file.", None, count))
                            + " " + translate("history", HINT))
        self.table.resizeColumnToContents(0)
        self._read_next()

    def _stop(self, *_args: object) -> None:
        self.stopped = True
        self.cancel_impact()

    def _read_next(self) -> None:
        unread = self.model.unread()[:CHUNK]
        if unread and not self.stopped:
            history, signers = self.history, self.signers
            self.reader.submit(lambda: read_judged(history, unread, signers))

    def _read(self, judged: list[tuple[Version, ApprovalState | None]]) -> None:
        self.model.set_versions([v for v, _ in judged], [s for _, s in judged])
        self._read_next()

    # -- selection -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected rows, top (newest) first."""
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def select(self, *rows: int) -> None:
        """Select exactly ``rows`` (tests and the keyboard-less)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in rows:
            selection.select(self.model.index(row, 0), flags)

    def _update_buttons(self, *_args: object) -> None:
        rows = self.selected_rows()
        self.compare_button.setEnabled(len(rows) == 2)
        self.open_button.setEnabled(len(rows) == 1 and rows[0] > 0)

    # -- compare --------------------------------------------------------------------------------

    def _side_work(self, row: int) -> Callable[[], Side]:
        commit = self.model.rows[row].commit
        if commit is None:
            policy, modified = self.working()
            name = translate("history", "{path}, working copy").format(
                path=self.history.path) + (
                " " + translate("history", "(with unsaved changes)") if modified else "")
            return lambda: Side(name, policy)
        history = self.history
        return lambda: side_of(history, commit)

    def compare(self) -> None:
        """Compare the two selected versions: the redline now, the impact when it is worked out."""
        rows = self.selected_rows()
        if len(rows) != 2:
            return
        newer, older = (self._side_work(row) for row in rows)
        self.cancel_impact()
        self.status.setText(translate("history", "Comparing\u2026"))

        def work() -> tuple[Side, Side, str, int]:
            old, new = older(), newer()
            html, count = redline(old, new)
            return old, new, html, count

        self.comparer.submit(work)

    def _compared(self, result: tuple[Side, Side, str, int]) -> None:
        old, new, html, count = result
        self.browser.setHtml(html)
        self.status.setText(
            translate("history", "No differences") if not count else
            translate("history", "%n difference between the two versions.", None, count)
            if count == 1 else
            translate("history", "%n differences between the two versions.", None, count))
        self._impact_wanted += 1
        wanted = self._impact_wanted
        self.impact.setText(translate("history", "Working out the impact on decisions\u2026"))
        self._show_busy(True)
        self.impacter.submit(lambda: (wanted, with_impact(old, new)))

    def _compare_failed(self, error: Exception) -> None:
        self.status.setText(translate("history", "Cannot compare: {error}").format(error=error))
        self.browser.clear()
        self.impact.clear()

    def _impact_done(self, outcome: tuple[int, tuple[str, str]] | str) -> None:
        if isinstance(outcome, str):
            if self.impact_running:
                self.impact.setText(outcome)
                self._show_busy(False)
            return
        wanted, (html, text) = outcome
        if wanted == self._impact_wanted:
            replace_html(self.browser, html)
            self.impact.setText(text)
            self._show_busy(False)

    def cancel_impact(self) -> None:
        """Stop waiting for the impact under way (its result is dropped)."""
        if self.impact_running:
            self._impact_wanted += 1
            self.impact.setText(translate("history", "Impact not worked out (cancelled)."))
        self._show_busy(False)

    @property
    def impact_running(self) -> bool:
        """True while the impact is being worked out and still wanted."""
        return self.bar.busy

    def _show_busy(self, busy: bool) -> None:
        self.bar.set_busy(busy)

    # -- open read-only -------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Read the selected commit's version (off the GUI thread), then ask to open it."""
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0] == 0:
            return
        commit = self.model.rows[rows[0]].commit
        assert commit is not None
        history = self.history
        self.status.setText(translate("history", "Opening {commit} read-only\u2026").format(
            commit=commit.short))
        self.opener.submit(lambda: history.version(commit))

    def approval_cell(self, row: int) -> str:
        """The approval column's text of ``row`` (tests)."""
        return str(self.model.index(row, APPROVAL_COLUMN).data())
