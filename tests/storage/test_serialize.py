"""What a save writes (Qt-free): round-trip YAML, fresh YAML, canonical JSON, snapshots."""

from __future__ import annotations

from app.storage.loader import load_bytes
from app.storage.serialize import (
    display_name,
    is_openable,
    reusable_text,
    snapshot,
    text_for,
    with_suffix,
)

COMMENTED = """\
# Data-use policy of the Example shop.
# Hand-written: keep these comments when the file is saved by Policy Studio.
format_version: 1   # the file format, not the policy version

policy:
  id: shop            # stable id, used by the exports
  title: Shop policy
  version: 1.0.0
  # status moves to approved after the legal review
  status: draft
  next_review: 2027-01-31

categories:
  # --- contact data -------------------------------------------------
  - id: contact
    name: Contact details
  - id: contact.email   # the address customers give at checkout
    name: Email address

purposes:
  - id: orders
    name: Order handling
    kind: essential     # needed to run the shop

rules:
  - id: email_for_orders
    effect: allow
    categories: [contact.email]
    purposes: [orders]
# end of file
"""


def test_text_for_targets() -> None:
    loaded = load_bytes(COMMENTED.encode(), "x")
    assert text_for(loaded.policy, loaded.text, "a.policy.yaml") == COMMENTED
    assert text_for(loaded.policy, None, "a.policy.yaml").startswith("# yaml-language-server")
    assert text_for(loaded.policy, loaded.text, "a.policy.json").startswith("{")
    assert reusable_text(COMMENTED, "a.policy.yaml", modified=False) == COMMENTED
    assert reusable_text(COMMENTED, "a.policy.json", modified=False) is None
    assert reusable_text(COMMENTED, "a.policy.yaml", modified=True) is None


def test_snapshot_equals_the_policy_and_is_independent() -> None:
    policy = load_bytes(COMMENTED.encode(), "x").policy
    copy = snapshot(policy)
    assert copy == policy
    assert copy.categories[0] is not policy.categories[0]
    policy.policy.title = "Changed"
    assert copy.policy.title == "Shop policy"


def test_policy_file_names() -> None:
    assert is_openable("a.policy.YAML") and is_openable("b.json") and not is_openable("c.txt")
    assert with_suffix("shop") == "shop.policy.yaml"
    assert with_suffix("shop", json_wanted=True) == "shop.policy.json"
    assert with_suffix("shop.policy.yml") == "shop.policy.yml"
    assert display_name(None) == "Untitled" and display_name("/x/shop.policy.yaml") == (
        "shop.policy.yaml")
