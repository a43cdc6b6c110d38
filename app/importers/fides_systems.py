"""Fides systems read into a :class:`Collector`: privacy declarations become allow rules.

Each privacy declaration of a system says "this system uses these data categories for this
data use about these subjects". It becomes an allow rule (id ``system.declaration``, internal
use) over the categories, the purpose of its ``data_use`` and its subjects, and, when it
discloses data, a second one (``system.declaration.disclosed``) for its recipients:

- the systems it lists in ``egress`` (each a recipient: a ``processor`` when that system's
  ``responsibility`` is Processor or Sub-Processor, a ``third_party`` when it is Controller;
  otherwise ``third_party`` when the declaration shares data with third parties, else
  ``processor``);
- its ``third_parties`` (or, when it only says it shares data with third parties, one
  recipient ``<system>.third_parties``), as ``third_party`` recipients.

A declaration with neither is internal use (format 2). Its legal basis goes on the purpose
(``legal_basis``, or ``legal_bases`` when declarations give one use several bases), Consent
makes the purpose opt-in, its special-category basis becomes the Art. 9 condition, its
retention text a retention rule (a period when the text is only a period, else criteria).
A profiling use (its words) has ``automated_decisions`` with profiling, and the system's
``legal_basis_for_profiling`` in its logic; a subject flagged
``automated_decisions_or_profiling`` is listed with the profiling purposes that use its data.
The rights of the subjects a purpose serves become the purpose's rights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.domain.enums import ConsentMechanism, Effect, LegalBasis, RecipientKind
from app.domain.error_words import first_reason
from app.domain.i18n import translate
from app.domain.models import BasisEntry, RetentionRule, UseRule
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS, RETENTION, RULES, SUBJECTS
from app.importers.fides_collect import Collector, id_from_fides_key
from app.importers.fides_meaning import (
    ART9_CONDITIONS,
    LEGAL_BASES,
    is_profiling,
    retention_duration,
)
from app.importers.fides_read import Manifest, Where
from app.importers.fides_resources import referenced

PROCESSOR_ROLES = ("Processor", "Sub-Processor")


@dataclass
class PurposeFacts:
    """What the declarations say about one purpose, applied once all are read."""

    bases: dict[LegalBasis, str] = field(default_factory=dict)
    """Each legal basis and the first declaration giving it."""
    art9: set[Any] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)
    profiling: list[str] = field(default_factory=list)
    """What the systems say about the purpose's profiling (its legal basis)."""


def systems(col: Collector, manifests: list[Manifest],
            facts: dict[str, PurposeFacts]) -> None:
    """Plan rules, recipients, purposes and retention from every system of ``manifests``."""
    index = {entry.get("fides_key"): entry for m in manifests
             for entry, _ in m.entries("system")}
    for m in manifests:
        for entry, where in m.entries("system"):
            _system(col, m, entry, where, index, facts)


@dataclass
class SystemFacts:
    """What a system says that each of its declarations uses."""

    key: str
    system_id: str
    flows: dict[str, str]
    """Each egress target and its type (system, dataset, user)."""
    index: dict[Any, dict[str, Any]]
    """Every system of the manifests, by Fides key (for the recipients' responsibility)."""
    profiling_bases: str
    """The system's legal bases for profiling, when it uses profiling."""
    names: dict[str, int] = field(default_factory=dict)


def _system(col: Collector, m: Manifest, entry: dict[str, Any], where: Where,
            index: dict[Any, dict[str, Any]], facts: dict[str, PurposeFacts]) -> None:
    key = m.key(entry, where)
    flows = {m.key(flow, f_where): m.text(flow, f_where, "type") or "system"
             for flow, f_where in m.list_of(entry, where, "egress")}
    uses_profiling = m.flag(entry, where, "uses_profiling")
    bases = ", ".join(m.keys(entry, where, "legal_basis_for_profiling"))
    system = SystemFacts(key, id_from_fides_key(key) or "system", flows, index,
                         bases if uses_profiling else "")
    for flow_key, flow_type in flows.items():
        if flow_type == "system":
            _recipient(col, m.at((*where, "egress")), flow_key, index.get(flow_key), False)
    declarations = m.list_of(entry, where, "privacy_declarations")
    for number, (decl, d_where) in enumerate(declarations, 1):
        _declaration(col, m, decl, d_where, number, system, facts)
    if uses_profiling and not any(is_profiling(m.text(d, w, "data_use"))
                                  for d, w in declarations):
        col.note(translate("fides import", "{at}: system '{key}' uses profiling but no "
                           "declaration's data use says which purpose").format(
                               at=m.at((*where, "uses_profiling")), key=key))


