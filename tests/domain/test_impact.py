"""The impact of a change: the class computation agrees with asking about every use.

``brute_force_impact`` asks both engines about every declared use; ``policy_impact`` must find
the same changes (per kind, and per category x purpose x old and new decision) on many seeded
random policy pairs, and each of its examples must really change that way.
"""

from __future__ import annotations

from collections import Counter

import pytest

from app.domain.decisions import DecisionEngine
from app.domain.impact import (
    KINDS,
    Impact,
    brute_force_impact,
    change_kind,
    policy_impact,
    summary,
)
from app.domain.models import Policy
from app.storage.resources import region_catalogue
from tests.domain.impact_policies import random_pair

REGIONS = region_catalogue()


def per_pair(impact: Impact) -> Counter[tuple]:
    """Uses per (kind, category, purpose, old decision, new decision)."""
    found: Counter[tuple] = Counter()
    for change in impact.changes:
        categories = change.categories or (change.example.category,)
        purposes = change.purposes or (change.example.purpose,)
        assert change.count % change.pairs == 0
        for category in categories:
            for purpose in purposes:
                found[(change.kind, category, purpose, change.old, change.new)] += (
                    change.count // change.pairs)
    return found


def assert_agrees(old: Policy, new: Policy) -> Impact:
    """policy_impact equals the brute force, and its examples change as they say."""
    fast, slow = policy_impact(old, new, REGIONS), brute_force_impact(old, new, REGIONS)
    assert fast.uses == slow.uses
    assert {k: fast.count(k) for k in KINDS} == {k: slow.count(k) for k in KINDS}
    assert per_pair(fast) == per_pair(slow)
    before, after = DecisionEngine(old, REGIONS), DecisionEngine(new, REGIONS)
    for change in fast.changes:
        was, now = before.decide(change.example), after.decide(change.example)
        assert (was, now) == (change.old, change.new)
        assert change_kind(was, now) == change.kind
        assert change.example.category in change.categories
        assert change.example.purpose in change.purposes
    return fast


@pytest.mark.parametrize("block", range(8))
def test_agrees_with_brute_force_on_random_policies(block: int) -> None:
    changed = 0
    for seed in range(block * 60, block * 60 + 60):
        old, new = random_pair(seed)
        changed += not assert_agrees(old, new).unchanged
    assert changed >= 15  # the generator really produces changes


def test_random_policies_cover_what_matters() -> None:
    """The generator exercises both formats, groups, GPC, ``*`` and internal recipients."""
    seen: Counter[str] = Counter()
    for seed in range(480):
        old, new = random_pair(seed)
        seen[f"format{old.format_version}"] += 1
        seen["groups"] += bool(old.regions or new.regions)
        seen["gpc"] += any(p.honours_gpc for p in new.purposes)
        seen["any recipient"] += any("*" in r.recipients for r in new.rules)
        seen["internal"] += any(str(r.kind) == "internal" for r in new.recipients)
        seen["retention"] += bool(new.retention)
        seen["same"] += old == new
    assert min(seen.values()) >= 20, seen


# -- hand-written changes ---------------------------------------------------------------------

BASE: dict = {
    "format_version": 2,
    "policy": {"id": "shop", "title": "Shop"},
    "categories": [{"id": "contact.email", "name": "Email address"},
                   {"id": "location", "name": "Location"}],
    "subjects": [{"id": "customer", "name": "Customers"}],
    "recipients": [{"id": "crm", "name": "CRM", "kind": "processor"}],
    "purposes": [{"id": "marketing", "name": "Marketing", "consent": "opt_out"},
                 {"id": "marketing.email", "name": "Email marketing", "consent": "opt_out",
                  "honours_gpc": True},
                 {"id": "marketing.post", "name": "Post", "consent": "opt_out"},
                 {"id": "support", "name": "Support", "consent": "none"}],
    "rules": [{"id": "r_mkt", "effect": "allow", "categories": ["contact.email"],
               "purposes": ["marketing"], "recipients": ["*"]},
              {"id": "r_support", "effect": "allow", "categories": ["contact.email", "location"],
               "purposes": ["support"]}],
    "retention": [{"id": "k1", "categories": ["contact.email"], "duration": "P2Y"}],
}
USES = 2 * 4 * 2 * 2 * 1 * 6  # categories x purposes x subjects x recipients x regions x consent


def edited(**changes: object) -> Policy:
    """BASE with whole sections replaced."""
    import copy

    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(changes))
    return Policy.model_validate(data)


def test_nothing_changed() -> None:
    impact = assert_agrees(edited(), edited())
    assert impact.unchanged and impact.uses == USES
    assert summary(impact) == "leaves every decision as it was"


def test_flipped_rule_newly_denies_what_it_allowed() -> None:
    rules = [BASE["rules"][0], {**BASE["rules"][1], "effect": "deny"}]
    impact = assert_agrees(edited(), edited(rules=rules))
    # support needs no consent; the rule covers internal use only (no recipient; crm is a
    # processor): 2 categories x 2 subjects (none, customer) x 1 recipient x 6 consents
    assert impact.count("newly_denied") == 24 and impact.count("newly_allowed") == 0
    assert {c.new.reason for c in impact.changes} == {"denied_by_rule"}
    assert "newly denies 24 uses" in summary(impact)


