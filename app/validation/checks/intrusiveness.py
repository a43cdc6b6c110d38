"""Intrusiveness: the tactics that make personalisation creepy (DESIGN section 1).

Each check looks only at the rules concerned, found with the decision engine's bit masks.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.decisions import Request
from app.domain.enums import (
    ConsentMechanism,
    ConsentState,
    PurposeKind,
    RecipientKind,
    Right,
    Sensitivity,
    Tag,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from app.domain.ids import lineage
from app.domain.models import UseRule
from app.domain.sections import PURPOSES, RULES
from app.validation.catalogue import DECISIONS, check
from app.validation.checks._common import (
    CATEGORIES,
    TARGETING,
    allowed_uses,
    categories_with,
    category_path,
    named,
    named_list,
    names,
    new_memo,
    purposes_where,
)
from app.validation.checks._worst import Worst, reaching
from app.validation.context import Context
from app.validation.finding import Hit, Severity

_ADS = frozenset({PurposeKind.ADVERTISING, PurposeKind.MARKETING, PurposeKind.PROFILING,
                  PurposeKind.SALE_OR_SHARING})
_NON_ESSENTIAL = frozenset({PurposeKind.ANALYTICS, PurposeKind.PERSONALISATION,
                            PurposeKind.MARKETING, PurposeKind.ADVERTISING,
                            PurposeKind.PROFILING, PurposeKind.SALE_OR_SHARING,
                            PurposeKind.RESEARCH})
_SENSITIVE = frozenset({Sensitivity.SENSITIVE, Sensitivity.SPECIAL_CATEGORY,
                        Sensitivity.CRIMINAL})
_WHOLE_TREE = 5
"""A category covering this many declared categories or more counts as a whole tree."""


def _purposes_of(ctx: Context, opt_in: bool | None = None,
                 kinds: frozenset[PurposeKind] = _ADS) -> set[str]:
    """Declared purposes of ``kinds`` (only opt-in ones, or only the others, if asked)."""
    return purposes_where(ctx, lambda p: p.kind in kinds and (
        opt_in is None or (p.consent == ConsentMechanism.OPT_IN) == opt_in))


def _tagged(ctx: Context, *tags: Tag, without: Tag | None = None) -> set[str]:
    found = categories_with(ctx, *tags)
    return found - categories_with(ctx, without) if without else found


def _allowed_purposes(ctx: Context, index: int, purposes: set[str]) -> list[str]:
    """The purposes among ``purposes`` rule ``index`` takes part in allowing a use for."""
    return list(dict.fromkeys(p for _, p in ctx.allowed.rule_pairs(index) if p in purposes))


_USES = {
    "browsing_opt_in": (
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows browsing data "
                          "({categories}) for purpose {purposes} (with opt-in consent)"),
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows browsing data "
                          "({categories}) for purposes {purposes} (with opt-in consent)")),
    "browsing": (
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows browsing data "
                          "({categories}) for purpose {purposes} without opt-in consent"),
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows browsing data "
                          "({categories}) for purposes {purposes} without opt-in consent")),
    "location": (
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows location data "
                          "({categories}) for purpose {purposes}"),
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows location data "
                          "({categories}) for purposes {purposes}")),
    "precise_location": (
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows precise location data "
                          "({categories}) for purpose {purposes} without opt-in consent"),
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows precise location data "
                          "({categories}) for purposes {purposes} without opt-in consent")),
    "sensitive": (
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows sensitive data "
                          "({categories}) for purpose {purposes}"),
        QT_TRANSLATE_NOOP("checks/intrusiveness", "rule {rule} allows sensitive data "
                          "({categories}) for purposes {purposes}")),
}
"""The sentence of each kind of use, for one purpose and for several."""


def _use_hits(ctx: Context, what: str,
              uses: Iterator[tuple[int, UseRule, list[str], list[str]]]) -> Iterator[Hit]:
    """One hit per rule: which of the data it allows, for which purposes.

    ``what`` is the kind of use, a key of :data:`_USES`. Worded once: the version before's
    hits stand while only rules' fields were edited since (the items' names are the same, see
    :meth:`Context.carried`) in the same language.
    """
    known = ctx.shared("use_hits", new_memo)
    before = ctx.carried("use_hits") or {}
    # by rule, with the very lists it was worded from (allowed_uses shares unchanged ones)
    mine = known.setdefault((what, language()), {})
    then = before.get((what, language()), {})
    for index, rule, cats, purps in uses:
        entry = then.get(index)
        if entry is None or entry[0] is not cats or entry[1] is not purps or \
                entry[2] != rule.id:
            key = (what, language(), index, rule.id, tuple(cats), tuple(purps))
            hit = known.get(key) or before.get(key)
            if hit is None:
                one, many = _USES[what]
                hit = Hit((RULES, index), translate(
                    "checks/intrusiveness", one if len(purps) == 1 else many).format(
                    rule=rule.id, categories=named_list(ctx, CATEGORIES, cats),
                    purposes=named_list(ctx, PURPOSES, purps)))
            known[key] = hit
            entry = (cats, purps, rule.id, hit)
        mine[index] = entry
        yield entry[3]


@check("INT001", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Advertising from browsing history"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Targeting people from what they browsed is the tactic people find most intrusive, "
           "even when they opted in."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Prefer contextual or aggregated approaches; if you keep it, add obligations "
           "(aggregate, pseudonymise) and explain it plainly where consent is asked."))
def browsing_for_ads(ctx: Context) -> Iterator[Hit]:
    """Hits of INT001, "Advertising from browsing history"."""
    uses = allowed_uses(ctx, _tagged(ctx, Tag.BROWSING), _purposes_of(ctx, opt_in=True))
    return _use_hits(ctx, "browsing_opt_in", uses)


@check("INT011", Severity.ERROR,
       QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Advertising from browsing history without opt-in"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Using browsing history to target people without asking them first is exactly the "
           "intrusive tactic regulators act against (ePrivacy consent for tracking)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Make the purpose opt-in, or stop allowing browsing data for it."))
def browsing_for_ads_without_opt_in(ctx: Context) -> Iterator[Hit]:
    """Hits of INT011, "Advertising from browsing history without opt-in"."""
    uses = allowed_uses(ctx, _tagged(ctx, Tag.BROWSING), _purposes_of(ctx, opt_in=False))
    return _use_hits(ctx, "browsing", uses)


@check("INT002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Location data for marketing"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Where people go reveals their home, work, health and beliefs; using it to market to "
           "them is widely felt as tracking."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Use coarse location (city, country) or none; add obligations such as aggregate; make "
           "sure the purpose is opt-in."))
def location_for_ads(ctx: Context) -> Iterator[Hit]:
    """Hits of INT002, "Location data for marketing"."""
    found: dict[int, tuple[UseRule, list[list[str]]]] = {}
    for uses in (allowed_uses(ctx, _tagged(ctx, Tag.LOCATION, Tag.PRECISE_LOCATION),
                              _purposes_of(ctx, opt_in=True)),
                 allowed_uses(ctx, _tagged(ctx, Tag.LOCATION, without=Tag.PRECISE_LOCATION),
                              _purposes_of(ctx, opt_in=False))):
        for index, rule, cats, purps in uses:
            found.setdefault(index, (rule, []))[1].extend((cats, purps))
    return _use_hits(ctx, "location", _merged(ctx, found))


_MERGED = "allowed_uses:INT002"
"""INT002's merged lists by rule, with the lists of :func:`allowed_uses` they came from."""


