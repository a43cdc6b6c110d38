"""People and data: subjects' ages and parental consent, categories' sources and external ids."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from app.domain.ages import DEFAULT_HIGHEST, ages_problem, may_be_under, policy_ages
from app.domain.decisions import Request
from app.domain.enums import (
    ConsentMechanism,
    ConsentState,
    LegalBasis,
    Obligation,
    PurposeKind,
    SourceKind,
)
from app.domain.external_ids import DPV, FIDES, FIDES_KEY, dpv_term
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import lineage
from app.domain.models import Purpose
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.sections import CATEGORIES, PURPOSES, REGIONS, RULES, SUBJECTS
from app.domain.typography import semicolons
from app.storage.resources import DPV_TABLES, default_consent_ages, dpv_terms
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import named, names
from app.validation.context import Context
from app.validation.finding import Hit, Severity

SOME_RECIPIENT = "~any_recipient~"
"""A recipient id no policy declares: what a rule open to any recipient (``*``) is asked about."""
NAMED_SOURCES = (SourceKind.THIRD_PARTY, SourceKind.PUBLIC_SOURCE)


def _ages(ctx: Context, kind: str = "regions") -> dict[str, int]:
    return policy_ages(ctx.policy.policy.jurisdictions, default_consent_ages(), kind)


@check("PPL001", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/people", "Subject's ages do not add up"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/people",
           "The ages and the children flag decide whether a parent must consent for these "
           "people; if they contradict each other, the checks and the published policy say the "
           "wrong thing."),
       fix=QT_TRANSLATE_NOOP(
           "checks/people",
           "Correct the youngest and oldest ages, or set or clear Children to match them."))
def subject_ages(ctx: Context) -> Iterator[Hit]:
    """Hits of PPL001, "Subject's ages do not add up"."""
    highest = max(_ages(ctx).values(), default=DEFAULT_HIGHEST)
    for index, subject in enumerate(ctx.policy.subjects):
        problem = ages_problem(subject, highest)
        if problem:
            # The ages contradict each other, or the children flag contradicts them (told
            # apart by the subject, not by the problem's words, which may be translated).
            inverted = subject.age_min is not None and subject.age_max is not None \
                and subject.age_min > subject.age_max
            text = translate("checks/people", "for subject {subject}, {problem}") if inverted \
                else translate("checks/people", "subject {subject} is {problem}")
            yield Hit((SUBJECTS, index, "age_min" if inverted else "children"),
                      text.format(subject=named(ctx, SUBJECTS, subject.id), problem=problem))


def consent_in(purpose: Purpose | None, region: str,
               contains: Callable[[str, str], bool]) -> bool:
    """Whether ``purpose`` relies on consent in ``region``.

    The bases listed for regions containing it count; where none does, the bases listed for
    everywhere, then the purpose's legal basis.
    """
    if purpose is None:
        return False
    regional = [e.basis for e in purpose.legal_bases
                if e.regions and any(contains(r, region) for r in e.regions)]
    general = [e.basis for e in purpose.legal_bases if not e.regions]
    return LegalBasis.CONSENT in (regional or general or [purpose.legal_basis])


def _declared_purpose(ctx: Context, purpose: str) -> Purpose | None:
    """The purpose or its nearest declared ancestor."""
    return next((ctx.purposes[p] for p in lineage(purpose) if p in ctx.purposes), None)


def _recipients(ctx: Context, category: str, purpose: str) -> list[str | None]:
    """No recipient, every recipient the rules covering the pair name, and any other one."""
    found: dict[str | None, None] = {None: None}
    rules = ctx.policy.rules
    for index in ctx.allowed.covering_rules(category, purpose):
        for recipient in rules[index].recipients:
            found[SOME_RECIPIENT if recipient == ANY_RECIPIENT else recipient] = None
    return list(found)


def _unprotected(ctx: Context, purposes: dict[str, set[str]], ages: dict[str, int],
                 obligation: Obligation | None
                 ) -> dict[tuple[str, str], tuple[int, dict[str, int]]]:
    """(subject, purpose) -> (first allowing rule, region -> age) of uses needing attention.

    ``purposes`` maps each purpose to look at to the regions where it matters. A use needs
    attention when ``decide`` allows it (consent granted) in such a region for a subject who may
    be under the region's age and, when ``obligation`` is given, the answer does not carry it.
    """
    at_risk = {s.id: {r: a for r, a in ages.items() if may_be_under(s, a)}
               for s in ctx.policy.subjects}
    at_risk = {s: regions for s, regions in at_risk.items() if regions}
    found: dict[tuple[str, str], tuple[int, dict[str, int]]] = {}
    if not at_risk:
        return found
    engine = ctx.engine
    verdicts: dict[int, bool] = {}  # covering rules -> the answer needs attention
    for category, purpose in ctx.allowed.pairs():
        if purpose not in purposes:
            continue
        recipients = _recipients(ctx, category, purpose)
        for subject, regions in at_risk.items():
            seen = found.get((subject, purpose), (0, {}))[1]
            for region, age in regions.items():
                if region in seen or region not in purposes[purpose]:
                    continue
                for recipient in recipients:
                    request = Request(category, purpose, subject, recipient, region,
                                      ConsentState.GRANTED)
                    covering = engine.covering(request)
                    verdict = verdicts.get(covering)
                    if verdict is None:  # the answer depends on the covering rules only
                        answer = engine.decide(request, with_retention=False)
                        verdict = verdicts[covering] = answer.allowed and (
                            obligation is None or obligation not in answer.obligations)
                    if verdict:
                        first = min(engine.rule_indices(covering & engine.allow_mask))
                        found.setdefault((subject, purpose), (first, seen))[1][region] = age
                        break
    return found


def _consent_regions(ctx: Context) -> dict[str, set[str]]:
    """Where each purpose relies on consent (filled as asked; see :func:`parental_consent`).

    Worked out from the purposes, the regions and the metadata alone: kept from the version
    before while only rules' fields were edited since.
    """
    return dict(ctx.carried("consent_regions") or {})


def _where(regions: dict[str, int]) -> str:
    by_age: dict[int, list[str]] = {}
    for region, age in sorted(regions.items()):
        by_age.setdefault(age, []).append(region)
    return semicolons(translate("checks/people", "under {age} in {regions}").format(
        age=age, regions=names(codes, 8)) for age, codes in sorted(by_age.items()))


@check("PPL002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/people", "Consent of people who may be under the age of consent"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/people",
           "Below the age of digital consent where the person is (GDPR Art. 8: 13 to 16 by "
           "member state; UK 13; COPPA 13), consent is given by a parent or guardian. A "
           "consent-based use allowed for people who may be younger must say so."),
       fix=QT_TRANSLATE_NOOP(
           "checks/people",
           "Add the obligation parental_consent to the rules that allow the use for these "
           "people, or add a deny rule for them; or record the subject's youngest age."))
def parental_consent(ctx: Context) -> Iterator[Hit]:
    """Hits of PPL002, "Consent of people who may be under the age of consent"."""
    ages = _ages(ctx)
    contains = ctx.regions.contains
    known = ctx.shared("consent_regions", _consent_regions)
    purposes = {}
    for p in ctx.allowed_purposes:
        where = known.get(p)
        if where is None:
            where = known[p] = {r for r in ages
                                if consent_in(_declared_purpose(ctx, p), r, contains)}
        if where:
            purposes[p] = where
    if not ages or not purposes:
        return
    for (subject, purpose), (first, where) in _unprotected(
            ctx, purposes, ages, Obligation.PARENTAL_CONSENT).items():
        yield Hit((RULES, first, "obligations"), translate(
            "checks/people", "purpose {purpose} relies on consent and is allowed for subject "
            "{subject}, who may be {ages}, without parental consent").format(
            purpose=named(ctx, PURPOSES, purpose), subject=named(ctx, SUBJECTS, subject),
            ages=_where(where)))


def _sells_or_shares(purpose: Purpose | None) -> bool:
    return purpose is not None and (purpose.sale or purpose.sharing
                                    or purpose.kind is PurposeKind.SALE_OR_SHARING)


@check("PPL003", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/people", "Sale or sharing of minors' data without opt-in"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/people",
           "Under the CCPA as amended by the CPRA (Civ. Code 1798.120(c)), the personal "
           "information of a consumer under 16 may not be sold or shared unless the consumer (13 "
           "to 15) or a parent (under 13) opted in."),
       fix=QT_TRANSLATE_NOOP(
           "checks/people",
           "Make the purpose opt-in, or add a deny rule for these people in California."))
def sale_of_minors(ctx: Context) -> Iterator[Hit]:
    """Hits of PPL003, "Sale or sharing of minors' data without opt-in"."""
    ages = _ages(ctx, "sale_or_sharing")
    engine = ctx.engine
    purposes = {p: set(ages) for p in ctx.allowed_purposes
                if _sells_or_shares(_declared_purpose(ctx, p))
                and engine.mechanism(p) is not ConsentMechanism.OPT_IN}
    if not ages or not purposes:
        return
    for (subject, purpose), (first, where) in _unprotected(ctx, purposes, ages, None).items():
        yield Hit((RULES, first), translate(
            "checks/people", "purpose {purpose} sells or shares data of subject {subject}, who "
            "may be {ages}, without opt-in").format(
            purpose=named(ctx, PURPOSES, purpose), subject=named(ctx, SUBJECTS, subject),
            ages=_where(where)))


@check("PPL004", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/people", "Source without a name"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/people",
           "When data is not collected from the person, they must be told where it came from "
           "(GDPR Art. 14(2)(f)): the third party or public source by name."),
       fix=QT_TRANSLATE_NOOP(
           "checks/people",
           "Name the third party or public source the data comes from."))
def unnamed_source(ctx: Context) -> Iterator[Hit]:
    """Hits of PPL004, "Source without a name"."""
    for index, category in enumerate(ctx.policy.categories):
        for position, source in enumerate(category.sources):
            if source.kind in NAMED_SOURCES and not source.name.strip():
                text = translate("checks/people", "category {category} comes from a third "
                                 "party without a name") \
                    if source.kind is SourceKind.THIRD_PARTY else \
                    translate("checks/people", "category {category} comes from a public source "
                              "without a name")
                yield Hit((CATEGORIES, index, "sources", position, "name"),
                          text.format(category=named(ctx, CATEGORIES, category.id)))


def known_dpv_term(value: str) -> bool:
    """Whether ``value`` (``pd:EmailAddress``, an IRI or a bare term) is a bundled DPV term."""
    term = dpv_term(value)
    return any(term in dpv_terms(table) for table in DPV_TABLES)


@check("PPL005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/people", "External id that is not a known term"),
       why=QT_TRANSLATE_NOOP(
           "checks/people",
           "Exports use external ids instead of guessing from words; a DPV term that does not "
           "exist or a Fides key that is not well formed exports something no reader "
           "understands."),
       fix=QT_TRANSLATE_NOOP(
           "checks/people",
           "Use a term of the DPV vocabularies (e.g. pd:EmailAddress, dpv:Marketing) and a Fides "
           "key of dot-separated letters, digits and underscores (user.contact.email)."))
def unknown_external_id(ctx: Context) -> Iterator[Hit]:
    """Hits of PPL005, "External id that is not a known term"."""
    for section in (CATEGORIES, PURPOSES, SUBJECTS):
        for index, item in enumerate(getattr(ctx.policy, section)):
            dpv, fides = item.external_ids.get(DPV), item.external_ids.get(FIDES)
            if dpv is not None and not known_dpv_term(dpv):
                yield Hit((section, index, "external_ids", "dpv"), translate(
                    "checks/people", "The DPV id {id} of {item} is not a term of the bundled "
                    "DPV vocabularies").format(id=repr(dpv), item=named(ctx, section, item.id)))
            if fides is not None and not FIDES_KEY.match(fides):
                yield Hit((section, index, "external_ids", "fides"), translate(
                    "checks/people", "The Fides key {key} of {item} is not well formed").format(
                    key=repr(fides), item=named(ctx, section, item.id)))

