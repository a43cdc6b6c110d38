"""The export dialog: pick a format and a target; see what the policy's errors mean."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exporters.registry import Exporter

ExporterRole = Qt.ItemDataRole.UserRole + 1


def ask_export_target(parent: QWidget, exporter: Exporter, start: str) -> str | None:
    """Ask where to write an export (a file, or a folder for multi-file formats)."""
    if not exporter.suffix:
        folder = QFileDialog.getExistingDirectory(parent, f"Export {exporter.title} to", start)
        return folder or None
    path, _ = QFileDialog.getSaveFileName(parent, f"Export {exporter.title}", start,
                                          f"{exporter.title} (*{exporter.suffix})")
    return path or None


class ExportDialog(QDialog):
    """Format list with descriptions, a target, and the choice to export despite errors."""

    def __init__(self, exporters: list[Exporter], policy_path: str | None, errors: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export policy")
        self.setAccessibleName("Export policy")
        self.resize(620, 420)
        self._exporters = exporters
        self._base = Path(policy_path) if policy_path else Path.home() / "policy"
        self.formats = QStandardItemModel(self)
        for exporter in exporters:
            row = QStandardItem(f"{exporter.title}  ({exporter.name})")
            row.setToolTip(exporter.description)
            row.setData(exporter, ExporterRole)
            row.setEditable(False)
            self.formats.appendRow(row)
        self.list = QListView(self)
        self.list.setModel(self.formats)
        self.list.setAccessibleName("Export formats")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.target = QLineEdit(self)
        self.target.setAccessibleName("Export target")
        browse = QPushButton("Browse...", self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.force = QCheckBox(f"Export anyway: the policy has {errors} error finding"
                               f"{'' if errors == 1 else 's'}", self)
        self.force.setVisible(errors > 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Format:", self.list)
        form.addRow("", self.description)
        form.addRow("Target:", target_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.force)
        layout.addWidget(self.buttons)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._format_changed())
        self.target.textChanged.connect(lambda *_: self._update_ok())
        self.force.toggled.connect(lambda *_: self._update_ok())
        self._errors = errors
        self.list.setCurrentIndex(self.formats.index(0, 0))

    def exporter(self) -> Exporter | None:
        """The chosen format."""
        index = self.list.currentIndex()
        return index.data(ExporterRole) if index.isValid() else None

    def select_format(self, name: str) -> None:
        """Choose a format by its name."""
        for row in range(self.formats.rowCount()):
            if self.formats.item(row).data(ExporterRole).name == name:
                self.list.setCurrentIndex(self.formats.index(row, 0))

    def _format_changed(self) -> None:
        exporter = self.exporter()
        if exporter is None:
            return
        self.description.setText(exporter.description)
        stem = self._base.name.split(".")[0] or "policy"
        ending = exporter.suffix or f"-{exporter.name}"
        self.target.setText(str(self._base.with_name(stem + ending)))
        self._update_ok()

    def _browse(self) -> None:
        exporter = self.exporter()
        if exporter is not None:
            chosen = ask_export_target(self, exporter, self.target.text())
            if chosen:
                self.target.setText(chosen)

    def _update_ok(self) -> None:
        ok = bool(self.target.text().strip()) and (self._errors == 0 or self.force.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
