"""`policy-studio test`: expectations on every engine, exit codes, JUnit XML, bad input."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.exporters.evaluate import opa_eval
from tests.exporters.test_expectation_engines import FAILING, HOLDING, V2_POLICY, policy_with
from tests.exporters.test_opa import EXAMPLE, TEMPLATES

ENGINES_RUN = "in-app, regorus, " + ("opa, " if opa_eval.opa_import_error() is None else "")


def write(tmp_path: Path, tests: str, name: str = "p.policy.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(V2_POLICY + tests.encode())
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(["test", *args])
    except SystemExit as exit_:  # argparse refusing the arguments
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def fail_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": FAIL " in line]


def test_all_hold_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(write(tmp_path, HOLDING)))
    assert status == 0, out
    assert f"4 of 4 expectations hold on {ENGINES_RUN}cedar; the engines agree" in out
    assert "cedar (Cedar export in cedarpy): judged on allow or deny" in out
    assert "Traceback" not in out + err and not fail_lines(out)


def test_failing_expectations_name_line_engines_and_phrases(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, HOLDING + FAILING)
    status, out, _ = run(capsys, str(path))
    assert status == 1
    text = path.read_text().splitlines()
    line = text.index("  - id: wrong_decision") + 1
    lines = fail_lines(out)
    assert f"{path}:{line}:5: FAIL 'wrong_decision': expected allow, got deny " \
           f"(consent_missing) by newsletter_email [{ENGINES_RUN.removesuffix(', ')}]" in lines
    assert f"{path}:{line}:5: FAIL 'wrong_decision': expected allow, got deny [cedar]" in lines
    retention = [li for li in lines if "'wrong_retention'" in li]
    assert len(retention) == 1 and "cedar" not in retention[0]  # Cedar is not judged on it
    assert "expected the retention rule keep_forever, got keep_email" in retention[0]
    assert any("'half': the expectation needs a category and a purpose" in li and "cedar" in li
               for li in lines)
    assert "4 of 7 expectations hold" in out and "the engines agree" in out


def test_test_and_validate_agree_on_what_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, HOLDING + FAILING)
    _, out, _ = run(capsys, str(path))
    failing = {re.search(r":(\d+):\d+: FAIL '([^']+)'", li).groups()  # type: ignore[union-attr]
               for li in fail_lines(out) if "in-app" in li}
    assert main(["validate", "--format", "json", str(path)]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    ids = [e.id for e in policy_with(HOLDING + FAILING).tests]
    flagged = {(str(f["line"]), ids[int(re.match(r"tests\[(\d+)\]", f["path"]).group(1))])
               for f in findings if f["code"] in ("TST001", "TST002")}
    assert {i for _, i in flagged} == {i for _, i in failing} == {
        "wrong_decision", "wrong_retention", "half"}
    tst001 = {(line, i) for line, i in flagged if i != "half"}
    assert tst001 == {(line, i) for line, i in failing if i != "half"}


def test_no_expectations_says_so(small_policy: Path, capsys: pytest.CaptureFixture[str]
                                 ) -> None:
    status, out, _ = run(capsys, str(small_policy))
    assert status == 0
    assert "no expectations to run" in out and "hint: add a tests section" in out


def test_junit_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, HOLDING + FAILING)
    junit = tmp_path / "out" / "results.xml"
    junit.parent.mkdir()
    status, _, _ = run(capsys, str(path), "--junit", str(junit))
    assert status == 1
    root = ET.parse(junit).getroot()
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert list(suites) == [*ENGINES_RUN.split(", ")[:-1], "cedar"]
    for suite in suites.values():
        cases = suite.findall("testcase")
        assert [c.get("name") for c in cases][:2] == ["newsletter.no_consent",
                                                      "newsletter_granted"]
        assert len(cases) == int(suite.get("tests")) == 7
        failures = [c for c in cases if c.find("failure") is not None]
        assert len(failures) == int(suite.get("failures"))
    in_app = {c.get("name"): c for c in suites["in-app"].findall("testcase")}
    failure = in_app["wrong_decision"].find("failure")
    assert failure.get("message") == ("expected allow, got deny (consent_missing) by "
                                      "newsletter_email")
    assert in_app["newsletter.no_consent"].find("failure") is None
    assert int(suites["cedar"].get("failures")) == 2  # not judged on retention
    assert root.get("tests") == str(7 * len(suites))
    try:
        import junitparser
    except ImportError:
        return
    parsed = junitparser.JUnitXml.fromfile(str(junit))
    assert sum(suite.failures for suite in parsed) == int(root.get("failures"))


def test_junit_to_stdout_moves_the_report_to_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(write(tmp_path, HOLDING)), "--junit", "-")
    assert status == 0
    assert ET.fromstring(out.encode()).tag == "testsuites"
    assert "4 of 4 expectations hold" in err


def test_junit_never_overwrites_the_policy(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, HOLDING)
    before = path.read_bytes()
    status, _, err = run(capsys, str(path), "--junit", str(path))
    assert status == 2 and "is an input of this command" in err
    assert path.read_bytes() == before


def test_opa_not_installed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opa_eval, "opa_import_error", lambda: "ImportError('no opa')")
    path = write(tmp_path, HOLDING)
    status, out, _ = run(capsys, str(path))
    assert status == 0 and "OPA: not installed" in out
    assert "hold on in-app, regorus, cedar;" in out
    status, _, err = run(capsys, str(path), "--engine", "opa")
    assert status == 2 and "--engine opa: OPA is not installed" in err


def test_engine_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(write(tmp_path, HOLDING + FAILING)), "--engine", "cedar")
    assert status == 1
    assert "hold on in-app, cedar;" in out and "regorus" not in out
    status, _, err = run(capsys, str(write(tmp_path, HOLDING)), "--engine", "prolog")
    assert status == 2 and "invalid choice" in err


# -- hostile input ------------------------------------------------------------------------------


def test_a_huge_note_is_cut_short_in_the_report(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    note = "Is this allowed? " * 1170  # just under the 20,000-character limit of a text
    tests = FAILING.replace("  - id: wrong_decision\n",
                            f"  - id: wrong_decision\n    note: {note.strip()}\n")
    path = write(tmp_path, "tests:\n" + tests)
    junit = tmp_path / "r.xml"
    status, out, _ = run(capsys, str(path), "--junit", str(junit))
    assert status == 1
    assert max(len(line) for line in fail_lines(out)) < 400
    assert "\u2026" in out
    ET.parse(junit)
    too_long = write(tmp_path, "tests:\n" + tests.replace(note.strip(), note * 2), "x.yaml")
    status, _, err = run(capsys, str(too_long))
    assert status == 2 and re.search(r"x\.yaml:\d+:\d+: error: ", err)


def test_control_characters_in_a_note_are_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tests = "tests:\n" + FAILING.replace(
        "  - id: wrong_decision\n", '  - id: wrong_decision\n    note: "bell\\a \\e[31mred"\n')
    junit = tmp_path / "r.xml"
    status, out, _ = run(capsys, str(write(tmp_path, tests)), "--junit", str(junit))
    assert status == 1 and "\x1b" not in out and "\a" not in out
    notes = [e.text for e in ET.parse(junit).getroot().iter("system-out")]
    assert "bell\\u{7} \\u{1b}[31mred" in notes
    case = next(ET.parse(junit).getroot().iter("testcase"))
    assert [child.tag for child in case] == ["failure", "system-out"]  # the schema's order


def test_malformed_tests_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for tests in ("tests: 5\n", "tests:\n  - id: x\n    expect: maybe\n",
                  "tests:\n  - id: Not An Id\n    category: c\n    purpose: p\n",
                  "tests:\n  - [a, b]\n"):
        path = write(tmp_path, tests)
        status, out, err = run(capsys, str(path))
        assert status == 2, tests
        assert re.search(rf"{re.escape(str(path))}:\d+:\d+: error: ", err), err
        assert "Traceback" not in out + err


def test_not_a_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    listing = tmp_path / "list.yaml"
    listing.write_text("- just\n- a list\n")
    for target in (png, listing, tmp_path, tmp_path / "missing.yaml"):
        status, out, err = run(capsys, str(target))
        assert status == 2, target
        assert err.startswith(f"{target}:1:1: error: ") or re.match(
            rf"{re.escape(str(target))}:\d+:\d+: error: ", err), err
        assert "Traceback" not in out + err
    status, _, err = run(capsys)
    assert status == 2 and "required: FILE" in err


def test_validate_sarif_names_the_expectation_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, HOLDING + FAILING)
    assert main(["validate", "--format", "sarif", str(path)]) == 1
    results = [r for r in json.loads(capsys.readouterr().out)["runs"][0]["results"]
               if r["ruleId"] == "TST001"]
    text = path.read_text().splitlines()
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [
        text.index("  - id: wrong_decision") + 1, text.index("  - id: wrong_retention") + 1]
    assert results[0]["message"]["text"].startswith(
        "Expectation 'wrong_decision' fails: expected allow, got deny (consent_missing) by "
        "newsletter_email")
    assert "expected the retention rule keep_forever, got keep_email" in \
        results[1]["message"]["text"]


def test_progress_only_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    many = "tests:\n" + "".join(
        f"  - id: t{n}\n    category: contact.email\n    purpose: marketing.newsletter\n"
        f"    expect: deny\n" for n in range(60))
    path = write(tmp_path, many)
    status, out, err = run(capsys, str(path), "--engine", "regorus")
    assert status == 0 and "expectations" not in err and "60/60" not in out
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, out, err = run(capsys, str(path), "--engine", "regorus")
    assert status == 0 and "regorus: 60/60 expectations" in err and "60/60" not in out


@pytest.mark.parametrize("path", [EXAMPLE, *TEMPLATES], ids=lambda p: p.name)
def test_shipped_policies_pass_on_every_engine(path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(path))
    assert status == 0, out


def test_junit_marks_a_missing_engine_skipped_and_a_failing_one_in_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.exporters.evaluate import EngineError, cedar_eval

    def fall_over(self: object, requests: object) -> Iterator[dict[str, Any]]:
        raise EngineError("Cedar could not answer: boom")
        yield {}

    monkeypatch.setattr(opa_eval, "opa_import_error", lambda: "ImportError('no opa')")
    monkeypatch.setattr(cedar_eval.CedarEvaluator, "answers", fall_over)
    junit = tmp_path / "r.xml"
    status, out, _ = run(capsys, str(write(tmp_path, HOLDING)), "--junit", str(junit))
    assert status == 1
    assert "cedar (Cedar export in cedarpy): error: Cedar could not answer: boom" in out
    assert out.rstrip().endswith("; cedar failed")
    suites = {s.get("name"): s for s in ET.parse(junit).getroot().iter("testsuite")}
    assert suites["opa"].get("skipped") == "4"
    assert {c.find("skipped").get("message") for c in suites["opa"].iter("testcase")} == {
        "OPA is not installed (ImportError('no opa'))"}
    assert suites["cedar"].get("errors") == "4" and suites["regorus"].get("failures") == "0"


def test_junit_without_expectations_is_an_empty_report(
        small_policy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junit = tmp_path / "r.xml"
    status, _, _ = run(capsys, str(small_policy), "--junit", str(junit))
    root = ET.parse(junit).getroot()
    assert status == 0 and root.tag == "testsuites" and root.get("tests") == "0"


def test_an_engine_that_disagrees_fails_the_run_even_where_expectations_hold(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.exporters.evaluate.regorus_eval import RegorusEvaluator

    honest = RegorusEvaluator.answers

    def with_an_obligation(self: RegorusEvaluator, requests: Any) -> Iterator[dict[str, Any]]:
        for answer in honest(self, requests):
            yield {**answer, "obligations": ["notify"]}  # not judged by any expectation

    monkeypatch.setattr(RegorusEvaluator, "answers", with_an_obligation)
    path = write(tmp_path, HOLDING)
    status, out, _ = run(capsys, str(path), "--engine", "regorus")
    assert status == 1 and not fail_lines(out)
    line = path.read_text().splitlines().index("  - id: newsletter_granted") + 1
    assert (f"{path}:{line}:5: DISAGREE 'newsletter_granted': regorus answers allow by "
            "newsletter_email, the in-app engine allow by newsletter_email (they differ in "
            "obligations)") in out
    assert out.rstrip().endswith("4 of 4 expectations hold on in-app, regorus; regorus "
                                 "disagrees with the in-app engine")
