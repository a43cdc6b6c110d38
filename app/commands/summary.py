"""`policy-studio FILE` without a window: a summary of the policy and its findings.

Every line is escaped for the terminal (titles and names are user text).
"""

from __future__ import annotations

import argparse
from collections import Counter

from app.commands import EXIT_FINDINGS, EXIT_OK, say, show
from app.domain.canonical import digest
from app.domain.enums import label
from app.domain.i18n import translate
from app.domain.ids import shown_name
from app.domain.intrusiveness import band_words, review
from app.domain.sections import SECTION_KEYS
from app.storage.loader import load_file
from app.storage.resources import default_weights, region_catalogue
from app.validation.finding import Severity
from app.validation.reporters import summary_line, text
from app.validation.runner import validate_loaded


def run(args: argparse.Namespace) -> int:
    """Print what the policy holds, how intrusive its uses are, and its findings."""
    loaded = load_file(args.file)
    policy = loaded.policy
    meta = policy.policy
    say(translate("summary", "{title}  (version {version}, {status})").format(
        title=shown_name(meta.title, meta.id), version=meta.version, status=label(meta.status)))
    if meta.organisation:
        say(translate("summary", "  organisation:  {name}").format(name=meta.organisation))
    if meta.jurisdictions:
        say(translate("summary", "  jurisdictions: {names}").format(
            names=", ".join(label(j) for j in meta.jurisdictions)))
    say(translate("summary", "  digest:        {digest}").format(digest=digest(policy)))
    for section in SECTION_KEYS:
        say(f"  {section + ':':<14} {len(getattr(policy, section))}")
    uses = review(policy, default_weights(), regions=region_catalogue())
    bands = Counter(u.score.band for u in uses)
    say(translate("summary", "  allowed uses:  {count} ({bands})").format(
        count=len(uses), bands=", ".join(f"{bands.get(b, 0)} {band_words(b)}"
                                         for b in ("critical", "high", "medium", "low"))))
    for use in uses[:3]:
        say(translate("summary", "    {category} for {purpose}: {score}").format(
            category=use.category, purpose=use.purpose, score=use.score.explain()))
    findings = validate_loaded(loaded)
    show("\n" + text.render(findings))
    say(summary_line(findings, 1))
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK
