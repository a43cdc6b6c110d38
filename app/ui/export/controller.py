"""File > Export...: run an exporter off the GUI thread and report what it could not say."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app.commands.output import same_file
from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.i18n import translate
from app.exporters.opa_signing import SigningKeyError
from app.exporters.pdf.signing import sign_export
from app.exporters.registry import Exporter, ExportResult, exporters, run_export, shown_title
from app.exporters.writing import planned_paths, write_result
from app.ui.actions import make_action
from app.ui.export.dialog import ExportDialog
from app.ui.export.importing import FIDES_IMPORT, RETENTION_IMPORT, ImportController
from app.ui.export.memory import ExportMemory
from app.ui.export.pdf_signing import signing_credentials
from app.ui.export.signing import load_key, signing_refusal
from app.ui.files.tasks import run_blocking
from app.validation.finding import Severity
from app.validation.runner import run_checks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.domain.models import Policy
    from app.ui.host import Host


def show_export_report(parent: QWidget, text: str) -> None:
    """Tell the user what was written (tests replace this)."""
    QMessageBox.information(parent, translate("export", "Export finished"), text)


def show_export_error(parent: QWidget, text: str) -> None:
    """Tell the user the export failed (tests replace this)."""
    QMessageBox.critical(parent, translate("export", "Export failed"), text)


def open_dialog(dialog: ExportDialog) -> bool:
    """Show the dialog modally; True when the user chose Export (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ExportController(QObject):
    """Owns the Export action of the File menu."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.action = make_action(host.widget, translate("export", "&Export..."),
                                  "document-save-as", "Ctrl+Shift+E",
                                  translate("export", "Export the policy for other systems"))
        self.action.triggered.connect(self.export)
        host.add_to_menu("file", self.action)
        self.importer = ImportController(host, FIDES_IMPORT)
        self.retention_importer = ImportController(host, RETENTION_IMPORT)
        host.add_to_menu("file", None)

    def export(self) -> ExportResult | None:
        """Ask for a format and target, export, and report."""
        host, window = self.host, self.host.widget
        policy = host.bridge.policy
        errors = sum(f.severity is Severity.ERROR for f in run_checks(policy))
        memory = ExportMemory(host.settings, host.bridge.path, policy.policy.id)
        dialog = ExportDialog(exporters(), host.bridge.path, errors, window, memory,
                              approved=is_approved(policy, digest(policy)))
        if not open_dialog(dialog):
            return None
        exporter = dialog.exporter()
        if exporter is None:
            return None
        credentials = None
        if dialog.wants_signature():
            credentials = signing_credentials(window, show_export_error)
            if credentials is None:
                return None
        target = Path(dialog.target.text().strip())
        snapshot = policy.model_copy(deep=True)
        key = dialog.signing_key()
        if key:
            exporter = self._signing(exporter, key, snapshot)
            if exporter is None:
                return None
        source = host.bridge.path

        def work() -> ExportResult:
            result = run_export(exporter, snapshot, errors)
            if credentials is not None:
                result = sign_export(result, snapshot, credentials)
            paths = planned_paths(result, target)
            if source and any(same_file(path, source) for path in paths):
                raise ValueError(translate(
                    "export", "this is the policy's own file; choose another target"))
            if key and any(same_file(path, key) for path in paths):
                raise ValueError(translate(
                    "export", "this is the signing key's file; choose another target"))
            write_result(result, target)
            return result

        title = shown_title(exporter)
        try:
            result = run_blocking(work, window, translate("export", "Exporting {title}...")
                                  .format(title=title))
        except (OSError, ValueError) as exc:
            show_export_error(window, f"{target}: {exc}")
            return None
        memory.keep(exporter.name, target)
        lines = [translate("export", "Wrote {target} ({title}).").format(target=target,
                                                                          title=title),
                 translate("export", "Digest: {digest}").format(digest=result.digest)]
        if credentials is not None:
            lines.append(translate("export", "Signed by {signer}.").format(
                signer=credentials.signer))
        if errors:
            lines.append(translate("export", "Exported although the policy has %n error findings.",
                                   None, errors))
        lines += result.notes
        if result.summary:
            lines.append("\n" + translate("export", "Not expressed by this format:"))
            lines += [f"  - {line}" for line in result.summary]
        show_export_report(window, "\n".join(lines))
        host.show_message(translate("export", "Exported {name}").format(name=target.name), 5000)
        return result


    def _signing(self, exporter: Exporter, key: str, policy: Policy) -> Exporter | None:
        """``exporter`` signing with the key file ``key``; None (the user told why) if not."""
        window = self.host.widget
        refusal = signing_refusal(policy)
        if refusal is not None:
            show_export_error(window, refusal)
            return None
        try:
            signer = load_key(window, key)
        except SigningKeyError as error:
            show_export_error(window, str(error))
            return None
        return None if signer is None else exporter.signed(signer)  # type: ignore[attr-defined]


def install_export(host: Host) -> ExportController:
    """Add File > Export... (and the imports) to ``host``."""
    return ExportController(host)
