"""Plain words about a purpose's legal bases, assessment, automated decisions and sale (no Qt).

The policy document, the Art. 30 record and the redline say these things the same way. Every
function returns plain text; the documents escape it.
"""

from __future__ import annotations

from app.domain import decisions
from app.domain.enums import ConsentMechanism, label
from app.domain.i18n import translate
from app.domain.legal_bases import BasisWhere, entries, safeguard_words, said_of_sale
from app.domain.models import Purpose
from app.domain.regions import RegionCatalogue
from app.domain.typography import semicolons
from app.exporters.policy_words import LEGAL_BASIS, capitalised, join, place, said


def bases(purpose: Purpose, regions: RegionCatalogue | None = None) -> str:
    """The purpose's legal bases, by place where they differ, or ``""``.

    One basis: ``consent (GDPR Art. 6(1)(a))``. Bases by place, the regional ones first:
    ``In the European Union: legitimate interests (GDPR Art. 6(1)(f)) - UWG §7(3); elsewhere:
    legitimate interests (GDPR Art. 6(1)(f)).`` A basis's note follows it after an en dash.
    """
    lines = by_place(purpose, regions)
    if not any(e.regions for e in entries(purpose)):
        return "".join(lines)
    return semicolons([lines[0], *(line[:1].lower() + line[1:] for line in lines[1:])]) + "."


def by_place(purpose: Purpose, regions: RegionCatalogue | None = None) -> list[str]:
    """:func:`bases` one place a line (``In the European Union: ...``, ``Elsewhere: ...``)."""
    found = entries(purpose)
    if not any(e.regions for e in found):
        return [join(_basis(e) for e in found)] if found else []
    ordered = [e for e in found if e.regions] + [e for e in found if not e.regions]
    return [capitalised(translate("policy document", "{where}: {basis}").format(
        where=_where(e, regions), basis=_basis(e))) for e in ordered]


def _basis(entry: BasisWhere) -> str:
    """``legitimate interests (GDPR Art. 6(1)(f))``, then its note after an en dash."""
    text = said(LEGAL_BASIS, str(entry.basis)) or label(entry.basis)
    return f"{text} \u2013 {entry.note}" if entry.note else text


def _where(entry: BasisWhere, regions: RegionCatalogue | None) -> str:
    """``in the European Union and the United Kingdom``, ``elsewhere``, ``everywhere``."""
    if not entry.regions:
        return translate("policy document", "elsewhere") if entry.elsewhere \
            else translate("policy document", "everywhere")
    return translate("policy document", "in {places}").format(
        places=join(place(regions.name(r) if regions else r) for r in entry.regions))


def automated(purpose: Purpose) -> str:
    """What the purpose does by automated means, in sentences, or ``""``."""
    decisions = purpose.automated_decisions
    if decisions is None:
        return ""
    told = []
    if decisions.solely_automated:
        told.append(translate("policy document", "Decisions with legal or similarly "
                                                 "significant effects are taken solely by "
                                                 "automated means (GDPR Art. 22)."))
    elif decisions.profiling:
        told.append(translate("policy document", "People are profiled (GDPR Art. 4(4)); no "
                                                 "decision with legal or similar effects is "
                                                 "taken solely by automated means."))
    else:
        told.append(translate("policy document", "No profiling and no decision taken solely by "
                                                 "automated means."))
    if decisions.logic:
        told.append(translate("policy document", "How it works: {logic}").format(
            logic=decisions.logic))
    if decisions.consequences:
        told.append(translate("policy document", "What it means for people: {consequences}")
                    .format(consequences=decisions.consequences))
    if decisions.solely_automated or decisions.safeguards:
        offered = join(safeguard_words(s) for s in decisions.safeguards)
        told.append(translate("policy document", "People can {safeguards}.").format(
            safeguards=offered) if offered else
            translate("policy document", "People cannot obtain human intervention, express "
                                         "their point of view or contest the decision."))
    return " ".join(told)


def sale(purpose: Purpose) -> str:
    """Sale, sharing and Global Privacy Control in a sentence, or ``""``."""
    if not (purpose.sale or purpose.sharing or purpose.honours_gpc):
        return ""
    did = said_of_sale(
        purpose,
        translate("policy document", "Personal information is sold and shared for "
                                     "cross-context behavioural advertising (CCPA/CPRA)."),
        translate("policy document", "Personal information is sold (CCPA/CPRA)."),
        translate("policy document", "Personal information is shared for cross-context "
                                     "behavioural advertising (CCPA/CPRA)."),
        translate("policy document", "Personal information is neither sold nor shared "
                                     "(CCPA/CPRA)."))
    told = [did]
    if gpc_opts_out(purpose):
        told.append(translate("policy document", "A Global Privacy Control signal is honoured "
                                                 "as an opt-out."))
    elif purpose.honours_gpc and purpose.consent is ConsentMechanism.OPT_IN:
        told.append(translate("policy document", "A Global Privacy Control signal does not "
                                                 "withdraw a consent given: the purpose needs "
                                                 "consent first."))
    elif purpose.honours_gpc:  # decide has no choice to opt out of here
        told.append(translate("policy document", "A Global Privacy Control signal is not "
                                                 "honoured as an opt-out: the purpose asks for "
                                                 "no consent."))
    else:
        told.append(translate("policy document", "A Global Privacy Control signal is not "
                                                 "honoured as an opt-out."))
    return " ".join(told)


def gpc_opts_out(purpose: Purpose) -> bool:
    """Whether ``decide`` treats a GPC signal as refusing ``purpose`` (a declared purpose)."""
    return decisions.gpc_opts_out(purpose.consent, purpose.honours_gpc)
