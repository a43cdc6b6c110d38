"""Transfer checks (TRF), against a small fixed table of jurisdictions."""

from __future__ import annotations

from typing import Any

import pytest
from policy_builder import base, findings, make_policy

from app.domain.jurisdictions import JurisdictionInfo
from app.validation import context
from tests.validation.policy_builder import mentions

_TABLE = {
    "eu_gdpr": JurisdictionInfo("eu_gdpr", "EU GDPR", frozenset({"DE", "FR", "IE"}),
                                frozenset({"JP", "GB"})),
    "uk_gdpr": JurisdictionInfo("uk_gdpr", "UK GDPR", frozenset({"GB"}),
                                frozenset({"DE", "FR", "IE", "JP"})),
    "us_ca_cpra": JurisdictionInfo("us_ca_cpra", "CPRA", frozenset({"US"}), frozenset(),
                                   restricts_transfers=False),
}


@pytest.fixture(autouse=True)
def _jurisdictions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the tests independent of the shipped resources/jurisdictions.yaml."""
    monkeypatch.setattr(context, "default_jurisdictions", lambda: _TABLE)


def policy_with(recipient: dict[str, Any], *, shared: bool = True, **extra: Any) -> Any:
    """The base policy plus ``recipient`` (id ``cloud``), named on an allow rule if ``shared``."""
    sections = base()
    sections["recipients"] = [*sections["recipients"], {"id": "cloud", **recipient}]
    if shared:
        sections["rules"] = [*sections["rules"],
                             {"id": "host", "categories": ["contact"], "purposes": ["service"],
                              "recipients": ["cloud"]}]
    return make_policy(**{**sections, **extra})


def test_trf001_transfer_without_safeguard() -> None:
    [hit] = findings(policy_with({"country": "US"}), "TRF001")
    assert hit.path == ("recipients", 1, "safeguard")
    assert mentions(hit.message, "cloud")
    assert mentions(hit.message, "US")
    assert mentions(hit.message, "host")


def test_trf001_not_with_a_safeguard_inside_home_or_when_nothing_is_sent() -> None:
    safe = {"country": "US", "safeguard": "standard_contractual_clauses"}
    assert findings(policy_with(safe), "TRF001") == []
    assert findings(policy_with({"country": "IE"}), "TRF001") == []
    assert findings(policy_with({"country": "US"}, shared=False), "TRF001") == []


def test_trf001_recipient_named_through_its_parent() -> None:
    sections = base()
    sections["recipients"] = [*sections["recipients"], "vendors",
                              {"id": "vendors.analytics", "country": "US"}]
    sections["rules"] = [*sections["rules"], {"id": "share", "categories": ["contact"],
                                              "purposes": ["service"],
                                              "recipients": ["vendors"]}]
    [hit] = findings(make_policy(**sections), "TRF001")
    assert mentions(hit.message, "vendors.analytics")


def test_trf002_recipient_without_country() -> None:
    [hit] = findings(policy_with({"country": None}), "TRF002")
    assert hit.path == ("recipients", 1) and mentions(hit.message, "cloud")
    assert findings(policy_with({"country": "FR"}), "TRF002") == []


def test_trf003_adequacy_claimed_for_a_country_without_one() -> None:
    policy = policy_with({"country": "IN", "safeguard": "adequacy_decision"})
    [hit] = findings(policy, "TRF003")
    assert hit.path == ("recipients", 1, "safeguard")
    assert mentions(hit.message, "cloud") and mentions(hit.message, "IN")


def test_trf003_not_for_a_recognised_country() -> None:
    policy = policy_with({"country": "JP", "safeguard": "adequacy_decision"})
    assert findings(policy, "TRF003") == []


def test_trf004_needless_safeguard_inside_the_jurisdiction() -> None:
    policy = policy_with({"country": "DE", "safeguard": "standard_contractual_clauses"})
    [hit] = findings(policy, "TRF004")
    assert hit.severity == "info" and mentions(hit.message, "cloud") and mentions(hit.message, "DE")
    assert findings(policy_with({"country": "DE"}), "TRF004") == []


def test_several_jurisdictions() -> None:
    both = {"jurisdictions": ["eu_gdpr", "uk_gdpr"]}
    assert findings(policy_with({"country": "GB"}, policy=both), "TRF001") == []
    hits = findings(policy_with({"country": "GB"}, policy=both), "TRF005")
    [hit] = [h for h in hits if mentions(h.message, "cloud")]
    assert "EU GDPR adequacy" in hit.message
    scc = {"country": "DE", "safeguard": "standard_contractual_clauses"}
    assert findings(policy_with(scc, policy=both), "TRF004") == []  # a transfer for the UK
    claimed = {"country": "IN", "safeguard": "adequacy_decision"}
    [hit] = findings(policy_with(claimed, policy=both), "TRF003")
    assert "EU GDPR and UK GDPR" in hit.message


def test_no_transfer_findings_without_jurisdictions() -> None:
    policy = policy_with({"country": "US"}, policy={"jurisdictions": []})
    assert findings(policy, "TRF001") == findings(policy, "TRF004") == []


def test_trf001_a_regime_without_transfer_rules_does_not_make_a_country_home() -> None:
    policy = policy_with({"country": "US"})
    policy.policy.jurisdictions = ["eu_gdpr", "us_ca_cpra"]
    [hit] = findings(policy, "TRF001")
    assert "outside EU GDPR" in hit.message
    policy.policy.jurisdictions = ["us_ca_cpra"]
    assert findings(policy, "TRF001") == []


def test_trf005_adequate_country_without_a_recorded_safeguard() -> None:
    [hit] = findings(policy_with({"country": "JP"}), "TRF005")
    assert hit.path == ("recipients", 1, "safeguard") and mentions(hit.message, "JP")
    assert findings(policy_with({"country": "JP"}), "TRF001") == []
    recorded = {"country": "JP", "safeguard": "adequacy_decision"}
    assert findings(policy_with(recorded), "TRF005") == []
    assert findings(policy_with({"country": "US"}), "TRF005") == []


def test_transfers_are_judged_from_the_controllers_establishment() -> None:
    both = {"jurisdictions": ["eu_gdpr", "uk_gdpr"], "establishment": "DE"}
    # Seen from Germany, a French recipient is no transfer even though the UK would call it one.
    assert findings(policy_with({"country": "FR"}, policy=both), "TRF005") == []
    [hit] = findings(policy_with({"country": "US"}, policy=both), "TRF001")
    assert "outside EU GDPR," in hit.message
    from_uk = {"jurisdictions": ["eu_gdpr", "uk_gdpr"], "establishment": "GB"}
    [hit] = findings(policy_with({"country": "US"}, policy=from_uk), "TRF001")
    assert "outside UK GDPR," in hit.message


def test_a_us_established_policy_is_not_told_gb_is_inside_eu_gdpr() -> None:
    from_us = {"jurisdictions": ["eu_gdpr"], "establishment": "US"}
    scc = {"country": "GB", "safeguard": "standard_contractual_clauses"}
    hits = findings(policy_with(scc, policy=from_us), "TRF004")
    assert [h.message for h in hits if mentions(h.message, "inside")] == []
    # The policy is told instead that nothing is judged from there.
    [hit] = findings(policy_with(scc, policy=from_us), "TRF007")
    assert hit.path == ("policy", "establishment") and mentions(hit.message, "US")
    assert findings(policy_with(scc, policy={"establishment": "IE"}), "TRF007") == []


def test_a_subdivision_establishment_is_inside_its_country() -> None:
    from_bavaria = {"jurisdictions": ["eu_gdpr"], "establishment": "de-by"}
    # The fixed table lists DE, so DE-BY is inside EU GDPR and a US recipient is a transfer.
    [hit] = findings(policy_with({"country": "US"}, policy=from_bavaria), "TRF001")
    assert "outside EU GDPR," in hit.message
    assert findings(policy_with({"country": "US"}, policy=from_bavaria), "TRF007") == []


def test_every_country_and_storage_place_is_judged() -> None:
    several = {"country": "FR", "countries": ["IE", "IN"]}
    [hit] = findings(policy_with(several), "TRF001")
    assert mentions(hit.message, "IN") and "outside EU GDPR" in hit.message
    stored = {"country": "DE", "stored_in": ["US"]}
    [hit] = findings(policy_with(stored), "TRF001")
    assert "US (stored)" in hit.message
    assert findings(policy_with({"country": "DE", "stored_in": ["FR"]}), "TRF001") == []
    claimed = {"country": "JP", "stored_in": ["IN"], "safeguard": "adequacy_decision"}
    [hit] = findings(policy_with(claimed), "TRF003")
    assert "IN (stored)" in hit.message and "JP" not in hit.message.split("recognise")[1]


def test_trf004_only_when_every_place_is_inside() -> None:
    scc = {"country": "DE", "stored_in": ["US"], "safeguard": "standard_contractual_clauses"}
    assert findings(policy_with(scc), "TRF004") == []


def test_no_country_at_all_but_countries_is_not_trf002() -> None:
    assert findings(policy_with({"country": None, "countries": ["FR"]}), "TRF002") == []


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real resources/jurisdictions.yaml and regions.yaml."""
    from app.storage.resources import default_jurisdictions
    monkeypatch.setattr(context, "default_jurisdictions", default_jurisdictions)


