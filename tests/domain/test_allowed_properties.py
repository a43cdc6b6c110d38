"""Allowed uses mean what ``decide`` means, on random policies with deny carve-outs.

Every use the review lists (and every pair the checks build on) is allowed by ``decide``, with
the same rules and obligations; every request ``decide`` allows has its use in the review.
"""

from __future__ import annotations

from itertools import product

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.allowed import AllowedUses
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState, Effect
from app.domain.intrusiveness import review
from app.domain.models import DataCategory, DataSubject, Metadata, Policy, Purpose, UseRule
from app.storage.resources import default_weights
from app.validation.checks._common import allowed_uses
from app.validation.context import Context
from tests.domain.test_decisions_properties import IDS, RECIPIENTS, REGIONS, SUBJECTS, use_rule

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def carve_outs(draw: st.DrawFn) -> Policy:
    """Random policies in which deny rules often remove part of what an allow rule allows."""
    categories = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6))
    purposes = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=5))
    subjects = draw(st.lists(st.sampled_from(SUBJECTS), unique=True, max_size=3))
    rules: list[UseRule] = []
    for n in range(draw(st.integers(1, 6))):
        rule = draw(use_rule(f"r{n}"))
        allows = [r for r in rules if r.effect == Effect.ALLOW and r.categories and r.purposes]
        if allows and draw(st.booleans()):
            # A carve-out: deny a narrower part of an earlier allow rule.
            base = draw(st.sampled_from(allows))
            narrower = draw(st.sampled_from(
                [base.categories[0], *(c for c in IDS if c.startswith(base.categories[0] + "."))]))
            rule = rule.model_copy(update={
                "effect": Effect.DENY, "categories": [narrower],
                "purposes": draw(st.sampled_from([base.purposes, rule.purposes or base.purposes])),
                "subjects": draw(st.sampled_from([[], rule.subjects])),
                "recipients": draw(st.sampled_from([[], rule.recipients])),
                "regions": draw(st.sampled_from([[], rule.regions])),
            })
        rules.append(rule)
    return Policy(
        policy=Metadata(id="p"),
        categories=[DataCategory(id=c) for c in categories],
        purposes=[Purpose(id=p, consent=draw(st.sampled_from(list(ConsentMechanism))))
                  for p in purposes],
        subjects=[DataSubject(id=s, children=draw(st.booleans())) for s in subjects],
        rules=rules,
    )


def domain(policy: Policy) -> tuple[list[str], list[str]]:
    """Categories and purposes the uses range over: the declared ones and the named ids that
    cover none of them."""
    found = []
    for section, field in (("categories", "categories"), ("purposes", "purposes")):
        declared = [item.id for item in getattr(policy, section)]
        named = {n for r in policy.rules for n in getattr(r, field)}
        odd = [n for n in sorted(named)
               if not any(d == n or d.startswith(n + ".") for d in declared)]
        found.append(declared + odd)
    return found[0], found[1]


@SETTINGS
@given(policy=carve_outs())
def test_every_listed_use_is_allowed_by_decide(policy: Policy) -> None:
    engine = DecisionEngine(policy)
    uses = review(policy, default_weights())
    assert len({(u.category, u.purpose, u.subject, u.recipient, u.region) for u in uses}) \
        == len(uses)
    for use in uses:
        request = Request(use.category, use.purpose, use.subject, use.recipient, use.region,
                          ConsentState.GRANTED)
        answer = engine.decide(request)
        assert answer.allowed, use
        assert (answer.rules, answer.obligations) == (use.rules, use.obligations)
        # The consent the use records is what decide applies to the other consent states.
        unknown = engine.decide(Request(use.category, use.purpose, use.subject, use.recipient,
                                        use.region, ConsentState.UNKNOWN))
        refused = engine.decide(Request(use.category, use.purpose, use.subject, use.recipient,
                                        use.region, ConsentState.DENIED))
        expected = {ConsentMechanism.OPT_IN: (False, False),
                    ConsentMechanism.OPT_OUT: (True, False),
                    ConsentMechanism.NONE: (True, True)}[use.consent]
        assert (unknown.allowed, refused.allowed) == expected, use


@SETTINGS
@given(policy=carve_outs(), data=st.data())
def test_every_allowed_request_has_its_use_in_the_review(policy: Policy,
                                                         data: st.DataObject) -> None:
    engine = DecisionEngine(policy)
    allowed = AllowedUses(policy, engine)
    listed = {(u.category, u.purpose, u.subject, u.recipient, u.region)
              for u in review(policy, default_weights())}
    categories = [c.id for c in policy.categories]  # every declared combination
    purposes = [p.id for p in policy.purposes]
    subjects = [None, *SUBJECTS, "s.kid.small"]
    recipients = [None, *RECIPIENTS, "x.y.w"]
    regions = [None, *REGIONS, "de"]
    others = data.draw(st.lists(st.tuples(st.sampled_from(subjects), st.sampled_from(recipients),
                                          st.sampled_from(regions)), min_size=4, max_size=8))
    named = [(s, r, g) for rule in policy.rules
             for s, r, g in product(rule.subjects or [None], rule.recipients or [None],
                                    rule.regions or [None])]
    for category, purpose in product(categories, purposes):
        for subject, recipient, region in [*others, *named]:
            request = Request(category, purpose, subject, recipient, region,
                              ConsentState.GRANTED)
            if engine.decide(request).allowed:
                key = allowed.represent(request)
                assert key in listed, (request, key)
                stands_for = Request(*key, consent=ConsentState.GRANTED)
                assert engine.decide(stands_for) == engine.decide(request)


@SETTINGS
@given(policy=carve_outs())
def test_what_the_checks_build_on_is_what_the_review_lists(policy: Policy) -> None:
    uses = review(policy, default_weights())
    by_pair: dict[tuple[str, str], set[str]] = {}
    for use in uses:
        by_pair.setdefault((use.category, use.purpose), set()).update(use.rules)
    ctx = Context(policy)
    table = ctx.allowed.table()
    pairs = {(c, p): {policy.rules[i].id for i in rules}
             for c, row in table.items() for p, rules in row.items()}
    assert pairs == by_pair
    assert ctx.allowed_categories == {c for c, _ in by_pair}
    assert ctx.allowed_purposes == {p for _, p in by_pair}
    # The helper behind LEG002, LEG006, INT001-INT003, INT011 and INT012.
    categories, purposes = domain(policy)
    for index, rule, cats, purps in allowed_uses(ctx, set(categories), set(purposes)):
        assert policy.rules[index] is rule
        assert rule.effect == Effect.ALLOW
        assert all(any(rule.id in by_pair.get((c, p), ()) for p in purps) for c in cats)
        assert all(any(rule.id in by_pair.get((c, p), ()) for c in cats) for p in purps)


@SETTINGS
@given(policy=carve_outs(), field=st.sampled_from(["subjects", "recipients"]),
       value=st.sampled_from([*SUBJECTS, *RECIPIENTS, "q", "x.y.w"]),
       version=st.sampled_from([1, 2]))
def test_reaches_says_whether_decide_allows_some_request_with_that_value(
        policy: Policy, field: str, value: str, version: int) -> None:
    """The DPIA screening asks ``reaches``; it must agree with asking ``decide`` everything
    (in both formats: they read recipients differently)."""
    policy = policy.model_copy(update={"format_version": version})
    engine = DecisionEngine(policy)
    allowed = AllowedUses(policy, engine)
    categories, purposes = domain(policy)
    others = {"subjects": [None, *SUBJECTS], "recipients": [None, "*", *RECIPIENTS],
              "regions": [None, *REGIONS]}
    others[field] = [value]
    for category, purpose in product(categories, purposes):
        expected = any(engine.decide(Request(category, purpose, s, r, g, ConsentState.GRANTED),
                                     with_retention=False).allowed
                       for s, r, g in product(*others.values()))
        assert allowed.reaches(category, purpose, field, value) == expected
