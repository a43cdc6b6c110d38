"""Seeded random pairs of small policies (an old version and an edited new one) for impact tests.

Random category and purpose trees, allow and deny rules with subjects, recipients (``*`` and
internal ones included) and regions (countries, subdivisions, shipped and own groups),
opt-in/opt-out/none purposes with GPC, retention rules, format 1 and 2, then random edits.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from app.domain.models import Policy

_CATEGORIES = ["contact", "contact.email", "contact.phone", "location", "location.precise",
               "health", "contact.email.work"]
_PURPOSES = ["marketing", "marketing.email", "analytics", "analytics.product", "support",
             "marketing.email.promo"]
_SUBJECTS = ["customer", "customer.minor", "employee"]
_RECIPIENTS = ["crm", "crm.eu", "adnet", "payroll"]
_REGIONS = ["DE", "FR", "FR-IDF", "FR-75C", "US", "US-CA", "eu", "eea", "grp_a", "grp_b"]
_DURATIONS = ["P30D", "P1Y", "P2Y", "P10Y", None]


def _some(rng: random.Random, values: list[str], most: int) -> list[str]:
    return rng.sample(values, rng.randint(0, min(most, len(values))))


def _rule(rng: random.Random, index: int, version: int,
          categories: list[str], purposes: list[str]) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": f"r{index}", "effect": rng.choice(["allow", "allow", "deny"]),
        "categories": _some(rng, categories, 2) or categories[:1],
        "purposes": _some(rng, purposes, 2) or purposes[:1]}
    if rng.random() < 0.4:
        rule["subjects"] = _some(rng, _SUBJECTS, 2)
    roll = rng.random()
    if roll < 0.3:
        rule["recipients"] = _some(rng, _RECIPIENTS, 2) or ["crm"]
    elif roll < 0.45 and version == 2:
        rule["recipients"] = ["*"]
    if rng.random() < 0.35:
        rule["regions"] = _some(rng, _REGIONS, 2)
    if rule["effect"] == "allow" and rng.random() < 0.3:
        rule["obligations"] = [rng.choice(["pseudonymise", "encrypt"])]
    return rule


def _retention(rng: random.Random, index: int, categories: list[str],
               purposes: list[str]) -> dict[str, Any]:
    kept: dict[str, Any] = {"id": f"k{index}", "categories": rng.sample(categories, 1)}
    if rng.random() < 0.5:
        kept["purposes"] = _some(rng, purposes, 2) or purposes[:1]
    duration = rng.choice(_DURATIONS)
    if duration is None:
        kept["criteria"] = "for the life of the account"
    else:
        kept["duration"] = duration
    return kept


def random_policy(rng: random.Random) -> dict[str, Any]:
    """A small random policy as file data."""
    version = rng.choice([1, 2, 2])
    categories = sorted(rng.sample(_CATEGORIES, rng.randint(1, 6)))
    purposes = sorted(rng.sample(_PURPOSES, rng.randint(1, 4)))
    data: dict[str, Any] = {
        "format_version": version,
        "policy": {"id": "random", "title": "Random"},
        "categories": [{"id": c, "name": c.title()} for c in categories],
        "subjects": [{"id": s, "name": s.title()} for s in _some(rng, _SUBJECTS, 2)],
        "recipients": [{"id": r, "name": r.title(),
                        "kind": rng.choice(["internal", "processor", "third_party"])}
                       for r in _some(rng, _RECIPIENTS, 2)],
        "purposes": [_purpose(rng, p, version) for p in purposes],
        "rules": [_rule(rng, i, version, categories, purposes)
                  for i in range(rng.randint(1, 8))],
        "retention": [_retention(rng, i, categories, purposes)
                      for i in range(rng.randint(0, 3))],
    }
    if version == 2 and rng.random() < 0.5:
        data["regions"] = [{"id": "grp_a", "name": "Group A",
                            "members": _some(rng, ["DE", "FR-IDF", "US-CA", "eu"], 2) or ["DE"]}]
    return data


def _purpose(rng: random.Random, purpose: str, version: int) -> dict[str, Any]:
    found: dict[str, Any] = {"id": purpose, "name": purpose.title(),
                             "consent": rng.choice(["opt_in", "opt_out", "none"])}
    if version == 2 and rng.random() < 0.5:
        found["honours_gpc"] = True
    return found


def _edit(rng: random.Random, data: dict[str, Any]) -> None:
    """One random edit of ``data`` in place."""
    rules, what = data["rules"], rng.randrange(12)
    categories = [c["id"] for c in data["categories"]]
    purposes = [p["id"] for p in data["purposes"]]
    if what == 0 and rules:
        rule = rng.choice(rules)
        rule["effect"] = "deny" if rule["effect"] == "allow" else "allow"
    elif what == 1 and rules:
        rules.pop(rng.randrange(len(rules)))
    elif what == 2:
        rules.append(_rule(rng, 50 + len(rules), data["format_version"], categories, purposes))
    elif what == 3 and rules:
        rule = rng.choice(rules)
        for key in ("subjects", "recipients", "regions"):
            if key in rule and rng.random() < 0.5:
                del rule[key]
        rule["categories"] = sorted({*rule["categories"], rng.choice(categories)})
    elif what == 4:
        purpose = rng.choice(data["purposes"])
        purpose["consent"] = rng.choice(["opt_in", "opt_out", "none"])
    elif what == 5 and data["format_version"] == 2:
        purpose = rng.choice(data["purposes"])
        purpose["honours_gpc"] = not purpose.get("honours_gpc", False)
    elif what == 6 and data["recipients"]:
        recipient = rng.choice(data["recipients"])
        recipient["kind"] = rng.choice(["internal", "processor", "third_party"])
    elif what == 7:
        data["retention"].append(_retention(rng, 50 + len(data["retention"]), categories,
                                            purposes))
    elif what == 8 and data["retention"]:
        kept = rng.choice(data["retention"])
        kept.pop("criteria", None)
        kept["duration"] = rng.choice(["P30D", "P1Y", "P5Y"])
    elif what == 9 and data["format_version"] == 2:
        data["regions"] = [{"id": rng.choice(["grp_a", "grp_b"]), "name": "Group",
                            "members": _some(rng, ["DE", "FR", "US-CA", "eea"], 2) or ["FR"]}]
    elif what == 10:
        new = rng.choice(_CATEGORIES)
        if new not in categories:
            data["categories"].append({"id": new, "name": new.title()})
    elif what == 11 and rules:
        rule = rng.choice(rules)
        rule["recipients"] = ["*"] if data["format_version"] == 2 else ["adnet"]


def random_pair(seed: int) -> tuple[Policy, Policy]:
    """(old, new): a random policy and a randomly edited copy (sometimes unchanged)."""
    rng = random.Random(seed)
    old = random_policy(rng)
    new = copy.deepcopy(old)
    for _ in range(rng.choice([0, 1, 2, 3, 4])):
        _edit(rng, new)
    return Policy.model_validate(old), Policy.model_validate(new)
