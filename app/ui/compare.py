"""File > Compare with...: the HTML redline of another file (old) against the open policy (new).

The redline shows at once; the same redline opening with the impact on decisions (and listing
every changed use) replaces it when a worker has worked it out, with a busy bar and a Cancel
button meanwhile (cancelling drops the result). The page is paper-white in any palette, like
the document view, so the document's colours read the same in a dark theme.

The questions it asks are small module functions tests replace with ``monkeypatch``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.diff import PolicyDiff, diff_policies
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.impact import Impact
from app.domain.models import Policy
from app.exporters.redline_html import redline_with_impact, render_html
from app.storage.atomic import write_atomic
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.ui.actions import make_action
from app.ui.background import BackgroundRunner
from app.ui.files.dialogs import error_text, open_filters
from app.ui.history.work import headline
from app.ui.impact_bar import ImpactBar, replace_html
from app.ui.views.document.view import paper_palette

if TYPE_CHECKING:
    from app.ui.host import Host


def ask_compare_path(parent: QWidget) -> str | None:
    """The earlier version to compare with, or ``None`` when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("compare", "Compare With"), "",
                                          open_filters())
    return path or None


def ask_redline_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save the HTML redline, or ``None`` when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("compare", "Export Redline"),
                                          suggested, translate("compare", "HTML files (*.html)"))
    return path or None


def show_compare_error(parent: QWidget, text: str) -> None:
    """Tell the user the other file could not be read or the redline not written."""
    QMessageBox.critical(parent, translate("compare", "Cannot Compare"), text)


def open_redline(dialog: RedlineDialog) -> None:
    """Show the redline without blocking the window (tests replace this)."""
    dialog.show()


WORKING = QT_TRANSLATE_NOOP("compare", "Working out the impact on decisions\u2026")
CANCELLED = QT_TRANSLATE_NOOP("compare", "Impact not worked out (cancelled).")
"""The impact bar's words while working and once cancelled (translated where shown)."""


