"""Legal bases: every use needs a lawful basis, and some data needs more than that."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain import ids
from app.domain.enums import (
    Art9Condition,
    ConsentMechanism,
    Jurisdiction,
    LegalBasis,
    PurposeKind,
    Right,
    Sensitivity,
    label,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.legal_bases import all_bases, relies_on
from app.domain.models import Purpose
from app.domain.sections import CATEGORIES, PURPOSES
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import (
    by_purpose,
    categories_with,
    declared_purposes,
    named,
    named_list,
    names,
    new_memo,
    purpose_path,
    purposes_where,
)
from app.validation.context import Context
from app.validation.finding import Hit, Severity

_ART10_BASES = frozenset({LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK})
_SALE_KINDS = frozenset({PurposeKind.SALE_OR_SHARING, PurposeKind.ADVERTISING})


def _basis_path(index: int, purpose: Purpose, basis: LegalBasis) -> tuple[str | int, ...]:
    """Where ``basis`` is written in the purpose: the default basis or its first entry."""
    if purpose.legal_basis == basis:
        return (PURPOSES, index, "legal_basis")
    position = next((n for n, e in enumerate(purpose.legal_bases) if e.basis == basis), None)
    if position is None:
        return (PURPOSES, index, "legal_basis")
    return (PURPOSES, index, "legal_bases", position, "basis")


def _where(purpose: Purpose, basis: LegalBasis) -> str:
    """`` (in eea)`` when ``basis`` is relied on only in some regions, else ``""``."""
    if purpose.legal_basis == basis:
        return ""
    regions = [str(r) for e in purpose.legal_bases if e.basis == basis for r in e.regions]
    if not regions or any(e.basis == basis and not e.regions for e in purpose.legal_bases):
        return ""
    return translate("checks/legal", " (in {regions})").format(
        regions=names(dict.fromkeys(regions)))


def _special(ctx: Context) -> set[str]:
    return categories_with(ctx, Sensitivity.SPECIAL_CATEGORY)


def _missing_basis(ctx: Context, used: bool) -> Iterator[Hit]:
    allowed = ctx.allowed_purposes
    for index, purpose in declared_purposes(ctx):
        if not all_bases(purpose) and (purpose.id in allowed) == used:
            text = translate("checks/legal", "purpose {purpose} has no legal basis (an allow "
                             "rule uses it)") if used else translate(
                "checks/legal", "purpose {purpose} has no legal basis (no allow rule uses it "
                "yet)")
            yield Hit((PURPOSES, index, "legal_basis"),
                      text.format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("LEG001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/legal", "Used purpose without a legal basis"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Personal data may only be used on a lawful basis (GDPR Art. 6). A purpose that rules "
           "allow data for, but that names no basis, cannot be justified to a regulator."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Set the purpose's legal basis (consent, contract, legal obligation, vital interests, "
           "public task or legitimate interests)."))
def used_without_basis(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG001, "Used purpose without a legal basis"."""
    return _missing_basis(ctx, used=True)


