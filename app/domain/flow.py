"""What the data-flow map shows, worked out without Qt: categories -> purposes -> recipients.

Edges come from allow rules: each rule links the declared categories it covers to the declared
purposes it covers, and those purposes to the declared recipients it names (format 2: ``*``
every declared recipient, no recipients the internal ones), as far as the rule
takes part in allowing a use (:mod:`app.domain.allowed`, deny rules applied). Long lists of
categories or purposes are grouped into families by their dotted ids (``area01`` stands for
every used ``area01.*``) so a large policy's map stays readable; an expanded family shows its
next level down instead. An edge between families joins them when a rule allows some use of a
member of one for a member of the other. Transfers are judged with the transfer regimes the
caller passes (the ones the transfer checks use).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.allowed import AllowedUses
from app.domain.enums import Effect, RecipientKind, Sensitivity, label
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.ids import Hierarchy, by_id, lineage
from app.domain.jurisdictions import JurisdictionInfo
from app.domain.legal_bases import summary
from app.domain.models import DataCategory, Policy, Purpose, Recipient
from app.domain.region_codes import ANY_RECIPIENT
from app.domain.regions import NO_GROUPS, RegionCatalogue
from app.domain.sections import CATEGORIES, PURPOSES, RECIPIENTS
from app.domain.sections import section as section_info
from app.domain.transfers import Standing, judge, places, transfers, where
from app.domain.typography import labelled

GROUP_ABOVE = 24
"""Group categories (and, separately, purposes) into families by their dotted ids when more
than this many are used."""
COLUMNS = (CATEGORIES, PURPOSES, RECIPIENTS)
ART_9 = QT_TRANSLATE_NOOP("flow badge", "Art. 9")
ART_10 = QT_TRANSLATE_NOOP("flow badge", "Art. 10")
THIRD_PARTY = QT_TRANSLATE_NOOP("flow badge", "third party")
NO_SAFEGUARD = QT_TRANSLATE_NOOP("flow badge", "no safeguard")
"""The badges' keys (the view colours boxes by them); :func:`badge_words` shows them."""


def badge_words(badge: str) -> str:
    """A badge as the reader reads it (a country code stays as it is)."""
    return translate("flow badge", badge)


@dataclass
class Node:
    """One box of the map: an item, or a family of items (a group) that can be expanded."""

    section: str
    id: str
    """The item it opens (for a group: the family's parent when declared, or its first member)."""
    title: str
    members: list[str] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    """Markings: ``Art. 9``, ``Art. 10``, ``third party``, a country code, ``no safeguard``."""
    notes: list[str] = field(default_factory=list)
    """Plain-word sentences explaining the badges."""
    group: str | None = None
    """For a group: the dotted id its members share (what expanding it names)."""
    within: str | None = None
    """The expanded family this box was shown in, if any (what collapsing it names)."""

    @property
    def key(self) -> tuple[str, str]:
        """(section, id)."""
        return self.section, self.id

    def describe(self) -> str:
        """Tooltip and screen-reader text."""
        info = section_info(self.section)
        text = f"{info.noun} {self.title} ({self.id})"
        if self.group is not None:
            items = ", ".join(self.members[:20])
            if len(self.members) > 20:
                items = translate("flow", "{items} and %n more", None,
                                  len(self.members) - 20).format(items=items)
            text = translate("flow", "{section} under {group}: %n used: {items} (double-click "
                             "or Enter to expand)", None, len(self.members)).format(
                section=info.title, group=self.group, items=items)
        return ". ".join([text, *self.notes])


@dataclass
class Flow:
    """Nodes by column and edges (source key, target key) -> rule ids."""

    columns: dict[str, list[Node]] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    edges: dict[tuple[tuple[str, str], tuple[str, str]], list[str]] = field(default_factory=dict)
    grouped: bool = False
    """Categories are grouped into families."""
    purposes_grouped: bool = False
    """Purposes are grouped into families."""

    def node(self, section: str, item_id: str) -> Node | None:
        """The node of ``(section, item_id)``."""
        return next((n for n in self.columns[section] if n.id == item_id), None)


Expanded = frozenset[tuple[str, str]]
"""The families shown opened: (section, dotted id)."""


