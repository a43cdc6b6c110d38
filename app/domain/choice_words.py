"""The words the views show for choice values whose bare names would not read well.

Every view that offers or shows a consent state or a consent mechanism takes its words from
here, so the tester, the matrix and the review say the same thing. Other enum values read well
through :func:`app.domain.enums.label`.
"""

from __future__ import annotations

CONSENT_STATE_WORDS = {
    "unknown": "Not asked",
    "granted": "Granted",
    "denied": "Refused or opted out",
}
"""A person's consent state, as a choice (tester, matrix filter)."""
CONSENT_STATE_TIPS = {
    "unknown": "Nobody asked the person (opt-in purposes are denied, opt-out allowed)",
    "granted": "The person agreed",
    "denied": "The person said no (or opted out)",
}
"""What each consent state means (the choice's tooltip)."""
MECHANISM_WORDS = {
    "opt_in": "with consent",
    "opt_out": "unless opted out",
    "none": "not needed",
}
"""How a purpose collects consent, as a column of uses says it."""
