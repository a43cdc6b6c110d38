"""`policy-studio merge` and `show-text` on the command line, hostile inputs included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.errors import PolicyFileError
from app.storage.merge_record import read_record, record_path, write_record
from tests.merge.merge_base import BASE, edited

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {name: tmp_path / f"{name}.policy.yaml" for name in ("base", "ours", "theirs")}
    for path in paths.values():
        path.write_text(BASE, encoding="utf-8")
    return paths


def test_clean_merge_to_stdout_exits_0(files: dict[str, Path]) -> None:
    files["theirs"].write_text(edited(BASE, ("    duration: P2Y", "    duration: P3Y")),
                               encoding="utf-8")
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]))
    assert done.returncode == 0, done.stderr
    assert "duration: P3Y" in done.stdout and "# Newsletter rule" in done.stdout


def test_conflict_report_record_and_valid_result(files: dict[str, Path], tmp_path: Path) -> None:
    files["ours"].write_text(edited(BASE, ("    effect: deny", "    effect: allow")),
                             encoding="utf-8")
    files["theirs"].write_text(edited(BASE, ("    effect: deny", "    effect: allow\n"
                                             "    obligations: [encrypt]")), encoding="utf-8")
    out = tmp_path / "out.policy.yaml"
    assert cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               str(out)).returncode == 0
    files["theirs"].write_text(edited(BASE, ("    duration: P2Y", "    duration: P3Y"),
                                      ("    effect: deny", "    effect: deny\n"
                                       "    description: No ads from location")),
                               encoding="utf-8")
    files["ours"].write_text(edited(BASE, ("    duration: P2Y", "    duration: P1Y"),
                                    ("    effect: deny", "    effect: deny\n"
                                     "    description: Never")), encoding="utf-8")
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               str(out))
    assert done.returncode == 1, done.stderr
    assert "2 conflicts" in done.stdout
    assert "Retention rule 'keep_email' · Kept for: base P2Y, ours P1Y, theirs P3Y" \
        in done.stdout
    assert cli("validate", str(out)).returncode in (0, 1)  # loads: not exit 2
    record = json.loads(record_path(out).read_text(encoding="utf-8"))
    assert {(c["item_id"], c["field"], c["ours"], c["theirs"]) for c in record["conflicts"]} == \
        {("keep_email", "duration", "P1Y", "P3Y"),
         ("no_location_ads", "description", "Never", "No ads from location")}
    assert cli("merge", str(files["base"]), str(files["ours"]), str(files["ours"]), "-o",
               str(out)).returncode == 0
    assert not record_path(out).exists()  # a clean merge removes an old record


def test_output_may_be_ours_but_not_base_or_theirs(files: dict[str, Path]) -> None:
    base_text = files["base"].read_text(encoding="utf-8")
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               str(files["theirs"]))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               str(files["ours"])).returncode == 0
    assert files["base"].read_text(encoding="utf-8") == base_text


@pytest.mark.parametrize(("content", "where"), [
    ("a: [\n", ":2:1:"),                                 # malformed YAML
    ("- just\n- a list\n", ":1:1:"),                     # not a policy
    ("format_version: 2\npolicy:\n  id: Bad Id\n", ":3:7:"),  # invalid value
    ("\x00\x01binary", ":1:"),                           # not text
])
def test_unreadable_side_exits_2_with_its_position(files: dict[str, Path], content: str,
                                                   where: str) -> None:
    files["theirs"].write_text(content, encoding="utf-8")
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]))
    assert done.returncode == 2
    assert f"{files['theirs']}{where}" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_huge_side_is_refused_quickly(files: dict[str, Path]) -> None:
    with files["base"].open("w", encoding="utf-8") as stream:
        stream.write("# " + "x" * (33 * 2**20) + "\n")
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]))
    assert done.returncode == 2 and f"{files['base']}:1:1:" in done.stderr


def test_hostile_record_is_reported_with_its_position(tmp_path: Path) -> None:
    policy = tmp_path / "p.policy.yaml"
    assert read_record(policy) is None
    record_path(policy).write_text('{"kind": "policy-studio-merge-conflicts",\n  "conflicts": [',
                                   encoding="utf-8")
    with pytest.raises(PolicyFileError, match=r"p.policy.yaml.conflicts.json:2:\d+"):
        read_record(policy)
    record_path(policy).write_text('{"kind": "something else"}', encoding="utf-8")
    with pytest.raises(PolicyFileError, match="not a Policy Studio conflict record"):
        read_record(policy)
    write_record(policy, ())
    assert not record_path(policy).exists()


def test_show_text_is_stable_and_semantic(files: dict[str, Path]) -> None:
    first = cli("show-text", str(files["base"]))
    moved = edited(BASE, ("  - id: location\n    name: Location\n", ""),
                   ("categories:\n", "categories:\n  - id: location\n    name: Location\n"),
                   ("# the parent", ""))
    files["ours"].write_text(moved, encoding="utf-8")
    second = cli("show-text", str(files["ours"]))
    assert first.returncode == 0 and first.stdout == second.stdout
    assert "rules newsletter_email\n  categories: contact.email\n" in first.stdout
    files["ours"].write_text("a: [\n", encoding="utf-8")
    assert cli("show-text", str(files["ours"])).returncode == 2
    fallback = cli("show-text", "--fallback", str(files["ours"]))
    assert fallback.returncode == 0 and "a: [" in fallback.stdout


def _conflicting(files: dict[str, Path]) -> None:
    files["ours"].write_text(edited(BASE, ("    duration: P2Y", "    duration: P1Y")),
                             encoding="utf-8")
    files["theirs"].write_text(edited(BASE, ("    duration: P2Y", "    duration: P3Y")),
                               encoding="utf-8")


def test_a_record_path_that_is_a_folder_stops_before_anything_is_written(
        files: dict[str, Path], tmp_path: Path) -> None:
    _conflicting(files)
    out = tmp_path / "out.policy.yaml"
    record_path(out).mkdir()
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               str(out))
    assert done.returncode == 2 and "is a folder" in done.stderr
    assert not out.exists() and "Traceback" not in done.stderr


def test_no_record_is_written_beside_a_device(files: dict[str, Path]) -> None:
    _conflicting(files)
    done = cli("merge", str(files["base"]), str(files["ours"]), str(files["theirs"]), "-o",
               "/dev/null")
    assert done.returncode == 1
    assert not record_path("/dev/null").exists()


def test_under_git_an_unreadable_side_is_named_by_the_real_file_and_side(
        files: dict[str, Path], tmp_path: Path) -> None:
    files["theirs"].write_text("format_version: 2\npolicy: [unclosed\n", encoding="utf-8")
    temporary = tmp_path / ".merge_file_abc123"
    temporary.write_text(BASE, encoding="utf-8")
    done = cli("merge", str(files["base"]), str(temporary), str(files["theirs"]), "-o",
               str(temporary), "--name", "policies/shop.policy.yaml")
    assert done.returncode == 2
    assert done.stderr.startswith("policies/shop.policy.yaml (theirs):3:1: error: YAML syntax")
    assert temporary.read_text(encoding="utf-8") == BASE
