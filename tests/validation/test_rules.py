"""Rule logic checks (RUL): dead allow rules, redundant rules, contradictions."""

from __future__ import annotations

import random
from typing import Any

from policy_builder import base, findings, make_policy

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.validation.checks._scopes import Scopes
from app.validation.context import Context
from tests.validation.policy_builder import mentions

CATEGORIES = ["contact", "contact.email", "contact.phone", "account.id"]
PURPOSES = ["service", {"id": "marketing", "kind": "marketing", "legal_basis": "consent",
                        "consent": "opt_in", "rights": ["access", "withdraw_consent"]}]


def policy_with(*rules: dict[str, Any], **extra: Any) -> Any:
    sections = {**base(), "purposes": PURPOSES, "categories": CATEGORIES, **extra}
    sections["rules"] = list(rules)
    return make_policy(**sections)


def allow(rule_id: str, cats: list[str], purps: list[str], **more: Any) -> dict[str, Any]:
    return {"id": rule_id, "effect": "allow", "categories": cats, "purposes": purps, **more}


def deny(rule_id: str, cats: list[str], purps: list[str], **more: Any) -> dict[str, Any]:
    return {"id": rule_id, "effect": "deny", "categories": cats, "purposes": purps, **more}


# -- RUL001 ------------------------------------------------------------------------------------
def test_rul001_allow_rule_covered_by_a_broader_deny() -> None:
    policy = policy_with(allow("serve", ["contact"], ["service"]),
                         allow("promo", ["contact.email"], ["marketing"]),
                         deny("no_marketing", ["contact"], ["marketing"]))
    [hit] = findings(policy, "RUL001")
    assert hit.path == ("rules", 1)
    assert mentions(hit.message, "promo") and mentions(hit.message, "no_marketing")


def test_rul001_several_deny_rules_together() -> None:
    policy = policy_with(allow("promo", ["contact.email", "contact.phone"], ["marketing"]),
                         deny("no_email", ["contact.email"], ["marketing"]),
                         deny("no_phone", ["contact.phone"], ["marketing", "service"]))
    [hit] = findings(policy, "RUL001")
    assert mentions(hit.message, "no_email") and mentions(hit.message, "no_phone")


def test_rul001_not_when_the_deny_rule_is_narrower() -> None:
    subjects = ["customers", {"id": "minors", "children": True}]
    policy = policy_with(allow("promo", ["contact.email"], ["marketing"]),
                         deny("no_minors", ["contact"], ["marketing"], subjects=["minors"]),
                         deny("no_phone", ["contact.phone"], ["marketing"]),
                         subjects=subjects)
    assert findings(policy, "RUL001") == []


def test_rul001_not_when_one_pair_stays_allowed() -> None:
    policy = policy_with(allow("promo", ["contact.email", "account.id"], ["marketing"]),
                         deny("no_email", ["contact.email"], ["marketing"]))
    assert findings(policy, "RUL001") == []


# -- RUL002 ------------------------------------------------------------------------------------
def test_rul002_narrow_rule_inside_a_broad_one() -> None:
    policy = policy_with(allow("narrow", ["contact.email"], ["service"]),
                         allow("broad", ["contact", "account.id"], ["service"]))
    [hit] = findings(policy, "RUL002")
    assert hit.path == ("rules", 0)
    assert mentions(hit.message, "narrow") and mentions(hit.message, "broad")


def test_rul002_identical_rules_reported_once_on_the_later() -> None:
    policy = policy_with(allow("first", ["contact"], ["service"]),
                         allow("second", ["contact"], ["service"]))
    [hit] = findings(policy, "RUL002")
    assert hit.path == ("rules", 1)
    assert mentions(hit.message, "repeats") and mentions(hit.message, "first")


def test_rul002_redundant_deny_rules() -> None:
    policy = policy_with(allow("serve", ["contact"], ["service", "marketing"]),
                         deny("no_phone_ads", ["contact.phone"], ["marketing"]),
                         deny("no_ads", ["contact"], ["marketing"]))
    [hit] = findings(policy, "RUL002")
    assert hit.path == ("rules", 1) and mentions(hit.message, "no_ads")


def test_rul002_not_when_the_narrow_rule_adds_obligations() -> None:
    policy = policy_with(allow("narrow", ["contact.email"], ["service"], obligations=["encrypt"]),
                         allow("broad", ["contact", "account.id"], ["service"]))
    assert findings(policy, "RUL002") == []


def test_rul002_not_when_the_broad_rule_is_limited_to_some_subjects() -> None:
    policy = policy_with(allow("narrow", ["contact.email"], ["service"]),
                         allow("broad", ["contact"], ["service"], subjects=["customers"]))
    assert findings(policy, "RUL002") == []


# -- RUL003 ------------------------------------------------------------------------------------
def test_rul003_deny_rule_without_allow_rule() -> None:
    policy = policy_with(allow("serve", ["contact"], ["service"]),
                         deny("no_account_ads", ["account.id"], ["marketing"]))
    [hit] = findings(policy, "RUL003")
    assert hit.path == ("rules", 1) and mentions(hit.message, "no_account_ads")