def test_consent_mechanism_changed() -> None:
    purposes = [*BASE["purposes"][:3], {**BASE["purposes"][3], "consent": "opt_in"}]
    impact = assert_agrees(edited(), edited(purposes=purposes))
    assert impact.count("newly_denied") == 2 * 2 * 1 * 4  # all but the 2 granted consents
    assert {c.new.reason for c in impact.changes} == {"consent_missing"}


def test_gpc_honouring_of_one_of_two_alike_purposes() -> None:
    """marketing.email and marketing.post share every rule; only one honours GPC."""
    purposes = [BASE["purposes"][0], {**BASE["purposes"][1], "honours_gpc": False},
                *BASE["purposes"][2:]]
    impact = assert_agrees(edited(), edited(purposes=purposes))
    # consent unknown with a GPC signal: 2 subjects x 2 recipients (r_mkt opens to any)
    assert impact.count("newly_allowed") == 4
    assert [c.example.purpose for c in impact.changes] == ["marketing.email"]
    assert all(c.example.gpc for c in impact.changes)


def test_recipient_added() -> None:
    recipients = [*BASE["recipients"], {"id": "partner", "name": "Partner",
                                        "kind": "third_party"}]
    rules = [*BASE["rules"], {"id": "r_partner", "effect": "allow", "categories": ["location"],
                              "purposes": ["support"], "recipients": ["partner"]}]
    impact = assert_agrees(edited(), edited(recipients=recipients, rules=rules))
    assert impact.uses == USES // 2 * 3  # a third recipient value
    assert impact.count("newly_allowed") == 2 * 6  # location for support, each subject
    assert {c.example.recipient for c in impact.changes} == {"partner"}
    assert {c.new.rules for c in impact.changes} == {("r_partner",)}


def test_retention_period_changed() -> None:
    retention = [{**BASE["retention"][0], "duration": "P1Y"}]
    impact = assert_agrees(edited(), edited(retention=retention))
    assert impact.changes and {c.kind for c in impact.changes} == {"retention_changed"}
    assert all(c.new.retention.duration == "P1Y" for c in impact.changes)  # type: ignore[union-attr]
    assert all(c.example.category == "contact.email" for c in impact.changes)


def test_summary_names_items() -> None:
    rules = [BASE["rules"][0], {**BASE["rules"][1], "effect": "deny"}]
    impact = policy_impact(edited(), edited(rules=rules), REGIONS)
    text = summary(impact, names={("categories", "contact.email"): "Email address",
                                  ("purposes", "support"): "Support"})
    assert "Email address for Support" in text and "contact.email" not in text


def test_summary_examples_prefer_large_and_different_groups() -> None:
    from app.domain.decisions import Decision, Request
    from app.domain.impact import UseChange

    deny, allow = Decision("deny", "no_rule"), Decision("allow", "allowed", ("r",))
    changes = tuple(UseChange("newly_allowed", Request(c, p), deny, allow, n)
                    for c, p, n in (("a", "x", 5), ("a", "y", 9), ("a", "z", 1), ("b", "x", 2)))
    text = summary(Impact(changes, 100), examples=2)
    assert text == "newly allows 17 uses (among them a for y; b for x)"


def test_recipient_becomes_internal() -> None:
    """r_support covers internal use only; crm turning internal opens it to crm."""
    recipients = [{**BASE["recipients"][0], "kind": "internal"}]
    impact = assert_agrees(edited(), edited(recipients=recipients))
    assert impact.count("newly_allowed") == 2 * 2 * 6  # categories x subjects x consents
    assert {(c.example.recipient, c.example.purpose) for c in impact.changes} == {
        ("crm", "support")}


def test_group_membership_changed() -> None:
    """A rule for the policy's own group; the group gains a country."""
    rules = [*BASE["rules"], {"id": "r_group", "effect": "deny", "categories": ["location"],
                              "purposes": ["support"], "regions": ["home"]}]
    before = edited(rules=rules, regions=[{"id": "home", "name": "Home", "members": ["DE"]}])
    after = edited(rules=rules, regions=[{"id": "home", "name": "Home",
                                          "members": ["DE", "FR"]}])
    impact = assert_agrees(before, after)
    assert impact.count("newly_denied") == 2 * 1 * 6  # location x subjects x internal x consents
    assert {c.example.region for c in impact.changes} == {"FR"}


def test_format_change_recomputes_everything() -> None:
    """Format 1 -> 2: a rule without recipients no longer covers external recipients."""
    rules = [{**BASE["rules"][0], "recipients": []}, BASE["rules"][1]]
    purposes = [{k: v for k, v in p.items() if k != "honours_gpc"} for p in BASE["purposes"]]
    before = edited(format_version=1, rules=rules, purposes=purposes)
    after = edited(format_version=2, rules=rules, purposes=purposes)
    impact = assert_agrees(before, after)
    assert impact.count("newly_denied") > 0 and impact.count("newly_allowed") == 0
    assert {c.example.recipient for c in impact.changes} == {"crm"}


def test_the_summary_reads_after_this_change() -> None:
    from app.domain.impact import _VERBS

    for kind, verb in _VERBS.items():
        assert not verb.startswith("changes"), kind  # never "this change changes ..."
