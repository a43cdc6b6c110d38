"""Intrusiveness checks (INT): the tactics named in DESIGN section 1.

(Named ``..._checks`` because ``tests/domain/test_intrusiveness.py`` already exists.)
"""

from __future__ import annotations

import random
from typing import Any

from policy_builder import base, findings, make_policy

from app.domain.intrusiveness import review
from app.storage.resources import default_weights
from tests.validation.policy_builder import mentions

CATEGORIES = [
    "contact", "contact.email",
    {"id": "web.history", "tags": ["browsing"]},
    {"id": "geo.city", "tags": ["location"]},
    {"id": "geo.gps", "tags": ["precise_location"]},
    {"id": "health.record", "sensitivity": "special_category", "tags": ["health"]},
]
OPT_IN = {"legal_basis": "consent", "consent": "opt_in", "rights": ["access", "withdraw_consent"]}
OPT_OUT = {"legal_basis": "legitimate_interests", "lia": "LIA-1", "consent": "opt_out",
           "rights": ["access", "objection"]}


def purpose(pid: str, kind: str, consent: dict[str, Any] = OPT_IN, **more: Any) -> dict[str, Any]:
    return {"id": pid, "kind": kind, **consent, **more}


def policy_with(*rules: dict[str, Any], purposes: list[Any] | None = None,
                **extra: Any) -> Any:
    sections = {**base(), "categories": CATEGORIES, **extra}
    sections["purposes"] = ["service", *(purposes or [])]
    sections["rules"] = list(rules)
    return make_policy(**sections)


def allow(rule_id: str, cats: list[str], purps: list[str], **more: Any) -> dict[str, Any]:
    return {"id": rule_id, "categories": cats, "purposes": purps, **more}


ADS_IN = purpose("ads", "advertising")
ADS_OUT = purpose("ads", "advertising", OPT_OUT)


# -- INT001 / INT011 ---------------------------------------------------------------------------
def test_int001_browsing_for_ads_with_opt_in() -> None:
    policy = policy_with(allow("retarget", ["web"], ["ads"]), purposes=[ADS_IN])
    [hit] = findings(policy, "INT001")
    assert hit.path == ("rules", 0)
    assert mentions(hit.message, "retarget")
    assert mentions(hit.message, "web.history")
    assert findings(policy, "INT011") == []


def test_int011_browsing_for_ads_without_opt_in() -> None:
    policy = policy_with(allow("retarget", ["web"], ["ads"]), purposes=[ADS_OUT])
    [hit] = findings(policy, "INT011")
    assert hit.severity == "error"
    assert mentions(hit.message, "retarget")
    assert mentions(hit.message, "ads")
    assert findings(policy, "INT001") == []


def test_int001_not_for_an_essential_purpose() -> None:
    policy = policy_with(allow("serve", ["web"], ["service"]))
    assert findings(policy, "INT001") == findings(policy, "INT011") == []


# -- INT002 / INT012 ---------------------------------------------------------------------------
def test_int002_location_for_marketing() -> None:
    mail = purpose("mail", "marketing", OPT_OUT)
    policy = policy_with(allow("local", ["geo.city"], ["mail"]),
                         allow("nearby", ["geo.gps"], ["ads"]), purposes=[mail, ADS_IN])
    hits = findings(policy, "INT002")
    assert [h.path for h in hits] == [("rules", 0), ("rules", 1)]
    assert mentions(hits[0].message, "geo.city") and mentions(hits[1].message, "geo.gps")
    assert findings(policy, "INT012") == []


def test_int012_precise_location_without_opt_in() -> None:
    policy = policy_with(allow("nearby", ["geo"], ["ads"]), purposes=[ADS_OUT])
    [hit] = findings(policy, "INT012")
    assert mentions(hit.message, "geo.gps") and not mentions(hit.message, "geo.city")
    [warning] = findings(policy, "INT002")
    assert mentions(warning.message, "geo.city")


def test_int002_not_for_an_essential_purpose() -> None:
    policy = policy_with(allow("deliver", ["geo"], ["service"]))
    assert findings(policy, "INT002") == findings(policy, "INT012") == []


