"""Confirming the proposed store labels writes exactly the proposals into the empty fields."""

from __future__ import annotations

from app.domain.document import PolicyDocument
from app.domain.models import DataCategory, Metadata, Policy, Purpose
from app.domain.store_confirm import proposal_edits
from app.domain.store_kinds import AppleDataType
from app.domain.store_labels import stating_kind
from app.domain.store_proposals import propose_category, propose_purpose
from app.paths import EXAMPLES
from app.storage.loader import load_file


def test_every_proposal_fills_its_empty_field_and_nothing_else() -> None:
    policy = load_file(next(EXAMPLES.glob("*.policy.yaml"))).policy
    document = PolicyDocument(policy.model_copy(deep=True))
    edits = proposal_edits(document.policy)
    assert edits
    for edit in edits:
        document.apply(edit)
    after = document.policy
    declared = {p.id: p for p in policy.purposes}
    for before, now in zip(policy.categories, after.categories, strict=True):
        proposal = propose_category(before)
        assert now.apple_data_type == (before.apple_data_type or proposal.apple)
        assert now.play_data_type == (before.play_data_type or proposal.play)
    for before, now in zip(policy.purposes, after.purposes, strict=True):
        proposal = propose_purpose(before, stating_kind(before.id, declared))
        assert now.apple_purpose == (before.apple_purpose or proposal.apple)
        assert now.play_purpose == (before.play_purpose or proposal.play)
    assert proposal_edits(after) == []  # nothing left to confirm


def test_a_declared_label_is_kept_and_an_unguessable_item_is_left_empty() -> None:
    policy = Policy(format_version=2, policy=Metadata(id="shop"), categories=[
        DataCategory(id="contact.email", name="Email", apple_data_type=AppleDataType.NAME),
        DataCategory(id="zz.qq", name="Qq")],
        purposes=[Purpose(id="service", name="Service")])
    fields = {(e.item_id, e.path[0]) for e in proposal_edits(policy)}
    assert ("contact.email", "apple_data_type") not in fields
    assert ("contact.email", "play_data_type") in fields
    assert propose_category(policy.categories[1]).apple is None  # nothing in it to go by
    assert not any(item == "zz.qq" for item, _ in fields)
