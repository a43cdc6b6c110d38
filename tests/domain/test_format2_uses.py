"""Allowed uses, scores and the flow map under format 2: internal use, any recipient, regions."""

from __future__ import annotations

from app.domain.allowed import AllowedUses
from app.domain.decisions import Request
from app.domain.enums import ConsentState
from app.domain.flow import RECIPIENTS, build_flow
from app.domain.intrusiveness import Scorer
from app.domain.models import Metadata, Policy, Purpose, Recipient, UseRule
from app.storage.resources import default_weights, region_catalogue

POLICY = Policy(
    policy=Metadata(id="p"),
    recipients=[Recipient(id="staff", kind="internal"), Recipient(id="ads", kind="third_party"),
                Recipient(id="mailer", kind="processor")],
    purposes=[Purpose(id="news", consent="none"), Purpose(id="promo", consent="none")],
    rules=[UseRule(id="inside", categories=["email"], purposes=["news"]),
           UseRule(id="anyone", categories=["email"], purposes=["promo"], recipients=["*"],
                   regions=["eea"])],
)


def test_uses_stand_for_internal_use_and_any_other_recipient() -> None:
    allowed = AllowedUses(POLICY, regions=region_catalogue())
    uses = {(u.purpose, u.recipient, u.region) for u in allowed.uses()}
    assert ("news", None, None) in uses and ("promo", "*", "eea") in uses
    assert ("news", "*", None) not in uses  # no disclosure is implied
    for recipient, region, stands in [("staff", None, (None, None)), ("ads", "de", ("*", "eea")),
                                      ("mailer", "FR-75C", ("*", "eea"))]:
        purpose = "news" if stands[1] is None else "promo"
        request = Request("email", purpose, None, recipient, region, ConsentState.GRANTED)
        assert allowed.engine.decide(request).allowed
        assert allowed.represent(request)[3:] == stands


def test_any_recipient_scores_as_the_most_intrusive_kind() -> None:
    weights = default_weights()
    score = Scorer(POLICY, weights).score("email", "promo", recipient="*")
    assert any(f.label == "shared with any recipient" and f.points == max(
        weights.recipient.values()) for f in score.factors)


def test_flow_reaches_every_recipient_from_any_and_internal_ones_from_internal_only() -> None:
    flow = build_flow(POLICY, regions=region_catalogue())
    shown = {node.key[1] for node in flow.columns[RECIPIENTS]}
    assert shown == {"staff", "ads", "mailer"}
    news_to = {b[1] for (a, b) in flow.edges if a[1] == "news"}
    assert news_to == {"staff"}
