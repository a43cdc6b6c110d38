"""What a Fides system says about transfers: whether data leaves, and on which legal bases.

A Fides system has no field for countries, only ``does_international_transfers`` and
``legal_basis_for_transfers``; the countries themselves are named in the export's summary.
A recipient makes a transfer when one of its places is outside a regime that binds the policy
(:mod:`app.domain.transfers`, as the transfer checks judge it).
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import Safeguard
from app.domain.jurisdictions import transfer_regimes
from app.domain.models import Policy
from app.domain.transfers import judge, transfers
from app.storage.resources import default_jurisdictions, region_catalogue

FIDES_TRANSFER_BASIS = {
    Safeguard.ADEQUACY_DECISION: "Adequacy Decision",
    Safeguard.STANDARD_CONTRACTUAL_CLAUSES: "SCCs",
    Safeguard.BINDING_CORPORATE_RULES: "BCRs",
    Safeguard.DEROGATION: "Other",
}
"""Our safeguards in the words of Fides' LegalBasisForTransfersEnum."""


def transfer_fields(policy: Policy) -> dict[str, Any]:
    """``does_international_transfers`` and ``legal_basis_for_transfers`` of the system."""
    regions = region_catalogue().with_policy(policy)
    regimes = transfer_regimes(policy, default_jurisdictions(), regions)
    moving = [r for r in policy.recipients if transfers(judge(r, regimes, regions))]
    bases = sorted({FIDES_TRANSFER_BASIS[r.safeguard] for r in moving if r.safeguard})
    return {"does_international_transfers": bool(moving), "legal_basis_for_transfers": bases}
