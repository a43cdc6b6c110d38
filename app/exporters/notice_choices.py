"""The privacy notice's sections about the reader's side: automated decisions, rights, choices.

Each function takes the purposes the notice covers and a function naming one, and returns the
section's summary, paragraphs and entries (see :mod:`app.exporters.notice_parts`). Automated
decisions and sale, sharing and Global Privacy Control are told with
:mod:`app.exporters.purpose_words`' sentences, so the notice and the policy document agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.enums import ConsentMechanism, Right, label
from app.domain.models import Purpose
from app.exporters.notice_words import RIGHTS, RIGHTS_SHORT, clean, counted, few, sentence
from app.exporters.policy_words import capitalised, join, mid_sentence
from app.exporters.purpose_words import automated as automated_words
from app.exporters.purpose_words import gpc_opts_out

Naming = Callable[[Purpose], str]
Parts = tuple[list[str], list[str], list[tuple[str, list[str]]]]


def automated(purposes: Sequence[Purpose], name: Naming) -> Parts:
    """Section 6: each purpose that records automated decisions or profiling."""
    recorded = [p for p in purposes if p.automated_decisions is not None]
    alone = [p for p in recorded if p.automated_decisions.solely_automated]  # type: ignore[union-attr]
    profiled = [p for p in recorded if p.automated_decisions.profiling]  # type: ignore[union-attr]
    if alone:
        summary = [f"A computer alone makes some decisions about you, for "
                   f"{few((mid_sentence(name(p)) for p in alone), 2)}.",
                   "Section 6 says how this works and what you can do."]
    else:
        summary = ["We do not make decisions about you by computer alone."]
        if profiled:
            summary.append("We build a profile of you for "
                           f"{few((mid_sentence(name(p)) for p in profiled), 2)}.")
    items = [(name(p), [clean(automated_words(p))]) for p in recorded]
    paragraphs = [] if recorded else ["None of our purposes uses automated decisions or "
                                      "profiling."]
    return summary, paragraphs, items


CALIFORNIA = "us_ca_cpra"
CPPA = "the California Privacy Protection Agency"


def complaint(laws: Sequence[str]) -> str:
    """Where the reader can complain: a supervisory authority, and in California the CPPA."""
    if laws and all(law == CALIFORNIA for law in laws):
        return f"You can also complain to {CPPA}."
    said = ("You can also complain to a data protection supervisory authority, for example "
            "where you live or work.")
    return said + (f" In California, you can complain to {CPPA}." if CALIFORNIA in laws else "")


def rights(purposes: Sequence[Purpose], name: Naming, contact: str,
           laws: Sequence[str] = ()) -> Parts:
    """Section 7: every right a purpose offers, what it lets the reader do, and where.

    ``laws`` are the policy's jurisdictions: they say whom the reader can complain to.
    """
    offered = {r: [p for p in purposes if r in p.rights] for r in Right}
    offered = {r: found for r, found in offered.items() if found}
    how = (f"To use your rights, write to {contact}." if contact else
           "To use your rights, contact us.")
    short = [verb for r, verb in RIGHTS_SHORT.items() if Right(r) in offered]
    if short:
        more = ", and more" if len(offered) > len(short) else ""
        summary = [f"You can ask us to {join(short, 'or')} your data{more}.", how]
    elif offered:
        summary = [f"You have {counted(len(offered), 'right')} over your data, listed in "
                   "section 7.", how]
    else:
        summary = ["Our purposes list no rights yet.", how]
    items = []
    everywhere = len(purposes)
    for right, found in offered.items():
        lines = [f"You can {RIGHTS[str(right)]}."]
        if len(found) < everywhere:
            lines.append(sentence(f"This applies to: {join(name(p) for p in found)}"))
        items.append((capitalised(label(right)), lines))
    paragraphs = [how, complaint(laws)]
    return summary, paragraphs, items


def choices(purposes: Sequence[Purpose], name: Naming) -> Parts:
    """Section 8: withdrawing consent, opting out, and sale, sharing and Global Privacy Control.

    An opt-in purpose can be withdrawn from, an opt-out one objected to; a purpose that sells or
    shares personal information or honours Global Privacy Control says so. ``purposes`` are
    those ``decide`` allows some use for (there is no choice about the others).
    """
    opt_in = [p for p in purposes if p.consent is ConsentMechanism.OPT_IN]
    opt_out = [p for p in purposes if p.consent is ConsentMechanism.OPT_OUT]
    selling = [p for p in purposes if p.sale or p.sharing or p.honours_gpc]
    gpc = [p for p in purposes if gpc_opts_out(p)]
    summary = []
    if opt_in:
        summary.append("Where we asked for your consent, you can withdraw it at any time.")
    if opt_out:
        summary.append(f"You can opt out of {few((mid_sentence(name(p)) for p in opt_out), 2)}.")
    sold = [p for p in selling if p.sale or p.sharing]
    if sold:
        verbs = join((w for w, on in (("sell", any(p.sale for p in sold)),
                                      ("share", any(p.sharing for p in sold))) if on), "or")
        summary.append(f"We {verbs} personal information for "
                       f"{few((mid_sentence(name(p)) for p in sold), 2)}. You can tell us to "
                       "stop.")
    if gpc:
        summary.append("Your browser can send a Global Privacy Control signal. We treat it as "
                       "your choice to opt out.")
    elif sold:
        summary.append("We do not act on Global Privacy Control signals, so tell us directly.")
    if not summary:
        summary.append("None of our purposes needs your consent or lets you opt out.")
    items = []
    for purpose in purposes:
        lines = []
        if purpose in opt_in:
            lines.append("We do this only with your consent. You can withdraw it at any time; "
                         "this does not affect what we did before.")
        elif purpose in opt_out:
            lines.append("We do this unless you object. You can opt out at any time.")
        if purpose in selling:
            lines.append(sale_to_you(purpose))
        if lines:
            items.append((name(purpose), lines))
    return summary, [], items


def sale_to_you(purpose: Purpose) -> str:
    """Sale, sharing and Global Privacy Control for ``purpose``, said to the reader."""
    if purpose.sale and purpose.sharing:
        did = ("We sell your personal information and share it for cross-context behavioral "
               "advertising (CCPA/CPRA).")
    elif purpose.sale:
        did = "We sell your personal information (CCPA/CPRA)."
    elif purpose.sharing:
        did = ("We share your personal information for cross-context behavioral advertising "
               "(CCPA/CPRA).")
    else:
        did = "We do not sell or share your personal information (CCPA/CPRA)."
    if gpc_opts_out(purpose):
        return (f"{did} If your browser sends a Global Privacy Control signal, we treat it as "
                "your request to opt out.")
    if purpose.consent is ConsentMechanism.OPT_IN:
        return (f"{did} We do this only with your consent. A Global Privacy Control signal "
                "does not withdraw a consent you have given: withdraw it directly.")
    if purpose.honours_gpc:  # no consent asked: decide has no choice to opt out of
        return (f"{did} A Global Privacy Control signal is not honoured as an opt-out: we do "
                "not ask for consent for this.")
    return f"{did} We do not act on a Global Privacy Control signal: tell us directly to opt out."
