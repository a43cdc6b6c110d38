"""Each purpose's consent and GPC cells are exactly what ``decide`` answers for its uses."""

from __future__ import annotations

import random

import pytest

from app.domain.allowed import allowed_uses
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentMechanism, ConsentState
from app.domain.impact import CONSENTS
from app.domain.models import Policy
from app.domain.purpose_choices import PurposeChoice, cell_words, gpc_words, purpose_choices
from app.paths import RESOURCES
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue
from bench.generate import generate
from tests.consent_policy import consent_policy

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
SMALL_LARGE = {"categories": 400, "purposes": 40, "subjects": 8, "recipients": 12,
               "rules": 500, "retention": 40}


def with_gpc_everywhere(policy: Policy) -> Policy:
    """``policy`` with every second opt-out purpose honouring GPC."""
    purposes = [p.model_copy(update={"honours_gpc": i % 2 == 0})
                for i, p in enumerate(policy.purposes)]
    return policy.model_copy(update={"purposes": purposes})


def check_every_use(policy: Policy, uses: list, choices: list[PurposeChoice]) -> int:
    """Ask ``decide`` about ``uses`` in every consent state; each answer must equal the cell."""
    engine = DecisionEngine(policy, region_catalogue())
    by_id = {c.purpose: c for c in choices}
    checked = 0
    for use in uses:
        choice = by_id[use.purpose]
        for consent, gpc in CONSENTS:
            request = Request(use.category, use.purpose, use.subject, use.recipient, use.region,
                              consent, gpc)
            answer = engine.decide(request, with_retention=False)
            cell = choice.cell(consent, gpc)
            assert cell is not None, use
            assert (answer.decision, answer.reason) == (cell.decision.decision,
                                                        cell.decision.reason), (use, consent, gpc)
            checked += 1
    return checked


@pytest.mark.parametrize("policy", [consent_policy(), load_file(EXAMPLE).policy,
                                    with_gpc_everywhere(load_file(EXAMPLE).policy)],
                         ids=["consent", "example", "example-gpc"])
def test_every_cell_is_decide_for_every_allowed_use(policy: Policy) -> None:
    regions = region_catalogue()
    choices = purpose_choices(policy, regions)
    uses = allowed_uses(policy, regions=regions)
    assert check_every_use(policy, uses, choices) == len(uses) * len(CONSENTS) > 0
    with_use = {u.purpose for u in uses}
    assert {c.purpose for c in choices if c.cells} == with_use
    engine = DecisionEngine(policy, regions)
    for choice in choices:
        assert (choice.example is None) == (choice.purpose not in with_use)
        mine = [u for u in uses if u.purpose == choice.purpose]
        named = tuple(dict.fromkeys(u.recipient for u in mine))
        assert tuple(r for r in choice.recipients if r in named) == named
        for extra in set(choice.recipients) - set(named):  # declared, reached by descent or *
            assert extra in {r.id for r in policy.recipients}
            assert any(engine.decide(Request(u.category, u.purpose, u.subject, extra, u.region,
                                             ConsentState.GRANTED)).allowed for u in mine)


def test_a_purpose_nothing_allows_has_no_cells_and_decide_refuses_it_always() -> None:
    policy = consent_policy()
    blocked = next(c for c in purpose_choices(policy) if c.purpose == "blocked")
    assert blocked.cells == () and blocked.example is None and blocked.cell(
        ConsentState.GRANTED, False) is None
    assert cell_words(None) == "No use allowed"
    engine = DecisionEngine(policy)
    for category in ("contact", "contact.email", "browsing"):
        for consent, gpc in CONSENTS:
            assert not engine.decide(Request(category, "blocked", consent=consent,
                                             gpc=gpc)).allowed
    assert gpc_words(blocked).startswith("No use of this purpose is allowed")


def test_sampled_on_the_generated_policy() -> None:
    policy = with_gpc_everywhere(
        load_bytes(generate(seed=7, sizes=SMALL_LARGE).encode(), "large.policy.yaml").policy)
    regions = region_catalogue()
    choices = purpose_choices(policy, regions)
    uses = allowed_uses(policy, regions=regions)
    sample = random.Random(14).sample(uses, min(400, len(uses)))
    assert check_every_use(policy, sample, choices) == len(sample) * len(CONSENTS)
    mechanisms = {c.mechanism for c in choices if c.cells}
    assert mechanisms == set(ConsentMechanism)
    assert any(c.honours_gpc and c.mechanism is ConsentMechanism.OPT_OUT for c in choices)


def test_the_words_follow_the_cells() -> None:
    words = {c.purpose: (gpc_words(c), [cell_words(x) for x in c.cells])
             for c in purpose_choices(consent_policy())}
    assert words["ads"][0].startswith("An opt-out purpose that honours GPC: ")
    assert words["ads"][1] == ["Allowed", "Refused: opted out", "Allowed",
                               "Allowed", "Refused: opted out",
                               "Refused: GPC counts as opting out"]
    # the child purpose has its own mechanism and does not inherit its parent's GPC
    assert words["ads.partner"][0].startswith("An opt-out purpose that does not honour GPC")
    assert words["email"][0].startswith("An opt-out purpose that does not honour GPC")
    # honouring GPC on an opt-in purpose changes nothing decide says
    assert words["analytics"][0].startswith("Needs consent (opt-in)")
    assert words["analytics"][1].count("Allowed") == 2
    assert words["orders"][0].startswith("No consent needed")
    assert words["surveys"][0].startswith("Needs consent (opt-in)")


def test_undeclared_purposes_follow_the_declared_ones_and_count_as_opt_in() -> None:
    choices = purpose_choices(consent_policy())
    assert [c.purpose for c in choices] == ["ads", "ads.partner", "email", "analytics",
                                            "orders", "blocked", "surveys"]
    surveys = choices[-1]
    assert not surveys.declared and surveys.name == "surveys"
    assert surveys.mechanism is ConsentMechanism.OPT_IN


def test_the_fast_way_gives_the_same_examples_and_cells() -> None:
    policy = with_gpc_everywhere(
        load_bytes(generate(seed=7, sizes=SMALL_LARGE).encode(), "large.policy.yaml").policy)
    full = purpose_choices(policy)
    fast = purpose_choices(policy, with_recipients=False)
    assert [(c.purpose, c.example, c.cells) for c in full] == \
        [(c.purpose, c.example, c.cells) for c in fast]
    assert all(set(f.recipients) <= set(c.recipients) for c, f in zip(full, fast, strict=True))
    assert sum(map(len, (c.recipients for c in fast))) < sum(
        map(len, (c.recipients for c in full)))