@pytest.mark.usefixtures("shipped")
def test_a_partial_decision_is_no_adequacy_unless_the_recipient_claims_it() -> None:
    # The United States is adequate for the EU only for organisations certified under the DPF.
    [hit] = findings(policy_with({"country": "US"}), "TRF001")
    assert "Data Privacy Framework" in hit.message and "adequacy_decision" in hit.hint
    assert findings(policy_with({"country": "US"}), "TRF005") == []
    certified = {"country": "US-CA", "safeguard": "adequacy_decision"}
    assert findings(policy_with(certified), "TRF001") == []
    assert findings(policy_with(certified), "TRF003") == []
    [hit] = findings(policy_with(certified), "TRF006")
    assert hit.severity == "info" and "Data Privacy Framework" in hit.message
    scc = {"country": "US", "safeguard": "standard_contractual_clauses"}
    assert findings(policy_with(scc), "TRF006") == findings(policy_with(scc), "TRF001") == []


@pytest.mark.usefixtures("shipped")
def test_shipped_facts_brazil_and_the_uk_are_adequate_for_the_eu() -> None:
    for country in ("BR", "GB"):
        assert findings(policy_with({"country": country}), "TRF001") == []
        [hit] = findings(policy_with({"country": country}), "TRF005")
        assert country in hit.message
    assert findings(policy_with({"country": "NO"}), "TRF005") == []  # inside the EEA


@pytest.mark.usefixtures("shipped")
def test_a_policy_group_cannot_widen_a_shipped_one() -> None:
    mine = [{"id": "eea", "name": "Mine", "members": ["US"]}]
    [hit] = findings(policy_with({"country": "US"}, regions=mine), "TRF001")
    assert mentions(hit.message, "outside")


def test_trf002_not_for_data_made_public() -> None:
    assert findings(policy_with({"country": None, "kind": "public"}), "TRF002") == []
