"""A use a deny rule removes is not allowed: not in checks, scores, counts, views or documents.

The case from the report: a policy allows ``external`` and denies ``external.medical_health``.
``decide`` denies the health data, so nothing may speak of it as allowed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from app.commands.summary import run as summary_run
from app.domain.decisions import DecisionEngine
from app.domain.intrusiveness import review
from app.domain.models import Policy
from app.exporters.policy_document import build_html
from app.storage.resources import default_weights
from tests.validation.policy_builder import findings, make_policy

ROOT = Path(__file__).resolve().parents[2]


def carve_out(**overrides: object) -> Policy:
    """Allow everything under ``external`` for ads; deny the health data under it."""
    sections: dict = {
        "categories": [
            "external",
            {"id": "external.browsing", "tags": ["browsing"]},
            {"id": "external.medical_health", "sensitivity": "special_category",
             "tags": ["health"]},
        ],
        "purposes": [{"id": "ads", "kind": "advertising", "legal_basis": "consent",
                      "consent": "opt_in", "rights": ["access", "withdraw_consent",
                                                      "objection"]}],
        "rules": [
            {"id": "ads_external", "categories": ["external"], "purposes": ["ads"],
             "obligations": ["pseudonymise"]},
            {"id": "no_health", "effect": "deny", "categories": ["external.medical_health"],
             "purposes": ["ads"]},
        ],
    }
    sections.update(overrides)
    return make_policy(**sections)


def test_the_denied_use_is_denied_by_decide() -> None:
    from app.domain.decisions import Request
    from app.domain.enums import ConsentState

    engine = DecisionEngine(carve_out())
    answer = engine.decide(Request("external.medical_health", "ads",
                                   consent=ConsentState.GRANTED))
    assert answer.reason == "denied_by_rule"


def test_no_special_category_finding_for_denied_health_data() -> None:
    policy = carve_out()
    assert findings(policy, "LEG002") == []
    assert findings(policy, "INT003") == []


def test_the_findings_still_fire_without_the_deny_rule() -> None:
    policy = carve_out(rules=[{"id": "ads_external", "categories": ["external"],
                               "purposes": ["ads"]}])
    assert [f.code for f in findings(policy, "LEG002")] == ["LEG002"]
    assert [f.code for f in findings(policy, "INT003")] == ["INT003"]


def test_review_lists_no_denied_use() -> None:
    uses = review(carve_out(), default_weights())
    assert {u.category for u in uses} == {"external", "external.browsing"}
    assert all(u.rules == ("ads_external",) for u in uses)


def test_summary_counts_only_allowed_uses(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    path = tmp_path / "carve.policy.yaml"
    path.write_text(yaml.safe_dump(carve_out().model_dump(mode="json", exclude_none=True)),
                    encoding="utf-8")
    summary_run(argparse.Namespace(file=str(path)))
    text = capsys.readouterr().out
    assert "allowed uses:  2 (" in text
    assert "medical_health for" not in text


def test_document_does_not_count_denied_uses() -> None:
    html = build_html(carve_out())
    assert "The policy allows 2 uses" in html
    summary = html[html.index('<a name="intrusiveness">'):]
    assert "external.medical_health" not in summary and "Medical Health for" not in summary


def test_export_is_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "carve.policy.yaml"
    path.write_text(yaml.safe_dump(carve_out().model_dump(mode="json", exclude_none=True)),
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "app", "export", str(path), "--format", "html",
                           "-o", str(tmp_path / "out.html")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.html").exists()


# -- the other checks that speak of allowed uses -----------------------------------------------


def shop(rules: list[dict], **extra: object) -> Policy:
    sections: dict = {
        "categories": ["contact", "contact.email", "contact.phone"],
        "recipients": ["mailer", {"id": "cloud", "country": "IN"}],
        "purposes": ["service", {"id": "survey", "legal_basis": None}],
        "rules": rules,
    }
    sections.update(extra)
    return make_policy(with_retention=False, **sections)


def test_a_recipient_that_only_denied_uses_would_reach_receives_nothing() -> None:
    share = {"id": "share", "categories": ["contact"], "purposes": ["service"],
             "recipients": ["cloud"]}
    assert [f.code for f in findings(shop([share]), "TRF001")] == ["TRF001"]
    block = {"id": "block", "effect": "deny", "categories": ["contact"], "purposes": ["service"],
             "recipients": ["cloud"]}
    assert findings(shop([share, block]), "TRF001") == []


def test_a_purpose_whose_uses_are_all_denied_is_unused() -> None:
    ask = {"id": "ask", "categories": ["contact"], "purposes": ["survey"]}
    assert [f.code for f in findings(shop([ask]), "LEG001")] == ["LEG001"]
    never = {"id": "never", "effect": "deny", "categories": ["contact"], "purposes": ["survey"]}
    assert findings(shop([ask, never]), "LEG001") == []
    assert [f.code for f in findings(shop([ask, never]), "LEG011")] == ["LEG011"]


def test_denied_data_needs_no_retention_period() -> None:
    rules = [{"id": "use", "categories": ["contact"], "purposes": ["service"]}]
    keep = [{"id": "keep_email", "categories": ["contact.email"], "duration": "P1Y",
             "citation": "Business need", "trigger": "collection", "disposition": "delete"}]
    policy = shop(rules, retention=keep)
    flagged = findings(policy, "RET001")
    flagged_ids = {policy.categories[f.path[1]].id for f in flagged}
    assert flagged_ids >= {"contact", "contact.phone"}
    denied = shop([*rules, {"id": "no_phone", "effect": "deny", "categories": ["contact.phone"],
                            "purposes": ["service"]}], retention=keep)
    assert "contact.phone" not in {denied.categories[f.path[1]].id
                                   for f in findings(denied, "RET001")}
