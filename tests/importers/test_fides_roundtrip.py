"""The Policy Studio Fides export imports back with nothing lost that its summary does not name.

For the example, the templates and their format-2 migrations: export, import the folder into an
empty policy, and compare. Categories, purposes and subjects come back with their ids, names and
descriptions; the exported deny rules come back with the same decisions on every request the
export can express; every internal use the original allows (with consent) the system's
declarations allow again; controller and DPO are equal. Every other field whose value differs after
the trip must be named by a line of the export's summary.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.migration import migrated
from app.domain.models import Metadata, Policy
from app.exporters.fides import EXPORTER, TAXONOMY_NAME, exported_rules
from app.importers.fides import plan_fides_import
from app.paths import RESOURCES
from app.storage.loader import load_file
from app.storage.resources import region_catalogue

POLICY_FILES = [RESOURCES / "examples" / "northwind-outfitters.policy.yaml",
                *sorted((RESOURCES / "templates").glob("*.policy.yaml"))]
SUMMARY_WORDS = {
    "sensitivity": "sensitivity", "tags": "tags", "consent": "consent mechanisms",
    "legal_basis": "legal bases", "legal_bases": "legal bases", "art9_condition": "Art. 9",
    "rights": "rights", "kind": "kinds of",
    "lia": "legitimate interests assessments", "vulnerable": "vulnerable", "children": "children",
    "jurisdictions": "jurisdiction", "security_measures": "security measure",
    "version": "policy metadata", "status": "policy metadata",
    "effective_date": "policy metadata", "next_review": "policy metadata",
    "approvals": "policy metadata", "establishment": "policy metadata",
    "external_ids": "external ids", "sources": "sources of", "ccpa_category": "CCPA categories",
    "age_min": "age ranges", "age_max": "age ranges", "balancing": "balancing tests",
    "automated_decisions": "automated decisions", "sale": "sale, sharing",
    "sharing": "sale, sharing", "honours_gpc": "Global Privacy Control",
    "joint_controllers": "policy metadata", "representative": "policy metadata",
    "record_created": "policy metadata", "record_updated": "policy metadata",
    "processing_for": "policy metadata", "dpia": "impact assessments",
    "on_behalf_of": "are carried out for",
}
"""A field that changes on the trip, and the words of the summary line that says so."""
AUTOMATED_NOTE = "Fides: subject to automated decisions or profiling."
"""What an import adds to the description of a subject Fides flags as profiled."""


def shipped() -> list[tuple[str, Policy]]:
    found = []
    regions = region_catalogue()
    for path in POLICY_FILES:
        policy = load_file(path).policy
        found.append((path.name, policy))
        if policy.format_version == 1:
            found.append((f"{path.name} (format 2)", migrated(policy, regions)[0]))
    return found


SHIPPED = shipped()


def round_trip(policy: Policy, tmp_path: Path) -> tuple[Policy, list[str]]:
    result = EXPORTER.export(policy)
    for name, data in result.files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    back = Policy(format_version=policy.format_version, policy=Metadata(id=policy.policy.id))
    plan = plan_fides_import(back, tmp_path / "fides")
    assert not plan.collisions
    plan.batch().apply(back)
    return back, result.summary


@pytest.mark.parametrize(("name", "policy"), SHIPPED, ids=[n for n, _ in SHIPPED])
def test_items_and_contacts_come_back(name: str, policy: Policy, tmp_path: Path) -> None:
    back, summary = round_trip(policy, tmp_path)
    taxonomy = yaml.safe_load(EXPORTER.export(policy).files[TAXONOMY_NAME])
    flagged = {s["fides_key"] for s in taxonomy["data_subject"]
               if s.get("automated_decisions_or_profiling")}
    for section in ("categories", "purposes", "subjects"):
        before = {i.id: (i.name, i.description) for i in getattr(policy, section)}
        after = {i.id: (i.name, _without_flag_note(
                     i.description, section == "subjects" and i.id in flagged))
                 for i in getattr(back, section)}
        assert after == before, section
        assert all(i.external_ids.get("fides") == i.id for i in getattr(back, section))
    meta, again = policy.policy, back.policy
    assert (again.controller, again.dpo, again.title) == (meta.controller, meta.dpo, meta.title)
    if meta.organisation:
        assert again.organisation == meta.organisation
    lost = _lost_fields(policy, back)
    unnamed = {f"{where}.{field}" for where, field in lost
               if not any(SUMMARY_WORDS.get(field, "\0") in line for line in summary)}
    assert not unnamed, f"lost on the trip and not in the export summary: {sorted(unnamed)}"
    for section, words in (("retention", "retention rule"), ("recipients", "recipient")):
        if getattr(policy, section):
            assert any(words in line for line in summary)


def _without_flag_note(description: str, flagged: bool) -> str:
    """The description without the note an import adds for a profiled subject (which it must)."""
    if not flagged:
        return description
    assert description.endswith(" " + AUTOMATED_NOTE), description
    return description.removesuffix(" " + AUTOMATED_NOTE)


def _lost_fields(policy: Policy, back: Policy) -> set[tuple[str, str]]:
    lost = set()
    for section in ("categories", "purposes", "subjects"):
        returned = {i.id: i for i in getattr(back, section)}
        for item in getattr(policy, section):
            other = returned[item.id]
            for field in type(item).model_fields:
                if field in ("id", "name", "description", "external_ids"):
                    continue
                if getattr(item, field) != getattr(other, field):
                    lost.add((section, field))
            if set(item.external_ids) - {"fides"}:
                lost.add((section, "external_ids"))
    for field in type(policy.policy).model_fields:
        if getattr(policy.policy, field) != getattr(back.policy, field) and field not in (
                "id", "controller", "dpo", "title", "organisation", "description"):
            lost.add(("policy", field))
    return lost


@pytest.mark.parametrize(("name", "policy"), SHIPPED, ids=[n for n, _ in SHIPPED])
def test_deny_rules_decide_the_same(name: str, policy: Policy, tmp_path: Path) -> None:
    back, summary = round_trip(policy, tmp_path)
    exported = {r.id: r for r in exported_rules(policy)}
    returned = {r.id: r for r in back.rules if r.effect == "deny"}
    assert set(returned) == set(exported)
    for rule_id, rule in exported.items():
        again = returned[rule_id]
        assert (set(again.categories), set(again.purposes)) == (
            set(rule.categories), set(rule.purposes))
    allow = sum(r.effect == "allow" for r in policy.rules)
    assert not allow or any(line.startswith(f"{allow} allow rule") for line in summary)
    regions = region_catalogue()
    original, imported = DecisionEngine(policy, regions), DecisionEngine(back, regions)
    categories = {c.id for c in policy.categories} | {c for r in policy.rules
                                                      for c in r.categories}
    purposes = {p.id for p in policy.purposes} | {p for r in policy.rules for p in r.purposes}
    subjects = [None, *sorted({s.id for s in policy.subjects})]
    recipients = [None, *sorted(r.id for r in policy.recipients)[:2]]
    denied = allowed = 0
    for category in sorted(categories):
        for purpose in sorted(purposes):
            for subject in subjects:
                for recipient in recipients:
                    request = Request(category, purpose, subject, recipient,
                                      consent=ConsentState.GRANTED)
                    first, second = original.decide(request), imported.decide(request)
                    if first.decision == "allow" and subject and not recipient:
                        allowed += 1  # the system's declarations bring internal uses back
                        assert second.decision == "allow", request
                    by_export = (set(first.rules) & set(exported)
                                 if first.reason == "denied_by_rule" else set())
                    by_import = set(second.rules) if second.reason == "denied_by_rule" else set()
                    assert by_import == by_export, request
                    denied += bool(by_import)
    assert denied or not exported  # the comparison saw the rules at work
    assert allowed or not any(r.effect == "allow" for r in policy.rules)
