"""`policy-studio validate`: reports, formats and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.validation.catalogue import all_checks


def test_valid_policy_exits_zero(small_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(small_policy)]) == 0
    captured = capsys.readouterr()
    assert "0 errors" in captured.err
    assert " error " not in captured.out


def test_error_finding_is_compiler_style_with_line_and_column(
    broken_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(broken_policy)]) == 1
    line = next(li for li in capsys.readouterr().out.splitlines() if "STR003" in li)
    text = broken_policy.read_text().splitlines()
    number = next(i for i, li in enumerate(text, 1) if "purposes: [order]" in li)
    column = text[number - 1].index("order]") + 1
    assert line.startswith(f"{broken_policy}:{number}:{column}: error STR003 ")
    assert "did you mean 'orders'" in line


def test_strict_fails_on_warnings(tmp_path: Path, small_policy: Path) -> None:
    text = small_policy.read_text().replace("    description: Monthly news by email.\n", "")
    path = tmp_path / "warn.policy.yaml"
    path.write_text(text)
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1


def test_json_report(broken_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(broken_policy)]) == 1
    data = json.loads(capsys.readouterr().out)
    codes = [f["code"] for f in data["findings"]]
    assert "STR003" in codes
    finding = data["findings"][codes.index("STR003")]
    assert finding["path"] == "rules[1].purposes[0]"
    assert finding["line"] > 1 and finding["column"] > 1
    assert data["summary"]["error"] >= 1


def test_sarif_report_is_sarif_2_1_0(broken_policy: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "report.sarif"
    assert main(["validate", "--format", "sarif", "-o", str(out), str(broken_policy)]) == 1
    log = json.loads(out.read_text())
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == {c.code for c in all_checks()}
    result = next(r for r in run["results"] if r["ruleId"] == "STR003")
    assert rules[result["ruleIndex"]]["id"] == "STR003"
    assert result["level"] == "error"
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "broken.policy.yaml"
    assert physical["region"]["startLine"] > 1


def test_unreadable_file_exits_two_with_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 1\npolicy:\n  id: x\n  title: [oops\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:5:1: error: YAML syntax" in err
    assert "Traceback" not in err


def test_one_bad_file_does_not_hide_the_others(
    tmp_path: Path, broken_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.policy.yaml"
    assert main(["validate", str(missing), str(broken_policy)]) == 2
    captured = capsys.readouterr()
    assert "STR003" in captured.out
    assert f"{missing}:1:1: error: no such file" in captured.err


def test_list_checks_prints_every_check_with_why_and_fix(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", "--list-checks"]) == 0
    out = capsys.readouterr().out
    for check in all_checks():
        assert check.code in out
        assert check.why in out and check.fix in out


def test_list_checks_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--list-checks", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in data] == [c.code for c in all_checks()]


def test_validate_without_files_is_misuse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "at least one FILE" in capsys.readouterr().err
