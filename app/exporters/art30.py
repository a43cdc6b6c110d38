"""GDPR Art. 30(1) record of processing activities: the builder and the CSV form (no Qt).

:func:`build_record` turns a policy into an :class:`Art30Record`: the controller block
(point (a): controller, DPO, establishment), one :class:`ProcessingActivity` per purpose
(points (b) to (f)) and the security measures (point (g)). The HTML form is in
:mod:`app.exporters.art30_html`.

A purpose's processing is what the ``allow`` rules taking part in its allowed uses (those
``decide`` allows, :mod:`app.domain.allowed`) permit:
their categories, data subjects (every declared subject when a rule does not limit them) and
named recipients. Transfers are the recipients in countries outside the policy's jurisdictions
(or outside the controller's establishment when no jurisdiction is set), with the recorded
safeguard. Time limits come from the retention rule that applies to each category for that
purpose (the same choice decisions make).

CSV layout (exporter ``art30-csv``), chosen so every row stands alone when a records manager
sorts or filters the spreadsheet: one header row, then **one row per purpose**. Columns:
``Controller``, ``Controller contact``, ``DPO`` (repeated on every row; they are short),
``Purpose id``, ``Purpose``, ``Description``, ``Legal basis`` (every basis with where it
applies, the Art. 9 condition, consent mechanism, assessment reference and balancing test),
``Data subjects``, ``Personal data categories``, ``Special categories``, ``Recipients``,
``Third-country transfers and safeguards``, ``Erasure time limits``, ``Automated decisions and
profiling``, ``Sale and sharing (CPRA)`` (plain words, empty when the purpose has neither),
``Security measures`` (names; their descriptions are in the HTML record) and ``Digest`` (the
content digest, repeated). Lists inside a cell are joined with ``"; "``. Cells are neutralised
against spreadsheet formulas like the retention schedule (see
:mod:`app.storage.spreadsheet`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.allowed import AllowedUses
from app.domain.canonical import digest
from app.domain.enums import RecipientKind, Safeguard, Sensitivity, label
from app.domain.jurisdictions import JurisdictionInfo, transfer_regimes
from app.domain.models import Contact, Policy, Purpose, Recipient
from app.domain.regions import RegionCatalogue
from app.domain.retention import RetentionIndex
from app.domain.sections import CATEGORIES, RECIPIENTS, SUBJECTS
from app.domain.transfers import Place, Standing, judge, places, transfers
from app.exporters import people_words as people
from app.exporters.purpose_words import automated, bases, sale
from app.exporters.registry import ExportResult, FunctionExporter, register
from app.exporters.retention_csv import csv_bytes, describe
from app.storage.resources import default_jurisdictions, region_catalogue
from app.storage.spreadsheet import joined

CSV_COLUMNS: tuple[str, ...] = (
    "Controller", "Controller contact", "DPO", "Purpose id", "Purpose", "Description",
    "Legal basis", "Data subjects", "Personal data categories", "Special categories",
    "Recipients", "Third-country transfers and safeguards", "Erasure time limits",
    "Automated decisions and profiling", "Sale and sharing (CPRA)", "Security measures",
    "Digest",
)
_SPECIAL = (Sensitivity.SPECIAL_CATEGORY, Sensitivity.CRIMINAL)
NO_SAFEGUARD = "NO SAFEGUARD RECORDED"
ANY_SUBJECT = "any data subject (an allowing rule does not limit them)"


@dataclass(frozen=True)
class ProcessingActivity:
    """Points (b) to (f) for one purpose, as plain-word lines."""

    purpose: Purpose
    legal_basis: str
    rules: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    special: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)
    retention: list[str] = field(default_factory=list)
    automated: str = ""
    """Automated decision-making and profiling (Art. 13(2)(f), 22) in plain words."""
    sale: str = ""
    """Sale, sharing and Global Privacy Control (CCPA/CPRA) in plain words."""


@dataclass(frozen=True)
class Art30Record:
    """The whole record of processing activities of a controller."""

    policy: Policy
    digest: str
    controller: list[tuple[str, str]]
    """(label, value) lines of point (a)."""
    activities: list[ProcessingActivity]
    measures: list[tuple[str, str, str]]
    """(name, kind, description) of point (g)."""


def contact_text(contact: Contact | None) -> str:
    """``name, address, email, phone`` without the empty parts."""
    if contact is None:
        return ""
    return ", ".join(p for p in (contact.name, contact.address, contact.email, contact.phone)
                     if p)


def named(item: object) -> str:
    """``Name (id)``, or the id alone when there is no name."""
    name, item_id = getattr(item, "name", ""), getattr(item, "id", "")
    return f"{name} ({item_id})" if name else item_id


def _controller(policy: Policy, regions: RegionCatalogue) -> list[tuple[str, str]]:
    meta = policy.policy
    lines = [("Controller", meta.organisation or meta.controller.name or "(not recorded)"),
             ("Controller contact", contact_text(meta.controller) or "(not recorded)"),
             ("Data protection officer", contact_text(meta.dpo) or "(none recorded)")]
    if meta.establishment:
        lines.append(("Establishment", regions.label(meta.establishment)))
    if meta.jurisdictions:
        lines.append(("Jurisdictions", joined(label(j) for j in meta.jurisdictions)))
    return lines


def legal_basis_text(purpose: Purpose, regions: RegionCatalogue | None = None) -> str:
    """A purpose's legal basis cell, ``; ``-separated.

    Every basis with where it applies, then the Art. 9(2) condition, the consent mechanism, the
    assessment reference and the balancing test.
    """
    parts = [bases(purpose, regions) or "not recorded"]
    if purpose.art9_condition:
        parts.append(f"Art. 9(2): {label(purpose.art9_condition)}")
    parts.append(f"consent: {label(purpose.consent)}")
    if purpose.lia:
        parts.append(f"legitimate interests assessment: {purpose.lia}")
    if purpose.balancing:
        parts.append(f"balancing test: {purpose.balancing}")
    return "; ".join(parts)


def _place(regions: RegionCatalogue, place: Place) -> str:
    text = regions.label(place.code)
    return f"{text}, stored only" if place.stored_only else text


def _transfer(policy: Policy, recipient: Recipient, regimes: list[JurisdictionInfo],
              regions: RegionCatalogue) -> str | None:
    """``Name (id) in United States (US) (outside EU GDPR): standard contractual clauses``.

    Every place of the recipient (countries and where it stores the data) is named; None when
    sharing with it is no transfer.
    """
    found = places(recipient)
    if not found:
        return None
    home = policy.policy.establishment
    # As the transfer checks do: the regimes that apply where the controller is established.
    judged = transfers(judge(recipient, regimes, regions))
    if not regimes and home and any(not regions.contains(home, p.code) for p in found):
        where = f"outside {regions.label(home)}"
    elif judged:
        where = "outside " + " and ".join(dict.fromkeys(j.regime.name for j in judged))
    else:
        return None
    partial = [f"{j.place.code} adequate for {label(j.regime.id)} only where: "
               f"{j.condition.rstrip('.')}" for j in judged if j.standing == Standing.PARTIAL]
    if recipient.safeguard is not None:
        safeguard = label(recipient.safeguard)
    elif judged and all(j.standing == Standing.ADEQUATE for j in judged):
        safeguard = "adequacy decision (the country is recognised as adequate; not recorded)"
    else:
        safeguard = NO_SAFEGUARD
    if partial and recipient.safeguard in (None, Safeguard.ADEQUACY_DECISION):
        safeguard += " (" + "; ".join(partial) + ")"
    in_places = ", ".join(_place(regions, p) for p in found)
    return f"{named(recipient)} in {in_places} ({where}): {safeguard}"


def _retention_lines(policy: Policy, purpose: Purpose, categories: list[tuple[str, str]],
                     index: RetentionIndex) -> list[str]:
    """One line per applicable retention rule, naming the categories it governs."""
    rules = {rule.id: rule for rule in policy.retention}
    grouped: dict[str | None, list[str]] = {}
    for category_id, text in categories:
        info = index.lookup(category_id, purpose.id)
        grouped.setdefault(info.rule if info else None, []).append(text)
    lines = []
    for rule_id, texts in grouped.items():
        rule = rules.get(rule_id) if rule_id else None
        if rule is None:
            lines.append(f"{', '.join(texts)}: no retention rule")
            continue
        reason = rule.legal_hold_reason.strip()
        hold = (f" (legal hold: {reason})" if reason else " (legal hold)") if rule.legal_hold \
            else ""
        citation = f" Citation: {rule.citation}" if rule.citation else ""
        lines.append(f"{', '.join(texts)}: {describe(rule)}. Rule {rule.id}{hold}.{citation}")
    return lines


def _activity(policy: Policy, purpose: Purpose, index: RetentionIndex,
              serving: dict[str, set[int]], regions: RegionCatalogue,
              regimes: list[JurisdictionInfo]) -> ProcessingActivity:
    taking_part = serving.get(purpose.id, set())
    rules = [r for i, r in enumerate(policy.rules) if i in taking_part]
    activity = ProcessingActivity(purpose, legal_basis_text(purpose, regions),
                                  [r.id for r in rules], automated=automated(purpose),
                                  sale=sale(purpose))
    by_id = {section: {item.id: item for item in getattr(policy, section)}
             for section in (CATEGORIES, SUBJECTS, RECIPIENTS)}
    shown: list[tuple[str, str]] = []
    for category_id in dict.fromkeys(c for r in rules for c in r.categories):
        item = by_id[CATEGORIES].get(category_id)
        text = named(item) if item else category_id
        shown.append((category_id, text))
        origin = people.sources(item) if item is not None else ""
        origin = f" (from {origin})" if origin else ""
        if item is not None and item.sensitivity in _SPECIAL:
            activity.special.append(f"{text}: {label(item.sensitivity)}{origin}")
        else:
            activity.categories.append(text + origin)
    activity.retention.extend(_retention_lines(policy, purpose, shown, index))
    if any(not r.subjects for r in rules):
        activity.subjects.append(ANY_SUBJECT)
    for subject_id in dict.fromkeys(s for r in rules for s in r.subjects):
        subject = by_id[SUBJECTS].get(subject_id)
        aged = people.ages(subject) if subject else ""
        activity.subjects.append((named(subject) if subject else subject_id)
                                 + (f" ({aged})" if aged else ""))
    for recipient_id in dict.fromkeys(x for r in rules for x in r.recipients):
        recipient = by_id[RECIPIENTS].get(recipient_id)
        if recipient is None:
            activity.recipients.append(recipient_id)
            continue
        found = places(recipient)
        where = (", " + ", ".join(_place(regions, p) for p in found)) if found else ""
        activity.recipients.append(f"{named(recipient)}: {people.recipient_kind(recipient)}"
                                   f"{where}")
        if recipient.kind is RecipientKind.PUBLIC:
            continue  # publication is not a transfer to a country
        transfer = _transfer(policy, recipient, regimes, regions)
        if transfer:
            activity.transfers.append(transfer)
    return activity


def build_record(policy: Policy) -> Art30Record:
    """The Art. 30(1) record of ``policy``."""
    index = RetentionIndex(policy)
    regions = region_catalogue().with_policy(policy)
    regimes = transfer_regimes(policy, default_jurisdictions(), regions)
    serving: dict[str, set[int]] = {}  # purpose -> allow rules taking part in an allowed use
    for row in AllowedUses(policy, regions=regions).table().values():
        for purpose_id, rules in row.items():
            serving.setdefault(purpose_id, set()).update(rules)
    return Art30Record(
        policy=policy,
        digest=digest(policy),
        controller=_controller(policy, regions),
        activities=[_activity(policy, purpose, index, serving, regions, regimes)
                    for purpose in policy.purposes],
        measures=[(m.name or m.id, m.kind, m.description)
                  for m in policy.policy.security_measures],
    )


def csv_rows(record: Art30Record) -> list[list[str]]:
    """The header and one row per purpose (see the module docstring)."""
    meta = record.policy.policy
    controller = dict(record.controller)
    measures = joined(name for name, _, _ in record.measures) or "(none recorded)"
    rows = [list(CSV_COLUMNS)]
    for activity in record.activities:
        purpose = activity.purpose
        rows.append([
            controller["Controller"], contact_text(meta.controller), contact_text(meta.dpo),
            purpose.id, purpose.name, purpose.description, activity.legal_basis,
            joined(activity.subjects), joined(activity.categories), joined(activity.special),
            joined(activity.recipients), joined(activity.transfers), joined(activity.retention),
            activity.automated, activity.sale, measures, record.digest,
        ])
    return rows


def export_csv(policy: Policy) -> ExportResult:
    """The Art. 30 record as CSV."""
    record = build_record(policy)
    return ExportResult(digest=record.digest, data=csv_bytes(csv_rows(record)))


EXPORTER = register(FunctionExporter(
    name="art30-csv",
    title="Art. 30 record of processing (CSV)",
    suffix=".art30.csv",
    description="GDPR Art. 30(1) record for spreadsheets: one row per purpose with data "
                "subjects, categories, recipients, transfers, erasure limits and measures.",
    function=export_csv,
))
