"""Governance: who answers for the policy, whether it is approved, and when it is reviewed."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.canonical import digest
from app.domain.enums import ApprovalDecision, Jurisdiction, Status
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Contact
from app.domain.sections import METADATA
from app.validation.catalogue import check
from app.validation.checks._common import names
from app.validation.context import Context
from app.validation.finding import Finding, Hit, Severity

_DPO_REGIMES = frozenset({Jurisdiction.EU_GDPR, Jurisdiction.UK_GDPR})


def _reachable(contact: Contact | None) -> bool:
    return contact is not None and bool(contact.name.strip() or contact.email.strip())


def _live(ctx: Context) -> bool:
    """False for a retired policy, which needs no review any more."""
    return ctx.policy.policy.status != Status.RETIRED


@check("GOV001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/governance", "Approved policy with errors"), post=True,
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "An approved policy is what the organisation says it does. Approving it while "
           "validation reports errors means signing off known legal or logical problems."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Fix the errors and approve again, or set the status back to draft or in review."))
def approved_with_errors(ctx: Context, findings: list[Finding]) -> Iterator[Hit]:
    """Hits of GOV001, "Approved policy with errors"."""
    if ctx.policy.policy.status != Status.APPROVED:
        return
    errors = [f for f in findings if f.severity == Severity.ERROR]
    if errors:
        found = sorted({f.code for f in errors})
        text = translate("checks/governance", "the policy is approved but has {count} error "
                         "({codes})") if len(errors) == 1 else translate(
            "checks/governance", "the policy is approved but has {count} errors ({codes})")
        yield Hit((METADATA, "status"), text.format(count=len(errors), codes=names(found)))


@check("GOV002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "Review overdue"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Policies go stale as the business and the law change; the date set for the next "
           "review has passed."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Review the policy, then set the next review date (typically a year ahead)."))
def review_overdue(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV002, "Review overdue"."""
    due = ctx.policy.policy.next_review
    if due is not None and due < ctx.today and _live(ctx):
        days = (ctx.today - due).days
        text = translate("checks/governance", "the review was due on {date} ({days} day ago)") \
            if days == 1 else translate("checks/governance",
                                        "the review was due on {date} ({days} days ago)")
        yield Hit((METADATA, "next_review"), text.format(date=due.isoformat(), days=days))


@check("GOV003", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "No review date"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Without a next review date nobody is reminded to check that the policy still matches "
           "what the organisation does."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Set the next review date (typically a year ahead)."))
def no_review_date(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV003, "No review date"."""
    if ctx.policy.policy.next_review is None and _live(ctx):
        yield Hit((METADATA, "next_review"), translate("checks/governance",
                                                       "the policy has no next review date"))


def _approvals(ctx: Context) -> list[int]:
    """Positions of the approvals that approved, oldest first (ties: file order)."""
    approvals = ctx.policy.policy.approvals
    positive = [i for i, a in enumerate(approvals) if a.decision == ApprovalDecision.APPROVED]
    return sorted(positive, key=lambda i: approvals[i].date)


@check("GOV004", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/governance", "Approved without an approval"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "The status says approved, but nobody is recorded as having approved it, so there is "
           "no trace of who signed off and when."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Record the approval (name, role, date, decision), or set the status back."))
def approved_without_approval(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV004, "Approved without an approval"."""
    if ctx.policy.policy.status == Status.APPROVED and not _approvals(ctx):
        yield Hit((METADATA, "status"),
                  translate("checks/governance", "the policy is marked approved but no "
                            "approval is recorded"))


@check("GOV005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "Changed since it was approved"),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "The latest approval recorded the digest of what was approved; the content has "
           "changed since, so the approved status no longer covers what the file says."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Have the changes reviewed and record a new approval, or undo the changes."))
def changed_since_approval(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV005, "Changed since it was approved"."""
    positions = _approvals(ctx)
    if ctx.policy.policy.status != Status.APPROVED or not positions:
        return
    latest = positions[-1]
    approval = ctx.policy.policy.approvals[latest]
    if approval.digest and approval.digest != digest(ctx.policy):
        yield Hit((METADATA, "approvals", latest, "digest"), translate(
            "checks/governance", "the policy changed after {name} approved it on {date}").format(
            name=approval.name, date=approval.date.isoformat()))


@check("GOV006", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "No controller contact"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "People and regulators must be able to tell who is responsible for the data and how "
           "to reach them (GDPR Art. 13(1)(a))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Fill in the controller's name and email address."))
def no_controller(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV006, "No controller contact"."""
    if not _reachable(ctx.policy.policy.controller):
        yield Hit((METADATA, "controller"), translate(
            "checks/governance", "the policy names no controller contact"))


@check("GOV007", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/governance", "No data protection officer contact"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Under the GDPR many organisations must appoint a data protection officer and publish "
           "how to reach them (Art. 37 and 13(1)(b))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Fill in the DPO's contact, or note why no DPO is required."))
def no_dpo(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV007, "No data protection officer contact"."""
    regimes = _DPO_REGIMES & set(ctx.policy.policy.jurisdictions)
    if regimes and not _reachable(ctx.policy.policy.dpo):
        yield Hit((METADATA, "dpo"), translate(
            "checks/governance", "the policy names no data protection officer contact"))


@check("GOV008", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "No security measures"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "The record of processing must describe the technical and organisational security "
           "measures (GDPR Art. 30(1)(g) and 32); none are recorded."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "List the measures that protect the data, e.g. encryption, access control, staff "
           "training."))
def no_security_measures(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV008, "No security measures"."""
    if not ctx.policy.policy.security_measures:
        yield Hit((METADATA, "security_measures"), translate(
            "checks/governance", "the policy records no security measures"))


@check("GOV009", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/governance", "No jurisdiction"),
       reads=(METADATA,),
       why=QT_TRANSLATE_NOOP(
           "checks/governance",
           "The jurisdiction decides which rules apply, including where data may be sent without "
           "a safeguard; without one, transfer checks cannot run."),
       fix=QT_TRANSLATE_NOOP(
           "checks/governance",
           "Add the regimes the policy is written for, e.g. eu_gdpr."))
def no_jurisdiction(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV009, "No jurisdiction"."""
    if not ctx.policy.policy.jurisdictions:
        yield Hit((METADATA, "jurisdictions"), translate(
            "checks/governance", "the policy names no jurisdiction"))
