"""One version of the policy from git history, in a read-only window.

The window shows the version's policy document and never edits or saves the policy: it has no
editor, no undo stack and no save. Its title names the commit and says it is read-only. For an
approved version, "Export approved documents..." writes the documents legal signed (policy
document HTML and PDF, Art. 30 record HTML and CSV, retention schedule) into a folder, rendered
byte-for-byte as they were approved (:mod:`app.exporters.approved`), each named after the commit
so none can replace the working file.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.commands.output import same_file
from app.domain.i18n import translate
from app.exporters.approved import DOCUMENTS, render_all_approved
from app.exporters.policy_document import build_html
from app.exporters.registry import get
from app.exporters.standing import standing_of
from app.exporters.writing import write_result
from app.storage.git_history import FileHistory, Version
from app.storage.signing import ApprovalState
from app.ui.files.tasks import run_blocking
from app.ui.signature_marks import state_reason
from app.ui.views.document.view import paper_palette


def ask_folder(parent: QWidget, suggested: str) -> str | None:
    """The folder to write the approved documents into, or None (tests replace this)."""
    return QFileDialog.getExistingDirectory(
        parent, translate("history", "Export Approved Documents"), suggested) or None


def show_problem(parent: QWidget, text: str) -> None:
    """Say the documents could not be written (tests replace this)."""
    QMessageBox.critical(parent, translate("history", "Cannot Export"), text)


def document_names(stem: str, short: str) -> dict[str, str]:
    """The file name of each approved document of commit ``short``."""
    return {name: f"{stem}@{short}{get(name).suffix}" for name in DOCUMENTS}


def banner_text(history: FileHistory, version: Version,
                state: ApprovalState | None = None) -> str:
    """The line above the document: which version, whether approved, and the signature's state."""
    commit, approval = version.commit, version.approval
    head = translate("history", "{path} at commit {commit} ({date}, {author}: {subject}).").format(
        path=commit.path, commit=commit.short, date=f"{commit.date:%Y-%m-%d %H:%M}",
        author=commit.author, subject=commit.subject)
    if version.approved and approval is not None:
        said = translate("history", "Approved by {name} ({role}) on {date}; content digest "
                         "{digest}.") if approval.role else \
            translate("history", "Approved by {name} on {date}; content digest {digest}.")
        said = said.format(name=approval.name, role=approval.role, date=approval.date,
                           digest=version.digest)
        return f"{head} {said}" + (f" {state_reason(state)}." if state is not None else "")
    return head + " " + translate("history", "This version carries no approval of its content.")


class ReadOnlyWindow(QWidget):
    """A version of the policy, read-only, with its approved documents when it has them."""

    def __init__(self, history: FileHistory, version: Version,
                 parent: QWidget | None = None, state: ApprovalState | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        assert version.policy is not None
        self.history = history
        self.version = version
        commit = version.commit
        self.setWindowTitle(translate("history", "{name} at {commit} (read-only) \u2014 Policy "
                                      "Studio").format(name=Path(commit.path).name,
                                                       commit=commit.short))
        self.banner = QLabel("<b>{}</b> {}".format(
            html.escape(translate("history", "Read-only.")),
            html.escape(banner_text(history, version, state))), self)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setWordWrap(True)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setMargin(6)
        self.banner.setAccessibleName(translate("history", "Which version this is"))
        self.export_button = QPushButton(
            translate("history", "&Export approved documents\u2026"), self)
        self.export_button.setEnabled(version.approved)
        self.export_button.setToolTip(
            translate("history", "Write the policy document (HTML, PDF), Art. 30 record and "
                      "retention schedule as they were approved") if version.approved else
            translate("history", "Only a version whose approval matches its content has "
                      "approved documents"))
        self.export_button.clicked.connect(self.export_documents)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(translate("history", "Policy document of this version"))
        self.browser.setPalette(paper_palette(self.browser.palette()))
        self.browser.anchorClicked.connect(
            lambda url: self.browser.scrollToAnchor(url.fragment()))
        self.browser.setHtml(build_html(version.policy, standing=standing_of(version.policy)))
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("history", "What was done"))
        bar = QHBoxLayout()
        bar.addWidget(self.banner, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.message)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1000, 760)

    def export_documents(self) -> list[Path]:
        """Ask for a folder, then write the approved documents there; returns the paths."""
        if not self.version.approved or self.version.policy is None:
            return []
        folder = ask_folder(self, str(self.history.file.parent))
        if not folder:
            return []
        stem = self.history.file.name.split(".")[0]
        targets = {name: Path(folder) / file
                   for name, file in document_names(stem, self.version.commit.short).items()}
        if any(same_file(path, self.history.file) for path in targets.values()):
            show_problem(self, translate("history", "That would replace the policy's own file; "
                                         "choose another folder."))
            return []
        policy = self.version.policy

        def work() -> list[Path]:
            results = render_all_approved(policy)
            return [write_result(results[name], path) for name, path in targets.items()]

        try:
            written = run_blocking(work, self,
                                   translate("history", "Rendering the approved documents\u2026"))
        except (OSError, ValueError) as exc:
            show_problem(self, f"{folder}: {exc}")
            return []
        self.message.setText(translate("history", "Wrote %n approved documents to {folder}", None,
                                       len(written)).format(folder=folder))
        return written
