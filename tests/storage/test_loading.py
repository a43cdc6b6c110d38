"""Loading policy files: every bad input is a PolicyFileError naming file, line and column."""

from __future__ import annotations

import codecs
import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain.duration import Duration
from app.storage import safe_yaml
from app.storage.errors import PolicyFileError
from app.storage.loader import LoadedPolicy, load_bytes, load_file

GOOD = """\
format_version: 1
policy:
  id: shop
  title: Shop
  version: 1.0.0
  effective_date: 2025-03-01
categories:
  - id: contact.email
    name: Email
    tags: [contact]
purposes:
  - id: support
    consent: none
rules:
  - id: r1
    categories: [contact.email]
    purposes: [support]
    regions: [no, on, yes]
retention:
  - id: keep
    categories: [contact.email]
    duration: P2Y
"""


def write(tmp_path: Path, content: str | bytes, name: str = "p.policy.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(textwrap.dedent(content), encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def refused(path: Path) -> PolicyFileError:
    """Load ``path`` expecting a PolicyFileError (any other exception fails the test)."""
    with pytest.raises(PolicyFileError) as caught:
        load_file(path)
    error = caught.value
    assert error.file == str(path)
    first = str(error)
    assert first.startswith(f"{path}:{error.line}:{error.column}: error: ")
    assert "Traceback" not in first
    return error


def test_good_file_loads(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, GOOD))
    assert isinstance(loaded, LoadedPolicy)
    policy = loaded.policy
    assert policy.policy.id == "shop"
    assert policy.retention[0].duration == Duration("P2Y")
    assert loaded.declared_digest is None
    assert loaded.source_map.position(("rules", 0, "purposes", 0)) == (17, 16)


def test_yaml_12_semantics(tmp_path: Path) -> None:
    policy = load_file(write(tmp_path, GOOD)).policy
    # Not booleans (YAML 1.1 would read no/on/yes as false/true/true): the strings, stored in
    # the canonical case of region codes (ISO-shaped codes in capitals, group ids lower).
    assert policy.rules[0].regions == ["NO", "ON", "yes"]
    assert policy.policy.version == "1.0.0"
    assert policy.policy.effective_date == dt.date(2025, 3, 1)


def test_scalar_resolution_of_the_safe_reader() -> None:
    data = safe_yaml.read_bytes(
        b"a: no\nb: true\nc: 0x1F\nd: 0o17\ne: 1.5e3\nf: ~\ng: .inf\nh: '12'\ni: 2025-01-01\n"
        b"j: -7\nk: Yes\n",
        "x",
    ).data
    assert data == {"a": "no", "b": True, "c": 31, "d": 15, "e": 1500.0, "f": None,
                    "g": float("inf"), "h": "12", "i": "2025-01-01", "j": -7, "k": "Yes"}


