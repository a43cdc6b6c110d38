"""Facts about data-protection regimes: home countries and recognised adequate countries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.models import Policy


@dataclass(frozen=True)
class JurisdictionInfo:
    """One regime: where it applies and which other countries it deems adequate."""

    id: str
    name: str
    home_countries: frozenset[str]
    adequate_countries: frozenset[str]
    restricts_transfers: bool = True

    def needs_safeguard(self, country: str) -> bool:
        """True when sending data to ``country`` is a transfer this regime restricts."""
        return self.restricts_transfers and country not in self.home_countries


def jurisdictions_from_data(data: Mapping[str, Any]) -> dict[str, JurisdictionInfo]:
    """The regimes described by ``data`` (the shape of ``resources/jurisdictions.yaml``), by id."""
    entries = data.get("jurisdictions", data)
    return {
        key: JurisdictionInfo(
            key,
            str(entry.get("name", key)),
            frozenset(entry.get("home_countries") or ()),
            frozenset(entry.get("adequate_countries") or ()),
            bool(entry.get("restricts_transfers", True)),
        )
        for key, entry in entries.items()
        if isinstance(entry, dict)
    }


def transfer_regimes(policy: Policy,
                     known: Mapping[str, JurisdictionInfo]) -> list[JurisdictionInfo]:
    """The regimes whose transfer rules apply to ``policy``.

    Those of its jurisdictions that restrict transfers and, when the controller's
    establishment is known, that govern the country it is established in.
    """
    restricting = [known[str(j)] for j in policy.policy.jurisdictions
                   if str(j) in known and known[str(j)].restricts_transfers]
    home = policy.policy.establishment
    if home is None:
        return restricting
    return [j for j in restricting if home in j.home_countries]