def _declaration(col: Collector, m: Manifest, decl: dict[str, Any], where: Where, number: int,
                 system: SystemFacts, facts: dict[str, PurposeFacts]) -> None:
    at, key = m.at(where), system.key
    use = m.text(decl, where, "data_use")
    if not use:
        col.note(translate("fides import", "{at}: privacy declaration {number} of system "
                           "'{key}' has no data_use; not imported").format(
                               at=at, number=number, key=key))
        return
    label = m.text(decl, where, "name") or translate(
        "fides import", "declaration {number}").format(number=number)
    slug = id_from_fides_key(label).replace(".", "_") or f"declaration_{number}"
    system.names[slug] = system.names.get(slug, 0) + 1
    rule_id = f"{system.system_id}.{slug}" + (
        f"_{system.names[slug]}" if system.names[slug] > 1 else "")
    origin = translate("fides import", "named by system {key}").format(key=key)
    purpose = referenced(col, PURPOSES, use, m.at((*where, "data_use")), origin)
    if purpose is None:
        return
    fields: dict[str, Any] = {
        "description": translate("fides import", "From Fides system '{key}', privacy "
                                 "declaration '{label}'.").format(key=key, label=label),
        "effect": Effect.ALLOW, "purposes": [purpose],
        "categories": _ids(col, m, decl, where, "data_categories", CATEGORIES, origin),
        "subjects": _ids(col, m, decl, where, "data_subjects", SUBJECTS, origin)}
    recipients = _recipients(col, m, decl, where, system)
    try:
        rule = UseRule(id=rule_id, **fields)
        disclosed = UseRule(id=f"{rule_id}.disclosed", recipients=recipients,
                            **{**fields, "description": translate(
                                "fides import", "From Fides system '{key}', privacy "
                                "declaration '{label}', disclosed to its recipients.").format(
                                    key=key, label=label)}) if recipients else None
    except ValidationError as exc:
        col.note(translate("fides import", "{at}: system '{key}' declaration '{label}' is not "
                           "imported: {reason}").format(at=at, key=key, label=label[:80],
                                                       reason=first_reason(exc, UseRule)))
        return
    rule_origin = translate("fides import", "system {key}").format(key=key)
    rule_id = col.add(RULES, rule, origin=rule_origin)
    if disclosed is not None:  # a rule naming recipients covers only them, so the system's
        col.add(RULES, disclosed, origin=rule_origin)  # own use is the rule above
    fact = facts.setdefault(purpose, PurposeFacts())
    fact.subjects.update(rule.subjects)
    _bases(col, m, decl, where, fact, f"{key}: {label}")
    if (m.flag(decl, where, "processes_special_category_data")
            and not m.text(decl, where, "special_category_legal_basis")):
        col.note(translate("fides import", "{at}: system '{key}' declaration '{label}' "
                           "processes special-category data but names no special-category "
                           "legal basis").format(at=at, key=key, label=label))
    if is_profiling(use) and system.profiling_bases:
        fact.profiling.append(translate(
            "fides import", "Legal basis for profiling (Fides system {key}): {bases}.").format(
                key=key, bases=system.profiling_bases))
    retention = m.text(decl, where, "retention_period")
    if retention:
        _retention(col, rule_id, retention, rule.categories, purpose)


def _bases(col: Collector, m: Manifest, decl: dict[str, Any], where: Where,
           fact: PurposeFacts, source: str) -> None:
    """The declaration's Art. 6 basis and Art. 9 condition, for its purpose."""
    basis = m.text(decl, where, "legal_basis_for_processing")
    if basis in LEGAL_BASES:
        fact.bases.setdefault(LEGAL_BASES[basis], source)
    elif basis:
        col.note(translate("fides import", "{at}: legal basis '{basis}' is not a GDPR Art. 6 "
                           "basis Fides names; not imported").format(
                               at=m.at((*where, "legal_basis_for_processing")),
                               basis=basis[:80]))
    special = m.text(decl, where, "special_category_legal_basis")
    if special in ART9_CONDITIONS:
        fact.art9.add(ART9_CONDITIONS[special])
    elif special:
        col.note(translate("fides import", "{at}: special-category basis '{basis}' is "
                           "unknown; not imported").format(
                               at=m.at((*where, "special_category_legal_basis")),
                               basis=special[:80]))


def _ids(col: Collector, m: Manifest, owner: dict[str, Any], where: Where, name: str,
         section: str, origin: str) -> list[str]:
    at = m.at((*where, name))
    found = (referenced(col, section, key, at, origin) for key in m.keys(owner, where, name))
    return list(dict.fromkeys(i for i in found if i is not None))


