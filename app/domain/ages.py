"""Ages that change what a policy needs: the age of digital consent per jurisdiction and region.

Below the *parental-consent age* of a region, consent to a consent-based use comes from a parent
or guardian (GDPR Art. 8: 16, or 13-15 where a member state says so; UK 13; COPPA 13). Some laws
also set an age below which data may be sold or shared only on an opt-in (CPRA: 16). The facts
are shipped in ``resources/jurisdictions.yaml`` (key ``parental_consent_ages`` of a jurisdiction)
and handed in by the storage layer; this module only reads the mapping and answers questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.i18n import translate
from app.domain.models import DataSubject

LOWEST_AGE = 13
"""Below this age every law Policy Studio knows requires a parent's consent."""
DEFAULT_HIGHEST = 16
"""The highest age of digital consent (GDPR Art. 8(1)), when the policy names no jurisdiction."""


@dataclass(frozen=True)
class ConsentAges:
    """One jurisdiction's ages: a default and the regions that set their own."""

    jurisdiction: str
    default: int | None = None
    regions: Mapping[str, int] = field(default_factory=dict)
    """Region code -> the parental-consent age there."""
    sale_or_sharing: Mapping[str, int] = field(default_factory=dict)
    """Region code -> the age below which sale or sharing needs an opt-in (CPRA)."""


def consent_ages_from_data(data: Mapping[str, Any]) -> dict[str, ConsentAges]:
    """The ages in ``data`` (the shape of ``resources/jurisdictions.yaml``), by jurisdiction."""
    entries = data.get("jurisdictions", data)
    found: dict[str, ConsentAges] = {}
    for key, entry in entries.items():
        ages = entry.get("parental_consent_ages") if isinstance(entry, dict) else None
        if not isinstance(ages, dict):
            continue
        default = ages.get("default")
        found[key] = ConsentAges(
            key, int(default) if default is not None else None,
            {str(k): int(v) for k, v in (ages.get("regions") or {}).items()},
            {str(k): int(v) for k, v in (ages.get("sale_or_sharing") or {}).items()})
    return found


def policy_ages(jurisdictions: Iterable[str], known: Mapping[str, ConsentAges],
                kind: str = "regions") -> dict[str, int]:
    """Region -> age for the policy's ``jurisdictions`` (``kind``: regions or sale_or_sharing).

    When two jurisdictions name one region, the higher age counts (the stricter rule).
    """
    found: dict[str, int] = {}
    for jurisdiction in jurisdictions:
        ages = known.get(str(jurisdiction))
        for region, age in (getattr(ages, kind) if ages else {}).items():
            found[region] = max(age, found.get(region, 0))
    return found


def may_be_under(subject: DataSubject, age: int) -> bool:
    """Whether some of ``subject``'s people may be younger than ``age``.

    Children (the flag) may be; otherwise only a known youngest age below ``age`` says so.
    """
    if subject.age_min is not None:
        return subject.age_min < age
    return subject.children


def ages_problem(subject: DataSubject, highest: int = DEFAULT_HIGHEST) -> str | None:
    """What is inconsistent in a subject's ages and children flag, or None.

    ``highest`` is the highest parental-consent age where the policy applies: nobody at or
    above it is a child in the sense of the flag.
    """
    low, high = subject.age_min, subject.age_max
    if low is not None and high is not None and low > high:
        return translate("ages", "the youngest age ({youngest}) is above the oldest "
                                 "({oldest})").format(youngest=low, oldest=high)
    if subject.children and low is not None and low >= highest:
        return translate("ages", "marked as children, but the youngest is {youngest}, at or "
                                 "above the highest age of digital consent where the policy "
                                 "applies ({highest})").format(youngest=low, highest=highest)
    youngest = low if low is not None else high
    if not subject.children and youngest is not None and youngest < LOWEST_AGE:
        return translate("ages", "not marked as children, but some may be {youngest}, under "
                                 "the lowest age of digital consent ({lowest})").format(
            youngest=youngest, lowest=LOWEST_AGE)
    return None

