"""The README's "Decision semantics", case by case, in decide and in the OPA and Cedar exports.

Each case spells out the answer the README promises, checks ``decide`` gives it, and checks
both exported engines give the same answers on every consent state.
"""

from __future__ import annotations

from itertools import product

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Metadata, Policy, Purpose, RetentionRule, UseRule

pytest.importorskip("regorus")
pytest.importorskip("cedarpy", reason="cedarpy (the Cedar engine) is not installed")

from tests.exporters import test_cedar, test_opa  # after the engines are known

GRANTED, DENIED, UNKNOWN = ConsentState.GRANTED, ConsentState.DENIED, ConsentState.UNKNOWN


def both_engines_agree(policy: Policy, asked: list[Request]) -> None:
    test_opa.assert_equal_answers(policy, asked)
    test_cedar.assert_equal_answers(policy, asked)


def mixed() -> Policy:
    """Rules on a parent and on children whose consent mechanisms differ."""
    return Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="marketing", consent="opt_in"),
                  Purpose(id="marketing.email", consent="opt_out"),
                  Purpose(id="marketing.post", consent="none")],
        rules=[UseRule(id="m_all", categories=["contact"], purposes=["marketing"],
                       obligations=["minimise"]),
               UseRule(id="m_email", categories=["contact.email"], purposes=["marketing.email"],
                       obligations=["encrypt"]),
               UseRule(id="any_use", categories=["contact"], purposes=["undeclared"])],
    )


@pytest.mark.parametrize(("purpose", "consent", "reason"), [
    # The requested purpose's nearest declared ancestor-or-self decides, whatever the rules.
    ("marketing", UNKNOWN, "consent_missing"),
    ("marketing", DENIED, "consent_missing"),  # opt-in: a refusal is "consent missing" too
    ("marketing.email", UNKNOWN, "allowed"),
    ("marketing.email", DENIED, "opted_out"),
    ("marketing.email.weekly", DENIED, "opted_out"),  # undeclared: follows marketing.email
    ("marketing.post", DENIED, "allowed"),  # none: weaker than its opt-in parent
    ("marketing.other", UNKNOWN, "consent_missing"),  # follows marketing (opt-in)
    ("undeclared", UNKNOWN, "consent_missing"),  # nothing declared above: opt-in
    ("undeclared", GRANTED, "allowed"),
])
def test_consent_follows_the_requested_purpose(purpose: str, consent: ConsentState,
                                               reason: str) -> None:
    answer = DecisionEngine(mixed()).decide(Request("contact.email", purpose, consent=consent))
    assert answer.reason == reason


def test_rules_and_obligations_an_answer_lists() -> None:
    engine = DecisionEngine(mixed())
    # Allowed: every covering allow rule (sorted by id) and the union of their obligations.
    allowed = engine.decide(Request("contact.email", "marketing.email", consent=GRANTED))
    assert (allowed.rules, allowed.obligations) == (("m_all", "m_email"), ("encrypt", "minimise"))
    # Denied for consent: the covering allow rules, no obligations, no retention.
    refused = engine.decide(Request("contact.email", "marketing.email", consent=DENIED))
    assert (refused.rules, refused.obligations, refused.retention) == (("m_all", "m_email"), (),
                                                                       None)


def test_mixed_mechanisms_in_both_exports() -> None:
    policy = mixed()
    purposes = ["marketing", "marketing.email", "marketing.email.weekly", "marketing.post",
                "marketing.other", "undeclared", "undeclared.child"]
    asked = [Request(category, purpose, consent=consent)
             for category, purpose, consent in product(["contact", "contact.email"], purposes,
                                                        list(ConsentState))]
    reasons = {DecisionEngine(policy).decide(r).reason for r in asked}
    assert reasons == {"allowed", "consent_missing", "opted_out"}
    both_engines_agree(policy, asked)


def test_child_weaker_than_parent_in_both_exports() -> None:
    """A rule on an opt-in parent allows its no-consent child to someone who refused (LEG012
    warns about exactly this)."""
    policy = Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="ads", consent="opt_in"), Purpose(id="ads.contextual", consent="none"),
                  Purpose(id="ads.retarget", consent="opt_out")],
        rules=[UseRule(id="ads_rule", categories=["web"], purposes=["ads"])],
    )
    engine = DecisionEngine(policy)
    assert engine.decide(Request("web", "ads", consent=DENIED)).reason == "consent_missing"
    assert engine.decide(Request("web", "ads.contextual", consent=DENIED)).allowed
    assert engine.decide(Request("web", "ads.retarget", consent=UNKNOWN)).allowed
    asked = [Request("web", purpose, consent=consent)
             for purpose, consent in product(["ads", "ads.contextual", "ads.retarget",
                                               "ads.contextual.x"], list(ConsentState))]
    both_engines_agree(policy, asked)