class RedlineDialog(QDialog):
    """The redline in a text browser, with a button that exports it as HTML.

    :meth:`work_out_impact` replaces it with the redline that opens with the impact, worked out
    on a worker; :attr:`impact` holds that impact once shown.
    """

    def __init__(self, html: str, diff: PolicyDiff, suggested: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html = html
        self.diff = diff
        self.suggested = suggested
        self.impact: Impact | None = None
        self.setWindowTitle(translate("compare", "Changes"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("compare", "Redline"))
        self.browser.setAccessibleDescription(translate(
            "compare", "What changed between the two versions, and the impact on the decisions"))
        self.browser.setOpenLinks(False)
        self.browser.setPalette(paper_palette(self.browser.palette()))
        self.browser.setHtml(html)
        self.bar = ImpactBar(self)
        self.state, self.progress, self.cancel_button = (
            self.bar.label, self.bar.progress, self.bar.cancel_button)
        self.cancel_button.clicked.connect(self.cancel_impact)
        self.runner = BackgroundRunner(self, pool=QThreadPool.globalInstance())
        self.runner.published.connect(self._impact_done)
        self.runner.failed.connect(self._impact_failed)
        self.finished.connect(self.cancel_impact)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(translate("compare", "&Export HTML…"), self)
        self.export_button.setToolTip(
            translate("compare", "Save this redline as an HTML file for review"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.swap_button = QPushButton(translate("compare", "&Swap sides"), self)
        self.swap_button.setToolTip(
            translate("compare", "Show the changes the other way round (newer as the base)"))
        self.swap_button.setEnabled(False)
        self.buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.swap_button.clicked.connect(self.swap)
        self.versions: tuple[Policy, Policy, str, str] | None = None
        """(old, new, old name, new name) shown, once :meth:`show_versions` set them."""
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_html)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(900, 700)

    def show_versions(self, old: Policy, new: Policy, old_name: str, new_name: str,
                      diff: PolicyDiff | None = None) -> None:
        """Show the redline from ``old`` to ``new`` (snapshots) and work out its impact.

        ``diff``: their diff when already worked out.
        """
        self.cancel_impact()
        self.versions = (old, new, old_name, new_name)
        self.diff = diff or diff_policies(old, new)
        self.html, self.impact = render_html(self.diff, old_name, new_name), None
        replace_html(self.browser, self.html)
        self.setWindowTitle(translate("compare", "Changes since {name}").format(
            name=Path(old_name).name))
        self.swap_button.setEnabled(True)
        self.work_out_impact(old, new, old_name, new_name)

    def swap(self) -> None:
        """Compare the other way round: the newer version becomes the base."""
        if self.versions is not None:
            old, new, old_name, new_name = self.versions
            self.show_versions(new, old, new_name, old_name)

    @property
    def impact_running(self) -> bool:
        """True while the impact is being worked out and still wanted."""
        return self.bar.busy

    def work_out_impact(self, old: Policy, new: Policy, old_name: str, new_name: str) -> None:
        """Work out the impact of ``old`` -> ``new`` (snapshots) on a worker, then show it."""
        self.state.setText(translate("compare", WORKING))
        self.bar.set_busy(True)
        self.runner.submit(lambda: redline_with_impact(old, new, old_name, new_name))

    def cancel_impact(self, *_args: object) -> None:
        """Stop waiting for the impact under way (its result is dropped)."""
        if self.impact_running:
            self.runner.submit(lambda: None)  # supersedes the job; its result is dropped
            self.state.setText(translate("compare", CANCELLED))
        self.bar.set_busy(False)

    def _impact_done(self, outcome: tuple[str, Impact] | None) -> None:
        if outcome is None or not self.impact_running:
            return
        self.html, self.impact = outcome
        replace_html(self.browser, self.html)
        self.state.setText(headline(self.impact))
        self.bar.set_busy(False)

    def _impact_failed(self, error: Exception) -> None:
        if self.impact_running:
            self.state.setText(translate("compare", "The impact could not be worked out: {error}")
                               .format(error=error))
            self.bar.set_busy(False)

    def export_html(self) -> str | None:
        """Ask where, then write the HTML redline; returns the path written."""
        path = ask_redline_path(self, self.suggested)
        if not path:
            return None
        try:
            write_atomic(Path(path), self.html.encode("utf-8"))
        except OSError as exc:
            show_compare_error(self, translate("compare", "{path} could not be written: {error}")
                               .format(path=path, error=exc.strerror or exc))
            return None
        return path


class CompareController(QObject):
    """Owns File > Compare with..."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.dialog: RedlineDialog | None = None
        self.action = make_action(
            host.widget, translate("compare", "Compare &with..."), "edit-find", None,
            translate("compare", "Show what changed since another version of this policy"))
        self.action.triggered.connect(self.compare)
        host.add_to_menu("file", self.action)

    def compare(self, path: str | None = None) -> RedlineDialog | None:
        """Ask for the earlier file (unless given) and show the redline against the document."""
        window, bridge = self.host.widget, self.host.bridge
        path = path or ask_compare_path(window)
        if not path:
            return None
        try:
            old = load_file(path)
        except PolicyFileError as exc:
            show_compare_error(window, error_text(exc))
            return None
        new = bridge.policy
        diff = diff_policies(old.policy, new)
        new_name = (bridge.path or translate("compare", "Untitled (unsaved)")) + (
            " " + translate("compare", "(with unsaved changes)") if bridge.modified else "")
        base = Path(bridge.path or "policy").name.split(".")[0]
        suggested = str(Path(path).with_name(f"{base}.redline.html"))
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RedlineDialog("", diff, suggested, window)
        self.dialog.show_versions(old.policy, new.model_copy(deep=True), path, new_name, diff)
        open_redline(self.dialog)
        self.host.show_message(
            translate("compare", "No differences") if diff.equal else
            translate("compare", "%n differences", None, diff.count()), 5000)
        return self.dialog


def install_compare(host: Host) -> CompareController:
    """Add File > Compare with... to ``host``."""
    return CompareController(host)
