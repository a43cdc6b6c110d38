"""Whether a policy may be approved.

The window's Policy > Approve and ``policy-studio approve`` both ask :func:`approval_check`
and record the approval with :func:`app.domain.workflow.approval_edit`, so they refuse and
approve alike. A policy can be approved only when it has no error finding and no placeholder
text from a template (GOV010), and is not retired.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Status
from app.domain.i18n import translate
from app.domain.models import Policy
from app.validation.checks.placeholders import PLACEHOLDER_CODE
from app.validation.finding import Finding, Severity


@dataclass(frozen=True)
class ApprovalCheck:
    """What stands between a policy and its approval."""

    errors: tuple[Finding, ...]
    placeholders: tuple[Finding, ...]
    retired: bool = False

    @property
    def allowed(self) -> bool:
        """True when the policy may be approved."""
        return not (self.errors or self.placeholders or self.retired)

    @property
    def blockers(self) -> tuple[Finding, ...]:
        """The findings that refuse the approval, errors first."""
        return self.errors + self.placeholders

    def reasons(self) -> list[str]:
        """Each reason in a few plain words (empty when approval is allowed)."""
        reasons = []
        if self.retired:
            reasons.append(translate("approval",
                                     "the policy is retired (return it to draft first)"))
        if self.errors:
            count = len(self.errors)
            reasons.append(translate("approval", "it has %n error finding", None, count)
                           if count == 1 else
                           translate("approval", "it has %n error findings", None, count))
        if self.placeholders:
            count = len(self.placeholders)
            text = translate("approval", "%n placeholder text from a template remains ({code})",
                             None, count) if count == 1 else translate(
                "approval", "%n placeholder texts from a template remain ({code})", None, count)
            reasons.append(text.format(code=PLACEHOLDER_CODE))
        return reasons

    def summary(self) -> str:
        """One sentence saying why the policy cannot be approved ("" when it can)."""
        reasons = self.reasons()
        if not reasons:
            return ""
        joined = reasons[0] if len(reasons) == 1 else translate(
            "approval", "{reasons} and {last}").format(reasons=", ".join(reasons[:-1]),
                                                        last=reasons[-1])
        return translate("approval", "The policy cannot be approved: {reasons}.").format(
            reasons=joined)


def approval_check(policy: Policy, findings: list[Finding]) -> ApprovalCheck:
    """Judge ``policy`` from its ``findings`` (as given by the check catalogue)."""
    return ApprovalCheck(
        errors=tuple(f for f in findings if f.severity is Severity.ERROR),
        placeholders=tuple(f for f in findings if f.code == PLACEHOLDER_CODE),
        retired=policy.policy.status == Status.RETIRED,
    )
