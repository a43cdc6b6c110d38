"""Text that reaches a terminal is safe: hostile user text through every command, for real.

Each command runs in its own process on a policy (and a file name) full of escape sequences,
controls, bidi overrides and separators; its standard output and error must hold none of them
raw, and must show the escaped form instead. JSON output stays exact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.paths import ROOT
from tests.cli.conftest import SMALL_POLICY

# The hostile text as YAML double-quoted escapes, and as the characters they stand for.
HOSTILE_YAML = r"\e]0;pwned\a\e[2J\r\b\u202E\x85\u2028\0\x7f\x9b\u2066\t"
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\r\x08\u202e\x85\u2028\x00\x7f\x9b\u2066\t"
SHOWN = r"\x1b]0;pwned\x07\x1b[2J\r\x08\u202e\x85\u2028\x00\x7f\x9b\u2066\t"
FILE_NAME = "evil\x1b[31m\r\u202e\x85.policy.yaml"
FILE_SHOWN = r"evil\x1b[31m\r\u202e\x85.policy.yaml"
_BIDI = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM", "ALM"}


def hostile_policy() -> str:
    """The small policy, approved (with a stale digest) and with hostile text everywhere."""
    text = SMALL_POLICY
    for old, new in (
        ("title: Small shop", f'title: "Small {HOSTILE_YAML} shop"  # \u202e note'),
        ("organisation: Small Shop Ltd", f'organisation: "Org {HOSTILE_YAML}"'),
        ("name: Email address", f'name: "Email {HOSTILE_YAML}"'),
        ("description: The customer's email address.", f'description: "D {HOSTILE_YAML}"'),
        ("citation: BGB 195 - three-year limitation period for contract claims.",
         f'citation: "Cite {HOSTILE_YAML}"'),
        ("  next_review: 2099-01-01",
         "  next_review: 2099-01-01\n  status: approved\n  approvals:\n"
         f'    - name: "Ann {HOSTILE_YAML}"\n      role: DPO\n      date: 2026-01-01\n'
         "      decision: approved\n      digest: sha256:" + "0" * 64),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


def raw_unsafe(text: str) -> list[str]:
    """Characters in ``text`` that a terminal would act on or reorder (line breaks aside)."""
    bad = []
    for char in text.replace("\n", ""):
        if unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs") or \
                unicodedata.bidirectional(char) in _BIDI or char == "\ufeff":
            bad.append(char)
    return bad


def run_exact(*args: str | bytes) -> tuple[int, str, str]:
    """``python -m app ARGS`` in a fresh process: (exit status, stdout, stderr)."""
    env = {**os.environ, "PYTHONUTF8": "1"}
    result = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                            cwd=ROOT, env=env, timeout=120)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def run(*args: str | bytes) -> tuple[int, str, str]:
    """Like :func:`run_exact`, and neither output holds an unsafe character raw."""
    status, out, err = run_exact(*args)
    assert "Traceback" not in err, err
    assert raw_unsafe(out) == [], (out, raw_unsafe(out))
    assert raw_unsafe(err) == [], (err, raw_unsafe(err))
    return status, out, err


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / FILE_NAME
    path.write_text(hostile_policy(), encoding="utf-8")
    return path


def test_validate_text_escapes_file_names_and_quoted_user_text(hostile: Path) -> None:
    status, out, err = run("validate", str(hostile))
    assert status == 0  # warnings only
    assert f"{FILE_SHOWN}:16:" in out
    assert f"Ann {SHOWN} approved" in out
    assert "1 file" in err


def test_validate_json_and_sarif_stay_exact(hostile: Path) -> None:
    data = json.loads(run_exact("validate", str(hostile), "--format", "json")[1])
    assert {f["file"] for f in data["findings"]} == {str(hostile)}
    assert any(f"Ann {HOSTILE} approved" in f["message"] for f in data["findings"])
    sarif = json.loads(run_exact("validate", str(hostile), "--format", "sarif")[1])
    assert any(f"Ann {HOSTILE} approved" in r["message"]["text"]
               for r in sarif["runs"][0]["results"])


def test_diff_text_escapes_names_values_and_file_names(small_policy: Path, hostile: Path) -> None:
    status, out, _err = run("diff", str(small_policy), str(hostile))
    assert status == 1
    assert f"+++ {hostile.parent}/{FILE_SHOWN} sha256:" in out
    assert f'title "Small shop" -> "Small {SHOWN} shop"' in out
    assert f'name "Email address" -> "Email {SHOWN}"' in out
    status, out, _err = run_exact("diff", str(hostile), str(small_policy), "--format", "json")
    assert json.loads(out)["old"]["title"] == f"Small {HOSTILE} shop"


def test_summary_escapes_title_organisation_and_findings(hostile: Path) -> None:
    status, out, _err = run(str(hostile), "--summary")
    assert status in (0, 1)
    assert out.startswith(f"Small {SHOWN} shop  (version")
    assert f"organisation:  Org {SHOWN}\n" in out
    assert f"Ann {SHOWN} approved" in out


def test_decide_text_and_its_errors_are_safe(hostile: Path) -> None:
    status, out, _err = run("decide", str(hostile), "--category", "contact",
                            "--purpose", "orders")
    assert status == 0 and out.startswith("ALLOW")
    status, _out, err = run("decide", str(hostile), "--category", "a\x1b[2J\u202e",
                            "--purpose", "orders")
    assert status == 2 and r"category 'a\x1b[2J\u202e' is not a valid id" in err


def test_every_error_line_escapes_file_names_and_quoted_text(tmp_path: Path) -> None:
    missing = os.fsencode(tmp_path) + b"/nope\xff\x1b[2J.policy.yaml"
    status, _out, err = run("validate", missing)
    assert status == 2 and r"nope\xff\x1b[2J.policy.yaml:1:1: error:" in err
    unreadable = tmp_path / FILE_NAME.replace("evil", "bad")
    unreadable.write_text(SMALL_POLICY.replace(
        "kind: essential", 'kind: essential\n    "k\\e[2J\\u202e": 1'), encoding="utf-8")
    status, _out, err = run("validate", str(unreadable))
    assert status == 2
    assert FILE_SHOWN.replace("evil", "bad") + ":" in err
    assert r"unknown field 'k\x1b[2J\u202e'" in err
    status, _out, err = run("validate", "--bogus=\x1b]0;pwned\x07")
    assert status == 2 and r"unrecognized arguments: --bogus=\x1b]0;pwned\x07" in err


def test_fmt_and_export_messages_are_safe(hostile: Path, tmp_path: Path) -> None:
    status, out, _err = run("fmt", "--check", "--diff", str(hostile))
    assert status == 1 and f"would reformat {hostile.parent}/{FILE_SHOWN}" in out
    assert r"# \u202e note" in out
    target = tmp_path / "out\x1b[2J.csv"
    status, out, _err = run("export", str(hostile), "--format", "retention-csv",
                            "-o", str(target), "--force")
    assert status == 0 and r"out\x1b[2J.csv" in out


def test_retention_import_preview_is_safe(small_policy: Path, tmp_path: Path) -> None:
    schedule = tmp_path / "schedule.csv"
    status, _out, _err = run("export", str(small_policy), "--format", "retention-csv",
                             "-o", str(schedule))
    assert status == 0
    text = schedule.read_bytes().decode("utf-8-sig")
    schedule.write_bytes(text.replace("BGB 195", "BGB \u202e195\x1b[2J\x85").encode("utf-8"))
    status, out, _err = run("retention-import", str(small_policy), "--csv", str(schedule),
                            "--dry-run")
    assert status == 0 and r"\u202e195\x1b[2J\x85" in out
