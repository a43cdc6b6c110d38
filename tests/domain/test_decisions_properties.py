"""Decisions against a plain reference written from DESIGN section 2, plus explicit properties.

The reference below is deliberately naive: loops over the rules, no indexes, no caches. The
engine (bit masks, caches) must give exactly the same answer for every generated policy and
request.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.decisions import DecisionEngine, Request, decide
from app.domain.enums import (
    ConsentMechanism,
    ConsentState,
    Disposition,
    Effect,
    Obligation,
    PeriodStart,
    Trigger,
)
from app.domain.models import Metadata, Policy, Purpose, Recipient, RetentionRule, UseRule

# -- the reference ----------------------------------------------------------------------------


def ref_covers(general: str, specific: str) -> bool:
    """``specific`` equals ``general`` or descends from it (a dot follows the prefix)."""
    return specific == general or specific.startswith(general + ".")


def ref_depth(item_id: str) -> int:
    return len(item_id.split("."))


def ref_internal(policy: Policy, recipient: str | None) -> bool:
    """No recipient, or one whose nearest declared ancestor-or-self is of kind internal."""
    if recipient is None:
        return True
    found, found_depth = None, 0
    for declared in reversed(policy.recipients):  # the first of a duplicated id counts
        if ref_covers(declared.id, recipient) and ref_depth(declared.id) >= found_depth:
            found, found_depth = declared.kind, ref_depth(declared.id)
    return found == "internal"


def ref_region_covers(policy: Policy, general: str, region: str) -> bool:
    """Format 1: equal (canonical spelling); format 2: or a subdivision of the country."""
    region = region.upper() if re.match(r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$", region) \
        else region.lower()
    if policy.format_version == 1:
        return region == general
    return region == general or (len(general) == 2 and region.startswith(general + "-"))


def ref_recipients_cover(policy: Policy, rule: UseRule, recipient: str | None) -> bool:
    if policy.format_version >= 2 and not rule.recipients:
        return ref_internal(policy, recipient)
    if not rule.recipients or (policy.format_version >= 2 and "*" in rule.recipients):
        return True
    return recipient is not None and any(ref_covers(r, recipient) for r in rule.recipients)


def ref_rule_covers(policy: Policy, rule: UseRule, request: Request) -> bool:
    if not any(ref_covers(c, request.category) for c in rule.categories):
        return False
    if not any(ref_covers(p, request.purpose) for p in rule.purposes):
        return False
    if rule.subjects and (
        request.subject is None or not any(ref_covers(s, request.subject) for s in rule.subjects)
    ):
        return False
    if not ref_recipients_cover(policy, rule, request.recipient):
        return False
    return not rule.regions or (request.region is not None and any(
        ref_region_covers(policy, g, request.region) for g in rule.regions))


def ref_mechanism(policy: Policy, purpose: str) -> ConsentMechanism:
    """Mechanism of the nearest declared ancestor-or-self; opt-in when none is declared."""
    found, found_depth = ConsentMechanism.OPT_IN, 0
    for declared in policy.purposes:
        if ref_covers(declared.id, purpose) and ref_depth(declared.id) > found_depth:
            found, found_depth = declared.consent, ref_depth(declared.id)
    return found


def ref_honours_gpc(policy: Policy, purpose: str) -> bool:
    """``honours_gpc`` of the nearest declared ancestor-or-self (the first of a duplicate)."""
    found, found_depth = False, 0
    for declared in reversed(policy.purposes):
        if ref_covers(declared.id, purpose) and ref_depth(declared.id) >= found_depth:
            found, found_depth = declared.honours_gpc, ref_depth(declared.id)
    return found


def ref_consent_ok(mechanism: ConsentMechanism, consent: ConsentState) -> bool:
    if mechanism == ConsentMechanism.OPT_IN:
        return consent == ConsentState.GRANTED
    if mechanism == ConsentMechanism.OPT_OUT:
        return consent != ConsentState.DENIED
    return True


def ref_retention(policy: Policy, category: str, purpose: str) -> dict[str, str] | None:
    best: RetentionRule | None = None
    best_key: tuple[int, int, float] | None = None
    for rule in policy.retention:
        category_depth = max(
            (ref_depth(c) for c in rule.categories if ref_covers(c, category)), default=0
        )
        if category_depth == 0:
            continue
        purpose_depth = 0
        if rule.purposes:
            purpose_depth = max(
                (ref_depth(p) for p in rule.purposes if ref_covers(p, purpose)), default=0
            )
            if purpose_depth == 0:
                continue  # the rule is about other purposes
        # Deeper category wins, then deeper purpose (agnostic is 0), then shorter duration;
        # a later rule must be strictly better to replace an earlier one (file order).
        # Shorter: a fixed maximum, then criteria only (no maximum), then indefinite.
        length = (float("inf"), 0) if rule.duration is None else (
            rule.duration.days, int(rule.duration.is_indefinite))
        key = (category_depth, purpose_depth, (-length[0], -length[1]))
        if best_key is None or key > best_key:
            best, best_key = rule, key
    if best is None:
        return None
    return {
        "rule": best.id,
        "duration": None if best.duration is None else str(best.duration),
        "minimum": None if best.minimum is None else str(best.minimum),
        "criteria": best.criteria,
        "trigger": str(best.trigger),
        "custom_event": best.custom_event,
        "period_start": str(best.period_start),
        "financial_year_start": best.financial_year_start,
        "disposition": str(best.disposition),
        "dispositions": [str(d) for d in best.dispositions],
        "legal_hold": best.legal_hold,
        "legal_hold_reason": best.legal_hold_reason,
    }


def reference(policy: Policy, request: Request) -> dict[str, Any]:
    covering = [rule for rule in policy.rules if ref_rule_covers(policy, rule, request)]
    denying = [rule.id for rule in covering if rule.effect == Effect.DENY]
    allowing = [rule for rule in covering if rule.effect == Effect.ALLOW]
    if denying:
        return _answer("deny", "denied_by_rule", denying)
    if not allowing:
        return _answer("deny", "no_rule", [])
    mechanism = ref_mechanism(policy, request.purpose)
    allowing_ids = [rule.id for rule in allowing]
    if request.gpc and request.consent != ConsentState.GRANTED \
            and mechanism == ConsentMechanism.OPT_OUT and ref_honours_gpc(policy, request.purpose):
        return _answer("deny", "opted_out", allowing_ids)  # GPC counts as an opt-out
    if not ref_consent_ok(mechanism, request.consent):
        opted_out = (
            mechanism == ConsentMechanism.OPT_OUT and request.consent == ConsentState.DENIED
        )
        return _answer("deny", "opted_out" if opted_out else "consent_missing", allowing_ids)
    obligations: set[str] = set()
    for rule in allowing:
        obligations.update(str(o) for o in rule.obligations)
    return _answer(
        "allow", "allowed", allowing_ids, sorted(obligations),
        ref_retention(policy, request.category, request.purpose),
    )


def _answer(decision: str, reason: str, rules: list[str], obligations: list[str] | None = None,
            retention: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "decision": decision,
        "reason": reason,
        "rules": sorted(rules),
        "obligations": obligations or [],
        "retention": retention,
    }


# -- generators -------------------------------------------------------------------------------

IDS = ["a", "a.b", "a.b.c", "a.c", "ab", "b", "b.a", "c"]
REQUEST_IDS = [*IDS, "a.b.c.d", "ab.c", "zz"]
SUBJECTS = ["s", "s.kid", "t"]
RECIPIENTS = ["x", "x.y", "z"]
RULE_RECIPIENTS = [*RECIPIENTS, "*"]
"""``*`` is any recipient in format 2 (a plain id in format 1)."""
REGIONS = ["eu", "eu.de", "us"]
REQUEST_REGIONS = [*REGIONS, "de", "US-CA", "us-ny", "EU"]
DURATIONS = ["P30D", "P6M", "P1Y", "P12M", "P2Y", "PT12H", "indefinite"]
CRITERIA = ["", "for the life of the account", "while valid"]


def few(values: list[str], most: int = 3) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), max_size=most)


def maybe_few(values: list[str], most: int = 2) -> st.SearchStrategy[list[str]]:
    """Often empty ("any"), otherwise a few values."""
    return st.just([]) | few(values, most)


def mostly_some(values: list[str], most: int = 3) -> st.SearchStrategy[list[str]]:
    """Usually one to ``most`` values; now and then none (a rule that covers nothing)."""
    return st.integers(0, 9).flatmap(
        lambda roll: st.just([]) if roll == 0 else st.lists(st.sampled_from(values), min_size=1,
                                                           max_size=most)
    )


@st.composite
def use_rule(draw: st.DrawFn, rule_id: str, effect: Effect | None = None) -> UseRule:
    return UseRule(
        id=rule_id,
        effect=effect or draw(st.sampled_from([Effect.ALLOW, Effect.ALLOW, Effect.DENY])),
        categories=draw(mostly_some(IDS)),
        purposes=draw(mostly_some(IDS)),
        subjects=draw(maybe_few(SUBJECTS)),
        recipients=draw(maybe_few(RULE_RECIPIENTS)),
        regions=draw(maybe_few(REGIONS)),
        obligations=draw(st.lists(st.sampled_from(list(Obligation)), max_size=3)),
    )


@st.composite
def retention_rule(draw: st.DrawFn, rule_id: str) -> RetentionRule:
    return RetentionRule(
        id=rule_id,
        categories=draw(mostly_some(IDS, 2)),
        purposes=draw(maybe_few(IDS)),
        duration=draw(st.sampled_from([*DURATIONS, None])),
        minimum=draw(st.sampled_from([None, "P1Y"])),
        criteria=draw(st.sampled_from(CRITERIA)),
        trigger=draw(st.sampled_from(list(Trigger))),
        custom_event=draw(st.sampled_from(["", "asset disposed of"])),
        period_start=draw(st.sampled_from(list(PeriodStart))),
        financial_year_start=draw(st.sampled_from([None, "04-01"])),
        disposition=draw(st.sampled_from(list(Disposition))),
        dispositions=draw(st.lists(st.sampled_from(list(Disposition)), max_size=2)),
        legal_hold=draw(st.booleans()),
        legal_hold_reason=draw(st.sampled_from(["", "HMRC enquiry"])),
    )


@st.composite
def policies(draw: st.DrawFn, max_rules: int = 6) -> Policy:
    declared = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=5))
    purposes = [
        Purpose(id=p, consent=draw(st.sampled_from(list(ConsentMechanism))),
                honours_gpc=draw(st.booleans())) for p in declared
    ]
    rule_count = draw(st.integers(0, max_rules))
    # Ids are drawn from a shuffled range so that file order and id order differ.
    numbers = draw(st.permutations(range(rule_count)))
    rules: list[UseRule] = []
    for n in numbers:
        rule = draw(use_rule(f"r{n}"))
        if rules and draw(st.booleans()):
            # Overlapping rules make several rules cover one request.
            earlier = draw(st.sampled_from(rules))
            rule = rule.model_copy(
                update={"categories": earlier.categories, "purposes": earlier.purposes}
            )
        rules.append(rule)
    retention: list[RetentionRule] = []
    for n in range(draw(st.integers(0, 5))):
        kept = draw(retention_rule(f"keep{n}"))
        if rules and draw(st.booleans()):
            # Retention aimed at what some rule allows, so retention shows up in answers.
            aimed = draw(st.sampled_from(rules))
            kept = kept.model_copy(update={"categories": aimed.categories})
        retention.append(kept)
    kinds = st.sampled_from(["internal", "internal", "processor", "third_party", "public"])
    recipients = [Recipient(id=r, kind=draw(kinds))
                  for r in draw(st.lists(st.sampled_from(RECIPIENTS), unique=True, max_size=3))]
    return Policy(format_version=draw(st.sampled_from([1, 2, 2])), policy=Metadata(id="p"),
                  purposes=purposes, recipients=recipients, rules=rules, retention=retention)


@st.composite
def requests(draw: st.DrawFn) -> Request:
    """Any request over the id pools."""
    maybe = st.none()
    return Request(
        category=draw(st.sampled_from(REQUEST_IDS)),
        purpose=draw(st.sampled_from(REQUEST_IDS)),
        subject=draw(maybe | st.sampled_from([*SUBJECTS, "s.kid.small", "sx"])),
        recipient=draw(maybe | st.sampled_from([*RECIPIENTS, "x.y.w"])),
        region=draw(maybe | st.sampled_from(REQUEST_REGIONS)),
        consent=draw(st.sampled_from(list(ConsentState))),
        gpc=draw(st.booleans()),
    )


def near(draw: st.DrawFn, values: list[str], fallback: st.SearchStrategy) -> Any:
    """One of ``values`` (possibly made more specific), or anything from ``fallback``."""
    if not values or draw(st.integers(0, 4)) == 0:
        return draw(fallback)
    value = draw(st.sampled_from(values))
    return value + draw(st.sampled_from(["", "", ".b", ".b.c"]))


@st.composite
def requests_for(draw: st.DrawFn, policy: Policy) -> Request:
    """Requests aimed at the policy's rules often enough that every outcome turns up."""
    if not policy.rules or draw(st.integers(0, 3)) == 0:
        return draw(requests())
    rule = draw(st.sampled_from(policy.rules))
    anything = draw(requests())
    region = anything.region
    if rule.regions and draw(st.integers(0, 4)) > 0:
        region = draw(st.sampled_from(rule.regions))
    return Request(
        category=near(draw, rule.categories, st.just(anything.category)),
        purpose=near(draw, rule.purposes, st.just(anything.purpose)),
        subject=near(draw, rule.subjects, st.just(anything.subject)),
        recipient=near(draw, rule.recipients, st.just(anything.recipient)),
        region=region,
        consent=anything.consent,
        gpc=anything.gpc,
    )


FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- engine == reference ------------------------------------------------------------------------


@FAST
@given(data=st.data(), policy=policies())
def test_engine_matches_reference(data: st.DataObject, policy: Policy) -> None:
    asked = data.draw(st.lists(requests_for(policy), min_size=1, max_size=8))
    engine = DecisionEngine(policy)
    # Ask every request twice, interleaved, so cached answers are checked too.
    for request in [*asked, *asked]:
        assert engine.decide(request).to_dict() == reference(policy, request), request


@settings(max_examples=100, deadline=None)
@given(policy=policies(), request=requests())
def test_one_off_decide_matches_engine(policy: Policy, request: Request) -> None:
    assert decide(policy, request) == DecisionEngine(policy).decide(request)


def test_reference_sanity() -> None:
    """The reference itself on a hand-checked case, so a broken reference cannot hide."""
    policy = Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="ads", consent="opt_in")],
        rules=[UseRule(id="r", categories=["user"], purposes=["ads"], obligations=["aggregate"])],
        retention=[RetentionRule(id="k", categories=["user"], duration="P1Y")],
    )
    granted = Request("user.email", "ads.web", consent=ConsentState.GRANTED)
    assert reference(policy, granted) == {
        "decision": "allow", "reason": "allowed", "rules": ["r"], "obligations": ["aggregate"],
        "retention": {"rule": "k", "duration": "P1Y", "minimum": None, "criteria": "",
                      "trigger": "collection", "custom_event": "", "period_start": "event",
                      "financial_year_start": None, "disposition": "delete",
                      "dispositions": [], "legal_hold": False, "legal_hold_reason": ""},
    }
    assert reference(policy, Request("user.email", "ads"))["reason"] == "consent_missing"
    assert reference(policy, Request("userx", "ads"))["reason"] == "no_rule"


