"""What exported engines need precomputed: region containment and internal recipients.

Engines cannot know ISO 3166 or the named groups, nor find a recipient's nearest declared
ancestor, so exports carry exactly the facts their rules need, computed here with the same
:class:`~app.domain.regions.RegionCatalogue` and rules as ``decide``:

- :func:`region_index`: for every region a rule's region contains (the rule regions, the members
  of groups, the ISO subdivisions of named subdivisions), the rule regions that contain it.
  A country's own subdivisions are *not* listed: a subdivision code that is not a key counts as
  its country (its first two letters), which is what containment means for it then.
- :func:`internal_roots`: where the recipient hierarchy turns internal (format 2 rules without
  recipients cover these).
"""

from __future__ import annotations

from app.domain.enums import RecipientKind
from app.domain.ids import covers, lineage, parent
from app.domain.models import Policy
from app.domain.region_codes import canonical_region, is_iso_shaped
from app.domain.regions import RegionCatalogue, iso_children


def rule_regions(policy: Policy) -> list[str]:
    """Every region some use rule names, sorted."""
    return sorted({region for rule in policy.rules for region in rule.regions})


def region_scope(code: str, regions: RegionCatalogue) -> list[str]:
    """The codes ``code`` contains that must be written out, ``code`` first, then sorted.

    Groups expand to their members (through nested groups, the groups included), subdivisions
    to their ISO descendants; a country stands for its subdivisions (they are not listed).
    """
    seen = {code}
    todo = [code]
    while todo:
        current = todo.pop()
        group = regions.groups.get(current)
        inside = sorted(group.members) if group else []
        if is_iso_shaped(current) and "-" in current:
            inside += iso_children(current)
        for member in inside:
            if member not in seen:
                seen.add(member)
                todo.append(member)
    return [code, *sorted(seen - {code})]


def region_index(policy: Policy, regions: RegionCatalogue) -> dict[str, list[str]]:
    """Region -> the rule regions containing it, for every region a rule region contains."""
    catalogue = regions.with_policy(policy)
    named = rule_regions(policy)
    wanted = set(named)
    keys = {code for region in named for code in region_scope(region, catalogue)}
    return {code: sorted(catalogue.ancestors(code) & wanted) for code in sorted(keys)}


def request_region(value: str | None) -> str | None:
    """A request's region as engines compare it (canonical spelling)."""
    return None if value is None else str(canonical_region(value))


def lookup_region(index: dict[str, list[str]], code: str) -> list[str]:
    """The rule regions containing ``code`` by :func:`region_index` (read as engines read it)."""
    found = index.get(code)
    if found is None and is_iso_shaped(code):
        found = index.get(code[:2])
    return found or []


def recipient_kinds(policy: Policy) -> dict[str, RecipientKind]:
    """Declared recipient id -> kind (the first of a duplicated id counts, as in decide)."""
    kinds: dict[str, RecipientKind] = {}
    for recipient in policy.recipients:
        kinds.setdefault(recipient.id, recipient.kind)
    return kinds


def is_internal(kinds: dict[str, RecipientKind], recipient: str) -> bool:
    """Whether ``recipient``'s nearest declared ancestor-or-self is of kind internal."""
    kind = next((kinds[r] for r in lineage(recipient) if r in kinds), None)
    return kind is RecipientKind.INTERNAL


def internal_roots(policy: Policy) -> dict[str, list[str]]:
    """Internal recipient id -> the non-internal roots nested directly in it.

    A root is a declared recipient whose internal-ness differs from its parent's; a recipient
    is internal when it is below an internal root and below none of that root's exclusions.
    """
    kinds = recipient_kinds(policy)
    roots = sorted(r for r in kinds
                   if is_internal(kinds, r) != (parent(r) is not None
                                                and is_internal(kinds, parent(r) or "")))
    found: dict[str, list[str]] = {}
    for root in roots:
        if not is_internal(kinds, root):
            continue
        found[root] = [r for r in roots if r != root and covers(root, r)
                       and not any(o not in (root, r) and covers(root, o) and covers(o, r)
                                   for o in roots)]
    return found
