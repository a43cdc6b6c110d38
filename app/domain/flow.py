"""What the data-flow map shows, worked out without Qt: categories -> purposes -> recipients.

Edges come from allow rules: each rule links the declared categories it covers to the declared
purposes it covers, and those purposes to the declared recipients it names (format 2: ``*``
every declared recipient, no recipients the internal ones), as far as the rule
takes part in allowing a use (:mod:`app.domain.allowed`, deny rules applied). Long category
lists are grouped under their top-level category so the map stays readable. Transfers are
judged with the transfer regimes the caller passes (the ones the transfer checks use).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.allowed import AllowedUses
from app.domain.enums import Effect, RecipientKind, Sensitivity, label
from app.domain.ids import Hierarchy, by_id, lineage
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.legal_bases import summary
from app.domain.models import DataCategory, Policy, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS
from app.domain.sections import section as section_info
from app.domain.transfers import Standing, judge, places, transfers, where

GROUP_ABOVE = 24
"""Group categories under their top-level id when more than this many are used."""
COLUMNS = (CATEGORIES, PURPOSES, RECIPIENTS)


@dataclass
class Node:
    """One box of the map."""

    section: str
    id: str
    """The item it opens (for a group: the top-level category, or its first member)."""
    title: str
    members: list[str] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    """Markings: ``Art. 9``, ``Art. 10``, ``third party``, a country code, ``no safeguard``."""
    notes: list[str] = field(default_factory=list)
    """Plain-word sentences explaining the badges."""

    @property
    def key(self) -> tuple[str, str]:
        """(section, id)."""
        return self.section, self.id

    def describe(self) -> str:
        """Tooltip and screen-reader text."""
        text = f"{section_info(self.section).noun} {self.title} ({self.id})"
        if len(self.members) > 1:
            text += f", {len(self.members)} categories used: {', '.join(self.members)}"
        return ". ".join([text, *self.notes])


@dataclass
class Flow:
    """Nodes by column and edges (source key, target key) -> rule ids."""

    columns: dict[str, list[Node]] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    edges: dict[tuple[tuple[str, str], tuple[str, str]], list[str]] = field(default_factory=dict)
    grouped: bool = False

    def node(self, section: str, item_id: str) -> Node | None:
        """The node of ``(section, item_id)``."""
        return next((n for n in self.columns[section] if n.id == item_id), None)


def build_flow(policy: Policy, regimes: Sequence[JurisdictionInfo] = (),
               group_above: int = GROUP_ABOVE, regions: RegionCatalogue = NO_GROUPS) -> Flow:
    """The data-flow map of ``policy``.

    Args:
        policy: The policy to map.
        regimes: The transfer regimes that apply (see
            :func:`app.domain.jurisdictions.transfer_regimes`); none: no transfer markings.
        group_above: Group categories under their top-level id above this many.
        regions: The region groups the regimes' areas are judged with.
    """
    uses = AllowedUses(policy, regions=regions)
    categories, purposes = by_id(policy.categories), by_id(policy.purposes)
    recipients = by_id(policy.recipients)
    recipient_tree = Hierarchy(recipients)
    flow = Flow()
    # What each allow rule takes part in allowing (as decide does: deny rules applied).
    allowed = {i: list(uses.rule_pairs(i)) for i, r in enumerate(policy.rules)
               if r.effect == Effect.ALLOW and r.categories and r.purposes}
    allowed = {i: pairs for i, pairs in allowed.items() if pairs}
    declared = uses.category_tree.declared_set
    used = {c for pairs in allowed.values() for c, _ in pairs if c in declared}
    flow.grouped = len(used) > group_above
    groups: dict[str, list[str]] = {}
    for category in categories:  # declared order
        if category in used:
            groups.setdefault(lineage(category)[-1] if flow.grouped else category,
                              []).append(category)
    for group, members in groups.items():
        flow.columns[CATEGORIES].append(_category_node(categories, group, members))
    group_of = {m: g for g, members in groups.items() for m in members}
    aimed: dict[str, None] = {}
    receiving: dict[str, None] = {}
    for index, pairs in allowed.items():
        rule = policy.rules[index]
        aims = list(dict.fromkeys(p for _, p in pairs if p in purposes))
        sharing = _receiving(uses, index, recipient_tree, list(recipients))
        aimed.update(dict.fromkeys(aims))
        receiving.update(dict.fromkeys(sharing))
        for source, aim in dict.fromkeys((group_of[c], p) for c, p in pairs
                                         if c in group_of and p in purposes):
            node = flow.columns[CATEGORIES][list(groups).index(source)]
            flow.edges.setdefault((node.key, (PURPOSES, aim)), []).append(rule.id)
        for aim in aims:
            for recipient in sharing:
                flow.edges.setdefault(((PURPOSES, aim), (RECIPIENTS, recipient)),
                                      []).append(rule.id)
    for purpose, item in purposes.items():
        if purpose in aimed:
            flow.columns[PURPOSES].append(
                Node(PURPOSES, purpose, item.name or purpose,
                     notes=[f"{label(item.kind)} purpose"
                            + (f", legal basis {bases}" if (bases := summary(item))
                               else ", no legal basis")]))
    for recipient_id, recipient in recipients.items():
        if recipient_id in receiving:
            flow.columns[RECIPIENTS].append(_recipient_node(recipient, regimes, regions))
    return flow


def _category_node(categories: dict[str, DataCategory], group: str, members: list[str]) -> Node:
    declared = categories.get(group)
    title = declared.name or group if declared else group
    if len(members) > 1 or members[0] != group:
        title += f" ({len(members)})"
    node = Node(CATEGORIES, group if declared else members[0], title, members)
    levels = {categories[m].sensitivity for m in members}
    for level, badge in ((Sensitivity.SPECIAL_CATEGORY, "Art. 9"),
                         (Sensitivity.CRIMINAL, "Art. 10")):
        if level in levels:
            which = [m for m in members if categories[m].sensitivity == level]
            node.badges.append(badge)
            node.notes.append(f"{label(level)}: {', '.join(which)}")
    return node


def _receiving(uses: AllowedUses, index: int, tree: Hierarchy, declared: list[str]
               ) -> Sequence[str]:
    """The declared recipients allow rule ``index`` discloses to, as far as it allows a use.

    In format 2 ``*`` reaches every declared recipient and a rule without recipients the
    internal ones (internal use only); in format 1 only the recipients a rule names.
    """
    named = uses.rule_values(index, RECIPIENTS)
    if uses.engine.version < 2:
        return tree.covered_by_any(named)
    if ANY_RECIPIENT in named:
        return declared
    if not uses.policy.rules[index].recipients:
        return [r for r in declared if uses.engine.is_internal(r)]
    return tree.covered_by_any(named)


def _recipient_node(recipient: Recipient, regimes: Sequence[JurisdictionInfo],
                    regions: RegionCatalogue) -> Node:
    node = Node(RECIPIENTS, recipient.id, recipient.name or recipient.id)
    found = [where(p) for p in places(recipient)]
    node.notes.append(f"{label(recipient.kind)} in {', '.join(found) or 'an unknown country'}")
    if recipient.kind == RecipientKind.THIRD_PARTY:
        node.badges.append("third party")
    judged = transfers(judge(recipient, regimes, regions))
    if judged:
        node.badges.extend(dict.fromkeys(j.place.code for j in judged))
        names = ", ".join(dict.fromkeys(label(j.regime.id) for j in judged))
        if recipient.safeguard is not None:
            node.notes.append(f"transfer outside {names}, safeguard: "
                              f"{label(recipient.safeguard)}")
        else:
            node.badges.append("no safeguard")
            adequate = all(j.standing == Standing.ADEQUATE for j in judged)
            node.notes.append(f"transfer outside {names} without a recorded safeguard"
                              + (" (the country is deemed adequate)" if adequate else ""))
    return node
