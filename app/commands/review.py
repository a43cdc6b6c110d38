"""`policy-studio review`: the intrusiveness review, for people and for CI.

It prints the same list as the window's review view: every use ``decide`` allows (with the
person's consent where the purpose asks for it), most intrusive first, with its score, band and
factors. Exit status: with ``--band B``, 1 when any use scores in band B or above (only those
are listed), else 0; without ``--band``, 0. An unreadable file or a misused command exits 2.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from app.commands import EXIT_FINDINGS, EXIT_OK, out, show
from app.domain.canonical import digest
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.intrusiveness import BANDS, Use, band_words, factor_words, review
from app.domain.region_codes import recipient_shown
from app.storage.loader import load_file
from app.storage.resources import default_weights, region_catalogue

CONSENT = {"opt_in": QT_TRANSLATE_NOOP("review", "needs consent"),
           "opt_out": QT_TRANSLATE_NOOP("review", "unless opted out"),
           "none": QT_TRANSLATE_NOOP("review", "no consent asked")}
"""What a use asks of the person, by the purpose's consent mechanism (translated where shown)."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "review", help=translate("review", "list every allowed use by intrusiveness (exit 1 "
                                           "at --band or above)"),
        description=translate(
            "review", "Print every use the policy allows (as 'decide' answers, deny rules "
                      "applied), most intrusive first: category, purpose, subject, recipient, "
                      "region, consent, score, band, factors and the rules allowing it. Exit "
                      "status: with --band B, 1 when any use is in band B or above, else 0; "
                      "without --band, 0; 2 for an unreadable file."))
    parser.add_argument("file", metavar="FILE", help=translate("cli", "policy file"))
    parser.add_argument("--band", choices=BANDS, help=translate(
        "review", "list only uses in this band or above, and exit 1 if there is any"))
    parser.add_argument("--json", action="store_true", help=translate(
        "review", "print {{digest, band, counts, uses: [...]}} as JSON").format())
    parser.set_defaults(run=run)


def at_or_above(uses: list[Use], band: str | None) -> list[Use]:
    """The uses in ``band`` or a higher one (all of them when ``band`` is None)."""
    if band is None:
        return list(uses)
    floor = BANDS.index(band)
    return [u for u in uses if u.score.band in BANDS and BANDS.index(u.score.band) >= floor]


def describe(use: Use) -> str:
    """Two lines: the use with its score, then its factors."""
    consent = CONSENT.get(use.consent.value)
    where = translate("review", "subject {subject}, recipient {recipient}, region {region}, "
                                "{consent}").format(
        subject=use.subject or translate("review", "any"),
        recipient=recipient_shown(use.recipient), region=use.region or translate("review", "any"),
        consent=translate("review", consent) if consent else use.consent.value)
    factors = ", ".join(f"{factor_words(f)} {f.points:+g}" for f in use.score.factors) or \
        translate("review", "no factors")
    return (f"{use.score.value:>5g} {band_words(use.score.band):<8} " + translate(
        "review", "{category} for {purpose} ({where}; rules {rules})").format(
        category=use.category, purpose=use.purpose, where=where, rules=", ".join(use.rules))
        + f"\n      {factors}\n")


def run(args: argparse.Namespace) -> int:
    """Load the policy, review it and print the uses."""
    policy = load_file(args.file).policy
    uses = review(policy, default_weights(), regions=region_catalogue())
    shown = at_or_above(uses, args.band)
    counts = Counter(u.score.band for u in uses)
    if args.json:
        out(json.dumps({"digest": digest(policy), "band": args.band,
                        "counts": {b: counts.get(b, 0) for b in BANDS},
                        "uses": [u.to_dict() for u in shown]}, indent=2) + "\n")
    else:
        for use in shown:
            show(describe(use))
        tally = ", ".join(f"{counts.get(b, 0)} {band_words(b)}" for b in reversed(BANDS))
        scope = translate("review", "{count} at or above {band}; ").format(
            count=len(shown), band=band_words(args.band)) if args.band else ""
        allowed = translate("review", "1 allowed use ({tally})") if len(uses) == 1 else \
            translate("review", "%n allowed uses ({tally})", None, len(uses))
        show(scope + allowed.format(tally=tally) + "\n")
    return EXIT_FINDINGS if args.band and shown else EXIT_OK