def _recipients(col: Collector, m: Manifest, decl: dict[str, Any], where: Where,
                system: SystemFacts) -> list[str]:
    shared = m.flag(decl, where, "data_shared_with_third_parties")
    found = []
    for key in m.keys(decl, where, "egress"):
        if system.flows.get(key, "system") != "system":
            continue  # to a dataset or back to the person: not a disclosure
        found.append(_recipient(col, m.at((*where, "egress")), key, system.index.get(key),
                                shared))
    third = m.text(decl, where, "third_parties")
    if third or (shared and not found):
        key = third if third and id_from_fides_key(third) else f"{system.system_id}.third_parties"
        found.append(_recipient(col, m.at((*where, "third_parties")), key, None, True,
                                name=third or translate("fides import", "Third parties"),
                                is_key=False))
    return list(dict.fromkeys(r for r in found if r is not None))


def _recipient(col: Collector, at: str, key: str, system: dict[str, Any] | None,
               shared: bool, name: str = "", is_key: bool = True) -> str | None:
    roles = system.get("responsibility") if isinstance(system, dict) else None
    roles = roles if isinstance(roles, list) else []
    if any(role in PROCESSOR_ROLES for role in roles):
        kind = RecipientKind.PROCESSOR
    elif "Controller" in roles or shared:
        kind = RecipientKind.THIRD_PARTY
    else:
        kind = RecipientKind.PROCESSOR
    title = name or (str(system.get("name") or "") if isinstance(system, dict) else "")
    origin = translate("fides import", "named in egress") if is_key else \
        translate("fides import", "a declaration's third parties")
    item_id, _ = col.keyed(RECIPIENTS, key, at, name=title, kind=kind, is_key=is_key,
                           origin=origin)
    return item_id


def _retention(col: Collector, rule_id: str, text: str, categories: list[str],
               purpose: str) -> None:
    duration = retention_duration(text)
    col.add(RETENTION, RetentionRule(
        id=rule_id, description=translate("fides import", "Fides retention period: {text}")
        .format(text=text), categories=categories,
        purposes=[purpose], duration=duration, criteria="" if duration else text))


def apply_purpose_facts(col: Collector, facts: dict[str, PurposeFacts],
                        subjects: dict[str, dict[str, Any]]) -> None:
    """Put the bases, Art. 9 condition, rights and profiling gathered on each new purpose."""
    for purpose_id, fact in facts.items():
        rights = [r for s in sorted(fact.subjects) for r in subjects.get(s, {}).get("rights", [])]
        item = col.new(PURPOSES, purpose_id)
        if item is None:
            if fact.bases or rights:
                col.note(translate("fides import", "purpose {id} exists: its legal basis, "
                                   "rights and profiling from the manifests are not applied "
                                   "(edit it to add them)").format(id=purpose_id))
            continue
        bases = list(fact.bases)
        if len(bases) == 1:
            item.legal_basis = bases[0]
        elif bases:
            item.legal_bases = [BasisEntry(basis=b, note=translate(
                "fides import", "Fides: {declaration}").format(declaration=fact.bases[b]))
                for b in bases]
        if LegalBasis.CONSENT in bases:
            item.consent = ConsentMechanism.OPT_IN
        if len(fact.art9) == 1:
            item.art9_condition = next(iter(fact.art9))
        if rights:
            item.rights = list(dict.fromkeys(rights))
        if fact.profiling and item.automated_decisions is not None:
            logic = " ".join(dict.fromkeys([item.automated_decisions.logic, *fact.profiling]))
            item.automated_decisions = item.automated_decisions.model_copy(
                update={"logic": logic.strip()})
    for subject_id, fact in subjects.items():
        if fact.get("words") and not any(subject_id in f.subjects for f in facts.values()):
            col.note(translate("fides import", "subject {id}: Fides rights {rights} are kept in "
                               "its description only (no privacy declaration names it; rights "
                               "belong to purposes here)").format(id=subject_id,
                                                                  rights=fact["words"]))
        if fact.get("automated"):
            profiling = sorted(p for p, f in facts.items() if subject_id in f.subjects
                               and is_profiling(p))
            col.note((translate("fides import", "subject {id} is subject to automated "
                                "decisions or profiling (Fides): profiling purposes using its "
                                "data: {purposes}") if profiling else
                      translate("fides import", "subject {id} is subject to automated "
                                "decisions or profiling (Fides): no purpose using its data is "
                                "a profiling use; review its purposes' automated decisions"))
                     .format(id=subject_id, purposes=", ".join(profiling)))
        if fact.get("unmatched"):
            col.note(translate("fides import", "subject {id}: Fides right(s) {rights} have no "
                               "counterpart among a purpose's rights (being informed is the "
                               "notice itself)").format(id=subject_id,
                                                        rights=", ".join(fact["unmatched"])))