def build_flow(policy: Policy, regimes: Sequence[JurisdictionInfo] = (),
               group_above: int = GROUP_ABOVE, regions: RegionCatalogue = NO_GROUPS,
               expanded: Expanded = frozenset()) -> Flow:
    """The data-flow map of ``policy``.

    Args:
        policy: The policy to map.
        regimes: The transfer regimes that apply (see
            :func:`app.domain.jurisdictions.transfer_regimes`); none: no transfer markings.
        group_above: Group categories, and purposes, into families above this many used.
        regions: The region groups the regimes' areas are judged with.
        expanded: Families shown opened (their sub-families or items instead of one box).
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
    used_categories = {c for pairs in allowed.values() for c, _ in pairs if c in declared}
    used_purposes = {p for pairs in allowed.values() for _, p in pairs if p in purposes}
    flow.grouped = len(used_categories) > group_above
    flow.purposes_grouped = len(used_purposes) > group_above
    category_groups = _families(CATEGORIES, [c for c in categories if c in used_categories],
                                flow.grouped, expanded)
    purpose_groups = _families(PURPOSES, [p for p in purposes if p in used_purposes],
                               flow.purposes_grouped, expanded)
    for (group, within), members in category_groups.items():
        flow.columns[CATEGORIES].append(_category_node(categories, group, members, within))
    for (group, within), members in purpose_groups.items():
        flow.columns[PURPOSES].append(_purpose_node(purposes, group, members, within))
    category_key = _keys(flow.columns[CATEGORIES])
    purpose_key = _keys(flow.columns[PURPOSES])
    internal = [r for r in recipients if uses.engine.version >= 2 and uses.engine.is_internal(r)]
    receiving: dict[str, None] = {}
    shared: dict[tuple[str, str], dict[str, list[int]]] = {}
    """Purpose node key -> recipient -> the rules sharing with it (file order)."""
    for index, pairs in allowed.items():
        rule = policy.rules[index]
        aims = list(dict.fromkeys(purpose_key[p] for _, p in pairs if p in purpose_key))
        sharing = _receiving(uses, index, recipient_tree, list(recipients), internal)
        receiving.update(dict.fromkeys(sharing))
        for source, aim in dict.fromkeys((category_key[c], purpose_key[p]) for c, p in pairs
                                         if c in category_key and p in purpose_key):
            flow.edges.setdefault((source, aim), []).append(rule.id)
        for aim in aims:
            shared.setdefault(aim, {}).setdefault(id(sharing), [sharing, []])[1].append(index)
    for aim, by_list in shared.items():
        to: dict[str, list[int]] = {}
        for sharing, indices in by_list.values():
            for recipient in sharing:
                to.setdefault(recipient, []).extend(indices)
        for recipient, indices in to.items():
            flow.edges[(aim, (RECIPIENTS, recipient))] = [
                policy.rules[i].id for i in sorted(set(indices))]
    for recipient_id, recipient in recipients.items():
        if recipient_id in receiving:
            flow.columns[RECIPIENTS].append(_recipient_node(recipient, regimes, regions))
    return flow


def _families(section: str, used: list[str], grouped: bool, expanded: Expanded
              ) -> dict[tuple[str, str | None], list[str]]:
    """(shown id, expanded family it is in) -> the used items it stands for, in file order.

    Grouped, an item is shown under its top-level family, or, when that is expanded, under
    the next level down, and so on to the item itself.
    """
    found: dict[tuple[str, str | None], list[str]] = {}
    for item in used:
        shown, within = item, None
        if grouped:
            for prefix in reversed(lineage(item)):  # the top-level family first
                shown = prefix
                if prefix == item or (section, prefix) not in expanded:
                    break
                within = prefix
        found.setdefault((shown, within), []).append(item)
    return found


def _keys(nodes: list[Node]) -> dict[str, tuple[str, str]]:
    """Item id -> the key of the node standing for it."""
    return {member: node.key for node in nodes for member in node.members}


def _purpose_node(purposes: dict[str, Purpose], group: str, members: list[str],
                  within: str | None) -> Node:
    declared = purposes.get(group)
    title = (declared.name or group) if declared else group
    if len(members) == 1 and members[0] == group and declared is not None:
        return Node(PURPOSES, group, title, members, within=within,
                    notes=[translate("flow", "{kind} purpose, legal basis {bases}").format(
                        kind=label(declared.kind), bases=bases) if (bases := summary(declared))
                        else translate("flow", "{kind} purpose, no legal basis").format(
                        kind=label(declared.kind))])
    return Node(PURPOSES, group if declared else members[0], f"{title} ({len(members)})",
                members, group=group, within=within)


def _category_node(categories: dict[str, DataCategory], group: str, members: list[str],
                   within: str | None = None) -> Node:
    declared = categories.get(group)
    title = declared.name or group if declared else group
    family = len(members) > 1 or members[0] != group
    if family:
        title += f" ({len(members)})"
    node = Node(CATEGORIES, group if declared else members[0], title, members,
                group=group if family else None, within=within)
    levels = {categories[m].sensitivity for m in members}
    for level, badge in ((Sensitivity.SPECIAL_CATEGORY, ART_9),
                         (Sensitivity.CRIMINAL, ART_10)):
        if level in levels:
            which = [m for m in members if categories[m].sensitivity == level]
            node.badges.append(badge)
            node.notes.append(labelled(label(level), ", ".join(which)))
    return node


def _receiving(uses: AllowedUses, index: int, tree: Hierarchy, declared: list[str],
               internal: list[str]) -> Sequence[str]:
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
        return internal
    return tree.covered_by_any(named)


def _recipient_node(recipient: Recipient, regimes: Sequence[JurisdictionInfo],
                    regions: RegionCatalogue) -> Node:
    node = Node(RECIPIENTS, recipient.id, recipient.name or recipient.id)
    found = [where(p) for p in places(recipient)]
    node.notes.append(translate("flow", "{kind} in {places}").format(
        kind=label(recipient.kind), places=", ".join(found)) if found else
        translate("flow", "{kind} in an unknown country").format(kind=label(recipient.kind)))
    if recipient.kind == RecipientKind.THIRD_PARTY:
        node.badges.append(THIRD_PARTY)
    judged = transfers(judge(recipient, regimes, regions))
    if judged:
        node.badges.extend(dict.fromkeys(j.place.code for j in judged))
        names = ", ".join(dict.fromkeys(label(j.regime.id) for j in judged))
        if recipient.safeguard is not None:
            node.notes.append(translate("flow", "transfer outside {regimes}, safeguard: "
                                        "{safeguard}").format(
                regimes=names, safeguard=label(recipient.safeguard)))
        else:
            node.badges.append(NO_SAFEGUARD)
            adequate = all(j.standing == Standing.ADEQUATE for j in judged)
            words = translate(
                "flow", "transfer outside {regimes} without a recorded safeguard (the country "
                "is deemed adequate)") if adequate else translate(
                "flow", "transfer outside {regimes} without a recorded safeguard")
            node.notes.append(words.format(regimes=names))
    return node