# -- INT003 ------------------------------------------------------------------------------------
def test_int003_sensitive_data_for_targeting() -> None:
    tailor = purpose("tailor", "personalisation", art9_condition="explicit_consent")
    policy = policy_with(allow("tailored", ["health", "contact"], ["tailor"]), purposes=[tailor])
    [hit] = findings(policy, "INT003")
    assert hit.path == ("rules", 0) and mentions(hit.message, "health.record")
    assert not mentions(hit.message, "contact.email")


def test_int003_not_for_care() -> None:
    care = purpose("care", "essential", art9_condition="explicit_consent")
    policy = policy_with(allow("treat", ["health"], ["care"]), purposes=[care])
    assert findings(policy, "INT003") == []


# -- INT004 ------------------------------------------------------------------------------------
BROKER = {"id": "broker", "kind": "third_party", "country": "DE"}


def test_int004_third_party_without_consent() -> None:
    stats = purpose("stats", "analytics", {**OPT_OUT, "consent": "none"})
    policy = policy_with(allow("hand_over", ["contact"], ["stats"], recipients=["broker"]),
                         purposes=[stats], recipients=["mailer", BROKER])
    [hit] = findings(policy, "INT004")
    assert hit.path == ("rules", 0, "recipients", 0) and mentions(hit.message, "broker")
    assert mentions(hit.message, "stats")


def test_int004_not_for_sharing_the_service_needs() -> None:
    policy = policy_with(allow("deliver", ["contact"], ["service"], recipients=["broker"]),
                         recipients=["mailer", BROKER])
    assert findings(policy, "INT004") == []


def test_int004_sale_without_consent() -> None:
    sell = purpose("sell", "sale_or_sharing", {"legal_basis": "contract", "consent": "none"})
    policy = policy_with(allow("sell_list", ["contact"], ["sell"]), purposes=[sell])
    [hit] = findings(policy, "INT004")
    assert hit.path == ("rules", 0) and mentions(hit.message, "sell")


def test_int004_not_with_consent() -> None:
    sell = purpose("sell", "sale_or_sharing", OPT_IN)
    policy = policy_with(allow("sell_list", ["contact"], ["sell"], recipients=["broker"]),
                         purposes=[sell], recipients=["mailer", BROKER])
    assert findings(policy, "INT004") == []


# -- INT005 ------------------------------------------------------------------------------------
SUBJECTS = ["adults", {"id": "adults.kids", "children": True}]


def test_int005_rule_naming_children() -> None:
    policy = policy_with(allow("kid_ads", ["contact"], ["ads"], subjects=["adults"]),
                         purposes=[ADS_IN], subjects=SUBJECTS)
    [hit] = findings(policy, "INT005")
    assert hit.path == ("rules", 0, "subjects", 0) and mentions(hit.message, "kid_ads")


def test_int005_rule_without_subject_limit() -> None:
    policy = policy_with(allow("all_ads", ["contact"], ["ads"]),
                         purposes=[ADS_IN], subjects=SUBJECTS)
    [hit] = findings(policy, "INT005")
    assert hit.path == ("rules", 0) and mentions(hit.message, "adults.kids")


def test_int005_not_when_children_are_denied() -> None:
    policy = policy_with(allow("all_ads", ["contact"], ["ads"]),
                         {"id": "no_kids", "effect": "deny", "categories": ["contact"],
                          "purposes": ["ads"], "subjects": ["adults.kids"]},
                         purposes=[ADS_IN], subjects=SUBJECTS)
    assert findings(policy, "INT005") == []


def test_int005_not_without_children() -> None:
    policy = policy_with(allow("all_ads", ["contact"], ["ads"]), purposes=[ADS_IN])
    assert findings(policy, "INT005") == []


# -- INT006 ------------------------------------------------------------------------------------
def test_int006_critical_use() -> None:
    policy = policy_with(allow("creepy", ["health", "contact"], ["ads"], subjects=["kids"]),
                         purposes=[{**ADS_OUT, "art9_condition": "explicit_consent"}],
                         subjects=[{"id": "kids", "children": True}])
    [hit] = findings(policy, "INT006")
    assert hit.path == ("rules", 0)
    assert mentions(hit.message, "creepy")
    assert mentions(hit.message, "health.record")
    assert mentions(hit.message, "critical")


def test_int006_not_for_an_ordinary_use() -> None:
    policy = policy_with(allow("serve", ["contact"], ["service"]))
    assert findings(policy, "INT006") == []


