"""The export dialog: pick a format (grouped by who reads it) and a target.

Formats are listed under their audience's heading ("Legal documents", "Engineering files"),
as the registry says (:func:`app.exporters.registry.by_audience`). The headings cannot be
chosen, so the arrow keys move from format to format. The dialog starts on the format and
folder last exported from the same policy (:class:`~app.ui.export.memory.ExportMemory`), else
in the preferences' default export folder, else beside the policy's file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.exporters.registry import (
    Exporter,
    audience_heading,
    by_audience,
    shown_description,
    shown_title,
)
from app.ui.export.memory import ExportMemory
from app.ui.export.signing import SigningKeyRow, can_sign

ExporterRole = Qt.ItemDataRole.UserRole + 1
SIGNABLE = "pdf"
"""The one format that can carry the approver's signature (the policy document PDF)."""


def ask_export_target(parent: QWidget, exporter: Exporter, start: str) -> str | None:
    """Ask where to write an export (a file, or a folder for multi-file formats)."""
    title = shown_title(exporter)
    if not exporter.suffix:
        folder = QFileDialog.getExistingDirectory(
            parent, translate("export", "Export {title} to").format(title=title), start)
        return folder or None
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("export", "Export {title}").format(title=title), start,
        f"{title} (*{exporter.suffix})")
    return path or None


