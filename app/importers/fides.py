"""Import from Fides manifests into a policy, as one batch of edits (no Qt).

A Fides manifest is YAML whose top-level keys are resource types; a folder of manifests (as
``fides push`` reads, or as the Policy Studio export writes) is read file by file. What each
resource becomes:

- ``data_category``, ``data_use``, ``data_subject``: categories, purposes and subjects, with the
  meaning their keys carry (sensitivity, tags, purpose kind), deprecated keys noted;
- ``dataset``: the data categories its fields use;
- ``system``: each privacy declaration an allow rule, its egress systems and third parties
  recipients, its legal basis, retention and profiling on the purpose
  (:mod:`app.importers.fides_systems`);
- ``policy``: deny rules; ``organization``: the controller and DPO.

Every item keeps its Fides key in ``external_ids["fides"]``. Fides keys become our ids by
lowercasing and replacing every character outside ``[a-z0-9_.]`` with ``_`` (empty segments
dropped); two keys that give one id are a collision, reported with both keys. Whatever has no
one-to-one home is listed in the plan's notes, which the command line and the window show.
A hostile or malformed file raises :class:`~app.storage.errors.PolicyFileError` with
file:line:col; nothing is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.edits import AddItems, Batch, Edit, SetField
from app.domain.enums import Effect
from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, RULES
from app.domain.typography import labelled, semicolons
from app.importers.fides_collect import WORDS, Collector, PlannedItem
from app.importers.fides_read import RESOURCE_TYPES, Manifest, read_manifests
from app.importers.fides_resources import datasets, organizations, policies, taxonomy
from app.importers.fides_systems import PurposeFacts, apply_purpose_facts, systems

__all__ = ["FidesImportPlan", "PlannedItem", "plan_fides_import"]


@dataclass
class FidesImportPlan:
    """What importing Fides manifests into a policy would do."""

    file: str
    additions: list[PlannedItem] = field(default_factory=list)
    skipped: list[PlannedItem] = field(default_factory=list)
    """Entries whose id already exists in the policy with the same Fides key (or none)."""
    collisions: list[str] = field(default_factory=list)
    """Two Fides keys that give one id, both named; only the first is imported."""
    notes: list[str] = field(default_factory=list)
    """What the import could not map one to one, and what it noted (file:line:col first)."""
    metadata: list[SetField] = field(default_factory=list)
    """Controller, DPO and organisation name set from an organization."""

    def edits(self) -> list[Edit]:
        """One :class:`AddItems` per section (items in file order), then the metadata fields."""
        sections: dict[str, list[Any]] = {}
        for planned in self.additions:
            sections.setdefault(planned.section, []).append(planned.item)
        edits: list[Edit] = [AddItems(section, tuple(items), translate(
            "fides import", "Add %n {section}", None, len(items)).format(section=section))
            for section, items in sections.items()]
        return edits + list(self.metadata)

    def batch(self) -> Batch:
        """Every edit as one (one undo step)."""
        return Batch(tuple(self.edits()), translate(
            "fides import", "Import %n items from Fides", None, len(self.additions)))

    def tally(self) -> str:
        """``8 to add, 2 already present, 1 collision, 3 notes``."""
        parts = [translate("fides import", "%n to add", None, len(self.additions)),
                 translate("fides import", "%n already present", None, len(self.skipped))]
        if self.metadata:
            parts.append(translate("fides import", "%n policy fields to set", None,
                                   len(self.metadata)))
        if self.collisions:
            count = len(self.collisions)
            parts.append(translate("fides import", "%n collision", None, count) if count == 1
                         else translate("fides import", "%n collisions", None, count))
        if self.notes:
            count = len(self.notes)
            parts.append(translate("fides import", "%n note", None, count) if count == 1
                         else translate("fides import", "%n notes", None, count))
        return ", ".join(parts)

    def preview_lines(self) -> list[str]:
        """The preview and the summary, one line each.

        ``+`` per addition, ``~`` per policy field set, ``=`` per skipped item, ``!`` per
        collision and note (what did not map one to one).
        """
        lines = [f"+ {p.preview()}" + _suffix(p) for p in self.additions]
        lines += ["~ " + labelled(".".join(s.path), _words(s.value)) for s in self.metadata]
        lines += [translate("fides import", "= {kind} {id} exists, skipped").format(
            kind=p.kind, id=p.item_id) for p in self.skipped]
        lines += [translate("fides import", "! collision: {text}").format(text=text)
                  for text in self.collisions]
        lines += [f"! {text}" for text in self.notes]
        return lines


def _suffix(planned: PlannedItem) -> str:
    item: Any = planned.item
    parts = []
    if planned.section == RULES:
        parts.append(str(item.effect))
        if item.recipients:
            parts.append(translate("fides import", "to {recipients}").format(
                recipients=", ".join(item.recipients)))
    elif planned.section == RECIPIENTS or (planned.section == PURPOSES and item.kind != "other"):
        parts.append(str(item.kind))
    elif planned.section == CATEGORIES and item.sensitivity != "personal":
        parts.append(str(item.sensitivity))
    if planned.fides_key and planned.fides_key != planned.item_id:
        parts.append(translate("fides import", "Fides {key}").format(key=planned.fides_key))
    if planned.origin and planned.section in WORDS and planned.section not in (RULES,):
        parts.append(planned.origin)
    return f"  ({semicolons(parts)})" if parts else ""


def _words(value: Any) -> str:
    if hasattr(value, "name") and hasattr(value, "email"):
        return ", ".join(v for v in (value.name, value.email) if v)
    return str(value)


def plan_fides_import(policy: Policy, path: str | Path) -> FidesImportPlan:
    """Compare the Fides manifest(s) at ``path`` (a file or a folder) with ``policy``.

    Raises:
        PolicyFileError: a file cannot be read or is not in the shape of a Fides manifest.
    """
    manifests = read_manifests(path)
    col = Collector(policy)
    for m in manifests:
        _unknown_resources(col, m)
    first = True
    for m in manifests:
        first = organizations(col, m, first)
    subjects: dict[str, dict[str, Any]] = {}
    for m in manifests:
        taxonomy(col, m, subjects)
    for m in manifests:
        datasets(col, m)
    facts: dict[str, PurposeFacts] = {}
    systems(col, manifests, facts)
    apply_purpose_facts(col, facts, subjects)
    for m in manifests:
        policies(col, m)
    if policy.format_version == 1 and any(
            p.section == RULES and p.item.effect == Effect.ALLOW and not p.item.recipients
            for p in col.additions()):
        col.note(translate("fides import", "the policy is format 1, where a rule without "
                           "recipients allows disclosure to any recipient; migrate it "
                           "(policy-studio migrate) so imported internal uses stay internal"))
    return FidesImportPlan(str(path), col.additions(), col.skipped, col.collisions, col.notes,
                           col.metadata)


def _unknown_resources(col: Collector, m: Manifest) -> None:
    for key in m.data:
        if key not in RESOURCE_TYPES:
            col.note(translate("fides import", "{at}: resource type '{type}' is not imported "
                               "(this import reads {types})").format(
                at=m.at((key,), key=True), type=str(key)[:80], types=", ".join(RESOURCE_TYPES)))
