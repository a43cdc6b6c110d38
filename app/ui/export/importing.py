"""File > Import ...: one controller for every kind of import (no logic of its own).

Each menu entry asks for a file, plans the import with the same function the command line
uses (:mod:`app.importers.kinds`), shows the plan's preview and tally, and on confirmation
pushes the plan's batch through the bridge as one undo step. An unusable file is reported with
its file:line:col messages and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.kinds import FIDES_MANIFESTS, RETENTION_SCHEDULE, ImportKind, ImportPlan
from app.storage.errors import PolicyFileError
from app.ui.actions import make_action

if TYPE_CHECKING:
    from app.ui.host import Host


@dataclass(frozen=True)
class WindowImport:
    """How one kind of import appears in the window."""

    kind: ImportKind
    action: str
    """The menu text (with its mnemonic)."""
    icon: str
    tip: str
    files: str
    """The file dialog's filter."""
    accept: str
    """The preview's accept button."""
    wrap: bool = True
    """Wrap the preview lines (off for column-like changes)."""

    @property
    def title(self) -> str:
        """``Import Fides manifests``."""
        return translate("import", "Import {kind}").format(kind=self.kind.name)


FIDES_IMPORT = WindowImport(
    FIDES_MANIFESTS, QT_TRANSLATE_NOOP("import", "&Import Fides manifests..."), "document-open",
    QT_TRANSLATE_NOOP("import", "Add categories, purposes, subjects, rules, recipients and "
                      "contacts from Fides manifests (taxonomy, datasets, systems, policies, "
                      "organizations)"),
    QT_TRANSLATE_NOOP("import", "Fides manifests (*.yml *.yaml);;All files (*)"),
    QT_TRANSLATE_NOOP("import", "Import"))
RETENTION_IMPORT = WindowImport(  # Excel saves its tab-separated "Unicode text" as .txt
    RETENTION_SCHEDULE, QT_TRANSLATE_NOOP("import", "Import &retention schedule..."), "retention",
    QT_TRANSLATE_NOOP("import", "Apply an edited retention schedule (CSV) to the policy"),
    QT_TRANSLATE_NOOP("import", "Spreadsheet text (*.csv *.txt *.tsv);;All files (*)"),
    QT_TRANSLATE_NOOP("import", "Apply changes"), wrap=False)


def ask_import_path(parent: QWidget, spec: WindowImport) -> str | None:
    """Ask for the file to import (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, spec.title, "",
                                          translate("import", spec.files))
    return path or None


def confirm_import(dialog: QDialog) -> bool:
    """Show a preview modally; True when the user chose to go ahead (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_import_error(parent: QWidget, text: str) -> None:
    """Report an unreadable import file (tests replace this)."""
    QMessageBox.critical(parent, translate("import", "Cannot import"), text)


def preview_dialog(plan: ImportPlan, spec: WindowImport, parent: QWidget) -> QDialog:
    """A dialog with the plan's tally, its preview lines and an accept button."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(spec.title)
    dialog.resize(680, 430)
    label = QLabel(translate("import", "{file}: {tally}. The import is one step: Undo takes it "
                             "back.").format(file=plan.file, tally=plan.tally()), dialog)
    label.setWordWrap(True)
    listing = QPlainTextEdit("\n".join(plan.preview_lines())
                             or translate("import", "Nothing to import."), dialog)
    listing.setReadOnly(True)
    if not spec.wrap:
        listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    listing.setAccessibleName(translate("import", "{title} preview").format(title=spec.title))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("import", spec.accept))
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(plan.edits()))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(listing)
    layout.addWidget(buttons)
    return dialog


class ImportController(QObject):
    """Owns one File > Import ... action."""

    def __init__(self, host: Host, spec: WindowImport) -> None:
        super().__init__(host.widget)
        self.host = host
        self.window = host.widget
        self.spec = spec
        self.action = make_action(host.widget, translate("import", spec.action), spec.icon, None,
                                  translate("import", spec.tip))
        self.action.triggered.connect(self.run)
        host.add_to_menu("file", self.action)

    def run(self) -> ImportPlan | None:
        """Ask for a file, preview its plan, and apply it as one undo step on confirmation."""
        path = ask_import_path(self.window, self.spec)
        if not path:
            return None
        try:
            plan = self.spec.kind.plan(self.host.bridge.policy, path)
        except PolicyFileError as exc:
            show_import_error(self.window, "\n".join(exc.lines()))
            return None
        batch = plan.batch()
        if not confirm_import(preview_dialog(plan, self.spec, self.window)) or not batch.edits:
            return None
        self.host.bridge.apply(batch, batch.summary)
        self.host.show_message(batch.summary, 5000)
        return plan
