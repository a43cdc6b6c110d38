"""Region groups through the document: adding, renaming with every reference, removing, undo."""

from __future__ import annotations

import pytest

from app.domain.document import PolicyDocument
from app.domain.edits import AddItem, EditError
from app.domain.models import (
    BasisEntry,
    Metadata,
    Policy,
    Purpose,
    Recipient,
    RegionGroup,
    UseRule,
)


def _document() -> PolicyDocument:
    return PolicyDocument(Policy(
        policy=Metadata(id="p", establishment="DE"),
        recipients=[Recipient(id="cloud", country="dach", countries=["dach", "US"],
                              stored_in=["dach"]),
                    Recipient(id="other", country="FR")],
        purposes=[Purpose(id="ads", legal_bases=[BasisEntry(basis="consent",
                                                            regions=["dach", "eea"]),
                                                 BasisEntry(basis="legitimate_interests")])],
        rules=[UseRule(id="r", categories=["c"], purposes=["ads"], regions=["dach", "GB"])],
        regions=[RegionGroup(id="dach", members=["DE", "AT", "CH"]),
                 RegionGroup(id="alps", members=["dach", "IT"])]))


def test_renaming_a_group_updates_every_reference_in_one_undo_step() -> None:
    doc = _document()
    before = doc.policy.model_dump()
    assert {(r.section, r.item_id, r.field) for r in doc.references_to("regions", "dach")} == {
        ("recipients", "cloud", "country"), ("recipients", "cloud", "countries"),
        ("recipients", "cloud", "stored_in"), ("purposes", "ads", "legal_bases.regions"),
        ("rules", "r", "regions"), ("regions", "alps", "members")}
    change = doc.rename("regions", "dach", "german_speaking")
    policy = doc.policy
    cloud = policy.recipients[0]
    assert (cloud.country, cloud.countries, cloud.stored_in) == (
        "german_speaking", ["german_speaking", "US"], ["german_speaking"])
    assert policy.purposes[0].legal_bases[0].regions == ["german_speaking", "eea"]
    assert policy.purposes[0].legal_bases[1].regions == []
    assert policy.rules[0].regions == ["german_speaking", "GB"]
    assert policy.regions[1].members == ["german_speaking", "IT"]
    assert policy.regions[0].id == "german_speaking"
    assert policy.recipients[1].country == "FR"
    doc.apply(change.undo)
    assert doc.policy.model_dump() == before


def test_deleting_a_group_with_its_uses_clears_them_and_undoes() -> None:
    doc = _document()
    before = doc.policy.model_dump()
    change = doc.remove("regions", "dach", drop_references=True)
    cloud = doc.policy.recipients[0]
    assert (cloud.country, cloud.countries, cloud.stored_in) == (None, ["US"], [])
    assert doc.policy.rules[0].regions == ["GB"]
    assert doc.policy.purposes[0].legal_bases[0].regions == ["eea"]
    doc.apply(change.undo)
    assert doc.policy.model_dump() == before


def test_a_group_cannot_be_renamed_to_an_iso_shaped_id() -> None:
    doc = _document()
    with pytest.raises(EditError, match="ISO code AT"):
        doc.rename("regions", "dach", "at")
    doc.apply(AddItem("regions", RegionGroup(id="nordics", members=["NO", "SE"])))
    assert [g.id for g in doc.policy.regions] == ["dach", "alps", "nordics"]
