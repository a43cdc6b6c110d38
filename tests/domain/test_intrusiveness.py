"""The intrusiveness review: explainable scores, bands from the weights file, named tactics."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
import yaml

from app.domain.intrusiveness import BANDS, Scorer, Weights, review
from app.domain.models import (
    DataCategory,
    DataSubject,
    Metadata,
    Policy,
    Purpose,
    Recipient,
    UseRule,
)
from app.storage.resources import WEIGHTS_FILE, default_weights

TACTIC_BROWSING = "advertising or profiling from browsing history"
TACTIC_LOCATION = "location tracking for marketing"
TACTIC_SENSITIVE = "sensitive data used for targeting"


@pytest.fixture(scope="module")
def weights() -> Weights:
    return default_weights()


@pytest.fixture(scope="module")
def raw_weights() -> dict:
    """The weights file read independently of the code under test."""
    return yaml.safe_load(WEIGHTS_FILE.read_text(encoding="utf-8"))


def make_policy() -> Policy:
    return Policy(
        policy=Metadata(id="p"),
        categories=[
            DataCategory(id="contact.email", sensitivity="personal", tags=["contact"]),
            DataCategory(id="web.history", sensitivity="personal", tags=["browsing"]),
            DataCategory(id="geo", sensitivity="personal", tags=["precise_location", "device"]),
            DataCategory(id="health", sensitivity="special_category", tags=["health"]),
            DataCategory(id="face", sensitivity="special_category",
                         tags=["biometric", "health", "genetic", "browsing", "location"]),
        ],
        subjects=[
            DataSubject(id="customer"),
            DataSubject(id="patient", vulnerable=True),
            DataSubject(id="child", children=True, vulnerable=True),
        ],
        recipients=[
            Recipient(id="crm", kind="processor"),
            Recipient(id="adnet", kind="third_party"),
            Recipient(id="team", kind="internal"),
        ],
        purposes=[
            Purpose(id="service", kind="essential", consent="none"),
            Purpose(id="ads", kind="advertising", consent="opt_out"),
            Purpose(id="ads_consented", kind="advertising", consent="opt_in"),
            Purpose(id="news", kind="marketing", consent="opt_in"),
            Purpose(id="recs", kind="personalisation", consent="opt_out"),
            Purpose(id="sale", kind="sale_or_sharing", consent="opt_out"),
        ],
        rules=[
            UseRule(id="r_service", categories=["contact"], purposes=["service"]),
            UseRule(id="r_ads", categories=["web"], purposes=["ads"], subjects=["customer"],
                    recipients=["adnet"], obligations=["pseudonymise"]),
            UseRule(id="r_never", effect="deny", categories=["health"], purposes=["ads"]),
        ],
    )


def labels(score) -> list[str]:  # type: ignore[no-untyped-def]
    return [factor.label for factor in score.factors]


def test_weights_file_is_what_the_scorer_uses(weights: Weights, raw_weights: dict) -> None:
    assert weights.bands == raw_weights["bands"]
    assert weights.sensitivity == raw_weights["sensitivity"]
    assert [t["label"] for t in weights.tactics] == [t["label"] for t in raw_weights["tactics"]]


def test_factors_are_listed_with_their_points(weights: Weights) -> None:
    score = Scorer(make_policy(), default_weights()).score("web.history", "ads", "child", "adnet")
    points = {factor.label: factor.points for factor in score.factors}
    assert points == {
        "personal data": weights.sensitivity["personal"],
        "browsing data": weights.tags["browsing"],
        "advertising purpose": weights.purpose_kind["advertising"],
        "opt-out consent": weights.consent["opt_out"],
        TACTIC_BROWSING: next(t["points"] for t in weights.tactics
                              if t["label"] == TACTIC_BROWSING),
        "children": weights.subject["children"],
        "shared with third party": weights.recipient["third_party"],
    }
    assert score.value == pytest.approx(sum(points.values()))
    explained = score.explain()
    assert explained.startswith(f"{score.value:g} ({score.band}):")
    for label in points:
        assert label in explained


def test_vulnerable_subject_and_undeclared_items(weights: Weights) -> None:
    scorer = Scorer(make_policy(), default_weights())
    assert "vulnerable people" in labels(scorer.score("contact.email", "service", "patient"))
    assert "vulnerable people" not in labels(scorer.score("contact.email", "service", "customer"))
    # Undeclared ids contribute nothing rather than failing.
    bare = scorer.score("unknown", "unknown", "nobody", "noone")
    assert bare.factors == ()
    assert bare.value == 0
    assert bare.band == "low"
    # A child id borrows its nearest declared ancestor.
    assert labels(scorer.score("contact.email.work", "ads.web")) == labels(
        scorer.score("contact.email", "ads")
    )


def test_highest_tag_counts_fully_the_others_half(weights: Weights) -> None:
    score = Scorer(make_policy(), default_weights()).score("geo", "service")
    points = {factor.label: factor.points for factor in score.factors}
    assert points["precise location data"] == weights.tags["precise_location"]
    assert points["device data"] == weights.tags["device"] / 2


def test_band_thresholds_come_from_the_weights_file(weights: Weights, raw_weights: dict) -> None:
    thresholds = raw_weights["bands"]
    assert list(thresholds) == list(BANDS)
    for lower, name in itertools.pairwise(BANDS):
        start = thresholds[name]
        assert weights.band(start) == name
        assert weights.band(start - 0.1) == lower
    assert weights.band(0) == "low"
    assert weights.band(100) == "critical"


def test_band_follows_tuned_weights(weights: Weights) -> None:
    strict = replace(weights, bands={"low": 0, "medium": 5, "high": 10, "critical": 20})
    scorer = Scorer(make_policy(), strict)
    score = scorer.score("contact.email", "ads")  # personal 5 + contact 3 + ads 25 + opt-out 5
    assert score.value == 38
    assert score.band == "critical"
    assert Scorer(make_policy(), weights).score("contact.email", "ads").band == "medium"


@pytest.mark.parametrize("obligation", ["anonymise", "aggregate", "pseudonymise", "minimise",
                                        "encrypt", "notify"])
def test_each_obligation_lowers_the_score(weights: Weights, obligation: str) -> None:
    scorer = Scorer(make_policy(), default_weights())
    plain = scorer.score("web.history", "ads", "customer", "adnet")
    safer = scorer.score("web.history", "ads", "customer", "adnet", (obligation,))
    assert safer.value < plain.value
    assert safer.value == pytest.approx(plain.value + weights.obligations[obligation])
    assert f"{obligation} obligation" in labels(safer)
    # Repeating an obligation does not count it twice.
    twice = scorer.score("web.history", "ads", "customer", "adnet", (obligation, obligation))
    assert twice.value == safer.value


@pytest.mark.parametrize(
    ("category", "purpose", "tactic"),
    [
        ("web.history", "ads", TACTIC_BROWSING),
        ("web.history", "sale", TACTIC_BROWSING),
        ("geo", "news", TACTIC_LOCATION),
        ("health", "recs", TACTIC_SENSITIVE),
        ("health", "ads", TACTIC_SENSITIVE),
    ],
)
def test_tactics_appear_by_label(category: str, purpose: str, tactic: str) -> None:
    assert tactic in labels(Scorer(make_policy(), default_weights()).score(category, purpose))


@pytest.mark.parametrize(
    ("category", "purpose"),
    [("web.history", "service"), ("geo", "recs"), ("health", "service"),
     ("contact.email", "ads")],
)
def test_no_tactic_where_the_combination_is_harmless(category: str, purpose: str) -> None:
    found = labels(Scorer(make_policy(), default_weights()).score(category, purpose))
    assert not {TACTIC_BROWSING, TACTIC_LOCATION, TACTIC_SENSITIVE} & set(found)


def test_scores_clamp_to_0_100() -> None:
    scorer = Scorer(make_policy(), default_weights())
    worst = scorer.score("face", "sale", "child", "adnet")
    assert sum(f.points for f in worst.factors) > 100
    assert worst.value == 100
    assert worst.band == "critical"
    everything = ("anonymise", "aggregate", "pseudonymise", "minimise", "encrypt", "notify")
    best = scorer.score("contact.email", "ads_consented", "customer", "team", everything)
    assert sum(f.points for f in best.factors) < 0
    assert best.value == 0
    assert best.band == "low"


def test_review_lists_allowed_uses_most_intrusive_first() -> None:
    uses = review(make_policy(), default_weights())
    combos = {(u.rule, u.category, u.purpose, u.subject, u.recipient) for u in uses}
    assert combos == {
        ("r_service", "contact.email", "service", None, None),
        ("r_ads", "web.history", "ads", "customer", "adnet"),
    }
    assert [u.score.value for u in uses] == sorted((u.score.value for u in uses), reverse=True)
    ads = next(u for u in uses if u.rule == "r_ads")
    assert "pseudonymise obligation" in labels(ads.score)
    assert all(u.rule != "r_never" for u in uses)  # deny rules are not uses
