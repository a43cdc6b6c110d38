"""Who receives data, as the notice, the store labels and the consent banner say it, on random
policies with nested recipients, subjects and purposes, deny rules and ``*``: each claim is
checked against ``decide`` asked about every declared value (consent granted)."""

from __future__ import annotations

import random
from itertools import product

import pytest

from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState, RecipientKind
from app.domain.models import Policy
from app.domain.purpose_choices import purpose_choices
from app.domain.store_labels import SHARED_KINDS, category_label, store_labels
from app.exporters.notice_sections import notice_sections
from app.storage.resources import region_catalogue

CATEGORIES = ("contact", "contact.email", "device.ad_id", "usage")
PURPOSES = ("ads", "ads.retarget", "orders", "orders.ship")
RECIPIENTS = (("host", "processor"), ("host.partner", "third_party"),
              ("adnet", "third_party"), ("team", "internal"), ("pub", "public"))
SUBJECTS = ("customer", "customer.kid", "staff")
REGIONS = ("DE", "US", "eea")
NAMES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo")
"""Names none of which is part of another, so a test can look for each in the text."""


def random_policy(seed: int) -> Policy:
    rng = random.Random(seed)
    rules = [{"id": f"r{i}", "effect": "deny" if rng.random() < 0.3 else "allow",
              "categories": rng.sample(CATEGORIES, rng.randint(1, 2)),
              "purposes": rng.sample(PURPOSES, rng.randint(1, 2)),
              "subjects": rng.sample(SUBJECTS, rng.randint(0, 1)),
              "recipients": rng.sample([r for r, _ in RECIPIENTS] + ["*"],
                                       rng.choice((0, 1, 1, 2))),
              "regions": rng.sample(REGIONS, rng.choice((0, 0, 1)))}
             for i in range(rng.randint(2, 6))]
    return Policy.model_validate({
        "format_version": 2, "policy": {"id": "random"},
        "categories": [{"id": c, "apple_data_type": "device_id",
                        "play_data_type": "device_or_other_ids"} for c in CATEGORIES],
        "purposes": [{"id": p, "name": NAMES[i], "consent": rng.choice(("opt_in", "none")),
                      "kind": "advertising"} for i, p in enumerate(PURPOSES)],
        "recipients": [{"id": r, "name": f"Org {NAMES[i]}", "kind": kind,
                        "tracking_domains": [f"{r.replace('.', '-')}.example.com"]}
                       for i, (r, kind) in enumerate(RECIPIENTS)],
        "subjects": [{"id": s} for s in SUBJECTS], "rules": rules})


def reaches(engine: DecisionEngine, purpose: str, recipient: str) -> bool:
    """Whether decide allows some use of ``purpose`` shared with ``recipient``."""
    return any(engine.decide(Request(c, purpose, s, recipient, g, ConsentState.GRANTED),
                             with_retention=False).allowed
               for c, s, g in product(CATEGORIES, (None, *SUBJECTS), (None, *REGIONS, "FR")))


def _says(line: str, name: str) -> bool:
    """Whether a recipient's line in the notice says it gets data for the purpose ``name``.

    Our own teams' line may name the few purposes of section 3 (every purpose) they do not use
    data for instead: "Uses data for all the purposes in section 3 except A and B."
    """
    everything = "Uses data for all the purposes in section 3"
    if line.startswith(everything):
        return name not in line[len(everything):]
    return name in line


@pytest.mark.parametrize("seed", range(12))
def test_every_recipient_claim_is_what_decide_allows(seed: int) -> None:
    policy = random_policy(seed)
    engine = DecisionEngine(policy, region_catalogue())
    reached = {(p, r.id) for p in PURPOSES for r in policy.recipients
               if reaches(engine, p, r.id)}
    share = {entry.heading: next(line for line in entry.lines
                                 if line.startswith(("Receives", "Uses")))
             for entry in notice_sections(policy)[3].items}
    for purpose, recipient in product(policy.purposes, policy.recipients):
        said = _says(share[recipient.name], purpose.name)
        assert said == ((purpose.id, recipient.id) in reached), (purpose.id, recipient.id)
    banner = {(c.purpose, r) for c in purpose_choices(policy, region_catalogue())
              for r in c.recipients}
    kinds = {r.id: r.kind for r in policy.recipients}
    for purpose, recipient in reached:  # its own service, or the one of anyone or own use
        assert {(purpose, recipient), (purpose, "*")} & banner or (
            kinds[recipient] is RecipientKind.INTERNAL and (purpose, None) in banner)
    tracked = sorted({f"{r.replace('.', '-')}.example.com" for _, r in reached
                      if kinds[r] in SHARED_KINDS})
    assert store_labels(policy, "apple").tracking_domains == tracked
    shared = any(kinds[r] in SHARED_KINDS for _, r in reached) or any(
        reaches(engine, p, "*") for p in PURPOSES)
    facts = store_labels(policy, "play").types
    assert all(category_label(c, "play").value is not None for c in policy.categories)
    assert any(f.shared for f in facts.values()) == shared
