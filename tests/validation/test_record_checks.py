"""Checks of the record of processing: TRF008, GOV011, GOV012, STR010 fire and stay quiet."""

from __future__ import annotations

from tests.validation.policy_builder import base, codes, findings, make_policy


def _with(**recipient: object) -> set[str]:
    sections = base()
    sections["recipients"] = [{"id": "mailer", "country": "IN", **recipient}]
    return codes(make_policy(**sections))


def test_a_derogation_must_be_named() -> None:
    assert "TRF008" in _with(safeguard="derogation", processor_contract="DPA")
    named = _with(safeguard="derogation", derogation="legal_claims", processor_contract="DPA")
    assert "TRF008" not in named and "TRF001" not in named


def test_a_named_derogation_grounds_a_transfer_without_a_safeguard() -> None:
    assert "TRF001" in _with(processor_contract="DPA")
    assert "TRF001" not in _with(derogation="explicit_consent", processor_contract="DPA")


def test_a_processor_receiving_data_needs_a_contract_reference() -> None:
    sections = base()
    sections["recipients"] = ["mailer"]
    [hit] = findings(make_policy(**sections), "GOV011")
    assert hit.path == ("recipients", 0, "processor_contract")
    assert "GOV011" not in codes(make_policy(**base()))
    sections["rules"] = [{"id": "serve", "categories": ["contact"], "purposes": ["service"]}]
    assert "GOV011" not in codes(make_policy(**sections))  # receives nothing


def test_on_behalf_of_must_name_a_listed_controller() -> None:
    sections = base()
    sections["purposes"] = [{"id": "service", "on_behalf_of": "client"}]
    [hit] = findings(make_policy(**sections), "STR010")
    assert "'client'" in hit.message
    listed = make_policy(policy={"processing_for": [{"id": "client", "name": "Client"}]},
                         **sections)
    assert "STR010" not in codes(listed)


def test_a_controller_served_needs_a_contract_reference() -> None:
    sections = base()
    sections["purposes"] = [{"id": "service", "on_behalf_of": "client"}]
    bare = make_policy(policy={"processing_for": [{"id": "client", "name": "Client"}]},
                       **sections)
    [hit] = findings(bare, "GOV012")
    assert hit.path == ("policy", "processing_for", 0, "contract")
    assert "Client" in hit.message
    signed = make_policy(policy={"processing_for": [{"id": "client", "name": "Client",
                                                     "contract": "DPA-9"}]}, **sections)
    assert "GOV012" not in codes(signed)
    assert "GOV012" not in codes(make_policy(**base()))


def test_a_blank_controller_name_is_said_by_its_id() -> None:
    blank = make_policy(policy={"processing_for": [{"id": "client_co", "name": "   "}]}, **base())
    [hit] = findings(blank, "GOV012")
    assert "for client_co but" in hit.message
