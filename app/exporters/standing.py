"""What a document says about its own standing: DRAFT unless approved, and known errors.

Every readable document (the HTML and PDF policy document, the Art. 30 record, the redline)
says DRAFT at the top, and the PDF on every page, unless the policy is approved with an
approval of exactly its content (:func:`app.domain.approval.is_approved`). A document made
from a policy with error findings (``export --force``, or "Export anyway" in the window) says
so on its cover: whoever validated the policy passes the number of errors in.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.approval import is_approved
from app.domain.canonical import digest
from app.domain.enums import Status, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy

DRAFT_MARK = QT_TRANSLATE_NOOP("pdf", "DRAFT - not approved")
"""The mark in the PDF's page header (in English; translated where painted)."""


@dataclass(frozen=True)
class Standing:
    """Whether the document may look approved, and how many errors the policy has."""

    approved: bool
    status: str
    errors: int = 0
    changed_since_approval: bool = False

    def draft_text(self) -> str:
        """The DRAFT sentence ("" for an approved policy)."""
        if self.approved:
            return ""
        if self.changed_since_approval:
            why = translate("document standing", "the policy changed after it was approved, so "
                                                 "this content is not approved")
        elif self.status == Status.APPROVED:
            why = translate("document standing", "no approval of this content is recorded")
        else:
            why = translate("document standing", "the policy's status is {status}").format(
                status=label(Status(self.status)))
        return translate("document standing", "DRAFT: this document is not approved ({why}).") \
            .format(why=why)

    def errors_text(self) -> str:
        """The sentence about known errors ("" when there are none)."""
        if not self.errors:
            return ""
        if self.errors == 1:  # English has no catalogue to choose its plural form
            return translate("document standing", "Exported despite %n error finding: "
                             "validation reports known problems in this policy (run "
                             "policy-studio validate for the list).", None, self.errors)
        return translate("document standing", "Exported despite %n error findings: validation "
                         "reports known problems in this policy (run policy-studio validate "
                         "for the list).", None, self.errors)


def standing_of(policy: Policy, content_digest: str | None = None, errors: int = 0) -> Standing:
    """The standing of ``policy``, which validation found to have ``errors`` error findings.

    The caller validated the policy already, so every exporter and view says the same.
    """
    content_digest = content_digest or digest(policy)
    meta = policy.policy
    approved = is_approved(policy, content_digest)
    changed = not approved and meta.status == Status.APPROVED and any(
        a.digest and a.digest != content_digest for a in meta.approvals)
    return Standing(approved, str(meta.status), errors, changed)
