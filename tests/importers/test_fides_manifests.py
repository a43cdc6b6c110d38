"""Real Fides manifests import: systems, datasets, policies, organizations, meaning, collisions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fideslang.models import Taxonomy

from app.cli import main
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import (
    Art9Condition,
    ConsentMechanism,
    Effect,
    LegalBasis,
    PurposeKind,
    RecipientKind,
    Right,
    Sensitivity,
)
from app.domain.ids import by_id
from app.domain.models import Contact, Metadata, Policy
from app.importers.fides import FidesImportPlan, plan_fides_import
from app.storage.loader import load_file
from app.storage.resources import region_catalogue

DATA = Path(__file__).parent / "data" / "fides"
SHOP = DATA / "shop"


def manifests() -> list[Path]:
    return sorted(DATA.rglob("*.yml"))


@pytest.mark.parametrize("path", manifests(), ids=lambda p: p.name)
def test_every_fixture_is_a_valid_fides_manifest(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parsed = Taxonomy.model_validate(data)
    assert sum(len(getattr(parsed, k)) for k in data if k in Taxonomy.model_fields) >= 1


def imported(path: Path = SHOP, policy: Policy | None = None) -> tuple[Policy, FidesImportPlan]:
    policy = policy or Policy(policy=Metadata(id="shop"))
    plan = plan_fides_import(policy, path)
    plan.batch().apply(policy)
    return policy, plan


def test_every_imported_item_keeps_its_fides_key() -> None:
    _, plan = imported()
    named = [p for p in plan.additions if p.section not in ("rules", "retention")
             and p.item_id != "bookish_ads_exchange"]  # a declaration's third_parties text
    assert len(named) > 20
    assert all(p.item.external_ids["fides"] == p.fides_key for p in named)
    keys = {p.item.external_ids["fides"] for p in named}
    assert {"user.behavior.reading_list", "customer", "mail_relay",
            "essential.service.payment_processing"} <= keys


def test_declarations_become_allow_rules_with_recipients() -> None:
    policy, _ = imported()
    rules = by_id(policy.rules)
    orders = rules["web_shop.take_orders"]
    assert orders.effect is Effect.ALLOW
    assert orders.categories == ["user.contact.email", "user.contact.address",
                                 "user.financial.credit_card"]
    assert orders.purposes == ["essential.service.payment_processing"]
    assert orders.subjects == ["customer"]
    assert orders.recipients == []  # the system's own use
    disclosed = rules["web_shop.take_orders.disclosed"]
    assert disclosed.model_dump(exclude={"id", "recipients", "description"}) == \
        orders.model_dump(exclude={"id", "recipients", "description"})
    assert disclosed.recipients == ["mail_relay"]  # the dataset egress is not a disclosure
    assert "web_shop.recommendations.disclosed" not in rules  # internal use only
    assert rules["web_shop.retargeting.disclosed"].recipients == [
        "ad_network", "bookish_ads_exchange"]
    recipients = by_id(policy.recipients)
    assert recipients["mail_relay"].kind is RecipientKind.PROCESSOR  # responsibility Processor
    assert recipients["ad_network"].kind is RecipientKind.THIRD_PARTY  # Controller
    assert recipients["bookish_ads_exchange"].kind is RecipientKind.THIRD_PARTY
    assert recipients["bookish_ads_exchange"].external_ids == {}  # a name, not a Fides key
    assert recipients["mail_relay"].name == "Mail relay"
    # The rules mean what the declarations say, through the one decision engine.
    engine = DecisionEngine(policy, region_catalogue())
    ask = {"category": "user.contact.email", "purpose": "essential.service.payment_processing",
           "subject": "customer"}
    assert engine.decide(Request(**ask)).decision == "allow"
    assert engine.decide(Request(**ask, recipient="mail_relay")).decision == "allow"
    assert engine.decide(Request(**ask, recipient="ad_network")).decision == "deny"


def test_legal_bases_consent_art9_retention_and_rights_go_on_purposes() -> None:
    policy, _ = imported()
    purposes = by_id(policy.purposes)
    newsletter = purposes["marketing.communications.email"]
    assert newsletter.legal_basis is LegalBasis.CONSENT
    assert newsletter.consent is ConsentMechanism.OPT_IN
    assert newsletter.kind is PurposeKind.MARKETING
    # rights of customer (INCLUDE) and book_club_member (EXCLUDE Portability), merged
    assert set(newsletter.rights) == {Right.ACCESS, Right.ERASURE, Right.WITHDRAW_CONSENT,
                                      Right.HUMAN_REVIEW, Right.RECTIFICATION,
                                      Right.RESTRICTION, Right.OBJECTION}
    assert Right.PORTABILITY not in newsletter.rights
    payments = purposes["essential.service.payment_processing"]
    assert (payments.legal_basis, payments.kind) == (LegalBasis.CONTRACT, PurposeKind.ESSENTIAL)
    assert payments.consent is ConsentMechanism.NONE
    assert purposes["essential.service"].art9_condition is Art9Condition.EXPLICIT_CONSENT
    retention = by_id(policy.retention)
    assert str(retention["web_shop.take_orders"].duration) == "P6Y"
    assert str(retention["web_shop.dyslexia_friendly_editions"].duration) == "P365D"
    until = retention["web_shop.newsletter"]
    assert until.duration is None and until.criteria == "Until the person unsubscribes"
    assert until.purposes == ["marketing.communications.email"]


def test_profiling_and_automated_flags_are_kept() -> None:
    policy, plan = imported()
    purposes = by_id(policy.purposes)
    profiling = purposes["personalize.content.profiling"]
    assert profiling.kind is PurposeKind.PROFILING
    assert profiling.automated_decisions is not None and profiling.automated_decisions.profiling
    assert "Explicit consent" in profiling.automated_decisions.logic  # the system's basis
    assert purposes["essential.service"].automated_decisions is None
    customer = by_id(policy.subjects)["customer"]
    assert "automated decisions or profiling" in customer.description
    assert "INCLUDE Informed, Access" in customer.description
    assert any("subject customer is subject to automated decisions" in n
               and "personalize.content.profiling" in n for n in plan.notes)
    assert any("Informed" in n and "customer" in n for n in plan.notes)


def test_advertising_and_special_category_meaning_come_from_the_keys() -> None:
    policy, _ = imported()
    purposes, categories = by_id(policy.purposes), by_id(policy.categories)
    ads = purposes["marketing.advertising.third_party.targeted"]
    assert ads.kind is PurposeKind.ADVERTISING and ads.sharing
    assert categories["user.health_and_medical.dyslexia_support"].sensitivity \
        is Sensitivity.SPECIAL_CATEGORY
    assert categories["user.biometric.retinal"].sensitivity is Sensitivity.SPECIAL_CATEGORY
    assert categories["user.criminal_history"].sensitivity is Sensitivity.CRIMINAL
    assert categories["user.financial.credit_card"].sensitivity is Sensitivity.SENSITIVE
    assert categories["user.contact.email"].sensitivity is Sensitivity.PERSONAL


def test_datasets_give_the_categories_their_fields_use() -> None:
    policy, plan = imported()
    ids = {c.id for c in policy.categories}
    assert {"user.contact.address.postal_code", "user.contact.address.city",  # nested fields
            "user.criminal_history", "user", "user.financial.credit_card"} <= ids
    assert any("dataset shop_db: 8 data categories used" in n for n in plan.notes)


def test_deprecated_keys_are_kept_with_a_note() -> None:
    policy, plan = imported()
    old = by_id(policy.purposes)["personalize.profiling"]
    assert "Deprecated in Fides 2.1.1; replaced by personalize.content.profiling." \
        in old.description
    assert any("'personalize.profiling' is deprecated" in n
               and "'personalize.content.profiling'" in n for n in plan.notes)


def test_policy_rules_become_deny_rules_and_the_rest_is_reported() -> None:
    policy, plan = imported()
    rules = by_id(policy.rules)
    health = rules["no_health_ads"]
    assert (health.effect, health.categories, health.purposes, health.subjects) == (
        Effect.DENY, ["user.health_and_medical"], ["marketing"],
        ["customer", "book_club_member"])
    anyone = rules["no_location_for_anyone"]  # ALL of one key; OTHER of nothing = anyone
    assert (anyone.categories, anyone.subjects) == (["user.location.precise"], [])
    assert health.recipients == anyone.recipients == ["*"]  # whoever receives the data
    for name, words in (("no_card_and_email_together", "data_categories ALL"),
                        ("only_essential_for_applicants", "data_uses NONE [essential]"),
                        ("others_not_for_employees", "data_categories OTHER [user.contact]")):
        assert name not in rules
        assert any(f"rule '{name}' is not imported" in n and words in n
                   and "policy.yml:" in n for n in plan.notes), name
    engine = DecisionEngine(policy, region_catalogue())
    denied = engine.decide(Request("user.health_and_medical.dyslexia_support",
                                   "marketing.communications.email", "customer"))
    assert (denied.decision, denied.rules) == ("deny", ("no_health_ads",))
    shared = engine.decide(Request("user.health_and_medical.dyslexia_support",
                                   "marketing.communications.email", "customer", "mail_relay"))
    assert (shared.decision, shared.rules) == ("deny", ("no_health_ads",))


def test_a_format_1_policy_is_told_what_rules_without_recipients_mean() -> None:
    policy, plan = imported(policy=Policy(format_version=1, policy=Metadata(id="old")))
    assert by_id(policy.rules)["no_health_ads"].recipients == []  # any recipient in format 1
    assert any("the policy is format 1" in n for n in plan.notes)


def test_organization_fills_controller_and_dpo() -> None:
    policy, plan = imported()
    meta = policy.policy
    assert meta.controller == Contact(name="Harbour Books Ltd",
                                      email="privacy@harbourbooks.example",
                                      address="4 Quay Street, Bristol BS1 4DJ",
                                      phone="+44 117 496 0000")
    assert meta.dpo is not None and meta.dpo.email == "dpo@harbourbooks.example"
    assert meta.organisation == "Harbour Books Ltd"
    assert any("representative is not imported" in n for n in plan.notes)
    # A policy with its own controller keeps it, and says so.
    own = Policy(policy=Metadata(id="p", controller=Contact(name="Someone else")))
    _, again = imported(SHOP, own)
    assert own.policy.controller.name == "Someone else"
    assert any("controller 'Harbour Books Ltd' differs" in n for n in again.notes)


def test_a_second_import_adds_nothing() -> None:
    policy, first = imported()
    again = plan_fides_import(policy, SHOP)
    assert again.additions == [] and again.metadata == []
    assert len(again.skipped) == len(first.additions)


def test_two_keys_for_one_id_are_a_collision_not_exists() -> None:
    policy, plan = imported(DATA / "collision.yml")
    assert [s.id for s in policy.subjects] == ["newsletter_reader"]
    assert policy.subjects[0].external_ids == {"fides": "Newsletter-Reader"}
    assert not plan.skipped
    assert len(plan.collisions) == 1
    assert "'Newsletter-Reader' and 'newsletter_reader'" in plan.collisions[0]
    assert "collision.yml:5:5" in plan.collisions[0]
    assert "! collision: subject newsletter_reader" in "\n".join(plan.preview_lines())
    assert "1 collision" in plan.tally()
    # The policy's own item with another Fides key collides too.
    _, again = imported(DATA / "collision.yml", policy)
    assert again.additions == [] and any("newsletter_reader" in c for c in again.collisions)


def test_unknown_resource_types_are_named_with_their_position() -> None:
    policy, plan = imported(DATA / "unknown.yml")
    assert [p.id for p in policy.purposes] == ["analytics"]
    lines = [n for n in plan.notes if "is not imported (this import reads" in n]
    assert [line.split(": resource type ")[0].rsplit("/", 1)[1] for line in lines] == [
        "unknown.yml:4:1", "unknown.yml:6:1"]
    assert "'evaluation'" in lines[0] and "'registry'" in lines[1]


def test_cli_imports_a_folder_and_prints_the_summary(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy_file = tmp_path / "shop.policy.yaml"
    policy_file.write_text("# ours\nformat_version: 2\npolicy:\n  id: shop\n", encoding="utf-8")
    assert main(["import", str(policy_file), "--fides", str(SHOP), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+ rule web_shop.take_orders.disclosed  (allow; to mail_relay)" in out
    assert "~ controller: Harbour Books Ltd, privacy@harbourbooks.example" in out
    assert "rule 'others_not_for_employees' is not imported" in out
    assert "policy fields to set" in out and "notes" in out
    assert main(["import", str(policy_file), "--fides", str(SHOP)]) == 0
    written = load_file(policy_file)
    assert written.text.startswith("# ours\n")
    assert by_id(written.policy.rules)["no_health_ads"].recipients == ["*"]
    assert written.policy.policy.dpo is not None