def _merged(ctx: Context, found: dict[int, tuple[UseRule, list[list[str]]]]
            ) -> Iterator[tuple[int, UseRule, list[str], list[str]]]:
    """Each rule's categories and purposes of both kinds, merged in order, in file order.

    The very lists of the version before while they come from the very same ones (so that
    :func:`_use_hits` keeps the rule's hit).
    """
    mine = ctx.shared(_MERGED, new_memo)
    before = ctx.carried(_MERGED) or {}
    for index in sorted(found):
        rule, parts = found[index]
        entry = before.get(index)
        if entry is None or len(entry[0]) != len(parts) or \
                any(a is not b for a, b in zip(entry[0], parts, strict=True)):
            entry = (parts, list(dict.fromkeys(c for cats in parts[0::2] for c in cats)),
                     list(dict.fromkeys(p for purps in parts[1::2] for p in purps)))
        mine[index] = entry
        yield index, rule, entry[1], entry[2]


@check("INT012", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Precise location for marketing without opt-in"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Precise location (GPS-level) used for marketing without asking first is tracking "
           "people's movements behind their backs."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Make the purpose opt-in, or use coarse location, or stop allowing it."))
def precise_location_without_opt_in(ctx: Context) -> Iterator[Hit]:
    """Hits of INT012, "Precise location for marketing without opt-in"."""
    uses = allowed_uses(ctx, _tagged(ctx, Tag.PRECISE_LOCATION), _purposes_of(ctx, opt_in=False))
    return _use_hits(ctx, "precise_location", uses)


@check("INT003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Sensitive data used for targeting"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Targeting people on sensitive traits (health, beliefs, sexuality, finances, "
           "offences) can harm and discriminate, and is banned or tightly restricted by the "
           "GDPR, the DSA and the CPRA."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Stop allowing sensitive data for targeting purposes; use it only for the purpose it "
           "was collected for."))
def sensitive_for_targeting(ctx: Context) -> Iterator[Hit]:
    """Hits of INT003, "Sensitive data used for targeting"."""
    sensitive = categories_with(ctx, *_SENSITIVE)
    uses = allowed_uses(ctx, sensitive, _purposes_of(ctx, kinds=TARGETING))
    return _use_hits(ctx, "sensitive", uses)


@check("INT004", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Sharing or selling without consent"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Handing data to a third party for a purpose the service does not need (analytics, "
           "marketing, advertising, research...), or selling or sharing it, without any consent "
           "mechanism takes away people's control over who holds their data. Sharing that the "
           "service or the law requires (delivery, payment, fraud checks) is not concerned."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Give the purpose an opt-in (or at least opt-out) consent mechanism, or stop the "
           "sharing."))
