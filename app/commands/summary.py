"""`policy-studio FILE` without a window: a summary of the policy and its findings."""

from __future__ import annotations

import argparse
from collections import Counter

from app.commands import EXIT_FINDINGS, EXIT_OK, out
from app.domain.enums import label
from app.domain.intrusiveness import review
from app.storage.canonical import digest
from app.storage.loader import load_file
from app.validation.finding import Severity
from app.validation.reporters import summary_line, text
from app.validation.runner import validate_loaded


def run(args: argparse.Namespace) -> int:
    """Print what the policy holds, how intrusive its uses are, and its findings."""
    loaded = load_file(args.file)
    policy = loaded.policy
    meta = policy.policy
    out(f"{meta.title or meta.id}  (version {meta.version}, {label(meta.status)})\n")
    if meta.organisation:
        out(f"  organisation:  {meta.organisation}\n")
    if meta.jurisdictions:
        out(f"  jurisdictions: {', '.join(label(j) for j in meta.jurisdictions)}\n")
    out(f"  digest:        {digest(policy)}\n")
    for section in policy.SECTIONS:
        out(f"  {section + ':':<14} {len(getattr(policy, section))}\n")
    uses = review(policy)
    bands = Counter(u.score.band for u in uses)
    out(f"  allowed uses:  {len(uses)} ("
        + ", ".join(f"{bands.get(b, 0)} {b}" for b in ("critical", "high", "medium", "low"))
        + ")\n")
    for use in uses[:3]:
        out(f"    {use.category} for {use.purpose}: {use.score.explain()}\n")
    findings = validate_loaded(loaded)
    out("\n" + text.render(findings))
    out(summary_line(findings, 1) + "\n")
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK
