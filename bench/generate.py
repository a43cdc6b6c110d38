"""Deterministic generator of the large synthetic policy (DESIGN section 8).

2,000 categories, 300 purposes, 50 subjects, 100 recipients, 10,000 use rules and 2,000
retention rules, written as block-style YAML of about 3 MB. The same seed gives the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

SIZES = {
    "categories": 2000,
    "purposes": 300,
    "subjects": 50,
    "recipients": 100,
    "rules": 10_000,
    "retention": 2000,
}
_SENSITIVITY = ["personal"] * 8 + ["sensitive", "special_category"]
_TAGS = ["identifier", "contact", "location", "browsing", "device", "financial", "inferred"]
_KINDS = ["essential", "security", "legal_compliance", "analytics", "personalisation",
          "marketing", "advertising", "research"]
_BASIS = {"essential": "contract", "security": "legitimate_interests",
          "legal_compliance": "legal_obligation", "analytics": "legitimate_interests",
          "personalisation": "consent", "marketing": "consent", "advertising": "consent",
          "research": "consent"}
_CONSENT = {"consent": "opt_in", "legitimate_interests": "opt_out"}
_COUNTRIES = ["DE", "FR", "NL", "IE", "ES", "IT", "SE", "US", "GB", "CH", "JP", "IN"]
_OBLIGATIONS = ["pseudonymise", "anonymise", "aggregate", "encrypt", "minimise"]
_DURATIONS = ["P30D", "P90D", "P6M", "P1Y", "P2Y", "P3Y", "P6Y", "P10Y"]
_TRIGGERS = ["collection", "last_activity", "account_closure", "contract_end"]
_REGIONS = ["eea", "EU", "DE", "FR-IDF", "US", "US-CA", "us_state_privacy_laws", "GB"]
"""Rule regions: ISO countries and subdivisions and shipped groups (format 2)."""


def category_ids(count: int) -> list[str]:
    """Three-level dotted ids: 20 roots, 10 children each, the rest grandchildren."""
    roots = [f"area{r:02d}" for r in range(20)]
    mids = [f"{root}.group{m}" for root in roots for m in range(10)]
    leaves = [f"{mids[i % len(mids)]}.item{i:04d}" for i in range(count - len(roots) - len(mids))]
    return roots + mids + leaves


def purpose_ids(count: int) -> list[str]:
    """Two-level purpose ids: 30 families of ten."""
    return [f"family{f:02d}" if i == 0 else f"family{f:02d}.use{i}"
            for f in range(count // 10) for i in range(10)]


def generate(seed: int = 2026, sizes: dict[str, int] | None = None) -> str:
    """The large policy as YAML text (or one of other ``sizes``, by section, than :data:`SIZES`)."""
    rng = random.Random(seed)
    count = {**SIZES, **(sizes or {})}
    cats = category_ids(count["categories"])
    purps = purpose_ids(count["purposes"])
    subjects = [f"subject{i:02d}" for i in range(count["subjects"])]
    recipients = [f"recipient{i:03d}" for i in range(count["recipients"])]
    out: list[str] = [
        "format_version: 2",
        "policy:",
        "  id: synthetic_large",
        "  title: Synthetic large policy",
        "  version: 1.0.0",
        "  status: draft",
        "  organisation: Example Group",
        "  jurisdictions: [eu_gdpr]",
        "  effective_date: 2026-01-01",
        "  next_review: 2099-01-01",
        "  controller:",
        "    name: Example Group",
        "    email: privacy@example.com",
        "categories:",
    ]
    for cid in cats:
        tags = rng.sample(_TAGS, rng.randint(0, 2))
        out += [f"  - id: {cid}", f"    name: Category {cid}",
                f"    description: Data held under {cid} for the synthetic benchmark.",
                f"    sensitivity: {rng.choice(_SENSITIVITY)}",
                f"    tags: [{', '.join(tags)}]"]
    out.append("subjects:")
    for i, sid in enumerate(subjects):
        out += [f"  - id: {sid}", f"    name: Subject group {i}",
                f"    description: People in group {i}.",
                f"    vulnerable: {'true' if i % 10 == 9 else 'false'}"]
    out.append("recipients:")
    for rid in recipients:
        country = rng.choice(_COUNTRIES)
        out += [f"  - id: {rid}", f"    name: Recipient {rid}",
                f"    description: Service provider {rid}.",
                f"    kind: {rng.choice(['internal', 'processor', 'processor', 'third_party'])}",
                f"    country: {country}", "    safeguard: standard_contractual_clauses"]
    out.append("purposes:")
    for pid in purps:
        kind = rng.choice(_KINDS)
        basis = _BASIS[kind]
        out += [f"  - id: {pid}", f"    name: Purpose {pid}",
                f"    description: Processing for {pid}.", f"    kind: {kind}",
                f"    legal_basis: {basis}", f"    consent: {_CONSENT.get(basis, 'none')}",
                "    rights: [access, erasure, objection]"]
        if basis == "legitimate_interests":
            out.append(f"    lia: LIA-{pid}")
        if basis == "consent":
            out[-1] = "    rights: [access, erasure, withdraw_consent]"
        out.append("    art9_condition: explicit_consent")
    out.append("rules:")
    leaves = cats[220:]
    for i in range(count["rules"]):
        effect = "deny" if i % 9 == 0 else "allow"
        rule_cats = rng.sample(leaves, rng.randint(1, 3))
        rule_purps = rng.sample(purps, rng.randint(1, 2))
        out += [f"  - id: rule{i:05d}", f"    description: Synthetic rule {i}.",
                f"    effect: {effect}", f"    categories: [{', '.join(rule_cats)}]",
                f"    purposes: [{', '.join(rule_purps)}]"]
        if i % 4 == 0:
            out.append(f"    subjects: [{rng.choice(subjects)}]")
        if i % 7 == 0:
            out.append(f"    recipients: [{rng.choice(recipients)}]")
        elif i % 13 == 0:
            out.append("    recipients: ['*']")
        if i % 11 == 0:
            out.append(f"    regions: [{rng.choice(_REGIONS)}]")
        if effect == "allow" and i % 3 == 0:
            out.append(f"    obligations: [{rng.choice(_OBLIGATIONS)}]")
    out.append("retention:")
    for i in range(count["retention"]):
        target = cats[20 + i] if i < 200 else leaves[(i - 200) % len(leaves)]
        out += [f"  - id: keep{i:04d}", f"    categories: [{target}]",
                f"    duration: {rng.choice(_DURATIONS)}",
                f"    trigger: {rng.choice(_TRIGGERS)}", "    disposition: delete",
                f"    citation: Synthetic retention reason {i}."]
    return "\n".join(out) + "\n"


def write(path: Path, seed: int = 2026) -> Path:
    """Write the large policy to ``path`` (creating folders) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(generate(seed), encoding="utf-8")
    return path
