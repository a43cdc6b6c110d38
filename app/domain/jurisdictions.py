"""Facts about data-protection regimes: home countries and recognised adequate countries."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.paths import RESOURCES

JURISDICTIONS_FILE = RESOURCES / "jurisdictions.yaml"


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


@lru_cache(maxsize=2)
def load_jurisdictions(path: Path = JURISDICTIONS_FILE) -> dict[str, JurisdictionInfo]:
    """Read ``resources/jurisdictions.yaml`` (cached)."""
    from app.storage.safe_yaml import read_bytes

    data = read_bytes(path.read_bytes(), str(path)).data
    assert isinstance(data, dict)
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
