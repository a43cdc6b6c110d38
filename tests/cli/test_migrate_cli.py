"""`policy-studio migrate`: format 1 -> 2 in place or to -o, --check, and hostile input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.cli import main
from app.domain.canonical import to_canonical_json
from app.domain.decisions import DecisionEngine, Request
from app.storage.loader import load_bytes, load_file
from app.storage.resources import region_catalogue


def _wide(text: str) -> str:
    """``text`` with its newsletter rule limited to the EEA (a group with members)."""
    return text.replace("    subjects: [customer]\n",
                        "    subjects: [customer]\n    regions: [eea]  # EEA only\n")


def test_check_reports_and_migrate_rewrites_keeping_comments(
        small_policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small_policy.write_text("# yaml-language-server: $schema=https://policy-studio.example/"
                            "schemas/policy-v1.schema.json\n" + _wide(small_policy.read_text()))
    before = small_policy.read_text()
    assert main(["migrate", "--check", str(small_policy)]) == 1
    out = capsys.readouterr().out
    assert f"would migrate {small_policy} to format 2" in out
    assert "Rule 'newsletter_email' is limited to eea" in out
    assert small_policy.read_text() == before
    assert main(["migrate", str(small_policy)]) == 0
    assert f"migrated {small_policy} to format 2" in capsys.readouterr().out
    text = small_policy.read_text()
    assert "policy-v2.schema.json" in text and "policy-v1" not in text
    assert "# A small policy used by the CLI tests." in text and "# EEA only" in text
    assert text.count("recipients: ['*']") == 2
    assert load_file(small_policy).policy.format_version == 2
    assert main(["migrate", "--check", str(small_policy)]) == 0
    assert main(["migrate", str(small_policy)]) == 0
    assert "already format 2, unchanged" in capsys.readouterr().out
    assert small_policy.read_text() == text


def test_the_migrated_file_decides_as_the_old_one(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.policy.yaml"
    assert main(["migrate", str(small_policy), "-o", str(out)]) == 0
    old = DecisionEngine(load_file(small_policy).policy, region_catalogue())
    new = DecisionEngine(load_file(out).policy, region_catalogue())
    for recipient in (None, "mailer", "ads"):
        request = Request("contact.email", "orders", "customer", recipient)
        assert old.decide(request).allowed and new.decide(request).allowed
    assert load_file(small_policy).policy.format_version == 1


def test_json_files_migrate_to_canonical_json(tmp_path: Path, small_policy: Path) -> None:
    policy = load_bytes(small_policy.read_bytes()).policy
    path = tmp_path / "small.policy.json"
    path.write_bytes(to_canonical_json(policy))
    assert main(["migrate", str(path)]) == 0
    data = json.loads(path.read_text())
    assert data["format_version"] == 2 and data["digest"].startswith("sha256:")
    assert all(rule["recipients"] == ["*"] for rule in data["rules"])
    assert load_file(path).policy.format_version == 2


def test_output_to_stdout_and_misuse(small_policy: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    assert main(["migrate", str(small_policy), "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert load_bytes(captured.out.encode()).policy.format_version == 2
    assert "migrated" in captured.err
    assert main(["migrate", str(small_policy), str(small_policy), "-o", "x.yaml"]) == 2
    assert "-o takes one FILE" in capsys.readouterr().err
    assert main(["migrate", str(small_policy), "-o", str(small_policy)]) == 2
    assert "is an input of this command" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
def test_a_read_only_file_is_left_as_is(small_policy: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = small_policy.read_text()
    small_policy.chmod(0o444)
    try:
        assert main(["migrate", str(small_policy)]) == 2
        assert f"{small_policy}:1:1: error: the file is read-only" in capsys.readouterr().err
        assert small_policy.read_text() == before
    finally:
        small_policy.chmod(0o644)


HOSTILE = {
    "garbage.yaml": (b"\x00\xff garbage {[", ":1:"),
    "future.yaml": (b"format_version: 3\npolicy:\n  id: x\n", ":1:17: error: this file uses "
                                                              "format version 3"),
    "huge.yaml": (b"format_version: 1\n" + b"#" * (70 * 2**20), ":1:1: error:"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gets_one_clear_line(tmp_path: Path, name: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data, expected = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["migrate", str(path)]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"{path}:") and expected in first, first
    assert path.read_bytes() == data


def test_a_folder_and_a_missing_file(tmp_path: Path, small_policy: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", str(tmp_path), str(tmp_path / "nope.yaml"), str(small_policy)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path}:1:1: error: this is a folder" in err
    assert f"{tmp_path / 'nope.yaml'}:1:1: error: no such file" in err
    assert load_file(small_policy).policy.format_version == 2  # the good one still migrated
