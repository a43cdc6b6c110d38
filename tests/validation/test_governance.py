"""Governance checks (GOV)."""

from __future__ import annotations

from typing import Any

from policy_builder import TODAY, base, findings, make_policy

from app.domain.canonical import digest
from tests.validation.policy_builder import mentions


def policy_with(**metadata: Any) -> Any:
    """The base policy with metadata fields changed."""
    return make_policy(policy=metadata, **base())


APPROVAL = {"name": "Alex Approver", "role": "DPO", "date": "2026-05-01"}


def test_gov001_approved_with_errors() -> None:
    sections = base()
    sections["purposes"] = [{"id": "service", "legal_basis": None}]
    policy = make_policy(policy={"status": "approved", "approvals": [APPROVAL]}, **sections)
    [hit] = findings(policy, "GOV001")
    assert hit.path == ("policy", "status") and mentions(hit.message, "LEG001")


def test_gov001_not_without_errors_or_when_draft() -> None:
    assert findings(policy_with(status="approved", approvals=[APPROVAL]), "GOV001") == []
    sections = base()
    sections["purposes"] = [{"id": "service", "legal_basis": None}]
    assert findings(make_policy(**sections), "GOV001") == []


def test_gov002_review_overdue() -> None:
    [hit] = findings(policy_with(next_review="2026-01-01"), "GOV002")
    assert hit.path == ("policy", "next_review") and "2026-01-01" in hit.message
    assert findings(policy_with(next_review=TODAY.isoformat()), "GOV002") == []
    retired = policy_with(next_review="2026-01-01", status="retired")
    assert findings(retired, "GOV002") == []


def test_gov003_no_review_date() -> None:
    [hit] = findings(policy_with(next_review=None), "GOV003")
    assert hit.path == ("policy", "next_review")
    assert findings(policy_with(), "GOV003") == []


def test_gov004_approved_without_approval() -> None:
    rejected = {**APPROVAL, "decision": "rejected"}
    [hit] = findings(policy_with(status="approved", approvals=[rejected]), "GOV004")
    assert hit.path == ("policy", "status")
    assert findings(policy_with(status="approved", approvals=[APPROVAL]), "GOV004") == []


def test_gov005_changed_since_approval() -> None:
    approved = policy_with(status="approved", approvals=[APPROVAL])
    stale = {**APPROVAL, "digest": "sha256:" + "0" * 64}
    older = {**APPROVAL, "date": "2025-01-01", "digest": digest(approved)}
    changed = policy_with(status="approved", approvals=[stale, older])
    [hit] = findings(changed, "GOV005")
    assert hit.path == ("policy", "approvals", 0, "digest") and "Alex Approver" in hit.message


def test_gov005_not_when_the_digest_matches() -> None:
    approved = policy_with(status="approved", approvals=[APPROVAL])
    signed = {**APPROVAL, "digest": digest(approved)}
    assert findings(policy_with(status="approved", approvals=[signed]), "GOV005") == []


def test_gov006_no_controller() -> None:
    [hit] = findings(policy_with(controller={"address": "1 Main St"}), "GOV006")
    assert hit.path == ("policy", "controller")
    assert findings(policy_with(controller={"email": "x@example.com"}), "GOV006") == []


def test_gov007_no_dpo_under_the_gdpr() -> None:
    [hit] = findings(policy_with(dpo=None), "GOV007")
    assert hit.severity == "info" and hit.path == ("policy", "dpo")
    assert findings(policy_with(dpo=None, jurisdictions=["us_ca_cpra"]), "GOV007") == []
    assert findings(policy_with(), "GOV007") == []


def test_gov008_no_security_measures() -> None:
    [hit] = findings(policy_with(security_measures=[]), "GOV008")
    assert hit.path == ("policy", "security_measures")
    assert findings(policy_with(), "GOV008") == []


def test_gov009_no_jurisdiction() -> None:
    [hit] = findings(policy_with(jurisdictions=[]), "GOV009")
    assert hit.path == ("policy", "jurisdictions")
    assert findings(policy_with(), "GOV009") == []
