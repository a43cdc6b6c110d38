"""Who an activity concerns and who receives its data, for the record of processing.

The people (data subjects), the recipients by kind, the processors' Art. 28 contracts and the
transfers to third countries with their safeguards, each worked out from the uses the decision
engine allows (:class:`app.exporters.art30.Builder`). Long lists share lines
(:mod:`app.exporters.art30_groups`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.domain.allowed import AllowedUse
from app.domain.enums import RecipientKind
from app.domain.i18n import translate
from app.domain.ids import lineage, shown_name
from app.domain.region_codes import ANY_RECIPIENT
from app.exporters import art30_groups as groups
from app.exporters import art30_words as words
from app.exporters import people_words as people
from app.exporters.art30_lines import Line

if TYPE_CHECKING:
    from app.exporters.art30 import Builder


def subject_lines(builder: Builder, uses: list[AllowedUse]) -> list[Line]:
    """The people the uses are about, a group's members under it.

    ``Any data subject`` heads them when a use does not single people out.
    """
    order = {s: i for i, s in enumerate(builder.subjects)}
    named = sorted(dict.fromkeys(u.subject for u in uses if u.subject is not None),
                   key=lambda s: tuple(order.get(a, len(order)) for a in reversed(lineage(s))))
    lines = []
    depth = 0
    if any(u.subject is None for u in uses):
        lines.append(Line(translate("art30", "Any data subject (the rules do not limit them), "
                                             "including:") if named else
                          translate("art30", "Any data subject (the rules do not limit them)"),
                          0, ("",)))
        depth = 1
    for subject_id in named:
        subject = builder.subjects.get(subject_id)
        text = shown_name(subject.name, subject_id) if subject else subject_id
        notes = [people.ages(subject)] if subject else []
        if subject is not None and subject.children:
            notes.append(translate("art30", "children"))
        elif subject is not None and subject.vulnerable:
            notes.append(translate("art30", "vulnerable people"))
        said = ", ".join(n for n in notes if n)
        family = sum(1 for a in lineage(subject_id)[1:] if a in named)  # under its parent
        lines.append(Line(f"{text} ({said})" if said else text, depth + family,
                          (subject_id,)))
    return groups.inline(lines, depth)


def recipient_ids(builder: Builder, uses: list[AllowedUse]) -> list[str]:
    """Recipients the uses disclose to (``*`` for anyone), in first-use order.

    A use within the organisation (no recipient) reaches every internal recipient the
    engine allows it for, named by a rule or not. In format 1 a use without a recipient is
    open to any recipient, so it reaches every declared recipient the engine allows it for.
    A use naming a recipient also reaches those declared below it that the engine allows it
    for (rules cover recipients by descent).
    """
    found = dict.fromkeys(u.recipient for u in uses if u.recipient is not None)
    for use in uses:
        found.update(dict.fromkeys(builder.allowed.below(use)))
    open_ = builder.engine.version < 2
    unnamed = [r.id for r in builder.recipients.values()
               if (open_ or r.kind is RecipientKind.INTERNAL) and r.id not in found]
    decide = builder.engine.decide
    for use in (u for u in uses if u.recipient is None):
        for recipient_id in unnamed:
            if recipient_id not in found and decide(
                    replace(use.request(), recipient=recipient_id),
                    with_retention=False).allowed:
                found[recipient_id] = None
    return list(found)


def recipient_lines(builder: Builder, ids: list[str]) -> list[Line]:
    """Recipients grouped under their kind's heading, each with where it has the data."""
    grouped: dict[str, list[Line]] = {}
    for recipient_id in ids:
        if recipient_id == ANY_RECIPIENT:
            grouped.setdefault("any", []).append(Line(
                translate("art30", "any recipient (a rule allows disclosure to anyone)"), 1,
                (recipient_id,)))
            continue
        recipient = builder.recipients.get(recipient_id)
        if recipient is None:
            grouped.setdefault("unknown", []).append(Line(
                translate("art30", "{recipient} (not declared)").format(recipient=recipient_id),
                1, (recipient_id,)))
            continue
        place = words.where(recipient, builder.regions)
        name = shown_name(recipient.name, recipient.id)
        text = f"{name}, {place}" if place and recipient.kind is not RecipientKind.PUBLIC \
            else name
        grouped.setdefault(recipient.kind, []).append(Line(text, 1, (recipient_id,)))
    lines = []
    for kind in (*words.KIND_HEADING, "any", "unknown"):
        if kind in grouped:
            lines.append(Line(translate("art30", words.KIND_HEADING[kind])
                              if kind in words.KIND_HEADING
                              else translate("art30", "Other recipients")))
            lines.extend(groups.inline(grouped[kind], 1))
    return lines


def contract_lines(builder: Builder, ids: list[str]) -> list[Line]:
    """The Art. 28 contract of every processor among ``ids`` (by contract when many)."""
    by_contract: dict[str, list[Line]] = {}
    for recipient_id in ids:
        recipient = builder.recipients.get(recipient_id)
        if recipient is not None and recipient.kind is RecipientKind.PROCESSOR:
            by_contract.setdefault(recipient.processor_contract
                                   or translate("art30", words.NO_CONTRACT), []) \
                .append(Line(shown_name(recipient.name, recipient.id), 1, (recipient_id,)))
    if sum(len(named) for named in by_contract.values()) <= groups.INLINE:
        return [Line(translate("art30", "{name}: {contract}").format(
                    name=line.text, contract=contract), 0, line.ids)
                for contract, named in by_contract.items() for line in named]
    return [line for contract, named in by_contract.items()
            for line in (Line(contract), groups.joined(named, 1))]


def transfer_lines(builder: Builder, ids: list[str]) -> list[Line]:
    """Transfers to third countries, each with its safeguard or derogation.

    Recipients whose places involve no transfer are named on a closing line that says so.
    """
    lines, staying = [], []
    abroad: dict[tuple[str, str], list[Line]] = {}
    home = builder.policy.policy.establishment
    for recipient_id in ids:
        recipient = builder.recipients.get(recipient_id)
        if recipient is None or recipient.kind is RecipientKind.PUBLIC:
            continue  # publication is not a transfer to a country
        parts = words.transfer_parts(recipient, builder.regimes, builder.regions, home)
        if parts:
            lines.append(Line(translate("art30", "{recipient} to {places}: {ground}").format(
                recipient=shown_name(recipient.name, recipient.id), places=parts[0],
                ground=parts[1]), 0, (recipient_id,)))
            abroad.setdefault(parts, []).append(Line(shown_name(recipient.name, recipient.id), 1,
                                                     (recipient_id,)))
        elif recipient.kind is not RecipientKind.INTERNAL and words.where(recipient,
                                                                          builder.regions):
            staying.append(recipient)
    if len(lines) > groups.INLINE:  # many: by country and safeguard, recipients under it
        lines = [line for (where, ground), names in abroad.items() for line in
                 (Line(translate("art30", "To {places}: {ground}").format(
                     places=where, ground=ground)), groups.joined(names, 1))]
    if staying:
        lines.append(Line(words.no_transfer(staying, builder.regions, builder.area, bool(lines)),
                          0, tuple(r.id for r in staying)))
    return lines
