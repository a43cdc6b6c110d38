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
from app.domain.intrusiveness import BANDS, Use, review
from app.domain.region_codes import recipient_shown
from app.storage.loader import load_file
from app.storage.resources import default_weights, region_catalogue

CONSENT = {"opt_in": "needs consent", "opt_out": "unless opted out", "none": "no consent asked"}


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    parser = commands.add_parser(
        "review", help="list every allowed use by intrusiveness (exit 1 at --band or above)",
        description="Print every use the policy allows (as 'decide' answers, deny rules "
                    "applied), most intrusive first: category, purpose, subject, recipient, "
                    "region, consent, score, band, factors and the rules allowing it. "
                    "Exit status: with --band B, 1 when any use is in band B or above, else 0; "
                    "without --band, 0; 2 for an unreadable file.")
    parser.add_argument("file", metavar="FILE", help="policy file")
    parser.add_argument("--band", choices=BANDS,
                        help="list only uses in this band or above, and exit 1 if there is any")
    parser.add_argument("--json", action="store_true",
                        help="print {digest, band, counts, uses: [...]} as JSON")
    parser.set_defaults(run=run)


def at_or_above(uses: list[Use], band: str | None) -> list[Use]:
    """The uses in ``band`` or a higher one (all of them when ``band`` is None)."""
    if band is None:
        return list(uses)
    floor = BANDS.index(band)
    return [u for u in uses if u.score.band in BANDS and BANDS.index(u.score.band) >= floor]


def describe(use: Use) -> str:
    """Two lines: the use with its score, then its factors."""
    where = (f"subject {use.subject or 'any'}, recipient {recipient_shown(use.recipient)}, "
             f"region {use.region or 'any'}, {CONSENT.get(use.consent.value, use.consent.value)}")
    factors = ", ".join(f"{f.label} {f.points:+g}" for f in use.score.factors) or "no factors"
    return (f"{use.score.value:>5g} {use.score.band:<8} {use.category} for {use.purpose} "
            f"({where}; rules {', '.join(use.rules)})\n      {factors}\n")


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
        tally = ", ".join(f"{counts.get(b, 0)} {b}" for b in reversed(BANDS))
        scope = f"{len(shown)} at or above {args.band}; " if args.band else ""
        show(f"{scope}{len(uses)} allowed {'use' if len(uses) == 1 else 'uses'} ({tally})\n")
    return EXIT_FINDINGS if args.band and shown else EXIT_OK