def sharing_without_consent(ctx: Context) -> Iterator[Hit]:
    """Hits of INT004, "Sharing or selling without consent"."""
    optional = _purposes_of(ctx, kinds=_NON_ESSENTIAL)
    no_consent = {p for p in optional if ctx.purposes[p].consent == ConsentMechanism.NONE}
    if not no_consent:
        return
    third = {r for r, rec in ctx.recipients.items() if rec.kind == RecipientKind.THIRD_PARTY}
    sale = {p for p in no_consent if ctx.purposes[p].kind == PurposeKind.SALE_OR_SHARING}
    listed = ctx.engine.masks["recipients"].listed
    sharing = {name for name in listed
               if any(r in third for r in ctx.recipient_tree.covered(name))}
    share_mask = 0
    for name in sharing:
        share_mask |= listed[name]
    mask = ctx.allow_mask & ctx.purpose_mask(no_consent) & (share_mask | ctx.purpose_mask(sale))
    for index, rule in ctx.rules_in(mask):
        purps = _allowed_purposes(ctx, index, no_consent)
        if not purps:
            continue
        receiving = set(ctx.allowed.rule_values(index, "recipients", no_consent))
        for position, name in enumerate(rule.recipients):
            if name in sharing and name in receiving:
                yield Hit((RULES, index, "recipients", position), (translate(
                    "checks/intrusiveness", "rule {rule} shares data with third party "
                    "{recipient} for purpose {purposes}, which asks no consent")
                    if len(purps) == 1 else translate(
                    "checks/intrusiveness", "rule {rule} shares data with third party "
                    "{recipient} for purposes {purposes}, which ask no consent")).format(
                    rule=rule.id, recipient=name, purposes=named_list(ctx, PURPOSES, purps)))
        sold = [p for p in purps if p in sale]
        if sold:
            yield Hit((RULES, index), translate(
                "checks/intrusiveness", "rule {rule} allows data for sale or sharing "
                "({purposes}) without asking consent").format(rule=rule.id,
                                                             purposes=names(sold)))


# -- INT005 ------------------------------------------------------------------------------------
def _listing(ctx: Context, wanted: set[str]) -> dict[str, int]:
    """Subject ids named on rules that cover any of ``wanted``, with the rules naming them."""
    listed = ctx.engine.masks["subjects"].listed
    return {name: mask for name, mask in listed.items()
            if any(s in wanted for s in ctx.subject_tree.covered(name))}


def _child_allowed(ctx: Context, rule: UseRule, purposes: list[str], children: list[str]
                   ) -> tuple[str, str, str] | None:
    """(category, purpose, child subject) that ``rule`` lets through, if any."""
    for category in rule.categories:
        for purpose in purposes:
            for child in children:
                request = Request(category, purpose, subject=child,
                                  recipient=rule.recipients[0] if rule.recipients else None,
                                  region=rule.regions[0] if rule.regions else None,
                                  consent=ConsentState.GRANTED)
                if ctx.engine.decide(request).allowed:
                    return category, purpose, child
    return None


@check("INT005", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Children's data for marketing or profiling"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Children merit specific protection: marketing to them and profiling them should not "
           "happen (GDPR Recital 38 and 71, the DSA bans profiling-based ads to minors)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Exclude children: limit the rule to adult subjects, or add a deny rule for the "
           "children's subject group."))