# -- explicit properties ------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(request=requests())
def test_default_deny(request: Request) -> None:
    policy = Policy(policy=Metadata(id="p"), purposes=[Purpose(id="a", consent="none")])
    assert DecisionEngine(policy).decide(request).to_dict() == {
        "decision": "deny", "reason": "no_rule", "rules": [], "obligations": [], "retention": None,
    }


@settings(max_examples=100, deadline=None)
@given(data=st.data(), policy=policies())
def test_adding_a_deny_rule_never_allows(data: st.DataObject, policy: Policy) -> None:
    request = data.draw(requests_for(policy))
    before = DecisionEngine(policy).decide(request)
    extra = data.draw(use_rule("extra_deny", Effect.DENY))
    position = data.draw(st.integers(0, len(policy.rules)))
    policy.rules.insert(position, extra)
    after = DecisionEngine(policy).decide(request)
    if not before.allowed:
        assert not after.allowed
    if after.allowed:
        assert after == before


@settings(max_examples=100, deadline=None)
@given(data=st.data(), policy=policies())
def test_adding_an_allow_rule_never_denies(data: st.DataObject, policy: Policy) -> None:
    request = data.draw(requests_for(policy))
    before = DecisionEngine(policy).decide(request)
    extra = data.draw(use_rule("extra_allow", Effect.ALLOW))
    position = data.draw(st.integers(0, len(policy.rules)))
    policy.rules.insert(position, extra)
    after = DecisionEngine(policy).decide(request)
    if before.allowed:
        assert after.allowed
        assert set(before.obligations) <= set(after.obligations)
        assert set(before.rules) <= set(after.rules)
        assert after.retention == before.retention  # retention does not depend on use rules
    if before.reason == "denied_by_rule":
        assert after.reason == "denied_by_rule"