@pytest.mark.parametrize(
    ("content", "line", "column", "words"),
    [
        # Broken YAML.
        ("format_version: 1\npolicy:\n  id: [a\n  title: x\n", 4, 8, "YAML syntax"),
        ("format_version: 1\npolicy: {id: a\n", 3, 1, "YAML syntax"),
        ("format_version: 1\npolicy:\n  id: a\n   title: b\n", 4, 9, "YAML syntax"),
        # Wrong types.
        ("format_version: 1\npolicy:\n  id: a\ncategories: 5\n", 4, 13, "categories"),
        ("format_version: 1\npolicy:\n  id: a\ncategories:\n  - id: c\n    tags: location\n",
         6, 11, "in data category 'c', field tags: expected a list"),
        ("format_version: 1\npolicy:\n  id: a\nrules:\n  - id: r\n    effect: perhaps\n",
         6, 13, "in use rule 'r', field effect: 'perhaps' is not a valid effect"),
        ("format_version: 1\npolicy:\n  id: 12\n", 3, 7,
         "in the policy details, field id: expected text, found the number 12"),
        ("format_version: 1\npolicy:\n  id: a\n  effective_date: 2025-13-01\n", 4, 19,
         "field effective date: expected a date written YYYY-MM-DD, found the text "
         "'2025-13-01'"),
        ("format_version: 1\npolicy:\n  id: a\n  dpo: 5\n", 4, 8,
         "field data protection officer: expected a mapping"),
        # Unknown field (pointed at its key).
        ("format_version: 1\npolicy:\n  id: a\ncategories:\n  - id: c\n    colour: red\n",
         6, 5, "unknown field 'colour'"),
        ("format_version: 1\npolicy:\n  id: a\nextra: 1\n", 4, 1, "unknown field 'extra'"),
        # Invalid id.
        ("format_version: 1\npolicy:\n  id: a\ncategories:\n  - id: Contact Email\n",
         5, 9, "'Contact Email' is not a valid id"),
        ("format_version: 1\npolicy:\n  id: a\nrules:\n  - id: r\n    categories: [ok, No.Way]\n",
         6, 22, "'No.Way' is not a valid id"),
        # Missing required field.
        ("format_version: 1\npolicy:\n  title: x\n", 3, 3, "the policy details needs the field id"),
        ("format_version: 1\ncategories: []\n", 1, 1, "the file needs the field policy"),
        # Bad duration.
        ("format_version: 1\npolicy:\n  id: a\nretention:\n  - id: k\n    duration: -P1D\n",
         6, 15, "negative"),
        ("format_version: 1\npolicy:\n  id: a\nretention:\n  - id: k\n    duration: 2 years\n",
         6, 15, "ISO 8601"),
        # Duplicate key.
        ("format_version: 1\npolicy:\n  id: a\n  title: x\n  title: y\n", 5, 3,
         "duplicate key 'title'"),
        # Object construction tags.
        ("format_version: 1\npolicy: !!python/object/apply:os.system ['echo hacked']\n",
         2, 9, "python/object/apply:os.system"),
        ("format_version: 1\npolicy:\n  id: !!python/name:os.system\n", 3, 7, "not allowed"),
        ("format_version: 1\npolicy:\n  id: !custom a\n", 3, 7, "'!custom' is not allowed"),
        ("format_version: 1\npolicy: !!set {a, b}\n", 2, 9, "'!!set' is not allowed"),
        ("format_version: 1\npolicy:\n  id: !!binary aGVsbG8=\n", 3, 7, "'!!binary'"),
        # Core tags put on the wrong kind of value.
        ("format_version: 1\npolicy:\n  id: !!int abc\n", 3, 7, "'abc' is not a usable number"),
        ("format_version: 1\npolicy:\n  id: !!float abc\n", 3, 7, "not a usable number"),
        ("format_version: 1\npolicy:\n  id: !!bool maybe\n", 3, 7, "'maybe' is not true or false"),
        ("format_version: 1\npolicy: !!map abc\n", 2, 9, "'!!map' is not allowed"),
        ("format_version: 1\npolicy: !!seq abc\n", 2, 9, "'!!seq' is not allowed"),
        ("format_version: 1\npolicy: !!str {id: a}\n", 2, 9, "'!!str' is not allowed"),
        ("format_version: 1\npolicy:\n  id: " + "9" * 5000 + "\n", 3, 7, "not a usable number"),
        # Non-text keys.
        ("format_version: 1\npolicy:\n  id: a\n[x]: 1\n", 4, 1, "a key must be plain text"),
        # Top level not a mapping.
        ("- format_version: 1\n- policy: {id: a}\n", 1, 1, "must be a mapping"),
        ("just some text\n", 1, 1, "must be a mapping"),
        # Format version.
        ("policy:\n  id: a\n", 1, 1, "add 'format_version: 2'"),
        ("format_version: 99\npolicy:\n  id: a\n", 1, 17, "format version 99"),
        ("policy:\n  id: a\nformat_version: '1'\n", 3, 17, "whole number"),
        ("format_version: 0\npolicy:\n  id: a\n", 1, 17, "whole number"),
        ("format_version: true\npolicy:\n  id: a\n", 1, 17, "whole number"),
        # Aliases that refer to themselves.
        ("format_version: 1\npolicy: &x {id: a, self: *x}\n", 2, 26, "inside the value it names"),
    ],
)
def test_bad_input_names_line_and_column(
    tmp_path: Path, content: str, line: int, column: int, words: str
) -> None:
    error = refused(write(tmp_path, content))
    assert words in error.message, error.message
    assert (error.line, error.column) == (line, column), error.lines()