def children_targeted(ctx: Context) -> Iterator[Hit]:
    """Hits of INT005, "Children's data for marketing or profiling"."""
    children = [s for s, subject in ctx.subjects.items() if subject.children]
    purposes = _purposes_of(ctx)
    if not children or not purposes:
        return
    mask = ctx.allow_mask & ctx.purpose_mask(purposes)
    naming = _listing(ctx, set(children))
    for index, rule in ctx.rules_in(mask):
        purps = _allowed_purposes(ctx, index, purposes)
        if not purps:
            continue
        allowed = set(ctx.allowed.rule_values(index, "subjects", purposes))
        for position, name in enumerate(rule.subjects):
            if name in naming and name in allowed:
                yield Hit((RULES, index, "subjects", position), translate(
                    "checks/intrusiveness", "rule {rule} allows children's data (subject "
                    "{subject}) for {purposes}").format(
                    rule=rule.id, subject=name, purposes=named_list(ctx, PURPOSES, purps)))
        if not rule.subjects:
            found = _child_allowed(ctx, rule, purps, children)
            if found:
                yield Hit((RULES, index), translate(
                    "checks/intrusiveness", "rule {rule} has no subject limit, so it allows "
                    "data about children ({subject}) for {purpose}; no deny rule excludes "
                    "them").format(rule=rule.id, subject=found[2], purpose=found[1]),
                          translate("checks/intrusiveness", "limit the rule to adult subjects "
                                    "or deny {subject}").format(subject=found[2]))


@check("INT006", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Critically intrusive use"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "The intrusiveness review scores this use in the critical band: the combination of "
           "data, purpose, people and recipients is the kind people find most invasive."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Reduce it: drop the most sensitive categories, add obligations (anonymise, "
           "aggregate, pseudonymise), ask opt-in consent, or narrow the rule."))
def critical_uses(ctx: Context) -> Iterator[Hit]:
    """Hits of INT006, "Critically intrusive use"."""
    threshold = ctx.scorer.weights.bands.get("critical", 75)
    mine, before = ctx.memo("INT006")  # a use kept from the version before is worded already
    for worst in reaching(ctx, threshold):
        if worst.score.band != "critical":
            continue
        rule = ctx.policy.rules[worst.index]
        entry = before.get(id(worst))
        if entry is None or entry[0] is not worst or entry[1] is not rule \
                or entry[3] != language():
            entry = (worst, rule, Hit((RULES, worst.index), _critical(rule, worst)), language())
        mine[id(worst)] = entry
        yield entry[2]


def _critical(rule: UseRule, worst: Worst) -> str:
    """The sentence of INT006 for the most intrusive use a rule allows."""
    if worst.subject and worst.recipient:
        text = translate("checks/intrusiveness", "rule {rule} allows {category} for {purpose} "
                         "about {subject} shared with {recipient}, scoring {score}")
    elif worst.subject:
        text = translate("checks/intrusiveness", "rule {rule} allows {category} for {purpose} "
                         "about {subject}, scoring {score}")
    elif worst.recipient:
        text = translate("checks/intrusiveness", "rule {rule} allows {category} for {purpose} "
                         "shared with {recipient}, scoring {score}")
    else:
        text = translate("checks/intrusiveness", "rule {rule} allows {category} for {purpose}, "
                         "scoring {score}")
    return text.format(rule=rule.id, category=worst.category, purpose=worst.purpose,
                       subject=worst.subject, recipient=worst.recipient,
                       score=worst.score.explain())


@check("INT007", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Whole category tree for a non-essential purpose"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Data minimisation: a non-essential purpose (analytics, marketing, research...) "
           "should get only the data it needs, not a whole branch of categories."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "List only the categories the purpose needs instead of their common parent."))
