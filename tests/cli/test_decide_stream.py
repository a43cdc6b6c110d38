"""`decide --requests` streams: each answer comes out as its line goes in, memory stays flat,
and a bad line gets an error record while the other lines are still answered."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.memory_probe import ROOT, child_script, run_cli

EXAMPLE = ROOT / "resources" / "examples" / "northwind-outfitters.policy.yaml"
KEYS = {"decision", "reason", "rules", "obligations", "retention"}


def _read_line(stream, timeout: float = 30) -> bytes:  # type: ignore[no-untyped-def]
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "no answer within the time limit: the answer was not streamed"
    return stream.readline()


def test_each_answer_comes_before_the_next_line_is_sent() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "decide", str(EXAMPLE), "--requests", "-"], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdin is not None and child.stdout is not None
    try:
        requests = [{"category": "contact.email", "purpose": "order_fulfilment"},
                    {"category": "contact", "purpose": "marketing", "consent": "denied"},
                    "not json"]
        answers = []
        for request in requests:
            line = request if isinstance(request, str) else json.dumps(request)
            child.stdin.write(line.encode() + b"\n")
            child.stdin.flush()  # the pipe stays open: only a streamed answer can arrive
            answers.append(json.loads(_read_line(child.stdout)))
        child.stdin.close()
        assert child.wait(timeout=30) == 2
    finally:
        child.kill()
    assert set(answers[0]) == KEYS and set(answers[1]) == KEYS
    assert answers[1]["decision"] == "deny"
    assert answers[2] == {"line": 3, "error": "not JSON: Expecting value"}


def test_bad_lines_get_error_records_and_the_rest_are_answered(tmp_path: Path) -> None:
    good = json.dumps({"category": "contact.email", "purpose": "order_fulfilment"})
    lines = [good, "{", "[1, 2]", good, '{"category": "a", "purpose": "b", "colour": 1}',
             "", json.dumps({"category": "x" * 300, "purpose": "b"}),
             json.dumps({"category": "a." * 20 + "b", "purpose": "b"}), good]
    batch = tmp_path / "requests.jsonl"
    batch.write_bytes(("\n".join(lines) + "\n").encode() + b'{"category": "\xff"}\n')
    run = run_cli(["decide", str(EXAMPLE), "--requests", str(batch)])
    assert run.status == 2
    records = [json.loads(line) for line in run.out.splitlines()]
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert [set(r) for r in records if "error" not in r] == [KEYS] * 3
    assert set(errors) == {2, 3, 5, 7, 8, 10}
    assert errors[3] == "a request must be a JSON object"
    assert errors[5].startswith("unknown key 'colour'")
    assert errors[7] == ("category 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' "
                         "is 300 characters long; an id has at most 200")
    assert errors[8].endswith("has 21 levels; an id has at most 16")
    assert errors[10].startswith("not UTF-8 text")
    err_lines = [line for line in run.err.splitlines() if line]
    assert [line.split(":")[1] for line in err_lines] == ["2", "3", "5", "7", "8", "10"]
    assert all(line.startswith(f"{batch}:") and ": error: " in line for line in err_lines)


def test_a_huge_id_is_refused_without_memory_growth() -> None:
    # An 80 KB dotted id used to cost gigabytes through a cached quadratic lineage.
    huge = json.dumps({"category": "a." * 40_000 + "a", "purpose": "marketing"})
    run = run_cli(["decide", str(EXAMPLE), "--requests", "-"],
                  stdin=(huge + "\n").encode() * 50, limit_mb=1024)
    assert run.status == 2
    assert run.out.count('"error"') == 50
    assert "is 80,001 characters long; an id has at most 200" in run.err
    assert run.peak_mb < 100


def _requests(count: int) -> Iterator[bytes]:
    categories = ["contact.email", "contact", "payment.card", "device.id", "unknown.thing"]
    purposes = ["order_fulfilment", "marketing", "analytics", "fraud_prevention"]
    for i in range(count):
        request = {"category": categories[i % 5], "purpose": purposes[i % 4],
                   "subject": f"s{i}", "consent": ("granted", "denied", "unknown")[i % 3]}
        yield (json.dumps(request) + "\n").encode()


def stream_through_pipe(count: int) -> tuple[int, int, float]:
    """Feed ``count`` generated requests through a pipe; (status, answers, peak MB)."""
    child = subprocess.Popen(
        [sys.executable, "-c", child_script(), "1024", "decide", str(EXAMPLE),
         "--requests", "-"], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None

    def feed() -> None:
        assert child.stdin is not None
        for chunk in _requests(count):
            child.stdin.write(chunk)
        child.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    answers = sum(1 for _ in child.stdout)
    writer.join()
    err = child.stderr.read().decode()
    status = child.wait(timeout=60)
    peak_mb = int(err.rpartition("peak-rss-kb ")[2]) / 1024
    return status, answers, peak_mb


def test_a_long_stream_runs_in_flat_memory() -> None:
    status, answers, peak_mb = stream_through_pipe(100_000)
    assert (status, answers) == (0, 100_000)
    assert peak_mb < 100


if __name__ == "__main__":  # the full figure: python -m tests.cli.test_decide_stream 1000000
    print(stream_through_pipe(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