def test_rul003_not_when_the_deny_rule_carves_out_of_an_allow_rule() -> None:
    policy = policy_with(allow("promo", ["contact"], ["marketing"]),
                         deny("no_phone_ads", ["contact.phone"], ["marketing"]))
    assert findings(policy, "RUL003") == []


def test_rul003_not_when_the_allow_rule_is_narrower() -> None:
    policy = policy_with(allow("promo", ["contact.email"], ["marketing"], subjects=["customers"]),
                         deny("no_ads", ["contact"], ["marketing"]))
    assert findings(policy, "RUL003") == []


# -- RUL004 ------------------------------------------------------------------------------------
def test_rul004_allow_and_deny_with_the_same_scope() -> None:
    policy = policy_with(allow("promo", ["contact"], ["marketing"]),
                         deny("no_promo", ["contact"], ["marketing"]))
    [hit] = findings(policy, "RUL004")
    assert hit.path == ("rules", 1)
    assert mentions(hit.message, "promo") and mentions(hit.message, "no_promo")
    assert findings(policy, "RUL001") == []  # one finding for one problem


def test_rul004_not_when_the_scopes_differ() -> None:
    policy = policy_with(allow("promo", ["contact"], ["marketing"]),
                         deny("no_promo", ["contact"], ["marketing"], regions=["us"]))
    assert findings(policy, "RUL004") == []


# -- the masks agree with a plain pairwise reading of DESIGN section 2 -------------------------
def _random_policy(seed: int) -> Any:
    rng = random.Random(seed)
    cats = ["a", "a.x", "a.y", "b", "b.z"]
    purps = ["p", "p.q", "r"]
    rules = []
    for i in range(40):
        rule: dict[str, Any] = {
            "id": f"r{i}", "effect": rng.choice(["allow", "deny"]),
            "categories": rng.sample(cats, rng.randint(1, 2)),
            "purposes": rng.sample(purps, rng.randint(1, 2)),
        }
        if rng.random() < 0.3:
            rule["subjects"] = rng.sample(["s", "s.kid", "t"], 1)
        if rng.random() < 0.2:
            rule["regions"] = rng.sample(["eu", "us"], 1)
        rules.append(rule)
    return make_policy(categories=cats, purposes=purps, subjects=["s", "s.kid", "t"],
                       rules=rules)


def _requests() -> list[Request]:
    return [Request(c, p, subject=s, region=g, consent=ConsentState.GRANTED)
            for c in ["a", "a.x", "a.y", "a.w", "b", "b.z", "c"]
            for p in ["p", "p.q", "p.o", "r"]
            for s in [None, "s", "s.kid", "t"]
            for g in [None, "eu", "us"]]


def test_scopes_match_brute_force_on_random_policies() -> None:
    for seed in range(5):
        policy = _random_policy(seed)
        engine = DecisionEngine(policy)
        covered = [set(engine.rule_indices(engine.covering(r))) for r in _requests()]
        sets = [{n for n, cov in enumerate(covered) if i in cov} for i in range(len(policy.rules))]
        scopes = Scopes(Context(policy))
        for i in range(len(policy.rules)):
            for j in range(len(policy.rules)):
                if scopes.supersets(i) >> j & 1:  # j includes i: never claimed wrongly
                    assert sets[i] <= sets[j], (seed, i, j)
                if not scopes.overlapping(i) >> j & 1:  # no overlap: really none
                    assert not sets[i] & sets[j], (seed, i, j)


# -- format 2: internal-only vs any recipient, region containment --------------------------------
RECIPIENTS_2 = ["mailer", {"id": "staff", "kind": "internal"},
                {"id": "staff.agency", "kind": "processor"},
                {"id": "ads", "kind": "third_party"}]


def test_rul001_any_recipient_deny_covers_an_internal_only_allow() -> None:
    policy = policy_with(allow("promo", ["contact.email"], ["marketing"]),
                         deny("no_marketing", ["contact"], ["marketing"], recipients=["*"]),
                         recipients=RECIPIENTS_2)
    [hit] = findings(policy, "RUL001")
    assert mentions(hit.message, "promo")


def test_rul001_internal_only_deny_does_not_cover_disclosure() -> None:
    policy = policy_with(allow("promo", ["contact.email"], ["marketing"], recipients=["ads"]),
                         allow("inside", ["contact.email"], ["marketing"],
                               recipients=["staff"]),
                         deny("no_marketing", ["contact"], ["marketing"]),
                         recipients=RECIPIENTS_2)
    assert findings(policy, "RUL001") == []  # staff.agency is a processor below staff
    only_staff = policy_with(allow("inside", ["contact.email"], ["marketing"],
                                   recipients=["staff"]),
                             deny("no_marketing", ["contact"], ["marketing"]),
                             recipients=[RECIPIENTS_2[1]])
    [hit] = findings(only_staff, "RUL001")  # every staff recipient is internal
    assert mentions(hit.message, "inside")