class ExportDialog(QDialog):
    """Formats by audience with descriptions, a target, and the choice to export despite errors."""

    def __init__(self, exporters: list[Exporter], policy_path: str | None, errors: int,
                 parent: QWidget | None = None, memory: ExportMemory | None = None,
                 approved: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export", "Export policy"))
        self.setAccessibleName(translate("export", "Export policy"))
        self.resize(720, 560)  # every format in view, within a 1024x700 screen
        self.memory = memory or ExportMemory(None, None, None)
        self._base = Path(policy_path) if policy_path else Path.home() / "policy"
        self._folder = self.memory.start_folder() or self._base.parent
        self.formats = QStandardItemModel(self)
        self._fill(exporters)
        self.list = QTreeView(self)
        self.list.setModel(self.formats)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(translate("export", "Export formats"))
        self.list.setAccessibleDescription(translate(
            "export", "The formats, grouped by who reads them; the selected format's "
            "description follows the list"))
        self.list.expandAll()
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(translate("export", "Export target"))
        self.target.setAccessibleDescription(
            translate("export", "The file (or folder) the export is written to"))
        browse = QPushButton(translate("export", "&Browse..."), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.force = QCheckBox(translate(
            "export", "Export &anyway: the policy has %n error finding", None, errors)
            if errors == 1 else translate(
                "export", "Export &anyway: the policy has %n error findings", None, errors), self)
        self.force.setVisible(errors > 0)
        self.sign = QCheckBox(translate("export", "&Sign the PDF with a certificate..."), self)
        self.sign.setEnabled(approved)  # the signature says "approved": a draft cannot
        self.sign.setToolTip(translate(
            "export", "Add your PDF signature (PAdES) with the key and certificate of a "
                      "PKCS#12 file") if approved else translate(
            "export", "Only the document of an approved version can be signed"))
        self.sign.setAccessibleDescription(self.sign.toolTip())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("export", "&Export"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        format_label = QLabel(translate("export", "&Format:"), self)
        format_label.setBuddy(self.list)
        target_label = QLabel(translate("export", "&Target:"), self)
        target_label.setBuddy(self.target)
        form.addRow(format_label, self.list)
        form.addRow("", self.description)
        form.addRow(target_label, target_row)
        self.signing = SigningKeyRow(self)
        signing_label = QLabel(translate("export", "Sign &with key:"), self)
        signing_label.setBuddy(self.signing.path)
        form.addRow(signing_label, self.signing)
        for label in (format_label, target_label):  # no jump when the signing row hides
            label.setMinimumWidth(signing_label.sizeHint().width())
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.force)
        layout.addWidget(self.sign)
        layout.addWidget(self.buttons)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._format_changed())
        self.list.doubleClicked.connect(lambda *_: self._activated())
        self.target.textChanged.connect(lambda *_: self._update_ok())
        self.force.toggled.connect(lambda *_: self._update_ok())
        self._errors = errors
        remembered = self.memory.last_format()
        if not (remembered and self.select_format(remembered)):
            self.list.setCurrentIndex(self._format_indexes()[0])
        self.list.setFocus()

    def _fill(self, exporters: list[Exporter]) -> None:
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_colour = QBrush(self.palette().color(QPalette.ColorRole.WindowText))
        for audience, members in by_audience(exporters).items():
            heading = QStandardItem(audience_heading(audience))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not a choice: the keys pass over it
            heading.setFont(heading_font)
            heading.setForeground(heading_colour)  # readable although not selectable
            heading.setAccessibleText(f"{audience_heading(audience)}:")
            spacing = self.fontMetrics().lineSpacing()
            heading.setSizeHint(QSize(0, spacing * 2))  # a little air above each group
            for exporter in members:
                row = QStandardItem(shown_title(exporter))  # the code is for the command line
                row.setToolTip(translate("export", "{description}\n(command line: --format "
                                                   "{name})").format(
                    description=shown_description(exporter), name=exporter.name))
                row.setData(exporter, ExporterRole)
                row.setEditable(False)
                heading.appendRow(row)
            self.formats.appendRow(heading)

    def _format_indexes(self) -> list[QModelIndex]:
        found = []
        for group in range(self.formats.rowCount()):
            parent = self.formats.index(group, 0)
            found += [self.formats.index(row, 0, parent)
                      for row in range(self.formats.rowCount(parent))]
        return found

    def groups(self) -> dict[str, list[str]]:
        """Each heading with the names of the formats under it (for tests and readers)."""
        found: dict[str, list[str]] = {}
        for group in range(self.formats.rowCount()):
            heading = self.formats.item(group)
            found[heading.text()] = [heading.child(row).data(ExporterRole).name
                                     for row in range(heading.rowCount())]
        return found

    def exporter(self) -> Exporter | None:
        """The chosen format."""
        index = self.list.currentIndex()
        return index.data(ExporterRole) if index.isValid() else None

    def wants_signature(self) -> bool:
        """True when the PDF is to be signed."""
        return not self.sign.isHidden() and self.sign.isEnabled() and self.sign.isChecked()

    def select_format(self, name: str) -> bool:
        """Choose a format by its name; False when there is none of that name."""
        for index in self._format_indexes():
            if index.data(ExporterRole).name == name:
                self.list.setCurrentIndex(index)
                return True
        return False

    def signing_key(self) -> str:
        """The key file to sign with; ``""`` for none or a format that cannot be signed."""
        return self.signing.key_path() if can_sign(self.exporter()) else ""

    def _format_changed(self) -> None:
        exporter = self.exporter()
        self._form.setRowVisible(self.signing, can_sign(exporter))
        if exporter is None:
            self.description.clear()
            self.sign.setVisible(False)
            self._update_ok()
            return
        self.description.setText(shown_description(exporter))
        self.sign.setVisible(exporter.name == SIGNABLE)
        stem = self._base.name.split(".")[0] or "policy"
        ending = exporter.suffix or f"-{exporter.name}"
        self.target.setText(str(self._folder / (stem + ending)))
        self._update_ok()

    def _activated(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok.isEnabled():
            self.accept()

    def _browse(self) -> None:
        exporter = self.exporter()
        if exporter is not None:
            chosen = ask_export_target(self, exporter, self.target.text())
            if chosen:
                self.target.setText(chosen)

    def _update_ok(self) -> None:
        ok = self.exporter() is not None and bool(self.target.text().strip()) and (
            self._errors == 0 or self.force.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
