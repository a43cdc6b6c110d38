"""Helpers to build small policies and run the check catalogue on them (imported by tests).

``make_policy`` fills in everything a tidy policy has (names, descriptions, a legal basis,
retention...), so a test only spells out what it is about and sees only the findings it
provokes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.ids import ancestors
from app.domain.models import Policy
from app.validation.finding import Finding
from app.validation.runner import run_checks

TODAY = dt.date(2026, 6, 1)

_METADATA: dict[str, Any] = {
    "id": "test_policy",
    "title": "Test policy",
    "status": "draft",
    "controller": {"name": "Tidy Ltd", "email": "privacy@test-policy.eu"},
    "dpo": {"name": "Dana Protector", "email": "dpo@test-policy.eu"},
    "jurisdictions": ["eu_gdpr"],
    "next_review": "2027-01-01",
    "security_measures": [{"id": "encryption", "name": "Encryption at rest"}],
}

_DEFAULTS: dict[str, dict[str, Any]] = {
    "categories": {},
    "subjects": {},
    "recipients": {"kind": "processor", "country": "DE"},
    "purposes": {"kind": "essential", "legal_basis": "contract", "consent": "none",
                 "rights": ["access", "erasure"]},
    "rules": {"effect": "allow"},
    "retention": {"duration": "P1Y", "citation": "Business need"},
    "regions": {},
}

_DESCRIBED = ("categories", "subjects", "recipients", "purposes", "rules", "regions")
_NAMED = ("categories", "subjects", "recipients", "purposes", "regions")


def _item(section: str, value: str | dict[str, Any]) -> dict[str, Any]:
    data = {"id": value} if isinstance(value, str) else dict(value)
    item: dict[str, Any] = {**_DEFAULTS[section], **data}
    if section in _NAMED:
        item.setdefault("name", item["id"].replace(".", " ").replace("_", " ").title())
    if section in _DESCRIBED:
        item.setdefault("description", f"About {item['id']}.")
    return item


def make_policy(*, policy: dict[str, Any] | None = None, with_retention: bool = True,
                **sections: list[str | dict[str, Any]]) -> Policy:
    """A policy from short section lists; items may be bare ids or dicts of overrides.

    Unless ``with_retention`` is False, a retention rule for every top-most declared category
    is added (after any given ones), so allowed data always has a retention period.
    """
    data: dict[str, Any] = {"policy": {**_METADATA, **(policy or {})}}
    for section, items in sections.items():
        data[section] = [_item(section, value) for value in items]
    if with_retention:
        declared = {c["id"] for c in data.get("categories", [])}
        roots = sorted(c for c in declared if not any(a in declared for a in ancestors(c)))
        if roots:
            data.setdefault("retention", []).append(
                _item("retention", {"id": "keep_default", "categories": roots}))
    return Policy.model_validate(data)


def findings(policy: Policy, code: str | None = None) -> list[Finding]:
    """Findings for ``policy`` (only those of ``code`` when given), as of :data:`TODAY`."""
    found = run_checks(policy, today=TODAY)
    return [f for f in found if code is None or f.code == code]


def codes(policy: Policy) -> set[str]:
    """The codes of every finding for ``policy``."""
    return {f.code for f in findings(policy)}


def base() -> dict[str, Any]:
    """Sections of a small tidy policy that yields no finding at all (a fresh copy)."""
    return {
        "categories": ["contact", "contact.email", "contact.phone", "account.id"],
        "subjects": ["customers"],
        "recipients": [{"id": "mailer", "processor_contract": "DPA-2026-01"}],
        "purposes": ["service"],
        "rules": [{"id": "serve", "categories": ["contact", "account.id"],
                   "purposes": ["service"], "recipients": ["mailer"]}],
    }


def mentions(message: str, item_id: str) -> bool:
    """True when ``message`` names the item ``item_id`` by its id or by the name
    :func:`make_policy` gives it (checks say names first, ids only where they add something).
    """
    name = item_id.replace(".", " ").replace("_", " ").title()
    return item_id in message or f"“{name}”" in message