def test_rul001_regions_by_containment() -> None:
    policy = policy_with(allow("promo_de", ["contact.email"], ["marketing"], regions=["DE"]),
                         allow("promo_us", ["contact.email"], ["marketing"], regions=["US"]),
                         deny("no_eea", ["contact"], ["marketing"], regions=["eea"]))
    [hit] = findings(policy, "RUL001")
    assert mentions(hit.message, "promo_de") and not mentions(hit.message, "promo_us")
    format_1 = policy.model_copy(update={"format_version": 1})
    assert findings(format_1, "RUL001") == []  # format 1: regions by equality


def _random_policy_2(seed: int) -> Any:
    rng = random.Random(seed)
    cats, purps = ["a", "a.x", "b"], ["p", "p.q"]
    rules = []
    for i in range(40):
        rule: dict[str, Any] = {
            "id": f"r{i}", "effect": rng.choice(["allow", "deny"]),
            "categories": rng.sample(cats, 1), "purposes": rng.sample(purps, 1)}
        roll = rng.random()
        if roll < 0.5:
            rule["recipients"] = rng.sample(["*", "staff", "staff.agency", "ads", "mailer"],
                                            rng.randint(1, 2))
        if rng.random() < 0.5:
            rule["regions"] = rng.sample(["eea", "EU", "DE", "US", "US-CA", "FR-IDF", "dach"],
                                         rng.randint(1, 2))
        rules.append(rule)
    return make_policy(categories=cats, purposes=purps, recipients=RECIPIENTS_2, rules=rules,
                       regions=[{"id": "dach", "members": ["DE", "AT", "CH"]}])


def test_scopes_match_brute_force_on_random_format_2_policies() -> None:
    asked = [Request(c, p, recipient=r, region=g, consent=ConsentState.GRANTED)
             for c in ["a", "a.x", "b"] for p in ["p", "p.q"]
             for r in [None, "staff", "staff.x", "staff.agency", "staff.agency.x", "ads",
                       "mailer", "other"]
             for g in [None, "DE", "de-by", "AT", "FR", "FR-75C", "US", "US-CA", "US-TX", "EU",
                       "eea", "GB"]]
    for seed in range(4):
        policy = _random_policy_2(seed)
        context = Context(policy)
        engine = context.engine
        covered = [set(engine.rule_indices(engine.covering(r))) for r in asked]
        sets = [{n for n, cov in enumerate(covered) if i in cov} for i in range(len(policy.rules))]
        scopes = Scopes(context)
        for i in range(len(policy.rules)):
            for j in range(len(policy.rules)):
                if scopes.supersets(i) >> j & 1:
                    assert sets[i] <= sets[j], (seed, i, j)
                if not scopes.overlapping(i) >> j & 1:
                    assert not sets[i] & sets[j], (seed, i, j)


# -- RUL005 ------------------------------------------------------------------------------------
RECIPIENTS = [{"id": "staff", "kind": "internal"}, {"id": "mailer", "kind": "processor"},
              {"id": "partner", "kind": "third_party"}]


def test_rul005_deny_without_recipients_leaves_a_disclosure_allowed() -> None:
    policy = policy_with(allow("send", ["contact.email"], ["marketing"], recipients=["mailer"]),
                         deny("no_marketing", ["contact"], ["marketing"]),
                         recipients=RECIPIENTS)
    [hit] = findings(policy, "RUL005")
    assert hit.path == ("rules", 1)
    assert mentions(hit.message, "no_marketing")
    assert mentions(hit.message, "send")
    assert mentions(hit.message, "mailer")
    # The finding is true: the deny rule does not stop the disclosure it names.
    engine = DecisionEngine(policy)
    request = Request("contact.email", "marketing", recipient="mailer",
                      consent=ConsentState.GRANTED)
    assert engine.decide(request).allowed


def test_rul005_quiet_when_the_deny_covers_any_recipient_or_only_internal_use_is_allowed() -> None:
    widened = policy_with(allow("send", ["contact.email"], ["marketing"], recipients=["mailer"]),
                          deny("no_marketing", ["contact"], ["marketing"], recipients=["*"]),
                          recipients=RECIPIENTS)
    assert findings(widened, "RUL005") == []
    internal = policy_with(allow("send", ["contact.email"], ["marketing"], recipients=["staff"]),
                           deny("no_marketing", ["contact"], ["marketing"]),
                           recipients=RECIPIENTS)
    assert findings(internal, "RUL005") == []
    other_data = policy_with(allow("send", ["account.id"], ["marketing"], recipients=["*"]),
                             deny("no_marketing", ["contact"], ["marketing"]),
                             recipients=RECIPIENTS)
    assert findings(other_data, "RUL005") == []


def test_rul005_fires_for_an_allow_rule_open_to_any_recipient() -> None:
    policy = policy_with(allow("share", ["contact"], ["marketing"], recipients=["*"]),
                         deny("no_email", ["contact.email"], ["marketing"]),
                         recipients=RECIPIENTS)
    [hit] = findings(policy, "RUL005")
    assert mentions(hit.message, "share") and "*" in hit.message
