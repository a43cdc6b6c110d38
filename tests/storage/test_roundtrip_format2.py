"""Format 2's new fields survive a round-trip save, and a save edits only what changed."""

from __future__ import annotations

from app.domain.edits import SetField
from app.storage.loader import load_bytes
from app.storage.roundtrip import new_yaml_text, updated_yaml_text

FORMAT_2 = """\
# yaml-language-server: $schema=https://policy-studio.example/schemas/policy-v2.schema.json
format_version: 2
policy: {id: shop, title: Shop}
regions:
  - id: dach   # our home market
    name: DACH
    members: [de, AT, ch]
categories:
  - id: contact
    name: Contact
    external_ids: {dpv: 'https://w3id.org/dpv/pd#Contact', fides: user.contact}
    sources:
      - kind: data_subject
      - {kind: third_party, name: Credit agency}   # checked on sign-up
    ccpa_category: identifiers
subjects:
  - {id: teens, age_min: 13, age_max: 17}
recipients:
  - {id: cloud, kind: processor, country: IE, countries: [IE, US], stored_in: [eea]}
  - {id: board, kind: public}
purposes:
  - id: ads
    legal_bases:
      - {basis: consent, regions: [eea]}
      - {basis: legitimate_interests, note: elsewhere}
    lia: LIA-7
    balancing: Low impact, easy opt-out.
    automated_decisions:
      profiling: true
      solely_automated: false
      logic: Interests from pages viewed.
      safeguards: [human_intervention]
    sale: false
    sharing: true
    honours_gpc: true
rules:
  - {id: r, categories: [contact], purposes: [ads], recipients: ['*'], regions: [dach, us-ca],
     obligations: [parental_consent]}
retention:
  - id: books
    categories: [contact]
    duration: P10Y
    minimum: P6Y
    trigger: custom
    custom_event: end of the tax audit
    period_start: end_of_financial_year
    financial_year_start: 04-01
    disposition: delete
    dispositions: [anonymise]
    legal_hold: true
    legal_hold_reason: Tax code retention duty
  - {id: account, categories: [contact], criteria: For the life of the account,
     trigger: deletion_request}
"""


def test_every_new_field_reads_back_after_an_edit_with_comments_kept() -> None:
    loaded = load_bytes(FORMAT_2.encode(), "shop")
    policy = loaded.policy
    assert policy.regions[0].members == ["DE", "AT", "CH"]
    assert policy.rules[0].regions == ["dach", "US-CA"]
    SetField("policy", None, ("title",), "Shop policy").apply(policy)
    text = updated_yaml_text(policy, loaded.text)
    assert load_bytes(text.encode(), "again").policy == policy
    for comment in ("# our home market", "# checked on sign-up", "policy-v2.schema.json"):
        assert comment in text
    assert text.count("\n") == FORMAT_2.count("\n")  # same lines: only values changed
    fresh = new_yaml_text(policy)
    assert fresh.startswith("# yaml-language-server: $schema=") and "policy-v2" in fresh
    assert load_bytes(fresh.encode(), "fresh").policy == policy


def test_a_format_1_file_saved_keeps_pointing_at_the_v1_schema() -> None:
    old = FORMAT_2.split("regions:\n", 1)[0].replace("format_version: 2", "format_version: 1")
    old = old.replace("policy-v2", "policy-v1")
    loaded = load_bytes(old.encode(), "old")
    assert "policy-v1.schema.json" in updated_yaml_text(loaded.policy, loaded.text)
    assert "policy-v1.schema.json" in new_yaml_text(loaded.policy)
