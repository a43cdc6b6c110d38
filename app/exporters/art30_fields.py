"""The fields of one processing activity in the record of processing, in the templates' order.

Titles follow what the UK ICO's and the CNIL's record templates ask for, with the GDPR article
each answers; :data:`TITLES` is the order (and the CSV's columns), :data:`PROCESSOR_TITLES` the
ones the processor's record (Art. 30(2)) keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.enums import label
from app.domain.models import Purpose
from app.exporters import art30_words as words
from app.exporters import purpose_words
from app.exporters.policy_words import CONSENT, art9
from app.exporters.retention_csv import describe

if TYPE_CHECKING:
    from app.exporters.art30 import Builder

PURPOSES = "Purposes of the processing"
BASIS = "Lawful basis (GDPR Art. 6)"
CONDITION = "Special category condition (GDPR Art. 9)"
INTERESTS = "Legitimate interests"
SUBJECTS = "Categories of data subjects"
DATA = "Categories of personal data"
SOURCES = "Source of the personal data"
RECIPIENTS = "Categories of recipients"
CONTRACTS = "Processor contracts (GDPR Art. 28)"
TRANSFERS = "Transfers to third countries and safeguards"
RETENTION = "Time limits for erasure"
SECURITY = "Security measures"
DPIA = "Data protection impact assessment"
AUTOMATED = "Automated decision-making, including profiling"
SALE = "Sale and sharing (CCPA/CPRA)"
TITLES: tuple[str, ...] = (PURPOSES, BASIS, CONDITION, INTERESTS, SUBJECTS, DATA, SOURCES,
                           RECIPIENTS, CONTRACTS, TRANSFERS, RETENTION, SECURITY, DPIA,
                           AUTOMATED, SALE)
PROCESSOR_TITLES: tuple[str, ...] = (PURPOSES, SUBJECTS, DATA, RECIPIENTS, CONTRACTS,
                                     TRANSFERS, RETENTION, SECURITY)
"""Art. 30(2): the categories of processing, transfers and security (with what makes the
processing recognisable: people, data, sub-processors, time limits)."""


@dataclass(frozen=True)
class Line:
    """One line of a field; ``depth`` > 0 makes it a member of the line above it.

    A child category under its parent, a recipient under its kind.
    """

    text: str
    depth: int = 0
    ids: tuple[str, ...] = ()
    """The items the line stands for (categories, subjects, recipients; ``""`` for any
    subject, ``*`` for any recipient); not shown, it lets the record be checked."""


@dataclass(frozen=True)
class Field:
    """One field of an activity (a row of its table, a column of the CSV)."""

    title: str
    lines: list[Line]
    empty: str = "none"


def activity_fields(builder: Builder, purpose: Purpose) -> list[Field]:
    """Every field of :data:`TITLES` for ``purpose``."""
    facts = builder.facts(purpose)
    receiving = builder.recipient_ids(facts.uses)

    categories = builder.in_file_order(facts.categories)

    def lines(*texts: str) -> list[Line]:
        return [Line(t) for t in texts if t]

    basis = purpose_words.bases(purpose, builder.regions)
    obligations = sorted({o for use in facts.uses for o in use.obligations})
    measures = [name for name, _, _ in
                ((m.name or m.id, m.kind, m.description)
                 for m in builder.policy.policy.security_measures)]
    security = lines(
        f"Required for these uses: {', '.join(label(o) for o in obligations)}"
        if obligations else "",
        f"Applies to all processing: {'; '.join(measures)}" if measures else "")
    dpia = purpose.dpia
    return [
        Field(PURPOSES, lines(purpose.description or purpose.name)),
        Field(BASIS, lines(basis[:1].upper() + basis[1:] if basis else "",
                           CONSENT[purpose.consent]), "not recorded"),
        Field(CONDITION, lines(art9(purpose.art9_condition) if purpose.art9_condition else ""),
              "none recorded"),
        Field(INTERESTS, lines(f"Assessment: {purpose.lia}" if purpose.lia else "",
                               f"Balancing test: {purpose.balancing}" if purpose.balancing
                               else ""), "not relied on"),
        Field(SUBJECTS, builder.subject_lines(facts.uses),
              "none (no rule allows a use for this purpose)"),
        Field(DATA, builder.category_lines(categories),
              "none (no rule allows a use for this purpose)"),
        Field(SOURCES, builder.source_lines(categories), "not recorded"),
        Field(RECIPIENTS, builder.recipient_lines(receiving),
              "none outside the organisation's own use"),
        Field(CONTRACTS, builder.contract_lines(receiving), "no processor receives the data"),
        Field(TRANSFERS, builder.transfer_lines(receiving), "none"),
        Field(RETENTION, _retention(builder, purpose, categories), "none"),
        Field(SECURITY, security, "none recorded"),
        Field(DPIA, lines(words.dpia_words(dpia.status, dpia.reference) if dpia else ""),
              "not recorded"),
        Field(AUTOMATED, lines(purpose_words.automated(purpose)
                               or words.profiling_signs(purpose, builder.inferred(categories))),
              "none recorded"),
        Field(SALE, lines(purpose_words.sale(purpose)), "none"),
    ]


def _retention(builder: Builder, purpose: Purpose, categories: list[str]) -> list[Line]:
    """One line per retention rule that applies, naming the categories it governs."""
    from app.exporters.art30_groups import SUMMARY, summarised_retention  # it uses Line

    if len(categories) > SUMMARY:
        return summarised_retention(builder, purpose.id, categories)
    rules = {rule.id: rule for rule in builder.policy.retention}
    grouped: dict[str | None, list[str]] = {}
    for category_id in builder.in_file_order(categories):
        info = builder.retention.lookup(category_id, purpose.id)
        item = builder.categories.get(category_id)
        name = item.name or category_id if item else category_id
        grouped.setdefault(info.rule if info else None, []).append(name)
    lines = []
    for rule_id, names in grouped.items():
        rule = rules.get(rule_id) if rule_id else None
        if rule is None:
            lines.append(Line(f"{', '.join(names)}: no retention rule"))
            continue
        reason = rule.legal_hold_reason.strip().rstrip(".")
        hold = (f" Legal hold: {reason}." if reason else " Under legal hold.") \
            if rule.legal_hold else ""
        citation = f" ({rule.citation.strip().rstrip('.')})" if rule.citation.strip() else ""
        lines.append(Line(f"{', '.join(names)}: {describe(rule)}{citation}.{hold}"))
    return lines
