"""Legal bases per region and the legitimate interests assessment (LEG020, LEG021).

What a purpose relies on where is :mod:`app.domain.legal_bases`' answer; the region groups come
from the bundled catalogue plus the policy's own groups.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import LegalBasis
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.legal_bases import bases_in, has_basis_everywhere, relies_on
from app.domain.sections import PURPOSES, REGIONS
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import declared_purposes, named, names
from app.validation.context import Context
from app.validation.finding import Hit, Severity


@check("LEG020", Severity.INFO,
       QT_TRANSLATE_NOOP("checks/bases", "Assessment without its balancing test"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/bases",
           "The purpose names a legitimate interests assessment, but the policy does not say, in "
           "plain words, why the organisation's interest is not overridden by the person's. "
           "Readers of the policy document see only a reference they may not be able to open."),
       fix=QT_TRANSLATE_NOOP(
           "checks/bases",
           "Summarise the outcome of the balancing test in the purpose's 'balancing' field."))
def assessment_without_balancing(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG020, "Assessment without its balancing test"."""
    for index, purpose in declared_purposes(ctx):
        pid = purpose.id
        if (relies_on(purpose, LegalBasis.LEGITIMATE_INTERESTS) and purpose.lia.strip()
                and not purpose.balancing.strip()):
            yield Hit((PURPOSES, index, "balancing"), translate(
                "checks/bases", "purpose {purpose} names the assessment {assessment} but gives "
                "no balancing test in plain words").format(
                purpose=named(ctx, PURPOSES, pid), assessment=repr(purpose.lia.strip())))


@check("LEG021", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/bases", "Allowed where the purpose has no legal basis"),
       reads=(*EVERYTHING_BUT_PROSE, REGIONS),
       why=QT_TRANSLATE_NOOP(
           "checks/bases",
           "The purpose's legal bases are all limited to some regions and it has no default "
           "basis, yet rules allow it in other regions (or in any region). There the use has no "
           "lawful basis."),
       fix=QT_TRANSLATE_NOOP(
           "checks/bases",
           "Set the purpose's default legal basis (used wherever no regional entry applies), add "
           "an entry for those regions, or limit the rules to the regions with a basis."))
def allowed_without_regional_basis(ctx: Context) -> Iterator[Hit]:
    """Hits of LEG021, "Allowed where the purpose has no legal basis"."""
    limited = {pid for pid, p in ctx.purposes.items()
               if p.legal_bases and not has_basis_everywhere(p)}
    if not limited:
        return
    regions = ctx.regions
    gaps: dict[str, dict[str, None]] = {}
    for category, purpose in ctx.allowed.pairs():
        if purpose not in limited:
            continue
        for use in ctx.allowed.of_pair(category, purpose):
            if not bases_in(ctx.purposes[purpose], use.region or "*", regions):
                gaps.setdefault(purpose, {})[use.region or translate(
                    "checks/bases", "any region")] = None
    for index, purpose in declared_purposes(ctx):
        pid = purpose.id
        if pid in gaps:
            where = list(gaps[pid])
            yield Hit((PURPOSES, index, "legal_bases"), translate(
                "checks/bases", "purpose {purpose} is allowed in {regions}, where none of its "
                "legal bases applies").format(purpose=named(ctx, PURPOSES, pid),
                                              regions=names(where)))
