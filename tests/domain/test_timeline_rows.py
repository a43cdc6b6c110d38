"""The retention timeline's rows (Qt-free): the shared retention semantics, and the scale."""

from __future__ import annotations

import itertools

import pytest

from app.domain import timeline as rows
from app.domain.models import Policy
from app.storage.loader import load_bytes

DIAGRAM_POLICY = b"""\
format_version: 1
policy:
  id: diagram_test
  jurisdictions: [eu_gdpr]
  establishment: DE
categories:
  - id: contact
    name: Contact details
  - id: contact.email
    name: Email address
  - id: health
    name: Health information
    sensitivity: special_category
  - id: location
    name: Location
  - id: unused
    name: Unused data
purposes:
  - id: newsletter
    name: Newsletter
    consent: opt_in
  - id: support
    name: Customer support
  - id: ads
    name: Advertising
recipients:
  - id: mailer
    name: Mailer Inc.
    kind: processor
    country: US
  - id: partner
    name: Partner GmbH
    kind: third_party
    country: DE
rules:
  - id: email_use
    categories: [contact.email]
    purposes: [newsletter, support]
    recipients: [mailer]
  - id: health_support
    categories: [health]
    purposes: [support]
    recipients: [partner]
  - id: location_ads
    categories: [location]
    purposes: [ads]
retention:
  - id: keep_email
    categories: [contact.email]
    duration: P2Y
    trigger: contract_end
  - id: newsletter_email
    categories: [contact.email]
    purposes: [newsletter]
    duration: P30D
    trigger: consent_withdrawal
  - id: location_short
    categories: [location]
    duration: P6M
    disposition: anonymise
  - id: location_long
    categories: [location]
    duration: P1Y
"""


def diagram_policy() -> Policy:
    """The policy the timeline and flow tests draw."""
    return load_bytes(DIAGRAM_POLICY, "diagram.policy.yaml").policy


def test_rows_follow_the_shared_retention_semantics() -> None:
    found = {r.category.id: r for r in rows.build_rows(diagram_policy())}
    assert list(found) == ["contact", "contact.email", "health", "location", "unused"]
    assert found["contact.email"].level == 1
    email = {b.rule.id: b for b in found["contact.email"].bars}
    assert email["newsletter_email"].purposes == ["newsletter"]
    assert email["keep_email"].purposes == ["support"]
    assert email["keep_email"].text() == "other uses: 2 years from the end of the contract → delete"
    assert found["health"].gaps == ["support"] and not found["health"].bars
    (location,) = found["location"].bars
    assert location.rule.id == "location_short" and location.ties == ["location_long"]
    assert "Ambiguous" in location.describe("location")
    assert not found["unused"].used and not found["unused"].bars


def test_scale_is_ordered_with_evenly_spaced_ticks() -> None:
    spots = [rows.position(days) for days, _ in rows.TICKS]
    gaps = {round(b - a, 6) for a, b in itertools.pairwise(spots)}
    assert len(gaps) == 1
    assert rows.position(0) == 0 and rows.position(float("inf")) == 1
    assert rows.position(3) < rows.position(14) < rows.position(400)


def test_schedule_bars_show_minimum_maximum_year_end_and_criteria_as_text() -> None:
    from app.domain.retention import length_key
    from app.domain.timeline import YEAR
    from tests.retention_schedule_policy import parish_policy

    bars = {bar.rule.id: bar for row in rows.build_rows(parish_policy()) for bar in row.bars}
    payroll, vat, accounts = bars["payroll"], bars["vat_records"], bars["accounts"]
    assert payroll.minimum == pytest.approx(6 * YEAR)
    assert payroll.maximum == pytest.approx(7 * YEAR)
    assert payroll.year_end == YEAR and vat.year_end == YEAR
    assert bars["insurance"].year_end == 0
    assert accounts.maximum is None and accounts.criteria == "for the life of the account"
    assert accounts.text() == "“for the life of the account” from account closure → " \
                              "delete or anonymise"
    assert vat.text() == "6 years from financial year end (1 April) after the end of the " \
                         "contract → delete or anonymise"
    assert "kept for the life of the account, counted from account closure" in \
        accounts.describe("residents.account")
    assert "under legal hold (statutory duty to keep)" in \
        bars["insurance"].describe("finance.insurance")
    # Criteria-only sorts after fixed periods, before indefinite.
    assert [b.rule.id for b in sorted(bars.values(), key=lambda b: length_key(b.rule))][-2:] == \
        ["accounts", "minutes"]


def test_bars_name_their_purposes_by_name() -> None:
    policy = diagram_policy()
    found = {r.category.id: r for r in rows.build_rows(policy)}
    email = {b.rule.id: b for b in found["contact.email"].bars}
    names = {p.id: p.name for p in policy.purposes}
    bar = email["newsletter_email"]
    assert bar.names == [names["newsletter"]]
    assert bar.text().startswith(f"{names['newsletter']}: ")
    assert "newsletter:" not in bar.text()
    assert f"when used for {names['newsletter']}" in bar.describe("Email address")
