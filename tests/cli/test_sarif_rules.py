"""SARIF from `validate --format sarif`: valid against the SARIF 2.1.0 schema, full rule
metadata for every check, and help URIs that land on a section of the check reference."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes, urldefrag, urlsplit

import jsonschema
import pytest

from app import __version__
from app.cli import main
from app.validation.catalogue import all_checks
from app.validation.finding import Finding, Severity
from app.validation.reference import DOCUMENTATION_URL, REFERENCE_PAGE, help_uri, markdown
from app.validation.reporters import sarif

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text())
REFERENCE = ROOT / "resources" / "reference" / REFERENCE_PAGE
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def valid_sarif(log: dict[str, Any]) -> None:
    """The log validates against the vendored OASIS schema (draft 4), offline."""
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def absolute(uri: str) -> bool:
    parts = urlsplit(uri)
    return bool(parts.scheme and parts.netloc)


def heading_anchors(text: str) -> set[str]:
    """The anchors a Markdown renderer gives the headings (lower case, punctuation dropped,
    spaces as hyphens), as GitHub and most renderers do."""
    found = set()
    for line in text.splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if heading:
            slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            found.add(slug.replace(" ", "-"))
    return found


@pytest.fixture
def log(broken_policy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "report.sarif"
    assert main(["validate", "--format", "sarif", "-o", str(out), str(broken_policy)]) == 1
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_log_is_valid_sarif_2_1_0(log: dict[str, Any]) -> None:
    valid_sarif(log)
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]


def test_a_log_the_schema_rejects_is_caught(log: dict[str, Any]) -> None:
    log["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        valid_sarif(log)


def test_the_driver_names_itself(log: dict[str, Any]) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "Policy Studio"
    assert driver["version"] == driver["semanticVersion"] == __version__
    assert driver["informationUri"] == DOCUMENTATION_URL and absolute(DOCUMENTATION_URL)


def test_every_check_has_full_rule_metadata(log: dict[str, Any]) -> None:
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    checks = all_checks()
    assert [r["id"] for r in rules] == [c.code for c in checks]
    for rule, check in zip(rules, checks, strict=True):
        assert rule["name"] and " " not in rule["name"]
        assert rule["shortDescription"]["text"] == check.title
        assert rule["fullDescription"]["text"] == check.why
        assert check.why in rule["help"]["text"] and check.fix in rule["help"]["text"]
        assert check.fix in rule["help"]["markdown"]
        assert rule["helpUri"] == help_uri(check.code) and absolute(rule["helpUri"])
        assert rule["defaultConfiguration"]["level"] == LEVEL[str(check.severity)]
        assert rule["properties"]["family"] == check.family
        assert rule["properties"]["familyCode"] == check.code[:3]
        assert check.family.lower() in rule["properties"]["tags"]


def test_results_reference_their_rule_by_id_and_index(log: dict[str, Any]) -> None:
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for result in log["runs"][0]["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert result["level"] == rule["defaultConfiguration"]["level"]


def test_every_help_uri_lands_on_a_section_of_the_shipped_reference() -> None:
    anchors = heading_anchors(REFERENCE.read_text(encoding="utf-8"))
    for check in all_checks():
        page, fragment = urldefrag(help_uri(check.code))
        assert page == DOCUMENTATION_URL + REFERENCE_PAGE
        assert fragment in anchors, check.code


def test_the_anchor_rule_tells_a_missing_section() -> None:
    assert "str003" in heading_anchors("### STR003\n")
    assert "str004" not in heading_anchors("### STR003\n**STR004**\n")


def test_the_shipped_reference_is_the_generated_one() -> None:
    # Regenerate with: policy-studio checks -o resources/reference/checks.md
    assert REFERENCE.read_text(encoding="utf-8") == markdown()


def test_checks_command_prints_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks"]) == 0
    text = capsys.readouterr().out
    assert text == markdown()
    for check in all_checks():
        assert f"### {check.code}\n" in text and check.fix in text


def test_documentation_url_is_the_one_pyproject_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Documentation"] == DOCUMENTATION_URL
    assert DOCUMENTATION_URL.endswith("/")


@pytest.mark.parametrize("text", ["\x1b[31mred\x1b[0m", "\u202eevil", "line\nbreak", "\U0001F600",
                                  "x" * 100_000])
def test_hostile_messages_still_make_valid_sarif(text: str, tmp_path: Path) -> None:
    finding = Finding("STR003", Severity.ERROR, text, ("rules", 0, "purposes", 0), hint=text,
                      file=str(tmp_path / "p.policy.yaml"), line=3, column=7)
    log = json.loads(sarif.render([finding], tmp_path))
    valid_sarif(log)
    assert log["runs"][0]["results"][0]["message"]["text"].startswith(text)


@pytest.mark.parametrize("name", [b"my policy #1.policy.yaml", b"bad\xff name.policy.yaml",
                                  "caf\u00e9.policy.yaml".encode()])
def test_odd_file_names_become_valid_uris(name: bytes, broken_policy: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = Path(os.fsdecode(name))
    target.write_bytes(broken_policy.read_bytes())
    assert main(["validate", "--format", "sarif", "-o", "out.sarif", str(target)]) == 1
    log = json.loads(Path("out.sarif").read_text(encoding="utf-8"))
    valid_sarif(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert uris == {quote(name)}
    assert unquote_to_bytes(uris.pop()) == name


def test_f_is_short_for_format() -> None:
    from app.cli import build_parser

    assert build_parser().parse_args(["validate", "-f", "sarif", "x.policy.yaml"]).format == "sarif"


def test_an_unreadable_file_is_an_unsuccessful_invocation(broken_policy: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.policy.yaml"
    bad.write_text("format_version: 2\npolicy: [unclosed\n")
    missing = tmp_path / "missing.policy.yaml"
    assert main(["validate", "-f", "sarif", "-o", "out.sarif", str(bad), str(missing),
                 str(broken_policy)]) == 2
    log = json.loads(Path("out.sarif").read_text(encoding="utf-8"))
    valid_sarif(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    where = [n["locations"][0]["physicalLocation"] for n in notes]
    assert [w["artifactLocation"]["uri"] for w in where] == ["bad.policy.yaml",
                                                            "missing.policy.yaml"]
    assert where[0]["region"]["startLine"] >= 2 and all(n["level"] == "error" for n in notes)
    assert any(r["ruleId"] == "STR003" for r in log["runs"][0]["results"])


def test_a_clean_run_is_a_successful_invocation(log: dict[str, Any]) -> None:
    assert log["runs"][0]["invocations"] == [
        {"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_help_uris_point_into_the_reference_the_organisation_publishes(tmp_path: Path) -> None:
    policy = tmp_path / "p.policy.yaml"
    policy.write_bytes(Path("resources/examples/northwind-outfitters.policy.yaml").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", "-f", "sarif", "--docs-url",
         "https://docs.example.org/privacy", str(policy)], capture_output=True, text=True,
        cwd=ROOT, check=False)
    log = json.loads(done.stdout)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert {r["helpUri"] for r in rules} == {
        f"https://docs.example.org/privacy/checks.md#{r['id'].lower()}" for r in rules}
    refused = subprocess.run(
        [sys.executable, "-m", "app", "validate", "-f", "sarif", "--docs-url", "docs/",
         str(policy)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert refused.returncode == 2
    assert "not an http(s) address" in refused.stderr
    assert "Traceback" not in refused.stderr
    for hostile in ('https://x/a b"<>', "https://x/?q=1", "https://x/#top", "https://x/\x1b[31m"):
        done = subprocess.run(
            [sys.executable, "-m", "app", "validate", "-f", "sarif", "--docs-url", hostile,
             str(policy)], capture_output=True, text=True, cwd=ROOT, check=False)
        assert done.returncode == 2 and "not a folder address" in done.stderr, hostile
        assert "\x1b" not in done.stderr


@pytest.mark.parametrize("broken", [False, True])
def test_the_json_report_names_a_file_whose_name_is_not_utf8(
        broken: bool, broken_policy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = Path(os.fsdecode(b"bad\xff name.policy.yaml"))
    target.write_bytes(b"format_version: 2\npolicy: [unclosed\n" if broken
                       else broken_policy.read_bytes())
    assert main(["validate", "-f", "json", "-o", "out.json", str(target)]) == (2 if broken else 1)
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    files = {f["file"] for f in report["findings"]} | {u["file"] for u in report["unreadable"]}
    assert files == {"bad\\xff name.policy.yaml"}


def test_fingerprints_do_not_change_with_the_language(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Code-scanning tools match alerts across runs by fingerprint: a runner in another locale
    must not make every finding look new."""
    example = next((Path(__file__).parents[2] / "resources" / "examples").glob("*.policy.yaml"))
    prints = {}
    for language in ("en", "de", "fr"):
        main(["--language", language, "validate", str(example), "--format", "sarif"])
        results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
        prints[language] = [r["partialFingerprints"] for r in results]
        messages = [r["message"]["text"] for r in results]
        if language == "en":
            english = messages
        else:
            assert messages != english  # really another language
    assert prints["en"] == prints["de"] == prints["fr"]
    assert len({p["policyStudioFinding/v2"] for p in prints["en"]}) == len(prints["en"])


def test_two_findings_of_one_check_at_one_place_have_their_own_fingerprints() -> None:
    findings = [Finding("RUL003", Severity.WARNING, f"message {n}", ("rules", 0))
                for n in range(2)]
    log = json.loads(sarif.render(findings))
    prints = [r["partialFingerprints"]["policyStudioFinding/v2"]
              for r in log["runs"][0]["results"]]
    assert len(set(prints)) == 2
