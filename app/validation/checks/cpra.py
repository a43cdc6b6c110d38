"""Sale and sharing of personal information under the CPRA (CPR).

These checks apply when the policy names the ``us_ca_cpra`` jurisdiction. A purpose that
*sells* or *shares* (for cross-context behavioural advertising) must let people opt out
(Civ. Code 1798.120, 1798.135; LEG009 asks for the right itself), must treat a Global Privacy
Control signal as that opt-out (11 CCR 7025). Selling or sharing the data of people under 16
without their opt-in (1798.120(c)) is PPL003, which asks the decision engine.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.enums import ConsentMechanism, Jurisdiction
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.legal_bases import said_of_sale
from app.domain.models import Purpose
from app.domain.sections import PURPOSES
from app.validation.catalogue import EVERYTHING_BUT_PROSE, check
from app.validation.checks._common import declared_purposes, named
from app.validation.context import Context
from app.validation.finding import Hit, Severity


def _selling(ctx: Context) -> Iterator[tuple[int, Purpose]]:
    if Jurisdiction.US_CA_CPRA not in ctx.policy.policy.jurisdictions:
        return
    for index, purpose in declared_purposes(ctx):
        if purpose.sale or purpose.sharing:
            yield index, purpose


@check("CPR001", Severity.ERROR,
       QT_TRANSLATE_NOOP("checks/cpra", "Sale or sharing without any choice (CPRA)"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/cpra",
           "Californians may opt out of the sale and sharing of their personal information. A "
           "purpose that sells or shares but asks nothing (consent 'none') ignores that choice."),
       fix=QT_TRANSLATE_NOOP(
           "checks/cpra",
           "Set the purpose's consent to opt-out (or opt-in) and offer the right to opt out of "
           "sale or sharing."))
def sale_without_choice(ctx: Context) -> Iterator[Hit]:
    """Hits of CPR001, "Sale or sharing without any choice (CPRA)"."""
    for index, purpose in _selling(ctx):
        if purpose.consent == ConsentMechanism.NONE:
            yield Hit((PURPOSES, index, "consent"), said_of_sale(purpose, *(
                translate("checks/cpra", "purpose {purpose} sells and shares personal "
                          "information but its consent is 'none': people cannot opt out"),
                translate("checks/cpra", "purpose {purpose} sells personal information but its "
                          "consent is 'none': people cannot opt out"),
                translate("checks/cpra", "purpose {purpose} shares personal information but "
                          "its consent is 'none': people cannot opt out"))).format(
                purpose=named(ctx, PURPOSES, purpose.id)))


@check("CPR002", Severity.WARNING,
       QT_TRANSLATE_NOOP("checks/cpra", "Global Privacy Control not honoured (CPRA)"),
       reads=EVERYTHING_BUT_PROSE,
       why=QT_TRANSLATE_NOOP(
           "checks/cpra",
           "A business that sells or shares personal information must treat an opt-out "
           "preference signal such as Global Privacy Control as a valid request to opt out (11 "
           "CCR 7025)."),
       fix=QT_TRANSLATE_NOOP(
           "checks/cpra",
           "Honour Global Privacy Control for the purpose (set 'honours_gpc')."))
def gpc_not_honoured(ctx: Context) -> Iterator[Hit]:
    """Hits of CPR002, "Global Privacy Control not honoured (CPRA)"."""
    for index, purpose in _selling(ctx):
        if not purpose.honours_gpc:
            yield Hit((PURPOSES, index, "honours_gpc"), said_of_sale(purpose, *(
                translate("checks/cpra", "purpose {purpose} sells and shares personal "
                          "information but does not honour Global Privacy Control as an "
                          "opt-out"),
                translate("checks/cpra", "purpose {purpose} sells personal information but "
                          "does not honour Global Privacy Control as an opt-out"),
                translate("checks/cpra", "purpose {purpose} shares personal information but "
                          "does not honour Global Privacy Control as an opt-out"))).format(
                purpose=named(ctx, PURPOSES, purpose.id)))

