"""Facts about data-protection regimes: the regions where each applies and those it deems adequate.

Both are region codes or groups (``eea``, ``GB``, ``US-CA``, ``eu_adequate``) judged by
containment in a :class:`~app.domain.regions.RegionCatalogue`, so ``eea`` covers ``DE`` and
``US`` covers ``US-CA``. A group's ``conditions`` name partial adequacy decisions: such a country
is adequate only for recipients meeting the condition, never by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.models import Policy
from app.domain.region_codes import canonical_region
from app.domain.regions import RegionCatalogue


@dataclass(frozen=True)
class JurisdictionInfo:
    """One regime: where it applies and which other regions it deems adequate."""

    id: str
    name: str
    applies_in: frozenset[str]
    """Regions (codes or groups) where the regime applies."""
    adequate: frozenset[str]
    """Regions (codes or groups) the regime recognises as giving adequate protection."""
    restricts_transfers: bool = True
    notes: str = ""

    def applies_to(self, code: str, regions: RegionCatalogue) -> bool:
        """Whether ``code`` lies where the regime applies."""
        return not self.applies_in.isdisjoint(regions.ancestors(code))

    def needs_safeguard(self, code: str, regions: RegionCatalogue) -> bool:
        """True when sending data to ``code`` is a transfer this regime restricts."""
        return self.restricts_transfers and not self.applies_to(code, regions)

    def is_adequate(self, code: str, regions: RegionCatalogue) -> bool:
        """Whether the regime deems ``code`` adequate in full (partial decisions do not count)."""
        return not self.adequate.isdisjoint(regions.ancestors(code))

    def condition(self, code: str, regions: RegionCatalogue) -> str | None:
        """The condition of a partial adequacy decision covering ``code``, if there is one."""
        around = regions.ancestors(code)
        for listed in sorted(self.adequate):
            group = regions.groups.get(listed)
            if group is None:
                continue
            for place, text in sorted(group.conditions.items()):
                if place in around:
                    return text
        return None


def _codes(value: Any) -> frozenset[str]:
    return frozenset(str(canonical_region(v)) for v in value or ())


def jurisdictions_from_data(data: Mapping[str, Any]) -> dict[str, JurisdictionInfo]:
    """The regimes described by ``data`` (the shape of ``resources/jurisdictions.yaml``), by id."""
    entries = data.get("jurisdictions", data)
    return {
        key: JurisdictionInfo(
            key,
            str(entry.get("name", key)),
            _codes(entry.get("applies_in")),
            _codes(entry.get("adequate")),
            bool(entry.get("restricts_transfers", True)),
            str(entry.get("notes", "")),
        )
        for key, entry in entries.items()
        if isinstance(entry, dict)
    }


def transfer_regimes(policy: Policy, known: Mapping[str, JurisdictionInfo],
                     regions: RegionCatalogue) -> list[JurisdictionInfo]:
    """The regimes whose transfer rules apply to ``policy``.

    Those of its jurisdictions that restrict transfers and, when the controller's
    establishment is known, that apply where it is established (a subdivision counts as
    inside its country: ``US-CA`` is in ``US``).
    """
    restricting = [known[str(j)] for j in policy.policy.jurisdictions
                   if str(j) in known and known[str(j)].restricts_transfers]
    home = policy.policy.establishment
    if home is None:
        return restricting
    return [j for j in restricting if j.applies_to(home, regions)]
