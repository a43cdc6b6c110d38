"""Sale and sharing of personal information under the CPRA (CPR).

These checks apply when the policy names the ``us_ca_cpra`` jurisdiction. A purpose that
*sells* or *shares* (for cross-context behavioural advertising) must let people opt out
(Civ. Code 1798.120, 1798.135; LEG009 asks for the right itself), must treat a Global Privacy
Control signal as that opt-out (11 CCR 7025), and must not sell or share the data of people under
16 without their opt-in (a parent's under 13; 1798.120(c)).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain import ids
from app.domain.enums import ConsentMechanism, Jurisdiction
from app.domain.legal_bases import sells_or_shares
from app.domain.models import DataSubject, Purpose
from app.domain.sections import PURPOSES
from app.validation.catalogue import check
from app.validation.checks._common import declared_purposes
from app.validation.context import Context
from app.validation.finding import Hit, Severity

OPT_IN_AGE = 16
"""Under this age, sale or sharing needs an opt-in (Cal. Civ. Code 1798.120(c))."""


def _selling(ctx: Context) -> Iterator[tuple[int, Purpose]]:
    if Jurisdiction.US_CA_CPRA not in ctx.policy.policy.jurisdictions:
        return
    for index, purpose in declared_purposes(ctx):
        if purpose.sale or purpose.sharing:
            yield index, purpose


def may_be_under(subject: DataSubject, age: int) -> bool:
    """Whether people of ``subject`` may be younger than ``age`` (children, or an age range)."""
    if subject.age_min is not None:
        return subject.age_min < age
    if subject.age_max is not None and subject.age_max < age:
        return True
    return subject.children


@check("CPR001", Severity.ERROR, "Sale or sharing without any choice (CPRA)",
       why="Californians may opt out of the sale and sharing of their personal information. A "
           "purpose that sells or shares but asks nothing (consent 'none') ignores that choice.",
       fix="Set the purpose's consent to opt-out (or opt-in) and offer the right to opt out "
           "of sale or sharing.")
def sale_without_choice(ctx: Context) -> Iterator[Hit]:
    """Hits of CPR001, "Sale or sharing without any choice (CPRA)"."""
    for index, purpose in _selling(ctx):
        if purpose.consent == ConsentMechanism.NONE:
            yield Hit((PURPOSES, index, "consent"),
                      f"purpose {purpose.id} {sells_or_shares(purpose)} personal information "
                      f"but its consent is 'none': people cannot opt out")


@check("CPR002", Severity.WARNING, "Global Privacy Control not honoured (CPRA)",
       why="A business that sells or shares personal information must treat an opt-out "
           "preference signal such as Global Privacy Control as a valid request to opt out "
           "(11 CCR 7025).",
       fix="Honour Global Privacy Control for the purpose (set 'honours_gpc').")
def gpc_not_honoured(ctx: Context) -> Iterator[Hit]:
    """Hits of CPR002, "Global Privacy Control not honoured (CPRA)"."""
    for index, purpose in _selling(ctx):
        if not purpose.honours_gpc:
            yield Hit((PURPOSES, index, "honours_gpc"),
                      f"purpose {purpose.id} {sells_or_shares(purpose)} personal information "
                      f"but does not honour Global Privacy Control as an opt-out")


def _subjects(ctx: Context, purpose: str) -> set[str]:
    """Declared subjects whose data an allowed use of ``purpose`` concerns (open: all)."""
    found: set[str] = set()
    for category, pid in ctx.allowed.pairs():
        if pid != purpose:
            continue
        for use in ctx.allowed.of_pair(category, pid):
            if use.subject is None:
                return set(ctx.subjects)
            found.update(s for s in ctx.subjects if ids.covers(use.subject, s)
                         or ids.covers(s, use.subject))
    return found