def one_rule_policy(**rule: Any) -> Policy:
    base: dict[str, Any] = {"id": "r", "categories": ["a"], "purposes": ["p"]}
    base.update(rule)
    return Policy(policy=Metadata(id="pol"), purposes=[Purpose(id="p", consent="none")],
                  rules=[UseRule(**base)])


@pytest.mark.parametrize(
    ("category", "purpose", "allowed"),
    [
        ("a", "p", True),
        ("a.b", "p", True),
        ("a.b.c", "p.q.r", True),
        ("ab", "p", False),  # a shared prefix is not descent
        ("b.a", "p", False),
        ("a.b.c", "pq", False),
    ],
)
def test_hierarchy_coverage(category: str, purpose: str, allowed: bool) -> None:
    answer = decide(one_rule_policy(), Request(category, purpose))
    assert answer.allowed is allowed
    assert answer.reason == ("allowed" if allowed else "no_rule")


def test_rule_limited_to_subjects_needs_a_subject() -> None:
    policy = one_rule_policy(subjects=["customer"])
    assert decide(policy, Request("a", "p")).reason == "no_rule"
    assert decide(policy, Request("a", "p", subject="customer")).allowed
    assert decide(policy, Request("a", "p", subject="customer.minor")).allowed
    assert decide(policy, Request("a", "p", subject="staff")).reason == "no_rule"


