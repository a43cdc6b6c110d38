"""The privacy notice's sections about the reader's side: automated decisions, rights, choices.

Each function takes the purposes the notice covers and a function naming one, and returns the
section's summary, paragraphs and entries (see :mod:`app.exporters.notice_parts`). Automated
decisions and sale, sharing and Global Privacy Control are told with
:mod:`app.exporters.purpose_words`' sentences, so the notice and the policy document agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.enums import ConsentMechanism, Right, label
from app.domain.i18n import translate
from app.domain.legal_bases import said_of_sale
from app.domain.models import Purpose
from app.exporters.notice_words import RIGHTS, RIGHTS_SHORT, clean, few, said, sentence
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
        summary = [translate("notice", "A computer alone makes some decisions about you, for "
                                       "{purposes}.").format(
                       purposes=few((mid_sentence(name(p)) for p in alone), 2)),
                   translate("notice", "Section 6 says how this works and what you can do.")]
    else:
        summary = [translate("notice", "We do not make decisions about you by computer alone.")]
        if profiled:
            summary.append(translate("notice", "We build a profile of you for {purposes}.")
                           .format(purposes=few((mid_sentence(name(p)) for p in profiled), 2)))
    items = [(name(p), [clean(automated_words(p))]) for p in recorded]
    paragraphs = [] if recorded else [translate("notice", "None of our purposes uses automated "
                                                          "decisions or profiling.")]
    return summary, paragraphs, items


CALIFORNIA = "us_ca_cpra"


def complaint(laws: Sequence[str]) -> str:
    """Where the reader can complain: a supervisory authority, and in California the CPPA."""
    if laws and all(law == CALIFORNIA for law in laws):
        return translate("notice", "You can also complain to the California Privacy Protection "
                                   "Agency.")
    told = translate("notice", "You can also complain to a data protection supervisory "
                               "authority, for example where you live or work.")
    if CALIFORNIA in laws:
        told += " " + translate("notice", "In California, you can complain to the California "
                                          "Privacy Protection Agency.")
    return told


def rights(purposes: Sequence[Purpose], name: Naming, contact: str,
           laws: Sequence[str] = ()) -> Parts:
    """Section 7: every right a purpose offers, what it lets the reader do, and where.

    ``laws`` are the policy's jurisdictions: they say whom the reader can complain to.
    """
    offered = {r: [p for p in purposes if r in p.rights] for r in Right}
    offered = {r: found for r, found in offered.items() if found}
    how = (translate("notice", "To use your rights, write to {address}.").format(
        address=contact) if contact else translate("notice", "To use your rights, contact us."))
    short = [said(RIGHTS_SHORT, r) for r in RIGHTS_SHORT if Right(r) in offered]
    if short:
        asked = translate("notice", "You can ask us to {actions} your data, and more.") \
            if len(offered) > len(short) else \
            translate("notice", "You can ask us to {actions} your data.")
        summary = [asked.format(actions=join(short, "or")), how]
    elif offered:
        summary = [(translate("notice", "You have %n right over your data, listed in section 7.",
                              None, len(offered)) if len(offered) == 1 else
                    translate("notice", "You have %n rights over your data, listed in section "
                                        "7.", None, len(offered))), how]
    else:
        summary = [translate("notice", "Our purposes list no rights yet."), how]
    items = []
    everywhere = len(purposes)
    for right, found in offered.items():
        lines = [translate("notice", "You can {action}.").format(
            action=said(RIGHTS, str(right)))]
        if len(found) < everywhere:
            lines.append(sentence(translate("notice", "This applies to: {purposes}").format(
                purposes=join(name(p) for p in found))))
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
        summary.append(translate("notice", "Where we asked for your consent, you can withdraw it "
                                           "at any time."))
    if opt_out:
        summary.append(translate("notice", "You can opt out of {purposes}.").format(
            purposes=few((mid_sentence(name(p)) for p in opt_out), 2)))
    sold = [p for p in selling if p.sale or p.sharing]
    if sold:
        sells, shares = any(p.sale for p in sold), any(p.sharing for p in sold)
        did = translate("notice", "We sell or share personal information for {purposes}. You "
                                  "can tell us to stop.") if sells and shares else \
            translate("notice", "We sell personal information for {purposes}. You can tell us "
                                "to stop.") if sells else \
            translate("notice", "We share personal information for {purposes}. You can tell us "
                                "to stop.")
        summary.append(did.format(purposes=few((mid_sentence(name(p)) for p in sold), 2)))
    if gpc:
        summary.append(translate("notice", "Your browser can send a Global Privacy Control "
                                           "signal. We treat it as your choice to opt out."))
    elif sold:
        summary.append(translate("notice", "We do not act on Global Privacy Control signals, so "
                                           "tell us directly."))
    if not summary:
        summary.append(translate("notice", "None of our purposes needs your consent or lets you "
                                           "opt out."))
    items = []
    for purpose in purposes:
        lines = []
        if purpose in opt_in:
            lines.append(translate("notice", "We do this only with your consent. You can "
                                             "withdraw it at any time; this does not affect "
                                             "what we did before."))
        elif purpose in opt_out:
            lines.append(translate("notice", "We do this unless you object. You can opt out at "
                                             "any time."))
        if purpose in selling:
            lines.append(sale_to_you(purpose))
        if lines:
            items.append((name(purpose), lines))
    return summary, [], items


def sale_to_you(purpose: Purpose) -> str:
    """Sale, sharing and Global Privacy Control for ``purpose``, said to the reader."""
    did = said_of_sale(
        purpose,
        translate("notice", "We sell your personal information and share it for "
                            "cross-context behavioral advertising (CCPA/CPRA)."),
        translate("notice", "We sell your personal information (CCPA/CPRA)."),
        translate("notice", "We share your personal information for cross-context "
                            "behavioral advertising (CCPA/CPRA)."),
        translate("notice", "We do not sell or share your personal information (CCPA/CPRA)."))
    if gpc_opts_out(purpose):
        then = translate("notice", "If your browser sends a Global Privacy Control signal, we "
                                   "treat it as your request to opt out.")
    elif purpose.consent is ConsentMechanism.OPT_IN:
        then = translate("notice", "We do this only with your consent. A Global Privacy Control "
                                   "signal does not withdraw a consent you have given: withdraw "
                                   "it directly.")
    elif purpose.honours_gpc:  # no consent asked: decide has no choice to opt out of
        then = translate("notice", "A Global Privacy Control signal is not honoured as an "
                                   "opt-out: we do not ask for consent for this.")
    else:
        then = translate("notice", "We do not act on a Global Privacy Control signal: tell us "
                                   "directly to opt out.")
    return f"{did} {then}"