@check("LEG011", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Unused purpose without a legal basis"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "The purpose has no legal basis. No rule allows data for it yet, but it will need one "
           "before any rule does."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Set the purpose's legal basis, or delete the purpose if nobody needs it."))
def unused_without_basis(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG011, "Unused purpose without a legal basis"."""
    return _missing_basis(ctx, used=False)


@check("LEG002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/legal", "Special-category data without an Art. 9 condition"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Health, biometric, genetic and other special-category data is banned unless one of "
           "the conditions of GDPR Art. 9(2) applies, on top of the Art. 6 legal basis."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Set the purpose's Art. 9 condition (for example explicit consent), or stop allowing "
           "special-category data for it."))
def special_without_art9(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG002, "Special-category data without an Art. 9 condition"."""
    lacking = purposes_where(ctx, lambda p: p.art9_condition is None)
    for purpose, (cats, rules) in by_purpose(ctx, _special(ctx), lacking).items():
        text = translate("checks/legal", "purpose {purpose} is allowed special-category data "
                         "({categories}, by rule {rules}) but has no Art. 9 condition") \
            if len(rules) == 1 else translate(
            "checks/legal", "purpose {purpose} is allowed special-category data ({categories}, "
            "by rules {rules}) but has no Art. 9 condition")
        yield Hit(purpose_path(ctx, purpose, "art9_condition"), text.format(
            purpose=named(ctx, PURPOSES, purpose), categories=named_list(ctx, CATEGORIES, cats),
            rules=names(rules)))


@check("LEG003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/legal", "Consent basis without opt-in"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Consent under the GDPR must be a clear affirmative act: pre-ticked boxes, silence or "
           "an opt-out do not count. A purpose that relies on consent must ask first."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Set the purpose's consent mechanism to opt-in, or choose the legal basis the purpose "
           "really relies on."))
def consent_without_opt_in(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG003, "Consent basis without opt-in"."""
    for index, purpose in declared_purposes(ctx):
        if (relies_on(purpose, LegalBasis.CONSENT)
                and purpose.consent != ConsentMechanism.OPT_IN):
            yield Hit((PURPOSES, index, "consent"), translate(
                "checks/legal", "purpose {purpose} relies on consent{where} but its consent "
                "mechanism is {mechanism}, not opt-in").format(
                purpose=named(ctx, PURPOSES, purpose.id),
                where=_where(purpose, LegalBasis.CONSENT), mechanism=label(purpose.consent)))


@check("LEG004", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Consent without a way to withdraw it"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "People must be able to withdraw consent as easily as they gave it (GDPR Art. 7(3))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Add 'withdraw_consent' to the rights the purpose offers."))
def consent_without_withdrawal(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG004, "Consent without a way to withdraw it"."""
    for index, purpose in declared_purposes(ctx):
        consent_based = (relies_on(purpose, LegalBasis.CONSENT)
                         or purpose.consent == ConsentMechanism.OPT_IN)
        if consent_based and Right.WITHDRAW_CONSENT not in purpose.rights:
            yield Hit((PURPOSES, index, "rights"), translate(
                "checks/legal", "purpose {purpose} is based on consent but does not offer the "
                "right to withdraw it").format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("LEG005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Legitimate interests without an assessment"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Relying on legitimate interests needs a documented balancing test (a legitimate "
           "interests assessment) showing that people's rights do not override the interest."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Record the reference of the assessment in the purpose's 'lia' field, or choose "
           "another legal basis."))
def interests_without_assessment(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG005, "Legitimate interests without an assessment"."""
    for index, purpose in declared_purposes(ctx):
        basis = LegalBasis.LEGITIMATE_INTERESTS
        if relies_on(purpose, basis) and not purpose.lia.strip():
            yield Hit((PURPOSES, index, "lia"), translate(
                "checks/legal", "purpose {purpose} relies on legitimate interests{where} but "
                "names no legitimate interests assessment").format(
                purpose=named(ctx, PURPOSES, purpose.id), where=_where(purpose, basis)))


@check("LEG006", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Criminal-offence data without an official basis"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Data about criminal convictions and offences may only be processed under official "
           "authority or where the law authorises it (GDPR Art. 10), which normally means a "
           "legal obligation or a public task."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Check that a law authorises this use and base the purpose on it, or stop allowing "
           "criminal-offence data for the purpose."))
def criminal_without_authority(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG006, "Criminal-offence data without an official basis"."""
    criminal = categories_with(ctx, Sensitivity.CRIMINAL)
    other = purposes_where(ctx, lambda p: any(b not in _ART10_BASES for b in all_bases(p)))
    for purpose, (cats, rules) in by_purpose(ctx, criminal, other).items():
        declared = ctx.purposes[purpose]
        unofficial = [b for b in all_bases(declared) if b not in _ART10_BASES]
        index = ctx.positions(PURPOSES)[purpose]
        text = translate("checks/legal", "purpose {purpose} is allowed criminal-offence data "
                         "({categories}, by rule {rules}) on the basis of {bases}") \
            if len(rules) == 1 else translate(
            "checks/legal", "purpose {purpose} is allowed criminal-offence data ({categories}, "
            "by rules {rules}) on the basis of {bases}")
        yield Hit(_basis_path(index, declared, unofficial[0]), text.format(
            purpose=named(ctx, PURPOSES, purpose), categories=named_list(ctx, CATEGORIES, cats),
            rules=names(rules), bases=names(label(b) for b in unofficial)))


@check("LEG007", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Opt-in consent not relied on"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "The purpose collects opt-in consent but names another legal basis. People are told "
           "their consent matters, yet withdrawing it would not stop the use; that misleads them "
           "and muddles which rules apply."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Either base the purpose on consent, or drop the opt-in and explain the real basis to "
           "people."))
def opt_in_not_relied_on(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG007, "Opt-in consent not relied on"."""
    for index, purpose in declared_purposes(ctx):
        bases = all_bases(purpose)
        if (purpose.consent == ConsentMechanism.OPT_IN and bases
                and LegalBasis.CONSENT not in bases):
            yield Hit((PURPOSES, index, "consent"), translate(
                "checks/legal", "purpose {purpose} asks for opt-in consent but relies on "
                "{bases}, not on consent").format(purpose=named(ctx, PURPOSES, purpose.id),
                                                  bases=names(label(b) for b in bases)))


@check("LEG008", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/legal", "Explicit consent without opt-in"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "The Art. 9 condition 'explicit consent' needs an express statement from the person; "
           "it cannot be met by an opt-out or without asking."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Set the purpose's consent mechanism to opt-in, or choose the Art. 9 condition that "
           "really applies."))
def explicit_consent_without_opt_in(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG008, "Explicit consent without opt-in"."""
    for index, purpose in declared_purposes(ctx):
        if (purpose.art9_condition == Art9Condition.EXPLICIT_CONSENT
                and purpose.consent != ConsentMechanism.OPT_IN):
            yield Hit((PURPOSES, index, "art9_condition"), translate(
                "checks/legal", "purpose {purpose} relies on explicit consent for "
                "special-category data but its consent mechanism is {mechanism}").format(
                purpose=named(ctx, PURPOSES, purpose.id), mechanism=label(purpose.consent)))


@check("LEG009", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/legal", "Sale or sharing without an opt-out (CPRA)"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Californians have the right to opt out of the sale or sharing of their personal "
           "information, including sharing for cross-context behavioural advertising."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Add 'opt_out_of_sale' to the rights the purpose offers (and provide the 'Do Not Sell "
           "or Share' link)."))
def cpra_without_opt_out(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG009, "Sale or sharing without an opt-out (CPRA)"."""
    if Jurisdiction.US_CA_CPRA not in ctx.policy.policy.jurisdictions:
        return
    for index, purpose in declared_purposes(ctx):
        if Right.OPT_OUT_OF_SALE in purpose.rights:
            continue
        if purpose.sale and purpose.sharing:
            text = translate("checks/legal", "purpose {purpose} sells and shares personal "
                             "information but does not offer the right to opt out of sale or "
                             "sharing")
        elif purpose.sale:
            text = translate("checks/legal", "purpose {purpose} sells personal information but "
                             "does not offer the right to opt out of sale or sharing")
        elif purpose.sharing:
            text = translate("checks/legal", "purpose {purpose} shares personal information but "
                             "does not offer the right to opt out of sale or sharing")
        elif purpose.kind in _SALE_KINDS:
            text = translate("checks/legal", "purpose {purpose} is for {kind} but does not offer "
                             "the right to opt out of sale or sharing")
        else:
            continue
        yield Hit((PURPOSES, index, "rights"), text.format(
            purpose=named(ctx, PURPOSES, purpose.id), kind=label(purpose.kind)))


@check("LEG010", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/legal", "Art. 9 condition that nothing needs"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "The purpose names an Art. 9 condition, but no allow rule uses special-category data "
           "for it. The condition may be left over from an earlier version."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Remove the Art. 9 condition, or check that the rules allow the data you meant."))
def stale_art9(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG010, "Art. 9 condition that nothing needs"."""
    conditioned = purposes_where(ctx, lambda p: p.art9_condition is not None)
    if not conditioned:
        return
    served = {p for c in _special(ctx) for p in ctx.allowed.row(c)}
    for index, purpose in declared_purposes(ctx):
        if purpose.id in conditioned and purpose.id not in served:
            yield Hit((PURPOSES, index, "art9_condition"), translate(
                "checks/legal", "purpose {purpose} names an Art. 9 condition but no allow rule "
                "uses special-category data for it").format(
                purpose=named(ctx, PURPOSES, purpose.id)))


_STRENGTH = {ConsentMechanism.NONE: 0, ConsentMechanism.OPT_OUT: 1, ConsentMechanism.OPT_IN: 2}
_ASKS = {ConsentMechanism.NONE: QT_TRANSLATE_NOOP("checks/legal", "no consent"),
         ConsentMechanism.OPT_OUT: QT_TRANSLATE_NOOP("checks/legal", "only an opt-out"),
         ConsentMechanism.OPT_IN: QT_TRANSLATE_NOOP("checks/legal", "opt-in consent")}
"""What a purpose asks, by consent mechanism (translated where said)."""


_ON_PARENT = "rule_hits:LEG012"
"""The allow rules naming a parent purpose (mask, ids), by parent: kept while the mask stands."""


@check("LEG012", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/legal", "Consent weaker than the parent purpose's"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/legal",
           "A request follows the consent mechanism of the purpose it names (its nearest "
           "declared ancestor-or-self). When a child purpose asks less than its parent (opt-out "
           "or nothing under an opt-in parent, nothing under an opt-out parent), every rule "
           "written for the parent also allows the child for people who refused consent to the "
           "parent."),
       fix=QT_TRANSLATE_NOOP(
           "checks/legal",
           "Give the child purpose the parent's consent mechanism, or, if the child really needs "
           "no consent, make sure the rules on the parent were meant to cover it."))
def consent_weaker_than_parent(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG012, "Consent weaker than the parent purpose's"."""
    listed = ctx.engine.masks["purposes"].listed
    mine: dict[str, tuple[int, list[str]]] = ctx.shared(_ON_PARENT, new_memo)
    before: dict[str, tuple[int, list[str]]] = ctx.carried(_ON_PARENT) or {}
    for index, purpose in declared_purposes(ctx):
        parent_id = next((a for a in ids.ancestors(purpose.id) if a in ctx.purposes), None)
        if parent_id is None:
            continue
        parent = ctx.purposes[parent_id]
        if _STRENGTH[purpose.consent] >= _STRENGTH[parent.consent]:
            continue
        mask = ctx.allow_mask & listed.get(parent_id, 0)
        known = mine.get(parent_id) or before.get(parent_id)
        if known is None or known[0] != mask:  # the same rules: the same ids
            known = (mask, [r.id for _, r in ctx.rules_in(mask)])
        mine[parent_id] = known
        rules = known[1]
        if not rules:
            effect = translate("checks/legal", "a rule on {parent} would allow it")
        elif len(rules) == 1:
            effect = translate("checks/legal", "rule {rules} on {parent} allows it")
        else:
            effect = translate("checks/legal", "rules {rules} on {parent} allow it")
        yield Hit((PURPOSES, index, "consent"), translate(
            "checks/legal", "purpose {purpose} asks {asks}, less than its parent {parent} "
            "({parent_asks}): {effect} without the consent {parent} asks for").format(
            purpose=named(ctx, PURPOSES, purpose.id),
            asks=translate("checks/legal", _ASKS[purpose.consent]), parent=parent_id,
            parent_asks=translate("checks/legal", _ASKS[parent.consent]),
            effect=effect.format(rules=names(rules), parent=parent_id)),
                  translate("checks/legal", "set the consent of {purpose} to {mechanism}").format(
                      purpose=purpose.id, mechanism=label(parent.consent)))