def whole_tree(ctx: Context) -> Iterator[Hit]:
    """Hits of INT007, "Whole category tree for a non-essential purpose"."""
    listed = ctx.engine.masks["categories"].listed
    broad = {name: len(ctx.category_tree.covered(name)) for name in listed}
    broad = {name: count for name, count in broad.items() if count >= _WHOLE_TREE}
    optional = _purposes_of(ctx, kinds=_NON_ESSENTIAL)
    if not broad or not optional:
        return
    mask = 0
    for name in broad:
        mask |= listed[name]
    for index, rule in ctx.rules_in(mask & ctx.allow_mask & ctx.purpose_mask(optional)):
        pairs = [(c, p) for c, p in ctx.allowed.rule_pairs(index) if p in optional]
        purps = list(dict.fromkeys(p for _, p in pairs))
        allowed = {c for c, _ in pairs}
        for position, name in enumerate(rule.categories):
            count = sum(c in allowed for c in ctx.category_tree.covered(name)) if name in broad \
                else 0
            if count >= _WHOLE_TREE:
                if count == broad[name]:
                    what = translate("checks/intrusiveness", "all of {category} ({count} "
                                     "categories)").format(category=name, count=count)
                else:
                    what = translate("checks/intrusiveness", "{count} of the {total} categories "
                                     "under {category}").format(count=count, total=broad[name],
                                                                category=name)
                yield Hit((RULES, index, "categories", position), (translate(
                    "checks/intrusiveness", "rule {rule} allows {what} for non-essential "
                    "purpose {purposes}") if len(purps) == 1 else translate(
                    "checks/intrusiveness", "rule {rule} allows {what} for non-essential "
                    "purposes {purposes}")).format(
                    rule=rule.id, what=what, purposes=named_list(ctx, PURPOSES, purps)))


@check("INT008", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Category nobody needs"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "No rule uses this category. Data nobody needs should not be collected at all (data "
           "minimisation)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Stop collecting it and delete the category, or add the rule that needs it."))
def unused_category(ctx: Context) -> Iterator[Hit]:
    """Hits of INT008, "Category nobody needs"."""
    listed = ctx.engine.masks["categories"].listed
    named_or_below = {a for name in listed for a in lineage(name)}
    for category in ctx.categories:
        if category in named_or_below:
            continue  # a rule names it or one of its descendants
        if any(a in listed for a in lineage(category)[1:]):
            continue  # a rule names one of its ancestors
        yield Hit(category_path(ctx, category), translate(
            "checks/intrusiveness", "no rule uses category {category}").format(
            category=named(ctx, CATEGORIES, category)))


@check("INT009", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Profiling without human review"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "People have the right not to be subject to decisions based solely on automated "
           "processing, including profiling, and to obtain human intervention (GDPR Art. 22)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Add 'human_review' to the rights the purpose offers, and make sure a person can look "
           "again at the decision."))
def profiling_without_review(ctx: Context) -> Iterator[Hit]:
    """Hits of INT009, "Profiling without human review"."""
    for index, purpose in enumerate(ctx.policy.purposes):
        if purpose.kind == PurposeKind.PROFILING and Right.HUMAN_REVIEW not in purpose.rights:
            yield Hit((PURPOSES, index, "rights"), translate(
                "checks/intrusiveness", "profiling purpose {purpose} does not offer human "
                "review").format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("INT010", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/intrusiveness", "Vulnerable people profiled without safeguards"),
       reads=DECISIONS,
       why=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Profiling vulnerable people (patients, people in care...) or targeting them with ads "
           "exploits their situation; at least the data should be protected."),
       fix=QT_TRANSLATE_NOOP(
           "checks/intrusiveness",
           "Add obligations (pseudonymise, aggregate, minimise) to the rule, or exclude the "
           "vulnerable group."))
def vulnerable_without_obligations(ctx: Context) -> Iterator[Hit]:
    """Hits of INT010, "Vulnerable people profiled without safeguards"."""
    vulnerable = {s for s, subj in ctx.subjects.items() if subj.vulnerable and not subj.children}
    kinds = frozenset({PurposeKind.PROFILING, PurposeKind.ADVERTISING})
    purposes = _purposes_of(ctx, kinds=kinds)
    if not vulnerable or not purposes:
        return
    naming = _listing(ctx, vulnerable)
    mask = 0
    for listed_mask in naming.values():
        mask |= listed_mask
    for index, rule in ctx.rules_in(mask & ctx.allow_mask & ctx.purpose_mask(purposes)):
        if rule.obligations:
            continue
        purps = _allowed_purposes(ctx, index, purposes)
        allowed = set(ctx.allowed.rule_values(index, "subjects", purposes)) if purps else set()
        for position, name in enumerate(rule.subjects):
            if name in naming and name in allowed:
                yield Hit((RULES, index, "subjects", position), translate(
                    "checks/intrusiveness", "rule {rule} allows data about vulnerable people "
                    "({subject}) for {purposes} without any obligation").format(
                    rule=rule.id, subject=name, purposes=named_list(ctx, PURPOSES, purps)))