def test_int006_agrees_with_the_full_review() -> None:
    rng = random.Random(7)
    cats = [c if isinstance(c, str) else c["id"] for c in CATEGORIES]
    purposes = [ADS_OUT, purpose("tailor", "personalisation"), purpose("mail", "marketing")]
    subjects = ["adults", {"id": "kids", "children": True}, {"id": "ill", "vulnerable": True}]
    recipients = ["mailer", BROKER]
    purps = ["service", "ads", "tailor", "mail"]
    rules = [allow(f"r{i}", rng.sample(cats, 2), rng.sample(purps, 2),
                   subjects=rng.sample(["adults", "kids", "ill"], rng.randint(0, 2)),
                   recipients=rng.sample(["mailer", "broker"], rng.randint(0, 1)),
                   obligations=rng.sample(["anonymise", "encrypt"], rng.randint(0, 1)))
             for i in range(60)]
    policy = policy_with(*rules, purposes=purposes, subjects=subjects, recipients=recipients)
    expected = {r for u in review(policy, default_weights())
                if u.score.band == "critical" for r in u.rules}
    reported = {policy.rules[f.path[1]].id for f in findings(policy, "INT006")}
    assert reported == expected and expected


# -- INT007 ------------------------------------------------------------------------------------
PROFILE = ["profile", *(f"profile.f{i}" for i in range(5))]


def test_int007_whole_tree_for_a_non_essential_purpose() -> None:
    stats = purpose("stats", "analytics")
    policy = policy_with(allow("everything", ["contact", "profile"], ["stats"]),
                         purposes=[stats], categories=[*CATEGORIES, *PROFILE])
    [hit] = findings(policy, "INT007")
    assert hit.path == ("rules", 0, "categories", 1) and mentions(hit.message, "profile")


def test_int007_not_for_essential_purposes_or_small_lists() -> None:
    stats = purpose("stats", "analytics")
    policy = policy_with(allow("serve", ["profile"], ["service"]),
                         allow("few", ["profile.f1", "profile.f2"], ["stats"]),
                         purposes=[stats], categories=[*CATEGORIES, *PROFILE])
    assert findings(policy, "INT007") == []


# -- INT008 ------------------------------------------------------------------------------------
def test_int008_category_nobody_needs() -> None:
    policy = policy_with(allow("serve", ["contact"], ["service"]))
    hits = findings(policy, "INT008")
    assert {h.message for h in hits} == {f"No rule uses category {c}." for c in (
        "“Web History” (web.history)", "“Geo City” (geo.city)", "“Geo Gps” (geo.gps)",
        "“Health Record” (health.record)")}
    assert hits[0].path == ("categories", 2) and hits[0].severity == "info"


def test_int008_not_for_parents_children_or_denied_data() -> None:
    policy = policy_with(allow("serve", ["contact.email", "web", "geo"], ["service"]),
                         {"id": "never", "effect": "deny", "categories": ["health"],
                          "purposes": ["service"]})
    assert findings(policy, "INT008") == []


# -- INT009 ------------------------------------------------------------------------------------
def test_int009_profiling_without_human_review() -> None:
    score = purpose("score", "profiling", OPT_OUT)
    [hit] = findings(policy_with(purposes=[score]), "INT009")
    assert hit.path == ("purposes", 1, "rights") and mentions(hit.message, "score")
    fixed = purpose("score", "profiling", {**OPT_OUT, "rights": ["access", "human_review"]})
    assert findings(policy_with(purposes=[fixed]), "INT009") == []


# -- INT010 ------------------------------------------------------------------------------------
def test_int010_vulnerable_people_profiled_without_obligations() -> None:
    score = purpose("score", "profiling", OPT_IN, rights=["access", "withdraw_consent",
                                                          "human_review"])
    subjects = ["adults", {"id": "patients", "vulnerable": True}]
    policy = policy_with(allow("risk", ["contact"], ["score"], subjects=["adults", "patients"]),
                         purposes=[score], subjects=subjects)
    [hit] = findings(policy, "INT010")
    assert hit.path == ("rules", 0, "subjects", 1) and mentions(hit.message, "patients")
    fixed = policy_with(allow("risk", ["contact"], ["score"], subjects=["patients"],
                              obligations=["pseudonymise"]), purposes=[score], subjects=subjects)
    assert findings(fixed, "INT010") == []
