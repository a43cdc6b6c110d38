"""Data protection impact assessments (GDPR Art. 35): screening each purpose for the need.

Each purpose is screened against the EDPB's criteria (:mod:`app.domain.dpia_screening`). Two or
more make an assessment likely required, unless the purpose records one in progress or done,
with a reference to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.dpia_screening import Screening, documented, required
from app.domain.enums import DpiaState, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Purpose
from app.domain.sections import PURPOSES
from app.domain.typography import semicolons
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import declared_purposes, named, new_memo
from app.validation.context import Context
from app.validation.finding import Hit, Severity

DPIA_CODE = "GOV020"


def screening(ctx: Context) -> Screening:
    """The screening of the context's policy (shared by the checks and views asking)."""
    return ctx.shared("dpia_screening", _screening)


def _screening(ctx: Context) -> Screening:
    found = Screening(ctx.policy, ctx.allowed, ctx.transfer_regimes, ctx.regions)
    before = ctx.carried("dpia_screening")  # after edits of rules' fields alone
    if before is not None:
        found.keep_category_tables(before)
    return found


@check(DPIA_CODE, Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/dpia", "Impact assessment required"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/dpia",
           "A processing that meets two or more of the EDPB's criteria (sensitive data, "
           "vulnerable people, scoring, automated decisions, monitoring, large scale, matching "
           "data sets, new technology, transfers without adequacy, barring a right or service) "
           "is likely to result in a high risk and needs a data protection impact assessment "
           "before it starts (GDPR Art. 35(1) and (3), WP248 rev.01)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/dpia",
           "Carry out the assessment (export the DPIA draft) and record it on the purpose as in "
           "progress or done with its reference; or correct what the purpose says."))
def dpia_required(ctx: Context) -> Iterator[Hit]:
    """Hits of GOV020, "Impact assessment required".

    After edits of rules' fields alone, a purpose no edited rule covers keeps its finding (or
    its lack of one): its allowed uses are the same (:meth:`Context.purposes_edited`).
    """
    mine: dict[str, tuple[Purpose, int, Hit | None]] = ctx.shared("dpia_hits", new_memo)
    before = ctx.carried("dpia_hits")
    edited = ctx.purposes_edited() if before else set()
    if not before:
        screening(ctx).screen_all()  # every purpose is asked
    for index, purpose in declared_purposes(ctx):
        entry = before.get(purpose.id) if before and purpose.id not in edited else None
        if entry is None or entry[0] is not purpose or entry[1] != index:
            entry = (purpose, index, _hit(ctx, index, purpose))
        mine[purpose.id] = entry
        if entry[2] is not None:
            yield entry[2]


def _hit(ctx: Context, index: int, purpose: Purpose) -> Hit | None:
    if documented(purpose):
        return None
    found = screening(ctx).criteria(purpose)
    if not required(found):
        return None
    dpia = purpose.dpia
    if dpia is not None and dpia.status is DpiaState.NOT_NEEDED:
        text = translate("checks/dpia", "a DPIA is required for purpose {purpose}, which meets "
                         "{count} of the criteria: {criteria}; it is recorded as not needed")
    elif dpia is not None and dpia.status is not DpiaState.REQUIRED:
        text = translate("checks/dpia", "a DPIA is required for purpose {purpose}, which meets "
                         "{count} of the criteria: {criteria}; it is recorded as {state} but "
                         "names no reference")
    else:
        text = translate("checks/dpia", "a DPIA is required for purpose {purpose}, which meets "
                         "{count} of the criteria: {criteria}")
    met = semicolons(c.words() for c in found)
    return Hit((PURPOSES, index, "dpia") if dpia is not None else (PURPOSES, index),
               text.format(purpose=named(ctx, PURPOSES, purpose.id), count=len(found),
                           criteria=met, state=label(dpia.status) if dpia else ""))