def test_rule_limited_to_recipients_and_regions() -> None:
    policy = one_rule_policy(recipients=["partner"], regions=["eu"])
    assert decide(policy, Request("a", "p", recipient="partner", region="eu")).allowed
    assert decide(policy, Request("a", "p", recipient="partner.fr", region="eu")).allowed
    assert not decide(policy, Request("a", "p", recipient="partner")).allowed
    assert not decide(policy, Request("a", "p", region="eu")).allowed
    # Regions match by equality only, not by descent.
    assert not decide(policy, Request("a", "p", recipient="partner", region="eu.de")).allowed


def test_unconstrained_rule_covers_any_subject_recipient_region() -> None:
    policy = one_rule_policy(recipients=["*"])
    assert decide(policy, Request("a", "p", "anyone", "anybody", "anywhere")).allowed
    assert decide(policy, Request("a", "p")).allowed
    internal_only = one_rule_policy()  # format 2: no recipients is internal use only
    assert not decide(internal_only, Request("a", "p", "anyone", "anybody", "anywhere")).allowed
    assert decide(internal_only, Request("a", "p", "anyone", None, "anywhere")).allowed
    format_1 = one_rule_policy().model_copy(update={"format_version": 1})
    assert decide(format_1, Request("a", "p", "anyone", "anybody", "anywhere")).allowed


def test_rule_without_categories_or_purposes_covers_nothing() -> None:
    assert decide(one_rule_policy(categories=[]), Request("a", "p")).reason == "no_rule"
    assert decide(one_rule_policy(purposes=[]), Request("a", "p")).reason == "no_rule"


@pytest.mark.parametrize(
    ("mechanism", "consent", "reason"),
    [
        ("opt_in", "granted", "allowed"),
        ("opt_in", "unknown", "consent_missing"),
        ("opt_in", "denied", "consent_missing"),
        ("opt_out", "granted", "allowed"),
        ("opt_out", "unknown", "allowed"),
        ("opt_out", "denied", "opted_out"),
        ("none", "granted", "allowed"),
        ("none", "unknown", "allowed"),
        ("none", "denied", "allowed"),
    ],
)
def test_consent_mechanisms(mechanism: str, consent: str, reason: str) -> None:
    policy = Policy(
        policy=Metadata(id="pol"),
        purposes=[Purpose(id="p", consent=mechanism)],
        rules=[UseRule(id="r", categories=["a"], purposes=["p"], obligations=["encrypt"])],
    )
    answer = decide(policy, Request("a", "p", consent=ConsentState(consent)))
    assert answer.reason == reason
    assert answer.allowed is (reason == "allowed")
    assert answer.rules == ("r",)  # the allow rule is named either way
    assert answer.obligations == (("encrypt",) if reason == "allowed" else ())


