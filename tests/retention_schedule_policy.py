"""A parish council's retention schedule as a policy (format 2), shared by the retention tests.

Periods in the style of the NALC guidance most parish councils follow: minimums, year-end
starts, criteria instead of invented periods, a choice of dispositions and legal holds.
"""

from __future__ import annotations

from app.domain.models import DataCategory, Metadata, Policy, Purpose, RetentionRule, UseRule

SCHEDULE = [
    RetentionRule(id="vat_records", categories=["finance.vat"], duration="P6Y",
                  trigger="contract_end", period_start="end_of_financial_year",
                  financial_year_start="04-01", citation="VAT Act 1994",
                  dispositions=["anonymise"]),
    RetentionRule(id="payroll", categories=["staff.payroll"], minimum="P6Y", duration="P7Y",
                  trigger="custom", custom_event="the employee left",
                  period_start="end_of_calendar_year", disposition="delete",
                  citation="Taxes Management Act 1970"),
    RetentionRule(id="insurance", categories=["finance.insurance"], duration="P40Y",
                  trigger="custom", custom_event="insurance commenced or was renewed",
                  citation="Employers' Liability (Compulsory Insurance) Regulations 1998",
                  legal_hold=True, legal_hold_reason="statutory duty to keep"),
    RetentionRule(id="accounts", categories=["residents.account"],
                  criteria="for the life of the account", trigger="account_closure",
                  disposition="delete", dispositions=["anonymise"], citation="business need"),
    RetentionRule(id="minutes", categories=["council.minutes"], duration="indefinite",
                  disposition="archive", citation="Local Government Act 1972"),
    RetentionRule(id="erasure", categories=["residents.contact"], duration="P1M",
                  trigger="deletion_request", citation="GDPR Art. 17"),
]


def parish_policy() -> Policy:
    """The schedule above, with allow rules using every category."""
    categories = sorted({c for rule in SCHEDULE for c in rule.categories})
    return Policy(
        policy=Metadata(id="parish", title="Parish council"),
        categories=[DataCategory(id=c, name=c.replace(".", " ").title()) for c in categories],
        purposes=[Purpose(id="administration", name="Council administration", consent="none")],
        rules=[UseRule(id="admin", categories=categories, purposes=["administration"])],
        retention=list(SCHEDULE),
    )
