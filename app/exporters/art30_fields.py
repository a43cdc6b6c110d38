"""The fields of one processing activity in the record of processing, in the templates' order.

Titles follow what the UK ICO's and the CNIL's record templates ask for, with the GDPR article
each answers; :data:`TITLES` is the order (and the CSV's columns), :data:`PROCESSOR_TITLES` the
ones the processor's record (Art. 30(2)) keeps. A title names its field in English (the key the
code finds it by); :func:`title` is its words in the document's language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import shown_name
from app.domain.models import Purpose
from app.domain.typography import semicolons
from app.exporters import art30_groups as groups
from app.exporters import art30_receivers as receivers
from app.exporters import art30_words as words
from app.exporters import purpose_words
from app.exporters.art30_lines import Field, Line
from app.exporters.policy_words import art9, capitalised, consent
from app.exporters.retention_csv import describe

if TYPE_CHECKING:
    from app.exporters.art30 import Builder

PURPOSES = QT_TRANSLATE_NOOP("art30", "Purposes of the processing")
BASIS = QT_TRANSLATE_NOOP("art30", "Lawful basis (GDPR Art. 6)")
CONDITION = QT_TRANSLATE_NOOP("art30", "Special category condition (GDPR Art. 9)")
INTERESTS = QT_TRANSLATE_NOOP("art30", "Legitimate interests")
SUBJECTS = QT_TRANSLATE_NOOP("art30", "Categories of data subjects")
DATA = QT_TRANSLATE_NOOP("art30", "Categories of personal data")
SOURCES = QT_TRANSLATE_NOOP("art30", "Source of the personal data")
RECIPIENTS = QT_TRANSLATE_NOOP("art30", "Categories of recipients")
CONTRACTS = QT_TRANSLATE_NOOP("art30", "Processor contracts (GDPR Art. 28)")
TRANSFERS = QT_TRANSLATE_NOOP("art30", "Transfers to third countries and safeguards")
RETENTION = QT_TRANSLATE_NOOP("art30", "Time limits for erasure")
SECURITY = QT_TRANSLATE_NOOP("art30", "Security measures")
DPIA = QT_TRANSLATE_NOOP("art30", "Data protection impact assessment")
AUTOMATED = QT_TRANSLATE_NOOP("art30", "Automated decision-making, including profiling")
SALE = QT_TRANSLATE_NOOP("art30", "Sale and sharing (CCPA/CPRA)")
TITLES: tuple[str, ...] = (PURPOSES, BASIS, CONDITION, INTERESTS, SUBJECTS, DATA, SOURCES,
                           RECIPIENTS, CONTRACTS, TRANSFERS, RETENTION, SECURITY, DPIA,
                           AUTOMATED, SALE)
PROCESSOR_TITLES: tuple[str, ...] = (PURPOSES, SUBJECTS, DATA, RECIPIENTS, CONTRACTS,
                                     TRANSFERS, RETENTION, SECURITY)
"""Art. 30(2): the categories of processing, transfers and security (with what makes the
processing recognisable: people, data, sub-processors, time limits)."""


def title(key: str) -> str:
    """The words of the field titled ``key`` (one of :data:`TITLES`) in the current language."""
    return translate("art30", key)


def each(purposes: list[Purpose], said: Callable[[Purpose], list[str]]) -> list[Line]:
    """What ``said`` says of each purpose; purposes that say the same share their lines.

    One purpose (or all saying the same): its lines. Otherwise the names of the purposes that
    say the same, with their lines under them.
    """
    grouped: dict[tuple[str, ...], list[str]] = {}
    for purpose in purposes:
        texts = tuple(t for t in said(purpose) if t)
        grouped.setdefault(texts, []).append(shown_name(purpose.name, purpose.id))
    if len(grouped) == 1:
        return [Line(t) for t in next(iter(grouped))]
    lines = []
    for texts, names in grouped.items():
        if texts:
            lines.append(Line(translate("art30", "{names}:").format(names=semicolons(names))))
            lines.extend(Line(t, 1) for t in texts)
    return lines


def activity_fields(builder: Builder, purposes: list[Purpose]) -> list[Field]:
    """Every field of :data:`TITLES` for an activity made of ``purposes`` (usually one)."""
    facts = {p.id: builder.facts(p) for p in purposes}
    uses = [u for f in facts.values() for u in f.uses]
    receiving = receivers.recipient_ids(builder, uses)
    categories = builder.in_file_order(dict.fromkeys(c for f in facts.values()
                                                     for c in f.categories))

    def lines(*texts: str) -> list[Line]:
        return [Line(t) for t in texts if t]

    def basis(purpose: Purpose) -> list[str]:
        return [capitalised(purpose_words.bases(purpose, builder.regions)),
                consent(purpose.consent)]

    obligations = sorted({o for use in uses for o in use.obligations})
    measures = [shown_name(m.name, m.id) for m in builder.policy.policy.security_measures]
    security = lines(
        translate("art30", "Required by the rules for these uses: {measures}").format(
            measures=", ".join(words.obligation(o) for o in obligations))
        if obligations else "",
        translate("art30", "Applies to all processing: {measures}").format(
            measures=semicolons(measures)) if measures else "")
    none_allowed = translate("art30", "none (no rule allows a use for this purpose)")
    several = len(purposes) > 1
    return [
        Field(PURPOSES, [Line(translate("art30", "{name}: {description}").format(
            name=shown_name(p.name, p.id), description=p.description)
            if several and p.description else p.description or shown_name(p.name, p.id))
            for p in purposes]),
        Field(BASIS, each(purposes, basis), translate("art30", "not recorded")),
        Field(CONDITION, each(purposes, lambda p: [capitalised(art9(p.art9_condition))
                                                  if p.art9_condition else ""]),
              translate("art30", "none recorded")),
        Field(INTERESTS, each(purposes, lambda p: [
            translate("art30", "Assessment: {text}").format(text=p.lia) if p.lia else "",
            translate("art30", "Balancing test: {text}").format(text=p.balancing)
            if p.balancing else ""]), translate("art30", "not relied on")),
        Field(SUBJECTS, receivers.subject_lines(builder, uses), none_allowed),
        Field(DATA, builder.category_lines(categories), none_allowed),
        Field(SOURCES, builder.source_lines(categories), translate("art30", "not recorded")),
        Field(RECIPIENTS, receivers.recipient_lines(builder, receiving),
              translate("art30", "none outside the organisation's own use")),
        Field(CONTRACTS, receivers.contract_lines(builder, receiving),
              translate("art30", "no processor receives the data")),
        Field(TRANSFERS, receivers.transfer_lines(builder, receiving), translate("art30", "none")),
        Field(RETENTION, _retention(builder, [(c, p) for p, f in facts.items()
                                              for c in f.categories]),
              translate("art30", "none")),
        Field(SECURITY, security, translate("art30", "none recorded")),
        Field(DPIA, each(purposes, lambda p: [words.dpia_words(p.dpia.status, p.dpia.reference)
                                              if p.dpia else ""]),
              translate("art30", "not recorded")),
        Field(AUTOMATED, each(purposes, lambda p: [
            purpose_words.automated(p) or words.profiling_signs(
                p, builder.inferred(facts[p.id].categories))]),
              translate("art30", "none recorded")),
        Field(SALE, each(purposes, lambda p: [purpose_words.sale(p)]), translate("art30", "none")),
    ]


def _retention(builder: Builder, pairs: list[tuple[str, str]]) -> list[Line]:
    """One line per retention rule for the (category, purpose) ``pairs``, with its categories.

    A summary when the categories are many.
    """
    if len({c for c, _ in pairs}) > groups.SUMMARY:
        return groups.summarised_retention(builder, pairs)
    rules = {rule.id: rule for rule in builder.policy.retention}
    grouped: dict[str | None, list[str]] = {}
    order = {c: i for i, c in enumerate(builder.in_file_order({c for c, _ in pairs}))}
    for category_id, purpose_id in sorted(pairs, key=lambda pair: order[pair[0]]):
        info = builder.retention.lookup(category_id, purpose_id)
        item = builder.categories.get(category_id)
        name = shown_name(item.name, category_id) if item else category_id
        names = grouped.setdefault(info.rule if info else None, [])
        if name not in names:
            names.append(name)
    lines = []
    for rule_id, names in grouped.items():
        rule = rules.get(rule_id) if rule_id else None
        if rule is None:
            lines.append(Line(translate("art30", "{names}: no retention rule").format(
                names=", ".join(names))))
            continue
        reason = rule.legal_hold_reason.strip().rstrip(".")
        hold = " " + (translate("art30", "Legal hold: {reason}.").format(reason=reason)
                      if reason else translate("art30", "Under legal hold.")) \
            if rule.legal_hold else ""
        citation = f" ({rule.citation.strip().rstrip('.')})" if rule.citation.strip() else ""
        lines.append(Line(translate("art30", "{names}: {rule}{citation}.{hold}").format(
            names=", ".join(names), rule=describe(rule), citation=citation, hold=hold)))
    return lines
