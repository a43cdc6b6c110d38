"""Fides export: the manifests load into the real fideslang models, nothing they reference is
missing, deny rules become Fides policy rules, output is deterministic and the summary names
what Fides cannot express."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.cli import main
from app.domain.enums import ConsentMechanism, Effect
from app.domain.models import DataCategory, DataSubject, Metadata, Policy, Purpose, UseRule
from app.exporters.fides import EXPORTER, POLICY_NAME, TAXONOMY_NAME
from app.exporters.fides_system import SYSTEM_NAME
from app.exporters.registry import get
from app.paths import RESOURCES
from app.storage.loader import load_file

fideslang = pytest.importorskip(
    "fideslang", reason="fideslang is not installed (pip install -e '.[test]')")
from fideslang import models as fides_models  # noqa: E402
from fideslang.manifests import union_manifests  # noqa: E402
from fideslang.parse import load_manifests_into_taxonomy  # noqa: E402
from fideslang.relationships import get_referenced_missing_keys  # noqa: E402

EXAMPLE = RESOURCES / "examples" / "northwind-outfitters.policy.yaml"
POLICY_FILES = [EXAMPLE, *sorted((RESOURCES / "templates").glob("*.policy.yaml"))]


def manifests(policy: Policy) -> dict[str, list[dict[str, Any]]]:
    result = EXPORTER.export(policy)
    assert set(result.files) == {TAXONOMY_NAME, POLICY_NAME, SYSTEM_NAME}
    return union_manifests([yaml.safe_load(data) for data in result.files.values()])


def small_policy(**changes: Any) -> Policy:
    base: dict[str, Any] = {  # format 1: a rule without recipients covers any recipient
        "format_version": 1,
        "policy": Metadata(id="shop", title="Shop", organisation="Shop Ltd"),
        "categories": [DataCategory(id="contact.email", name="Email"),
                       DataCategory(id="location.precise.gps", name="GPS")],
        "purposes": [Purpose(id="marketing.ads", name="Ads", consent=ConsentMechanism.OPT_IN),
                     Purpose(id="service", name="Service")],
        "subjects": [DataSubject(id="customer", name="Customers"),
                     DataSubject(id="customer.junior", name="Junior customers")],
        "rules": [
            UseRule(id="serve", categories=["contact"], purposes=["service"]),
            UseRule(id="no_gps_ads", effect=Effect.DENY, categories=["location.precise"],
                    purposes=["marketing"]),
            UseRule(id="no_junior_ads", effect=Effect.DENY, categories=["contact"],
                    purposes=["marketing.ads"], subjects=["customer"]),
            UseRule(id="no_ads_partner", effect=Effect.DENY, categories=["contact"],
                    purposes=["marketing.ads"], recipients=["partner"]),
        ],
    }
    base.update(changes)
    return Policy(**base)


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.name)
def test_every_shipped_policy_loads_into_fideslang_with_nothing_missing(path: Path) -> None:
    policy = load_file(path).policy
    raw = manifests(policy)
    for entry in raw["data_category"]:
        fides_models.DataCategory.model_validate(entry)
    for entry in raw["data_use"]:
        fides_models.DataUse.model_validate(entry)
    for entry in raw["data_subject"]:
        fides_models.DataSubject.model_validate(entry)
    fides_policy = fides_models.Policy.model_validate(raw["policy"][0])
    taxonomy = load_manifests_into_taxonomy(raw)
    assert isinstance(taxonomy, fides_models.Taxonomy)
    assert get_referenced_missing_keys(taxonomy) == set()
    # Every declared item is there with its name and description, and every deny rule that
    # covers any recipient (format 2: `*`; format 1: none listed) and any region is a Fides
    # rule; no allow rule is.
    for section, resource in (("categories", "data_category"), ("purposes", "data_use"),
                              ("subjects", "data_subject")):
        by_key = {e.fides_key: e for e in getattr(taxonomy, resource)}
        for item in getattr(policy, section):
            assert by_key[item.id].name == (item.name or item.id)
            assert by_key[item.id].description == item.description
    any_recipient = ["*"] if policy.format_version >= 2 else []
    expected = sorted(r.id for r in policy.rules if r.effect is Effect.DENY
                      and r.recipients == any_recipient and not r.regions)
    assert [rule.name for rule in fides_policy.rules] == expected


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.name)
def test_output_is_deterministic(path: Path) -> None:
    first = EXPORTER.export(load_file(path).policy)
    second = EXPORTER.export(load_file(path).policy)
    assert first.files == second.files
    assert first.digest == second.digest
    assert first.digest.encode() in first.files[TAXONOMY_NAME]


def test_parent_keys_follow_the_dotted_hierarchy_and_missing_parents_are_generated() -> None:
    result = EXPORTER.export(small_policy())
    raw = manifests(small_policy())
    categories = {e["fides_key"]: e for e in raw["data_category"]}
    assert categories["contact.email"]["parent_key"] == "contact"
    assert categories["location.precise.gps"]["parent_key"] == "location.precise"
    assert categories["location.precise"]["parent_key"] == "location"
    assert categories["location"]["parent_key"] is None
    uses = {e["fides_key"]: e for e in raw["data_use"]}
    assert uses["marketing.ads"]["parent_key"] == "marketing"
    assert "marketing" in uses
    assert ("3 entries generated in data categories for keys the policy uses without "
            "declaring them: contact, location, location.precise") in result.summary
    assert any(line.startswith("1 entry generated in data uses") and "marketing" in line
               for line in result.summary)
    assert get_referenced_missing_keys(load_manifests_into_taxonomy(raw)) == set()


def test_deny_rules_become_fides_rules_with_the_right_matches() -> None:
    raw = manifests(small_policy())
    rules = {r["name"]: r for r in raw["policy"][0]["rules"]}
    assert set(rules) == {"no_gps_ads", "no_junior_ads"}
    gps = rules["no_gps_ads"]
    assert gps["data_categories"] == {"matches": "ANY", "values": ["location.precise"]}
    assert gps["data_uses"] == {"matches": "ANY", "values": ["marketing"]}
    assert gps["data_subjects"] == {"matches": "OTHER", "values": []}  # any subject
    # Fides subjects are flat: a rule on "customer" lists its declared descendants too.
    assert rules["no_junior_ads"]["data_subjects"] == {
        "matches": "ANY", "values": ["customer", "customer.junior"]}


def test_format_2_exports_the_deny_rules_for_any_recipient() -> None:
    policy = small_policy(format_version=2)
    for rule in policy.rules:
        if rule.id == "no_junior_ads":
            rule.recipients = ["*"]
    raw = manifests(policy)
    assert [r["name"] for r in raw["policy"][0]["rules"]] == ["no_junior_ads"]
    summary = EXPORTER.export(policy).summary
    assert ("2 deny rules limited to recipients or regions, or to internal use, left out: "
            "no_gps_ads, no_ads_partner" in summary)


def test_the_summary_lists_what_fides_cannot_express() -> None:
    summary = EXPORTER.export(small_policy()).summary
    assert "1 allow rule (Fides policy rules only name forbidden combinations)" in summary
    assert "default deny: Fides does not flag uses that no rule names" in summary
    assert ("1 deny rule limited to recipients or regions, or to internal use, left out: "
            "no_ads_partner" in summary)
    assert "descriptions of 2 deny rules (a Fides rule has only a name)" in summary
    assert "consent mechanisms of 1 purpose" in summary


def test_summary_counts_match_the_example_policy() -> None:
    policy = load_file(EXAMPLE).policy
    summary = EXPORTER.export(policy).summary
    allow = sum(r.effect is Effect.ALLOW for r in policy.rules)
    consent = sum(p.consent is not ConsentMechanism.NONE for p in policy.purposes)
    assert allow and consent and policy.retention and policy.recipients
    assert f"{allow} allow rules (Fides policy rules only name forbidden combinations)" in summary
    assert f"consent mechanisms of {consent} purposes" in summary
    assert any(line.startswith(f"{len(policy.retention)} retention rules (Fides keeps "
                                "retention only as free text") for line in summary)
    assert f"{len(policy.recipients)} recipients" in summary
    assert any(line.startswith("obligations of ") for line in summary)


def test_user_text_stays_data() -> None:
    hostile = "!!python/object/apply:os.system ['x']\nrules: [] # {{ }} ${x} \"'"
    policy = small_policy(categories=[DataCategory(id="c", name=hostile, description=hostile)])
    raw = manifests(policy)
    entry = next(e for e in raw["data_category"] if e["fides_key"] == "c")
    assert entry["name"] == hostile and entry["description"] == hostile
    load_manifests_into_taxonomy(raw)


def test_the_registry_and_the_cli_export_the_folder(tmp_path: Path) -> None:
    assert get("fides") is EXPORTER
    out = tmp_path / "out"
    assert main(["export", str(EXAMPLE), "--format", "fides", "-o", str(out), "--force"]) == 0
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {TAXONOMY_NAME, POLICY_NAME, SYSTEM_NAME}
    assert (out / TAXONOMY_NAME).read_bytes() == EXPORTER.export(
        load_file(EXAMPLE).policy).files[TAXONOMY_NAME]


def test_the_summary_names_recipients_countries_and_region_groups() -> None:
    from app.domain.models import Recipient, RegionGroup

    policy = small_policy()
    policy.recipients = [Recipient(id="cloud", country="IE", countries=["US"],
                                   stored_in=["eea"]), Recipient(id="local")]
    policy.regions = [RegionGroup(id="dach", members=["DE", "AT", "CH"])]
    summary = EXPORTER.export(policy).summary
    assert ("countries and storage places of 1 recipient (Fides systems say only whether data "
            "leaves the country): cloud in IE, US, eea (stored)") in summary
    assert "1 region group of the policy: dach" in summary


def test_the_system_says_whether_data_leaves_and_on_which_bases() -> None:
    from app.domain.models import Recipient

    policy = small_policy()
    policy.policy.jurisdictions = ["eu_gdpr"]
    policy.recipients = [Recipient(id="cloud", country="IE", stored_in=["US"],
                                   safeguard="standard_contractual_clauses"),
                         Recipient(id="bank", country="CH", safeguard="adequacy_decision"),
                         Recipient(id="local", country="FR")]
    [system] = manifests(policy)["system"]
    assert system["does_international_transfers"] is True
    assert system["legal_basis_for_transfers"] == ["Adequacy Decision", "SCCs"]
    fides_models.System.model_validate(system)
    policy.recipients = policy.recipients[2:]
    [system] = manifests(policy)["system"]
    assert (system["does_international_transfers"], system["legal_basis_for_transfers"]) == (
        False, [])
