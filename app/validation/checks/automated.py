"""Automated decision-making and profiling (ADM): GDPR Art. 22 and Art. 13(2)(f).

A purpose whose ``automated_decisions.solely_automated`` is set takes decisions without human
involvement that have legal or similarly significant effects. Art. 22(2) allows that only when
the decision is necessary for a contract, authorised by law (a legal obligation) or based on
explicit consent (a consent basis collected by opt-in). A purpose relying on several bases must
meet this with every one of them, since each applies in some region. Art. 22(3) asks for at
least human intervention, a way to express one's view and to contest; Art. 22(4) allows
special-category data only under Art. 9(2)(a) or (g).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.domain.enums import (
    Art9Condition,
    AutomatedSafeguard,
    ConsentMechanism,
    LegalBasis,
    PurposeKind,
    Sensitivity,
    label,
)
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.legal_bases import all_bases, safeguard_words
from app.domain.models import AutomatedDecisions, Purpose
from app.domain.sections import CATEGORIES, PURPOSES
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import (
    by_purpose,
    categories_with,
    declared_purposes,
    named,
    named_list,
    names,
    purpose_path,
    purposes_where,
)
from app.validation.context import Context
from app.validation.finding import Hit, Severity

_ART22_BASES = frozenset({LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION})
_ART22_ART9 = frozenset({Art9Condition.EXPLICIT_CONSENT,
                         Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST})
ADM = "automated_decisions"


def _solely_automated(ctx: Context) -> Iterator[tuple[int, Purpose, AutomatedDecisions]]:
    """(position, purpose, its automated decisions) of purposes taking solely automated ones."""
    for index, purpose in declared_purposes(ctx):
        if _solely(purpose):
            yield index, purpose, purpose.automated_decisions  # type: ignore[misc]


def _solely(purpose: Purpose) -> bool:
    """Whether ``purpose`` takes solely automated decisions."""
    return purpose.automated_decisions is not None and purpose.automated_decisions.solely_automated


def _either(words: Iterable[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    items = list(words)
    if len(items) < 2:
        return "".join(items)
    return translate("checks/automated", "{items} or {last}").format(
        items=", ".join(items[:-1]), last=items[-1])


def unfit_bases(purpose: Purpose) -> list[LegalBasis]:
    """The bases of ``purpose`` that do not allow solely automated decisions (Art. 22(2))."""
    explicit = purpose.consent == ConsentMechanism.OPT_IN
    return [b for b in all_bases(purpose)
            if b not in _ART22_BASES and not (b == LegalBasis.CONSENT and explicit)]


@check("ADM001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/automated", "Automated decisions without an Art. 22 exception"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Decisions based solely on automated processing with legal or similarly significant "
           "effects are forbidden unless necessary for a contract, authorised by law, or based "
           "on the person's explicit consent (GDPR Art. 22(2))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Base the purpose on contract, legal obligation or consent collected by opt-in in "
           "every region, or put a person in the loop (clear 'solely automated')."))
def automated_without_exception(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM001, "Automated decisions without an Art. 22 exception"."""
    for index, purpose, _ in _solely_automated(ctx):
        unfit = unfit_bases(purpose)
        if unfit:
            text = translate("checks/automated", "purpose {purpose} takes solely automated "
                             "decisions but relies on consent collected without opt-in, which "
                             "Art. 22(2) does not allow") if unfit == [LegalBasis.CONSENT] else \
                translate("checks/automated", "purpose {purpose} takes solely automated "
                          "decisions but relies on {bases}, which Art. 22(2) does not allow")
            yield Hit((PURPOSES, index, ADM, "solely_automated"), text.format(
                purpose=named(ctx, PURPOSES, purpose.id),
                bases=names(label(b) for b in unfit)))


@check("ADM002", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/automated", "Automated decisions not explained"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "People must be told the logic involved in automated decisions and their significance "
           "and envisaged consequences (GDPR Art. 13(2)(f), 14(2)(g), 15(1)(h))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Describe the logic and the consequences of the decisions in plain words."))