def test_future_format_version_says_it_is_newer(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format_version: 99\npolicy:\n  id: a\n"))
    assert "newer" in error.message
    assert "Update Policy Studio" in error.message


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    error = refused(write(tmp_path, """\
        format_version: 1
        policy:
          id: a
        categories:
          - id: Bad
          - id: ok
            sensitivity: extreme
        """))
    assert [(p.line, p.column) for p in error.problems] == [(5, 9), (7, 18)]
    assert len(error.lines()) == 2
    assert "in data category 'ok', field sensitivity: 'extreme'" in error.lines()[1]


def test_many_problems_are_capped(tmp_path: Path) -> None:
    items = "".join(f"  - id: Bad{n}\n" for n in range(80))
    error = refused(write(tmp_path, f"format_version: 1\npolicy:\n  id: a\ncategories:\n{items}"))
    assert len(error.problems) == 51
    assert error.problems[-1].message == "... and 30 more problems"


@pytest.mark.parametrize("content", ["", "   \n\n\t \n", "\n"])
def test_empty_files(tmp_path: Path, content: str) -> None:
    error = refused(write(tmp_path, content.encode()))
    assert (error.line, error.column) == (1, 1)
    assert "empty" in error.message


def test_comment_only_file(tmp_path: Path) -> None:
    error = refused(write(tmp_path, b"# nothing here\n"))
    assert "no YAML document" in error.message


def test_latin1_bytes_are_refused_with_position(tmp_path: Path) -> None:
    data = "format_version: 1\npolicy:\n  id: a\n  title: Café\n".encode("latin-1")
    error = refused(write(tmp_path, data))
    assert "not UTF-8" in error.message
    assert "0xe9" in error.message
    assert (error.line, error.column) == (4, 13)


@pytest.mark.parametrize("codec", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_with_bom_is_accepted(tmp_path: Path, codec: bytes) -> None:
    encoding = "utf-16-le" if codec == codecs.BOM_UTF16_LE else "utf-16-be"
    text = GOOD.replace("title: Shop", "title: Café ☕")
    loaded = load_file(write(tmp_path, codec + text.encode(encoding)))
    assert loaded.policy.policy.title == "Café ☕"
    assert loaded.policy == load_bytes(text.encode()).policy


def test_utf16_error_positions_are_in_characters(tmp_path: Path) -> None:
    text = "format_version: 1\npolicy:\n  id: ä\n"
    error = refused(write(tmp_path, codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert (error.line, error.column) == (3, 7)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, codecs.BOM_UTF8 + GOOD.encode()))
    assert loaded.policy.policy.id == "shop"


def test_nul_byte(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format_version: 1\npolicy:\n  id: é\x00\n".encode()))
    assert (error.line, error.column) == (3, 8)
    assert "control characters" in error.message


def test_very_deep_flow_nesting_is_refused_without_crashing(tmp_path: Path) -> None:
    depth = 100_000
    path = write(tmp_path, b"format_version: 1\npolicy: " + b"[" * depth + b"]" * depth + b"\n")
    # In a child process: a C stack overflow would kill it instead of failing a test.
    script = (
        "import sys\n"
        "from app.storage.loader import load_file\n"
        "from app.storage.errors import PolicyFileError\n"
        "try:\n"
        f"    load_file({str(path)!r})\n"
        "except PolicyFileError as e:\n"
        "    print(e.line, e.column, e.message)\n"
        "    sys.exit(0)\n"
        "sys.exit(3)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    line, column, message = done.stdout.split(" ", 2)
    assert line == "2"
    assert int(column) > 9
    assert "nesting is deeper" in message


@pytest.mark.parametrize(
    "opening",
    [b"{a: " * 5000, b"[{a: " * 3000],
)
def test_deep_mixed_flow_nesting(tmp_path: Path, opening: bytes) -> None:
    error = refused(write(tmp_path, b"format_version: 1\npolicy: " + opening + b"x\n"))
    assert "nesting is deeper" in error.message
    assert error.line == 2


def test_deep_block_nesting_is_refused(tmp_path: Path) -> None:
    lines = ["format_version: 1", "policy:"]
    lines += [" " * (level + 1) + f"k{level}:" for level in range(1500)]
    error = refused(write(tmp_path, "\n".join(lines) + " x\n"))
    assert "nesting is deeper" in error.message
    assert error.line > 2


def test_deep_compact_sequences_are_refused(tmp_path: Path) -> None:
    error = refused(write(tmp_path, b"format_version: 1\npolicy:\n  " + b"- " * 2000 + b"x\n"))
    assert "nesting is deeper" in error.message


def test_hundred_deep_nesting_names_the_depth(tmp_path: Path) -> None:
    path = write(tmp_path, "format_version: 1\npolicy:\n  id: " + "[" * 100 + "]" * 100 + "\n")
    error = refused(path)
    assert error.message == (
        f"nesting is deeper than {safe_yaml.MAX_DEPTH} levels; a policy file never needs that"
    )
    assert error.line == 3
    assert error.column == 7 + safe_yaml.MAX_DEPTH - 1


def test_billion_laughs(tmp_path: Path) -> None:
    lines = ["format_version: 1", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("policy: {id: a, title: *a9}")
    error = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert "alias bomb" in error.message
    assert 2 <= error.line <= 12  # where the repeated data is written


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, """\
        format_version: 1
        policy: {id: a}
        categories:
          - id: c
            tags: &common [contact, identifier]
          - id: d
            tags: *common
        """))
    assert loaded.policy.categories[1].tags == loaded.policy.categories[0].tags


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_yaml, "MAX_BYTES", 200)
    path = write(tmp_path, GOOD + "# padding " + "x" * 300 + "\n")
    error = refused(path)
    assert "the limit is" in error.message
    assert (error.line, error.column) == (1, 1)
    # A file under the limit still loads.
    assert load_file(write(tmp_path, "format_version: 1\npolicy: {id: a}\n", "ok.yaml"))


def test_directory(tmp_path: Path) -> None:
    error = refused(tmp_path)
    assert "folder" in error.message


def test_missing_file(tmp_path: Path) -> None:
    error = refused(tmp_path / "nope.policy.yaml")
    assert error.message == "no such file"
    assert (error.line, error.column) == (1, 1)


def test_digest_key_is_read_as_the_declared_digest() -> None:
    loaded = load_bytes(b'{"format_version": 1, "policy": {"id": "a"}, "digest": "sha256:00"}')
    assert loaded.declared_digest == "sha256:00"
    assert loaded.policy.policy.id == "a"


def test_memory_name_is_used_in_messages() -> None:
    with pytest.raises(PolicyFileError) as caught:
        load_bytes(b"format_version: 3\npolicy: {id: a}\n", "pasted")
    assert str(caught.value).startswith("pasted:1:17: error: this file uses format version 3")