def test_deny_wins_and_lists_only_deny_rules() -> None:
    policy = Policy(
        policy=Metadata(id="p"), purposes=[Purpose(id="ads", consent="none")],
        rules=[UseRule(id="b_allow", categories=["external"], purposes=["ads"]),
               UseRule(id="a_deny", effect="deny", categories=["external.health"],
                       purposes=["ads"], obligations=["encrypt"])],
    )
    answer = DecisionEngine(policy).decide(Request("external.health.x", "ads"))
    assert (answer.reason, answer.rules, answer.obligations) == ("denied_by_rule", ("a_deny",),
                                                                 ())
    both_engines_agree(policy, [Request(c, "ads", consent=s) for c in
                                ("external", "external.health", "external.health.x")
                                for s in ConsentState])


def test_retention_ranking() -> None:
    """Deepest category, then deepest purpose (any-purpose counts as 0), then the shortest,
    then file order."""
    def keep(rule_id: str, categories: list[str], duration: str,
             purposes: list[str] | None = None) -> RetentionRule:
        return RetentionRule(id=rule_id, categories=categories, purposes=purposes or [],
                             duration=duration)

    rules = [UseRule(id="r", categories=["a"], purposes=["p"])]
    purposes = [Purpose(id="p", consent="none")]

    def kept(*retention: RetentionRule, category: str = "a.b", purpose: str = "p.q") -> str:
        policy = Policy(policy=Metadata(id="p"), purposes=purposes, rules=rules,
                        retention=list(retention))
        info = DecisionEngine(policy).decide(Request(category, purpose)).retention
        assert info is not None
        return info.rule

    assert kept(keep("short_parent", ["a"], "P1D"), keep("long_child", ["a.b"], "P9Y")) \
        == "long_child"
    assert kept(keep("any", ["a.b"], "P1D"), keep("for_p", ["a.b"], "P9Y", ["p"]),
                keep("for_pq", ["a.b"], "P10Y", ["p.q"])) == "for_pq"
    assert kept(keep("other_purpose", ["a.b"], "P1D", ["z"]), keep("any", ["a.b"], "P2Y")) \
        == "any"
    assert kept(keep("long", ["a.b"], "P2Y"), keep("short", ["a.b"], "P1Y")) == "short"
    assert kept(keep("first", ["a.b"], "P1Y"), keep("second", ["a.b"], "P12M")) == "first"


def test_the_readme_example() -> None:
    """The example table under "Decision semantics" in the README, row by row."""
    policy = Policy(
        policy=Metadata(id="p"),
        purposes=[Purpose(id="marketing", consent="opt_in"),
                  Purpose(id="marketing.email", consent="opt_out")],
        rules=[UseRule(id="m_all", categories=["contact"], purposes=["marketing"],
                       obligations=["minimise"]),
               UseRule(id="m_email", categories=["contact.email"], purposes=["marketing.email"],
                       obligations=["encrypt"]),
               UseRule(id="no_health", effect="deny", categories=["contact.health"],
                       purposes=["marketing"])],
    )
    rows = [
        (Request("contact.email", "marketing.email"), "allowed", ("m_all", "m_email"),
         ("encrypt", "minimise")),
        (Request("contact.email", "marketing.email.weekly", consent=DENIED), "opted_out",
         ("m_all", "m_email"), ()),
        (Request("contact.phone", "marketing", consent=DENIED), "consent_missing", ("m_all",),
         ()),
        (Request("contact.health", "marketing", consent=GRANTED), "denied_by_rule",
         ("no_health",), ()),
        (Request("account.id", "marketing", consent=GRANTED), "no_rule", (), ()),
    ]
    engine = DecisionEngine(policy)
    for request, reason, rules, obligations in rows:
        answer = engine.decide(request)
        assert (answer.reason, answer.rules, answer.obligations) == (reason, rules, obligations)
    both_engines_agree(policy, [row[0] for row in rows])
