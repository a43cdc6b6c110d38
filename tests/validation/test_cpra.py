"""Sale, sharing and Global Privacy Control under the CPRA (CPR, LEG009)."""

from __future__ import annotations

from typing import Any

from policy_builder import findings
from test_legal import policy_with

CPRA = {"jurisdictions": ["eu_gdpr", "us_ca_cpra"]}
SELLING: dict[str, Any] = {
    "kind": "advertising", "legal_basis": "consent", "consent": "opt_in", "sharing": True,
    "honours_gpc": True, "rights": ["access", "withdraw_consent", "opt_out_of_sale"],
}


def test_a_tidy_selling_purpose_has_no_cpra_finding() -> None:
    found = [f.code for f in findings(policy_with(SELLING, policy=CPRA))
             if f.code.startswith("CPR") or f.code == "LEG009"]
    assert found == []


def test_leg009_sale_flag_needs_the_opt_out_right() -> None:
    purpose = {**SELLING, "kind": "analytics", "rights": ["access", "withdraw_consent"]}
    [hit] = findings(policy_with(purpose, policy=CPRA), "LEG009")
    assert "shares personal information" in hit.message


def test_cpr001_sale_without_any_choice() -> None:
    purpose = {**SELLING, "sale": True, "legal_basis": "contract", "consent": "none"}
    [hit] = findings(policy_with(purpose, policy=CPRA), "CPR001")
    assert hit.path == ("purposes", 1, "consent") and "sells and shares" in hit.message
    assert findings(policy_with({**purpose, "consent": "opt_out"}, policy=CPRA), "CPR001") == []
    assert findings(policy_with(purpose), "CPR001") == []  # no CPRA, no finding


def test_cpr002_gpc_must_be_honoured() -> None:
    purpose = {**SELLING, "honours_gpc": False}
    [hit] = findings(policy_with(purpose, policy=CPRA), "CPR002")
    assert hit.severity == "warning" and hit.path == ("purposes", 1, "honours_gpc")
    assert findings(policy_with(SELLING, policy=CPRA), "CPR002") == []
    no_sale = {**purpose, "sharing": False}
    assert findings(policy_with(no_sale, policy=CPRA), "CPR002") == []
