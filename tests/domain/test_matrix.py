"""The use matrix's cells and axes (Qt-free): every decision kind, agreement with the decision
engine, filters, folding."""

from __future__ import annotations

from app.domain import matrix as c
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.matrix_axis import Axis
from app.domain.models import Policy
from app.storage.loader import load_bytes
from app.storage.resources import default_weights

MATRIX_POLICY = b"""\
format_version: 1
policy:
  id: matrix_test
categories:
  - {id: contact, name: Contact details}
  - {id: contact.email, name: Email address, tags: [contact, identifier]}
  - {id: contact.phone, name: Phone number}
  - {id: location.precise, name: Precise location, tags: [precise_location]}
subjects:
  - {id: customer, name: Customers}
  - {id: child, name: Children, children: true}
recipients:
  - {id: adnet, name: Ad network, kind: third_party}
purposes:
  - {id: marketing, name: Marketing, kind: marketing}
  - {id: marketing.newsletter, name: Newsletter, kind: marketing, consent: opt_in}
  - {id: analytics, name: Analytics, kind: analytics, consent: opt_out}
  - {id: support, name: Support, kind: essential}
rules:
  - {id: newsletter_email, categories: [contact.email], purposes: [marketing.newsletter]}
  - {id: analytics_contact, categories: [contact], purposes: [analytics]}
  - {id: support_all, categories: [contact], purposes: [support], obligations: [encrypt]}
  - {id: no_location_ads, effect: deny, categories: [location], purposes: [marketing]}
  - {id: eu_phone_marketing, categories: [contact.phone], purposes: [marketing], regions: [eu]}
  - {id: customer_location, categories: [location.precise], purposes: [support],
     subjects: [customer]}
"""


def matrix_policy() -> Policy:
    return load_bytes(MATRIX_POLICY, "matrix.policy.yaml").policy


def test_each_decision_kind_has_its_own_cell_state() -> None:
    cells = c.Evaluator(matrix_policy(), default_weights())
    assert cells.pair("contact.email", "marketing.newsletter").state == c.WITH_CONSENT
    assert cells.pair("contact.email", "analytics").state == c.UNLESS_OPTED_OUT
    assert cells.pair("contact.email", "support").state == c.ALLOWED
    assert cells.pair("location.precise", "marketing").state == c.DENIED
    assert cells.pair("contact", "marketing").state == c.NO_RULE
    cells.set_filters(c.Filters(consent="denied"))
    assert cells.pair("contact.email", "marketing.newsletter").state == c.CONSENT_MISSING
    assert cells.pair("contact.email", "analytics").state == c.OPTED_OUT


def test_cells_agree_with_the_decision_engine() -> None:
    policy = matrix_policy()
    engine = DecisionEngine(policy)
    cells = c.Evaluator(policy, default_weights(),
                        c.Filters(subject=None, recipient=None, consent="unknown"))
    for category in policy.categories:
        for purpose in policy.purposes:
            expected = engine.decide(Request(category.id, purpose.id,
                                             consent=ConsentState.UNKNOWN))
            assert cells.pair(category.id, purpose.id).decision == expected


def test_axis_folding_rules() -> None:
    axis = Axis(["a.b.c", "a", "d"], {"a": "A"})
    assert [e.id for e in axis.entries] == ["a", "a.b", "a.b.c", "d"]
    assert axis.group_of("a.b.c") == "a.b" and axis.group_of("d") is None
    assert axis.set_collapsed("a", True) and not axis.set_collapsed("a", True)
    assert not axis.set_collapsed("d", True)
    assert [e.id for e in axis.entries] == ["a", "d"]
    assert set(axis.entries[0].members) == {"a", "a.b.c"} and axis.label("a") == "A"
    assert axis.position("a.b.c") == 0 and axis.label("a.b") == "b"