def test_consent_comes_from_the_nearest_declared_purpose() -> None:
    policy = Policy(
        policy=Metadata(id="pol"),
        purposes=[Purpose(id="m", consent="opt_out"), Purpose(id="m.news", consent="none")],
        rules=[UseRule(id="r", categories=["a"], purposes=["m", "u"])],
    )
    engine = DecisionEngine(policy)
    denied = ConsentState.DENIED
    assert engine.decide(Request("a", "m.news.weekly", consent=denied)).allowed  # none
    assert engine.decide(Request("a", "m.other", consent=denied)).reason == "opted_out"
    # An undeclared purpose counts as opt-in.
    assert engine.mechanism("u.x") is ConsentMechanism.OPT_IN
    assert engine.decide(Request("a", "u.x")).reason == "consent_missing"
    assert engine.decide(Request("a", "u.x", consent=ConsentState.GRANTED)).allowed


def test_deny_names_only_deny_rules_and_wins_over_allow() -> None:
    policy = Policy(
        policy=Metadata(id="pol"),
        purposes=[Purpose(id="p", consent="none")],
        rules=[
            UseRule(id="z_allow", categories=["a"], purposes=["p"]),
            UseRule(id="b_deny", effect="deny", categories=["a.b"], purposes=["p"]),
            UseRule(id="a_deny", effect="deny", categories=["a"], purposes=["p.q"]),
        ],
    )
    answer = decide(policy, Request("a.b.c", "p.q"))
    assert answer.to_dict()["rules"] == ["a_deny", "b_deny"]
    assert answer.reason == "denied_by_rule"
    assert answer.retention is None
    assert decide(policy, Request("a.c", "p")).rules == ("z_allow",)


def test_retention_choice() -> None:
    policy = Policy(
        policy=Metadata(id="pol"),
        purposes=[Purpose(id="p", consent="none")],
        rules=[UseRule(id="r", categories=["user"], purposes=["p"])],
        retention=[
            RetentionRule(id="general", categories=["user"], duration="P1Y"),
            RetentionRule(id="email_long", categories=["user.email"], duration="P10Y"),
            RetentionRule(id="email_p", categories=["user.email"], purposes=["p"],
                          duration="P2Y"),
            RetentionRule(id="email_pq", categories=["user.email"], purposes=["p.q"],
                          duration="P3Y"),
            RetentionRule(id="email_other", categories=["user.email.work"],
                          purposes=["other"], duration="P1D"),
            RetentionRule(id="phone_a", categories=["user.phone"], duration="P12M"),
            RetentionRule(id="phone_b", categories=["user.phone"], duration="P1Y"),
            RetentionRule(id="phone_short", categories=["user.phone"], duration="P6M",
                          purposes=["p"]),
        ],
    )
    engine = DecisionEngine(policy)

    def kept_by(category: str, purpose: str) -> str | None:
        retention = engine.decide(Request(category, purpose)).retention
        return retention.rule if retention else None

    assert kept_by("user.name", "p") == "general"  # only the parent rule matches
    assert kept_by("user.email", "p") == "email_p"  # purpose-specific beats agnostic
    assert kept_by("user.email", "p.q.r") == "email_pq"  # deeper purpose beats shallower
    assert kept_by("user.email.work", "p") == "email_p"  # rules for other purposes don't apply
    assert kept_by("user.phone", "p.z") == "phone_short"
    phone = RetentionRule(id="phone_c", categories=["user.phone"], duration="P1Y")
    policy.retention = [r for r in policy.retention if r.id != "phone_short"] + [phone]
    engine = DecisionEngine(policy)
    assert kept_by("user.phone", "p") == "phone_a"  # P12M == P1Y: the first in the file


def test_request_from_dict() -> None:
    request = Request.from_dict(
        {"category": "a", "purpose": "p", "subject": "", "region": "eu", "consent": "granted"}
    )
    assert request == Request("a", "p", None, None, "eu", ConsentState.GRANTED)
    assert Request.from_dict({"category": "a", "purpose": "p"}).consent is ConsentState.UNKNOWN
    with pytest.raises(ValueError):
        Request.from_dict({"category": "a", "purpose": "p", "consent": "maybe"})
