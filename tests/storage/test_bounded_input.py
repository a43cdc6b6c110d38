"""Hostile files are refused quickly, clearly and in bounded memory.

Each case runs the real command line in a child process under an address-space limit and
checks its peak memory: under 20 times the file's size above an interpreter that has loaded
the example policy, and under 1 GB.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest

from app.storage import loader, safe_yaml
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes, load_file
from app.validation.runner import MAX_PER_CHECK
from tests.memory_probe import ROOT, run_cli

EXAMPLE = ROOT / "resources" / "examples" / "northwind-outfitters.policy.yaml"
HEAD = b"format_version: 1\npolicy:\n  id: p\n"


@pytest.fixture(scope="module")
def baseline_mb() -> float:
    """Peak memory of validating the example policy: the interpreter and libraries."""
    return run_cli(["validate", str(EXAMPLE)]).peak_mb


def _dense_list(count: int) -> bytes:
    return HEAD + b"categories:\n" + b"- a\n" * count


def _categories(count: int) -> bytes:
    return HEAD + b"categories:\n" + b"".join(b"- id: c%07d\n" % i for i in range(count))


def _flow_list(count: int) -> bytes:
    return HEAD + b"rules:\n- id: r\n  categories: [" + b"a," * count + b"a]\n  purposes: [p]\n"


def _many_values(groups: int, keys: int) -> bytes:
    rows = b"".join(b"    k%d: [a, b, c, d, e, f, g, h, i]\n" % i for i in range(keys))
    return HEAD + b"extra:\n" + b"".join(b"  g%d:\n" % g + rows for g in range(groups))


CASES = {
    # name: (content, words in the one error line)
    "2m_item_list": (_dense_list(2_000_000), "more than 100,000 items in one place"),
    "1m_categories": (_categories(1_000_000), "more than 100,000 items in one place"),
    "2m_flow_items": (_flow_list(2_000_000), "more than 100,000 items in one place"),
    "3m_values": (_many_values(30, 10_000), "more than 2,000,000 values"),
    "100k_bad_items": (_dense_list(100_000), "in data category number 1: expected a mapping"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_is_refused_in_bounded_memory(tmp_path: Path, baseline_mb: float,
                                                    name: str) -> None:
    content, words = CASES[name]
    path = tmp_path / f"{name}.policy.yaml"
    path.write_bytes(content)
    start = time.monotonic()
    run = run_cli(["validate", str(path)], timeout=240)
    size_mb = len(content) / 2**20
    assert run.status == 2, run.err[-2000:]
    first = run.err.splitlines()[0]
    assert first.startswith(f"{path}:") and words in first, first
    assert "Traceback" not in run.err
    assert run.peak_mb < baseline_mb + 20 * size_mb, (run.peak_mb, baseline_mb, size_mb)
    assert run.peak_mb < 1024
    assert time.monotonic() - start < 120


def test_too_many_values_in_one_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(safe_yaml, "MAX_VALUES", 1000)
    path = tmp_path / "p.policy.yaml"
    path.write_bytes(HEAD + b"categories:\n" + b"".join(b"- id: c%d\n" % i for i in range(600)))
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    assert "more than 1,000 values" in caught.value.message
    assert caught.value.line == 335  # the 331st category holds the 1,001st value


def test_alias_expansion_counts_every_value(tmp_path: Path) -> None:
    # 200 aliases of a 1,000-item list: few bytes, 200,000 values once expanded.
    items = ", ".join(["x"] * 1000)
    refs = "".join(f"  - id: r{i}\n    categories: *big\n" for i in range(200))
    path = tmp_path / "p.policy.yaml"
    path.write_text(f"format_version: 1\npolicy: {{id: p}}\nbig: &big [{items}]\nrules:\n{refs}")
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    assert "alias bomb" in caught.value.message
    assert caught.value.line > 4


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.policy.yaml"
    os.mkfifo(fifo)
    start = time.monotonic()
    run = run_cli(["validate", str(fifo)], timeout=30)
    assert run.status == 2
    assert run.err.splitlines()[0] == (f"{fifo}:1:1: error: this is not a regular file (a pipe, "
                                       "device or socket); give the path of a policy file")
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("command", [["validate"], ["fmt", "--check"], ["digest"],
                                     ["decide", "--category", "a", "--purpose", "b"]])
def test_a_device_is_refused_by_every_reading_command(command: list[str]) -> None:
    run = run_cli([command[0], "/dev/zero", *command[1:]], timeout=30)
    assert run.status == 2, run.err
    assert "/dev/zero:1:1: error: this is not a regular file" in run.err


def test_size_errors_give_the_real_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.policy.yaml"
    with path.open("wb") as handle:
        handle.truncate(40 * 2**20)  # sparse: no disk space used
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    assert caught.value.message == "file is 40.0 MiB; the limit is 32 MiB"
    assert caught.value.file == str(path)


def test_positions_survive_the_compact_source_map(tmp_path: Path) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text("format_version: 1\npolicy:\n  id: p\ncategories:\n  - id: a\n"
                    "  - {id: b, sensitivity: extreme}\n")
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    assert (caught.value.line, caught.value.column) == (6, 26)
    assert "in data category 'b', field sensitivity" in caught.value.message


def test_many_tiny_items_stay_under_a_gigabyte_with_findings_capped(tmp_path: Path) -> None:
    # 100,000 one-line categories (the most a list may hold): every one has findings.
    path = tmp_path / "tiny.policy.yaml"
    path.write_bytes(_categories(100_000))
    run = run_cli(["validate", "--format", "json", str(path)], timeout=240)
    assert run.status == 0, run.err[-2000:]
    findings = json.loads(run.out)["findings"]
    per_code = Counter(f["code"] for f in findings)
    assert max(per_code.values()) == MAX_PER_CHECK + 1
    assert any(f["message"].startswith("... and 95,000 more TRN001 findings") for f in findings)
    assert run.peak_mb < 1024


def test_long_sections_are_checked_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    text = EXAMPLE.read_bytes()
    whole = load_bytes(text).policy
    monkeypatch.setattr(loader, "CHUNK", 3)
    assert load_bytes(text).policy == whole
    bad = HEAD + b"categories:\n" + b"".join(b"- id: c%d\n" % i for i in range(7)) + b"- 5\n"
    with pytest.raises(PolicyFileError) as caught:
        load_bytes(bad + b"- 6\n" * 60, "bad.policy.yaml")
    problems = caught.value.problems
    assert (problems[0].line, problems[0].column) == (12, 3)
    assert problems[0].message.startswith(
        "in data category number 8: expected a mapping (key: value lines), found the number 5")
    assert problems[-1].message == "... and 11 more problems"


def test_fmt_refuses_a_file_too_large_for_the_layout_keeping_writer(tmp_path: Path) -> None:
    path = tmp_path / "big.policy.yaml"
    padding = b"# " + b"x" * 1000 + b"\n"
    path.write_bytes(EXAMPLE.read_bytes() + padding * 7000)
    run = run_cli(["fmt", "--check", str(path)], timeout=240, limit_mb=1024)
    assert run.status == 2
    assert run.err.splitlines()[0] == (f"{path}:1:1: error: the file is 6.8 MiB; fmt keeps "
                                       "comments and layout for files up to 6 MiB")
    assert run.peak_mb < 200


def test_an_anchor_defined_twice_is_refused_before_any_writer_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text("format_version: 1\npolicy:\n  id: p\n  title: &a x\n  description: &a y\n")
    run = run_cli(["fmt", "--check", str(path)])
    assert run.status == 2
    assert run.err.splitlines() == [f"{path}:5:16: error: YAML syntax: the anchor '&a' is "
                                    "defined twice (first on line 4); give each anchor its "
                                    "own name"]
