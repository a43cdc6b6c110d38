"""`policy-studio decide`: single answers, JSON shape, batches and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

KEYS = {"decision", "reason", "rules", "obligations", "retention"}


def decide_json(policy: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["decide", str(policy), "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_allow_exits_zero_with_the_shared_shape(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, answer = decide_json(small_policy, capsys, "--category", "contact.email",
                               "--purpose", "newsletter", "--subject", "customer",
                               "--consent", "granted")
    assert code == 0
    assert set(answer) == KEYS
    assert answer["decision"] == "allow"
    assert answer["rules"] == ["newsletter_email"]
    assert answer["retention"] == {
        "rule": "newsletter_email", "duration": "P2Y", "minimum": None, "criteria": "",
        "trigger": "consent_withdrawal", "custom_event": "", "period_start": "event",
        "financial_year_start": None, "disposition": "delete", "dispositions": [],
        "legal_hold": False, "legal_hold_reason": ""}


def test_opt_in_without_consent_is_denied_exit_one(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, answer = decide_json(small_policy, capsys, "--category", "contact.email",
                               "--purpose", "newsletter", "--subject", "customer")
    assert code == 1
    assert answer == {"decision": "deny", "reason": "consent_missing",
                      "rules": ["newsletter_email"], "obligations": [], "retention": None}


def test_default_deny(small_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, answer = decide_json(small_policy, capsys, "--category", "contact.email",
                               "--purpose", "advertising")
    assert code == 1
    assert answer["reason"] == "no_rule"


def test_text_answer_explains(small_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decide", str(small_policy), "--category", "contact.email",
                 "--purpose", "orders"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ALLOW: allowed by rule")
    assert "orders_contact" in out
    assert "kept 3 years after the end of the contract, then deleted (rule contact)" in out
    assert "intrusiveness:" in out


def test_batch_answers_in_order(small_policy: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"category": "contact.email", "purpose": "newsletter", "subject": "customer",
         "consent": "granted"},
        {"category": "contact.email", "purpose": "newsletter", "subject": "customer"},
        {"category": "contact", "purpose": "orders", "recipient": None, "region": "eu"},
        {"category": "contact.email", "purpose": "profiling"},
    ]
    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert main(["decide", str(small_policy), "--requests", str(batch)]) == 0
    answers = [json.loads(li) for li in capsys.readouterr().out.splitlines()]
    assert [a["decision"] for a in answers] == ["allow", "deny", "allow", "deny"]
    assert [a["reason"] for a in answers] == ["allowed", "consent_missing", "allowed", "no_rule"]
    assert all(set(a) == KEYS for a in answers)


def test_batch_with_a_bad_line_names_line_and_column(
    small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "requests.jsonl"
    batch.write_text('{"category": "contact", "purpose": "orders"}\n{"category": "contact",\n')
    assert main(["decide", str(small_policy), "--requests", str(batch)]) == 2
    captured = capsys.readouterr()
    first, second = (json.loads(line) for line in captured.out.splitlines())
    assert first["decision"] == "allow"  # the good line is still answered
    assert second["line"] == 2 and "not JSON" in second["error"]
    assert f"{batch}:2:" in captured.err and "not JSON" in captured.err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"category": "contact"}', "needs 'purpose'"),
        ('{"category": "contact", "purpose": "orders", "colour": "red"}', "unknown key 'colour'"),
        ('{"category": "Contact Info", "purpose": "orders"}', "not a valid id"),
        ('{"category": "contact", "purpose": "orders", "consent": "yes"}', "consent must be"),
        ('["contact", "orders"]', "must be a JSON object"),
    ],
)
def test_batch_refuses_malformed_requests(
    small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str,
    message: str,
) -> None:
    batch = tmp_path / "requests.jsonl"
    batch.write_text(line + "\n")
    assert main(["decide", str(small_policy), "--requests", str(batch)]) == 2
    assert message in capsys.readouterr().err


def test_missing_purpose_is_misuse(small_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decide", str(small_policy), "--category", "contact"]) == 2
    assert "--purpose" in capsys.readouterr().err


def test_undeclared_category_gets_a_note(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["decide", str(small_policy), "--category", "health", "--purpose", "orders"]) == 1
    assert "note: category 'health' is not declared" in capsys.readouterr().err


def test_unknown_region_gets_a_note_known_ones_do_not(
    small_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["decide", str(small_policy), "--category", "contact.email", "--purpose", "orders"]
    main([*args, "--region", "Germany"])
    assert "note: region 'germany' is not an ISO 3166 code or a region group" in \
        capsys.readouterr().err
    for known in ("de", "US-CA", "EEA"):
        main([*args, "--region", known])
        assert "note: region" not in capsys.readouterr().err
