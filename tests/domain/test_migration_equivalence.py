"""Migration keeps every decision: format 1 and its migration answer every request alike.

The only requests allowed to differ are those a migration notice names: a rule limited to a
region that contains others (format 2 reads regions by containment, format 1 by equality).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.ids import lineage
from app.domain.migration import migrated
from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.storage.resources import region_catalogue

FORMAT_1 = Path(__file__).parent / "format1"
UNKNOWN = "zz_unknown"

REGIONAL = """\
format_version: 1
policy: {id: regional, title: Regional}
categories: [{id: contact}, {id: contact.email}, {id: location}]
purposes:
  - {id: ads, legal_basis: consent, consent: opt_in}
  - {id: service, legal_basis: contract}
recipients:
  - {id: staff, kind: internal}
  - {id: partner, kind: third_party, country: US}
rules:
  - {id: eu_ads, categories: [contact], purposes: [ads], regions: [eu]}
  - {id: de_service, categories: [contact, location], purposes: [service], regions: [de]}
  - {id: eea_deny, effect: deny, categories: [location], purposes: [ads], regions: [eea]}
  - {id: partner_service, categories: [contact.email], purposes: [service],
     recipients: [partner]}
  - {id: anywhere, categories: [contact.email], purposes: [service]}
"""
"""A format 1 policy whose regions contain one another, so containment changes answers."""


def _requests(policy: Policy, used_only: bool = False) -> Iterator[Request]:
    """Every combination of the policy's ids (plus unknown and absent values).

    ``used_only``: only the categories rules name, with their ancestors and one child each
    (a generated policy declares thousands nobody refers to).
    """
    cats = [c.id for c in policy.categories] + [UNKNOWN]
    if used_only:
        named = {c for rule in policy.rules for c in rule.categories}
        kin = {a for c in named for a in lineage(c)} | {f"{c}.child" for c in named}
        cats = [*sorted(kin), UNKNOWN]
    purposes = [p.id for p in policy.purposes] + [UNKNOWN]
    subjects = [None, UNKNOWN] + [s.id for s in policy.subjects]
    recipients = [None, UNKNOWN] + [r.id for r in policy.recipients]
    named = {g for rule in policy.rules for g in rule.regions} | {g.id for g in policy.regions}
    regions = [None, "ZZ", *sorted(named)]
    for values in itertools.product(cats, purposes, subjects, recipients, regions, ConsentState):
        yield Request(*values)


def _named_rules(notices: tuple[str, ...]) -> set[str]:
    return {m[1] for notice in notices for m in re.finditer(r"Rule '([^']+)'", notice)}


def _assert_equivalent(text: str, used_only: bool = False) -> int:
    """Check every request; return how many differ (each explained by a notice)."""
    old = load_bytes(text.encode(), "format1").policy
    assert old.format_version == 1
    new, notices = migrated(old, region_catalogue())
    assert new.format_version == 2 and old.format_version == 1  # the original is untouched
    before, after = DecisionEngine(old, region_catalogue()), DecisionEngine(new, region_catalogue())
    explained = _named_rules(notices)
    ids = [rule.id for rule in new.rules]
    differing = 0
    for request in _requests(old, used_only):
        was, now = before.decide(request), after.decide(request)
        if was == now:
            continue
        differing += 1
        gained = after.covering(request) & ~before.covering(request)
        newly = {ids[i] for i in range(len(ids)) if gained >> i & 1}
        assert newly and newly <= explained, (request, was, now, notices)
    return differing


@pytest.mark.parametrize("path", sorted(FORMAT_1.glob("*.policy.yaml")), ids=lambda p: p.name)
def test_the_bundled_policies_decide_alike_after_migration(path: Path) -> None:
    assert _assert_equivalent(path.read_text(encoding="utf-8")) == 0


@pytest.mark.parametrize("seed", [1, 2026])
def test_generated_policies_decide_alike_after_migration(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import generate as bench

    monkeypatch.setattr(bench, "SIZES", {"categories": 240, "purposes": 20, "subjects": 2,
                                         "recipients": 4, "rules": 30, "retention": 10})
    text = bench.generate(seed)
    assert "format_version: 1" in text or "format_version: 2" in text
    text = re.sub(r"(?m)^format_version: \d+$", "format_version: 1", text)
    # The generator writes format 2; its "any recipient" is format 1's empty list.
    text = text.replace("    recipients: ['*']\n", "")
    # Its regions nest (FR-IDF inside eea): requests may differ, each one by a rule a notice
    # names (asserted inside); requests without a region never differ.
    _assert_equivalent(text, used_only=True)
    regionless = re.sub(r"(?m)^    regions: .*\n", "", text)
    assert _assert_equivalent(regionless, used_only=True) == 0


def test_region_containment_changes_only_what_the_notices_name() -> None:
    policy = load_bytes(REGIONAL.encode(), "regional").policy
    _, notices = migrated(policy, region_catalogue())
    assert _named_rules(notices) == {"eu_ads", "de_service", "eea_deny"}  # DE holds DE-BY...
    assert _assert_equivalent(REGIONAL) > 0  # e.g. ads in DE: allowed by eu_ads in format 2
    old, new = DecisionEngine(policy, region_catalogue()), DecisionEngine(
        migrated(policy, region_catalogue())[0], region_catalogue())
    request = Request("contact", "ads", region="DE", consent=ConsentState.GRANTED)
    assert not old.decide(request).allowed and new.decide(request).allowed
    email = Request("contact.email", "service", recipient="partner")
    assert old.decide(email).allowed and new.decide(email).allowed
