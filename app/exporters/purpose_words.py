"""Plain words about a purpose's legal bases, assessment, automated decisions and sale (no Qt).

The policy document, the Art. 30 record and the redline say these things the same way. Every
function returns plain text; the documents escape it.
"""

from __future__ import annotations

from app.domain import decisions
from app.domain.enums import ConsentMechanism, label
from app.domain.legal_bases import SAFEGUARD_WORDS, BasisWhere, entries
from app.domain.models import Purpose
from app.domain.regions import RegionCatalogue
from app.exporters.policy_words import LEGAL_BASIS, capitalised, join, place


def bases(purpose: Purpose, regions: RegionCatalogue | None = None) -> str:
    """The purpose's legal bases, by place where they differ, or ``""``.

    One basis: ``consent (GDPR Art. 6(1)(a))``. Bases by place, the regional ones first:
    ``In the European Union: legitimate interests (GDPR Art. 6(1)(f)) - UWG §7(3); elsewhere:
    legitimate interests (GDPR Art. 6(1)(f)).`` A basis's note follows it after an en dash.
    """
    lines = by_place(purpose, regions)
    if not any(e.regions for e in entries(purpose)):
        return "".join(lines)
    return "; ".join([lines[0], *(line[:1].lower() + line[1:] for line in lines[1:])]) + "."


def by_place(purpose: Purpose, regions: RegionCatalogue | None = None) -> list[str]:
    """:func:`bases` one place a line (``In the European Union: ...``, ``Elsewhere: ...``)."""
    found = entries(purpose)
    if not any(e.regions for e in found):
        return [join(_basis(e) for e in found)] if found else []
    ordered = [e for e in found if e.regions] + [e for e in found if not e.regions]
    return [capitalised(f"{_where(e, regions)}: {_basis(e)}") for e in ordered]


def _basis(entry: BasisWhere) -> str:
    """``legitimate interests (GDPR Art. 6(1)(f))``, then its note after an en dash."""
    text = LEGAL_BASIS.get(str(entry.basis)) or label(entry.basis)
    return f"{text} \u2013 {entry.note}" if entry.note else text


def _where(entry: BasisWhere, regions: RegionCatalogue | None) -> str:
    """``in the European Union and the United Kingdom``, ``elsewhere``, ``everywhere``."""
    if not entry.regions:
        return "elsewhere" if entry.elsewhere else "everywhere"
    return "in " + join(place(regions.name(r) if regions else r) for r in entry.regions)


def automated(purpose: Purpose) -> str:
    """What the purpose does by automated means, in sentences, or ``""``."""
    decisions = purpose.automated_decisions
    if decisions is None:
        return ""
    said = []
    if decisions.solely_automated:
        said.append("Decisions with legal or similarly significant effects are taken solely "
                    "by automated means (GDPR Art. 22).")
    elif decisions.profiling:
        said.append("People are profiled (GDPR Art. 4(4)); no decision with legal or similar "
                    "effects is taken solely by automated means.")
    else:
        said.append("No profiling and no decision taken solely by automated means.")
    if decisions.logic:
        said.append(f"How it works: {decisions.logic}")
    if decisions.consequences:
        said.append(f"What it means for people: {decisions.consequences}")
    if decisions.solely_automated or decisions.safeguards:
        offered = join(SAFEGUARD_WORDS[s] for s in decisions.safeguards)
        said.append(f"People can {offered}." if offered else
                    "People cannot obtain human intervention, express their point of view or "
                    "contest the decision.")
    return " ".join(said)


def sale(purpose: Purpose) -> str:
    """Sale, sharing and Global Privacy Control in a sentence, or ``""``."""
    if not (purpose.sale or purpose.sharing or purpose.honours_gpc):
        return ""
    did = join(w for w, on in (("sold", purpose.sale),
                               ("shared for cross-context behavioural advertising",
                                purpose.sharing)) if on)
    said = [f"Personal information is {did} (CCPA/CPRA)." if did else
            "Personal information is neither sold nor shared (CCPA/CPRA)."]
    if gpc_opts_out(purpose):
        said.append("A Global Privacy Control signal is honoured as an opt-out.")
    elif purpose.honours_gpc and purpose.consent is ConsentMechanism.OPT_IN:
        said.append("A Global Privacy Control signal does not withdraw a consent given: the "
                    "purpose needs consent first.")
    elif purpose.honours_gpc:  # decide has no choice to opt out of here
        said.append("A Global Privacy Control signal is not honoured as an opt-out: the "
                    "purpose asks for no consent.")
    else:
        said.append("A Global Privacy Control signal is not honoured as an opt-out.")
    return " ".join(said)


def gpc_opts_out(purpose: Purpose) -> bool:
    """Whether ``decide`` treats a GPC signal as refusing ``purpose`` (a declared purpose)."""
    return decisions.gpc_opts_out(purpose.consent, purpose.honours_gpc)