def automated_not_explained(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM002, "Automated decisions not explained"."""
    for index, purpose, decisions in _solely_automated(ctx):
        logic, consequences = not decisions.logic.strip(), not decisions.consequences.strip()
        if logic and consequences:
            text = translate("checks/automated", "purpose {purpose} takes solely automated "
                             "decisions but does not explain their logic or consequences")
        elif logic:
            text = translate("checks/automated", "purpose {purpose} takes solely automated "
                             "decisions but does not explain their logic")
        elif consequences:
            text = translate("checks/automated", "purpose {purpose} takes solely automated "
                             "decisions but does not explain their consequences")
        else:
            continue
        yield Hit((PURPOSES, index, ADM, "logic" if logic else "consequences"),
                  text.format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("ADM003", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/automated", "Automated decisions without safeguards"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Where solely automated decisions are allowed, people keep at least the right to "
           "obtain human intervention, to express their point of view and to contest the "
           "decision (GDPR Art. 22(3))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Offer the missing safeguards and list them in the purpose's automated decisions."))
def automated_without_safeguards(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM003, "Automated decisions without safeguards"."""
    for index, purpose, decisions in _solely_automated(ctx):
        missing = [s for s in AutomatedSafeguard if s not in decisions.safeguards]
        if missing:
            yield Hit((PURPOSES, index, ADM, "safeguards"), translate(
                "checks/automated", "purpose {purpose} takes solely automated decisions but "
                "people cannot {safeguards}").format(
                purpose=named(ctx, PURPOSES, purpose.id),
                safeguards=_either(safeguard_words(s) for s in missing)))


@check("ADM004", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/automated", "Automated decisions on special-category data"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Solely automated decisions may use special-category data only with explicit consent "
           "or for reasons of substantial public interest, with suitable safeguards (GDPR Art. "
           "22(4), Art. 9(2)(a) or (g))."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Set the Art. 9 condition to explicit consent or substantial public interest, or stop "
           "allowing special-category data for the purpose."))
def automated_special_category(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM004, "Automated decisions on special-category data"."""
    solely = purposes_where(ctx, lambda p: _solely(p) and p.art9_condition not in _ART22_ART9)
    if not solely:
        return
    special = categories_with(ctx, Sensitivity.SPECIAL_CATEGORY)
    for purpose, (cats, rules) in by_purpose(ctx, special, solely).items():
        text = translate("checks/automated", "purpose {purpose} takes solely automated "
                         "decisions on special-category data ({categories}, by rule {rules}) "
                         "without explicit consent or substantial public interest") \
            if len(rules) == 1 else translate(
            "checks/automated", "purpose {purpose} takes solely automated decisions on "
            "special-category data ({categories}, by rules {rules}) without explicit consent "
            "or substantial public interest")
        yield Hit(purpose_path(ctx, purpose, "art9_condition"), text.format(
            purpose=named(ctx, PURPOSES, purpose), categories=named_list(ctx, CATEGORIES, cats),
            rules=names(rules)))


@check("ADM005", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/automated", "Profiling without its logic"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Profiling evaluates personal aspects of people; they are entitled to know how it "
           "works (GDPR Art. 13(2)(f), Art. 21)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Describe the logic of the profiling in plain words."))
def profiling_without_logic(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM005, "Profiling without its logic"."""
    for index, purpose in declared_purposes(ctx):
        decisions = purpose.automated_decisions
        if (decisions is not None and decisions.profiling and not decisions.solely_automated
                and not decisions.logic.strip()):
            yield Hit((PURPOSES, index, ADM, "logic"), translate(
                "checks/automated", "purpose {purpose} profiles people but does not describe "
                "how").format(purpose=named(ctx, PURPOSES, purpose.id)))


@check("ADM006", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/automated", "Profiling purpose without automated decisions"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/automated",
           "The purpose's kind is profiling, but it does not say whether it takes automated "
           "decisions or what logic it uses."),
       fix=QT_TRANSLATE_NOOP(
           "checks/automated",
           "Fill in the purpose's automated decisions (profiling, solely automated, logic)."))
def profiling_kind_undescribed(ctx: Context) -> Iterator[Hit]:
    """Hits of ADM006, "Profiling purpose without automated decisions"."""
    for index, purpose in declared_purposes(ctx):
        if purpose.kind == PurposeKind.PROFILING and purpose.automated_decisions is None:
            yield Hit((PURPOSES, index, ADM), translate(
                "checks/automated", "purpose {purpose} is for profiling but does not describe "
                "its automated decisions").format(purpose=named(ctx, PURPOSES, purpose.id)))
