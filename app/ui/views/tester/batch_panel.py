"""Batch mode: load a CSV of requests, see every answer, save them as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.typography import labelled
from app.storage.atomic import write_atomic
from app.ui.icons import icon
from app.ui.views.tester import dialogs
from app.ui.views.tester.batch_model import BatchModel
from app.ui.views.tester.csvio import CsvRequestError, parse_requests, write_results

MAX_BYTES = 50 * 1024 * 1024
TOOLTIP_COLUMNS = ("category", "purpose", "subject", "recipient", "region", "consent")
"""The header row's column names (CSV keys, the same in every language)."""


class BatchPanel(QWidget):
    """Buttons, a status line and the table of answers."""

    def __init__(self, policy_source: Callable[[], Policy],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy_source
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        title = QLabel("<b>" + translate("tester batch", "Batch") + "</b>", self)
        bar.addWidget(title)
        self.load_button = QPushButton(icon("document-open"),
                                       translate("tester batch", "&Load requests…"), self)
        self.load_button.setToolTip(translate(
            "tester batch", "Load a CSV file of requests (header row: {columns})").format(
            columns=", ".join(TOOLTIP_COLUMNS)))
        self.load_button.setAccessibleName(translate("tester batch", "Load requests from CSV"))
        self.load_button.clicked.connect(self.load)
        bar.addWidget(self.load_button)
        self.save_button = QPushButton(icon("document-save-as"),
                                       translate("tester batch", "Sa&ve answers…"), self)
        self.save_button.setToolTip(
            translate("tester batch", "Save the requests and their answers as a CSV file"))
        self.save_button.setAccessibleName(translate("tester batch", "Save answers as CSV"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        bar.addWidget(self.save_button)
        self.status = QLabel(translate("tester batch", "No requests loaded."), self)
        self.status.setAccessibleName(translate("tester batch", "Batch status"))
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        self.model = BatchModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("tester batch", "Batch answers"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setToolTip(translate(
            "tester batch", "Every loaded request with its answer; row numbers are the CSV rows"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        _fit_headers(header)
        layout.addWidget(self.table, 1)
        self.last_error: CsvRequestError | None = None
        self.message_box: QMessageBox | None = None

    def _policy_now(self) -> Policy:
        return self._policy()

    def load(self) -> bool:
        """Ask for a file and load it; False when cancelled or refused."""
        path = dialogs.ask_open_csv(self)
        return bool(path) and self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Load the requests of ``path``; on any problem nothing is loaded."""
        name = Path(path).name
        try:
            if Path(path).stat().st_size > MAX_BYTES:
                raise CsvRequestError(name, [translate(
                    "tester batch", "the file is larger than {size} MB").format(
                    size=MAX_BYTES >> 20)])
            with open(path, encoding="utf-8", newline="") as handle:
                text = handle.read()
            requests = parse_requests(text, name)
        except (OSError, UnicodeDecodeError) as exc:
            return self._refuse(CsvRequestError(name, [translate(
                "tester batch", "cannot read the file: {error}").format(error=exc)]))
        except CsvRequestError as exc:
            return self._refuse(exc)
        self.last_error = None
        self.model.load(requests, self._policy_now())
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(bool(requests))
        self._update_status(name)
        return True

    def _refuse(self, error: CsvRequestError) -> bool:
        self.last_error = error
        shown = error.problems[:20]
        more = len(error.problems) - len(shown)
        text = "\n".join(shown) + ("\n" + translate("tester batch", "… and %n more", None, more)
                                   if more > 0 else "")
        self._warn(translate("tester batch", "Requests not loaded"), translate(
            "tester batch", "{name} was not loaded (nothing was changed):").format(
            name=error.name), text)
        self.status.setText(translate(
            "tester batch", "{name} not loaded: %n problems.", None, len(error.problems))
            .format(name=error.name))
        return False

    def _warn(self, title: str, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setInformativeText(details)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()

    def _update_status(self, name: str = "") -> None:
        decisions = self.model.decisions
        allowed = sum(1 for d in decisions if d.allowed)
        counts = translate("tester batch", "%n requests, {allowed} allowed, {denied} denied.",
                           None, len(decisions)).format(allowed=allowed,
                                                        denied=len(decisions) - allowed)
        self.status.setText(labelled(name, counts) if name else counts)

    def refresh(self) -> None:
        """The policy changed: answer again."""
        if self.model.requests:
            self.model.refresh(self._policy_now())
            self._update_status()

    def save(self) -> bool:
        """Ask where and save the answers."""
        path = dialogs.ask_save_csv(self)
        if not path:
            return False
        text = write_results(zip(self.model.requests, self.model.decisions, strict=True))
        try:
            write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            self._warn(translate("tester batch", "Answers not saved"), translate(
                "tester batch", "{path} could not be written.").format(path=path), str(exc))
            return False
        self.status.setText(translate("tester batch", "Saved %n answers to {name}.", None,
                                      len(self.model.requests)).format(name=Path(path).name))
        return True


def _fit_headers(header: QHeaderView) -> None:
    """Make each column at least as wide as its heading's words (longer in German or French)."""
    model = header.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(model.columnCount()):
        words = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(words) + 4 * margin
        header.resizeSection(column, max(header.sectionSize(column), needed))
