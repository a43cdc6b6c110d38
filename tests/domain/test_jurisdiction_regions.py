"""Jurisdictions name regions: where each regime applies and what it deems adequate."""

from __future__ import annotations

import pytest

from app.domain.jurisdictions import JurisdictionInfo, transfer_regimes
from app.domain.models import Metadata, Policy
from app.domain.regions import is_iso_code
from app.storage.resources import default_jurisdictions, region_catalogue

REGIONS = region_catalogue()


def known() -> dict[str, JurisdictionInfo]:
    return default_jurisdictions()


def test_every_code_in_the_jurisdictions_file_is_a_region() -> None:
    for regime in known().values():
        for code in regime.applies_in | regime.adequate:
            assert is_iso_code(code) or code in REGIONS.groups, (regime.id, code)


@pytest.mark.parametrize(("regime", "code", "inside"), [
    ("eu_gdpr", "DE", True), ("eu_gdpr", "NO", True), ("eu_gdpr", "DE-BY", True),
    ("eu_gdpr", "GB", False), ("eu_gdpr", "CH", False), ("uk_gdpr", "GB", True),
    ("uk_gdpr", "GB-SCT", True), ("uk_gdpr", "IE", False), ("us_ca_cpra", "US-CA", True),
    ("us_ca_cpra", "US", False), ("us_ca_cpra", "US-NY", False), ("br_lgpd", "BR", True),
])
def test_where_each_regime_applies(regime: str, code: str, inside: bool) -> None:
    assert known()[regime].applies_to(code, REGIONS) is inside


def test_current_adequacy_facts() -> None:
    eu, uk = known()["eu_gdpr"], known()["uk_gdpr"]
    # Brazil (2026) and the United Kingdom (renewed to 2031) are adequate for the EU.
    for code in ("BR", "GB", "CH", "NZ"):
        assert eu.is_adequate(code, REGIONS), code
    assert "2031" in eu.notes
    # The EEA and Gibraltar are adequate for the UK; the EU does not list Gibraltar.
    assert uk.is_adequate("DE", REGIONS) and uk.is_adequate("GI", REGIONS)
    assert not eu.is_adequate("GI", REGIONS)


@pytest.mark.parametrize("code", ["US", "US-CA", "CA", "JP", "KR"])
def test_partial_decisions_are_not_adequacy_but_name_their_condition(code: str) -> None:
    for regime in (known()["eu_gdpr"], known()["uk_gdpr"]):
        assert not regime.is_adequate(code, REGIONS)
        assert regime.condition(code, REGIONS)
    assert "Data Privacy Framework" in (known()["eu_gdpr"].condition("US-CA", REGIONS) or "")
    assert known()["eu_gdpr"].condition("IN", REGIONS) is None


def _policy(establishment: str | None, *jurisdictions: str) -> Policy:
    return Policy(policy=Metadata(id="p", establishment=establishment,
                                  jurisdictions=list(jurisdictions)))


def test_transfer_regimes_follow_the_establishment() -> None:
    regimes = known()
    ids = [j.id for j in transfer_regimes(_policy("de", "eu_gdpr", "uk_gdpr"), regimes,
                                          REGIONS)]
    assert ids == ["eu_gdpr"]
    assert transfer_regimes(_policy("US", "eu_gdpr"), regimes, REGIONS) == []
    # A subdivision is inside its country: a Bavarian controller is bound by the GDPR.
    assert [j.id for j in transfer_regimes(_policy("DE-BY", "eu_gdpr"), regimes,
                                           REGIONS)] == ["eu_gdpr"]
    assert [j.id for j in transfer_regimes(_policy(None, "eu_gdpr", "us_ca_cpra"), regimes,
                                           REGIONS)] == ["eu_gdpr"]
