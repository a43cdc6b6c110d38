"""The Policy menu: the review workflow draft -> in review -> approved -> retired (-> draft).

Approving records who approved, in which role, on which day and the content digest they
approved, together with the status, as one undo step; it is refused while the policy has error
findings or placeholder text from a template (:mod:`app.validation.approval`, shared with
``policy-studio approve``). Nothing else sets the status to approved.

Editing an approved policy returns it to draft, a rule of the document
(:mod:`app.domain.workflow`) the bridge follows for every edit; a non-modal warning says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from app.domain.canonical import digest
from app.domain.edits import Change
from app.domain.enums import Status, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Approval
from app.domain.workflow import approval_edit, status_edit, step_text
from app.storage.signing import sign_approval
from app.ui.actions import make_action
from app.ui.approval_dialog import ApprovalDialog, ApprovalInput
from app.ui.history.sentence import SinceSentence
from app.ui.signatures import signature_watcher
from app.validation.approval import ApprovalCheck, approval_check
from app.validation.runner import run_checks

if TYPE_CHECKING:
    from app.ui.host import Host

MAX_LISTED = 8
"""Findings listed in the refusal; the Problems panel has them all."""
DRAFT_WARNING = QT_TRANSLATE_NOOP("approvals", "The policy was approved; this change returned it "
                                  "to draft. Undo to restore the approved version, or approve "
                                  "it again.")
"""The warning after an edit of an approved policy (translated where shown)."""


def ask_approval(parent: QWidget, digest_text: str, since: SinceSentence | None = None,
                 settings: QSettings | None = None) -> ApprovalInput | None:
    """Name, role, date and key of the approver, or ``None`` when cancelled (tests replace this).

    ``since`` gives the sentence about the impact since the last approved version, which may
    arrive while the dialog is open; ``settings`` remember the key last used.
    """
    dialog = ApprovalDialog(digest_text, parent, since=since.text if since else "",
                            settings=settings)
    if since is not None:
        since.changed.connect(dialog.set_since)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        if since is not None:
            since.changed.disconnect(dialog.set_since)
            since.stop()


def show_refusal(parent: QWidget, text: str) -> None:
    """Say why the policy cannot be approved (tests replace this)."""
    QMessageBox.warning(parent, translate("approvals", "Cannot Approve"), text)


def refusal_text(check: ApprovalCheck) -> str:
    """Why the policy cannot be approved, with the first findings that stand in the way."""
    lines = [check.summary(), ""]
    for finding in check.blockers[:MAX_LISTED]:
        lines.append(f"\u2022 {finding.code} {finding.message}")
    if len(check.blockers) > MAX_LISTED:
        lines.append("\u2022 " + translate("approvals", "and {count} more").format(
            count=len(check.blockers) - MAX_LISTED))
    lines += ["", translate("approvals", "Fix them (see the Problems panel) and approve again.")]
    return "\n".join(lines)


def show_warning(parent: QWidget, text: str) -> None:
    """A non-modal warning (tests replace this)."""
    _non_modal(parent, translate("approvals", "Returned to Draft"), text)


def show_signers_problem(parent: QWidget, text: str) -> None:
    """A non-modal message: the allowed signers file cannot be read (tests replace this)."""
    _non_modal(parent, translate("approvals", "Allowed Signers"), text)


def _non_modal(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


class ApprovalController(QObject):
    """Owns the Policy menu and keeps an approved policy honest."""

    def __init__(self, host: Host) -> None:
        window = host.widget
        super().__init__(window)
        self.host = host
        bridge = host.bridge
        self.submit_action, self.approve_action, self.retire_action, self.draft_action = (
            make_action(window, text, None, None, tip) for text, tip in (
                (translate("approvals", "&Submit for review"),
                 translate("approvals", "Mark the draft as ready for review")),
                (translate("approvals", "&Approve..."),
                 translate("approvals", "Record an approval of the policy under review")),
                (translate("approvals", "&Retire"),
                 translate("approvals", "Mark the approved policy as no longer in force")),
                (translate("approvals", "Return to &draft"),
                 translate("approvals", "Make the policy a draft again"))))
        self.submit_action.triggered.connect(lambda: self.set_status(Status.IN_REVIEW))
        self.approve_action.triggered.connect(self.approve)
        self.retire_action.triggered.connect(lambda: self.set_status(Status.RETIRED))
        self.draft_action.triggered.connect(lambda: self.set_status(Status.DRAFT))
        for action in (self.submit_action, self.approve_action, self.retire_action,
                       self.draft_action):
            host.add_to_menu("policy", action)
        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(translate("approvals", "Policy status"))
        host.add_status_widget(self.status_label)
        bridge.returnedToDraft.connect(self._returned_to_draft)
        bridge.changed.connect(self.update_actions)
        bridge.reset.connect(self.update_actions)
        self.last_warning = ""
        self.since = SinceSentence(self)
        """The impact since the last approved version, for the approval dialog."""
        self.signatures = signature_watcher(bridge)
        """The state of each approval (verified, unverified, broken), kept current."""
        self.signatures.problem.connect(self._signers_problem)
        self.signatures.use_settings(host.settings)
        self.last_signers_problem = ""
        if self.signatures.signers_error:
            self._signers_problem(self.signatures.signers_error)
        self.update_actions()

    @property
    def status(self) -> Status:
        """The policy's current status."""
        return Status(self.host.bridge.policy.policy.status)

    def update_actions(self, *_args: object) -> None:
        """Enable the transitions the current status allows; show the status."""
        status = self.status
        self.submit_action.setEnabled(status is Status.DRAFT)
        self.approve_action.setEnabled(status is Status.IN_REVIEW)
        self.retire_action.setEnabled(status is Status.APPROVED)
        self.draft_action.setEnabled(status is not Status.DRAFT)
        self.status_label.setText(translate("approvals", "Status: {status}").format(
            status=label(status)))

    def set_status(self, status: Status) -> Change | None:
        """Move the policy to ``status`` as one undo step.

        No change if it is already there; "approved" only through :meth:`approve`.
        """
        if self.status is status or status is Status.APPROVED:
            return None
        return self.host.bridge.apply(status_edit(status), step_text(status))

    def approve(self) -> Approval | None:
        """Ask for the approver and record the approval, unless the policy is not ready.

        Not ready: it has errors or placeholder text left from a template (the same test as
        ``policy-studio approve``).
        """
        window, bridge = self.host.widget, self.host.bridge
        policy = bridge.policy
        check = approval_check(policy, run_checks(policy))
        if not check.allowed:
            show_refusal(window, refusal_text(check))
            return None
        self.since.start(bridge.path, policy.model_copy(deep=True))
        answer = ask_approval(window, digest(policy), self.since, self.host.settings)
        if answer is None:
            return None
        key = answer.key
        approval, edit = approval_edit(
            policy, answer.name, answer.role, answer.date,
            sign=None if key is None else lambda record: sign_approval(policy, record, key))
        bridge.apply(edit, step_text(Status.APPROVED))
        self.host.show_message(translate("approvals", "Approved by {name}").format(
            name=approval.name), 5000)
        return approval

    def _signers_problem(self, text: str) -> None:
        if text == self.last_signers_problem:
            return
        self.last_signers_problem = text
        show_signers_problem(self.host.widget, translate(
            "approvals", "The allowed signers file cannot be read, so no approval is verified "
                         "until it is fixed:\n{error}").format(error=text))

    def _returned_to_draft(self) -> None:
        self.last_warning = translate("approvals", DRAFT_WARNING)
        self.host.show_message(
            translate("approvals", "Returned to draft: the approved policy was edited"), 8000)
        show_warning(self.host.widget, self.last_warning)


def install_approvals(host: Host) -> ApprovalController:
    """Fill the Policy menu of ``host``."""
    return ApprovalController(host)
