"""Fuzzing the command line with mutated policies and request streams.

Whatever the input, `validate`, `fmt` and `decide` end with exit status 0, 1 or 2, never an
internal error (3) or a traceback, and a refusal names the user's file with line and column.
Most examples call :func:`app.cli.main` in-process; a few go through a real child process.
Set POLICY_STUDIO_FUZZ_EXAMPLES to run a longer campaign.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.domain.requests import REQUEST_KEYS
from tests.memory_probe import ROOT

BASES = [path.read_text(encoding="utf-8") for path in sorted(
    [*(ROOT / "resources" / "examples").glob("*.policy.yaml"),
     *(ROOT / "resources" / "templates").glob("*.policy.yaml")])]
EXAMPLES = int(os.environ.get("POLICY_STUDIO_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): error: \S")
HOSTILE = ["&a ", "*a", "!!python/object/apply:os.system ['x']", "!!binary aGk=", "{", "}",
           "[", "]", "- ", ": ", "? ", "|", ">", "'", '"', "#", "%YAML 1.1", "---", "...",
           "\t", "\x00", "\x85", "\ufeff", "\u202e", "~", "null", "no", "0o17", ".5e1",
           "1e999", "-.inf", "P99999999999D", "P" + "9" * 30 + "Y", "PT1H", "indefinite",
           "a." * 20 + "b", "x" * 300, "<<: *a", "&a [*a]", "2026-13-45", "0x", "[[[[[[",
           "{a: 1, a: 2}", "!!set {a}", "!custom", "é", "\r", "\r\n", "\\", "@", "`"]


@st.composite
def mutated_policy(draw: st.DrawFn) -> bytes:
    """A slice of a bundled policy with a few line- and character-level mutations."""
    lines = draw(st.sampled_from(BASES)).splitlines(keepends=True)
    start = draw(st.integers(0, max(0, len(lines) - 20)))
    lines = lines[:3] + lines[3 + start:3 + start + draw(st.integers(5, 120))]
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["insert", "replace_value", "delete", "duplicate",
                                     "swap", "indent", "truncate"]))
        line = lines[index]
        if kind == "insert":
            at = draw(st.integers(0, len(line)))
            piece = draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)))
            lines[index] = line[:at] + piece + line[at:]
        elif kind == "replace_value" and ": " in line:
            key = line.split(": ", 1)[0]
            lines[index] = f"{key}: {draw(st.sampled_from(HOSTILE))}\n"
        elif kind == "delete" and len(lines) > 1:
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, line)
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], line
        elif kind == "indent":
            lines[index] = " " * draw(st.integers(1, 5)) + line
        elif kind == "truncate":
            lines[index] = line[:draw(st.integers(0, len(line)))]
    data = "".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        return data
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.binary(max_size=4)) + data[at:]


REQUEST_VALUES = st.one_of(
    st.sampled_from(["contact", "contact.email", "marketing", "order_fulfilment", "granted",
                     "denied", "unknown", "", "Contact", "a." * 20 + "b", "x" * 300]),
    st.text(max_size=12), st.integers(), st.none(), st.booleans(), st.floats(),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                         max_size=2))
REQUEST_LINE = st.one_of(
    st.fixed_dictionaries({"category": REQUEST_VALUES, "purpose": REQUEST_VALUES},
                          optional=dict.fromkeys(REQUEST_KEYS[2:], REQUEST_VALUES))
    .map(lambda data: json.dumps(data).encode()),
    st.dictionaries(st.sampled_from([*REQUEST_KEYS, "colour", ""]), REQUEST_VALUES,
                    max_size=7).map(lambda data: json.dumps(data).encode()),
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"[1]", b"{", b'{"category": "a"', b"null", b'"text"', b"[" * 5000,
                     b"\xef\xbb\xbf{}", b" " * 10]),
)


def run_in_process(args: list[str]) -> tuple[int, str, str]:
    """``policy-studio ARGS`` in this process: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue()


def assert_sane(status: int, err: str, user_file: Path) -> None:
    """Exit 0/1/2, no traceback; every error line names the user's file, line and column."""
    assert status in (0, 1, 2), (status, err[-3000:])
    assert "Traceback" not in err and "internal error" not in err, err[-3000:]
    for line in err.splitlines():
        found = ERROR_LINE.match(line)
        if found and ": error: " in line and not line.startswith("policy-studio"):
            assert found["file"] in (str(user_file), "<stdin>", str(user_file) + "l"), line
    if status == 2:
        first = next((line for line in err.splitlines() if ERROR_LINE.match(line)), None)
        assert first is not None, err[-3000:]


@FUZZ
@given(content=mutated_policy())
def test_validate_and_fmt_survive_mutated_policies(tmp_path_factory, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "p.policy.yaml"
    path.write_bytes(content)
    for args in (["validate", str(path)], ["validate", "--format", "json", str(path)],
                 ["fmt", "--check", str(path)], ["fmt", str(path)]):
        status, _out, err = run_in_process(args)
        assert_sane(status, err, path)


@FUZZ
@given(content=mutated_policy(), category=st.sampled_from(["contact", "contact.email", "x"]))
def test_decide_survives_mutated_policies(tmp_path_factory, content: bytes,  # type: ignore[no-untyped-def]
                                          category: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "p.policy.yaml"
    path.write_bytes(content)
    status, _out, err = run_in_process(["decide", str(path), "--category", category,
                                        "--purpose", "marketing", "--json"])
    assert_sane(status, err, path)


@FUZZ
@given(lines=st.lists(REQUEST_LINE, min_size=1, max_size=12),
       ending=st.sampled_from([b"\n", b"\r\n"]))
def test_decide_requests_survive_mutated_lines(tmp_path_factory, lines: list[bytes],  # type: ignore[no-untyped-def]
                                               ending: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    batch = folder / "requests.jsonl"
    batch.write_bytes(ending.join(lines) + ending)
    policy = ROOT / "resources" / "templates" / "gdpr-online-shop.policy.yaml"
    status, out, err = run_in_process(["decide", str(policy), "--requests", str(batch)])
    assert status in (0, 2), err[-3000:]
    assert_sane(status, err, batch)
    records = [json.loads(line) for line in out.split("\n") if line]
    bad = [record["line"] for record in records if "error" in record]
    assert (status == 2) == bool(bad)
    assert [line.split(":")[1] for line in err.split("\n")
            if line.startswith(f"{batch}:")] == [str(n) for n in bad]


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=mutated_policy())
def test_a_real_child_process_agrees(tmp_path_factory, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "p.policy.yaml"
    path.write_bytes(content)
    for args in (["validate", str(path)], ["decide", str(path), "--requests", "-"]):
        done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, timeout=120,
                              input=b'{"category": "contact", "purpose": "marketing"}\n{\n',
                              capture_output=True, check=False)
        assert_sane(done.returncode, done.stderr.decode("utf-8", "replace"), path)
