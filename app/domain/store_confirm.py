"""Confirming the proposed app-store labels: what the exports guess becomes what the file says.

The Apple and Google Play exports label a category or purpose that declares no store label
with a proposal (:mod:`app.domain.store_proposals`) and list it as unconfirmed. Confirming
writes each proposal into its empty field, as one edit the user can undo; a declared label
is never changed.
"""

from __future__ import annotations

from app.domain.edits import Edit, SetField
from app.domain.ids import by_id
from app.domain.models import Policy
from app.domain.sections import CATEGORIES, PURPOSES
from app.domain.store_labels import proposal_of

STORE_FIELDS = {CATEGORIES: (("apple_data_type", "apple"), ("play_data_type", "play")),
                PURPOSES: (("apple_purpose", "apple"), ("play_purpose", "play"))}
"""Each section's store-label fields, with the proposal's attribute for each."""


def proposal_edits(policy: Policy) -> list[Edit]:
    """One edit per empty store-label field of a category or purpose that has a proposal.

    The first item of a repeated id only (the others are a finding of their own).
    """
    declared = by_id(policy.purposes)
    edits: list[Edit] = []
    for section in (CATEGORIES, PURPOSES):
        seen: set[str] = set()
        for item in getattr(policy, section):
            if item.id in seen:
                continue
            seen.add(item.id)
            proposal = proposal_of(item, declared)
            for name, store in STORE_FIELDS[section]:
                value = getattr(proposal, store)
                if getattr(item, name) is None and value is not None:
                    edits.append(SetField(section, item.id, (name,), value))
    return edits
