"""Ids and durations stay within limits a person can read, with a clear message past them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.domain import ids
from app.domain.duration import MAX_CALENDAR_DAYS, Duration, longer_than_calendar
from app.domain.models import DataCategory
from app.storage.errors import PolicyFileError
from app.storage.loader import load_bytes
from app.validation.runner import validate_loaded
from tests.memory_probe import run_cli


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("a" * 201, "is 201 characters long; an id has at most 200"),
        ("a." * 16 + "a", "has 17 levels; an id has at most 16"),
        ("Contact", "is not a valid id (lowercase letters, digits, _ and dots)"),
        ("a..b", "is not a valid id (lowercase letters, digits, _ and dots)"),
    ],
)
def test_id_problems_say_what_is_wrong(value: str, problem: str) -> None:
    assert ids.id_problem(value) == problem
    assert not ids.is_valid_id(value)


@pytest.mark.parametrize("value", ["a" * 200, "a." * 15 + "a", "contact.email", "x_1"])
def test_ids_at_the_limits_are_fine(value: str) -> None:
    assert ids.id_problem(value) is None
    DataCategory(id=value)


def test_a_policy_id_deeper_than_the_limit_is_refused_with_its_position() -> None:
    text = "format_version: 1\npolicy: {id: p}\ncategories:\n  - id: " + "a." * 16 + "a\n"
    with pytest.raises(PolicyFileError) as caught:
        load_bytes(text.encode(), "deep.policy.yaml")
    assert (caught.value.line, caught.value.column) == (4, 9)
    assert caught.value.message.endswith("has 17 levels; an id has at most 16")


def test_lineage_is_every_prefix_most_specific_first() -> None:
    assert ids.lineage("a.bc.d") == ("a.bc.d", "a.bc", "a")
    assert ids.lineage("solo") == ("solo",)
    assert ids.ancestors("a.bc.d") == ("a.bc", "a")


def test_lineage_keeps_a_bounded_cache() -> None:
    assert ids.lineage.cache_info().maxsize <= 8192


def test_a_huge_id_on_the_command_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    policy = tmp_path / "p.policy.yaml"
    policy.write_text("format_version: 1\npolicy: {id: p}\n")
    run = run_cli(["decide", str(policy), "--category", "a." * 40_000 + "a",
                   "--purpose", "b"], limit_mb=1024)
    assert run.status == 2
    assert run.err.splitlines()[0].endswith("is 80,001 characters long; an id has at most 200")
    assert run.peak_mb < 100


@pytest.mark.parametrize("text", ["P99999999999D", "P99999999999Y", "PT999999999999999H"])
def test_durations_past_any_calendar_are_a_finding_not_a_crash(text: str) -> None:
    duration = Duration(text)
    assert duration.days > MAX_CALENDAR_DAYS and longer_than_calendar(duration)
    policy = ("format_version: 1\npolicy: {id: p}\ncategories: [{id: c}]\n"
              "retention:\n  - id: k\n    categories: [c]\n    duration: " + text + "\n")
    loaded = load_bytes(policy.encode(), "long.policy.yaml")
    [finding] = [f for f in validate_loaded(loaded) if f.code == "RET008"]
    assert (finding.line, finding.column) == (7, 15)
    assert "longer than any calendar date" in finding.message


def test_long_but_countable_durations_are_no_finding() -> None:
    assert not longer_than_calendar(Duration("P9000Y"))
    assert not longer_than_calendar(Duration("indefinite"))


def test_a_duration_with_an_absurd_number_is_refused_when_read() -> None:
    with pytest.raises(ValueError, match="more than 15 digits"):
        Duration("P" + "9" * 16 + "D")
    with pytest.raises(ValidationError):
        DataCategory.model_validate({"id": "a" * 201})


def test_validate_on_a_huge_duration_exits_1_not_3(tmp_path: Path) -> None:
    policy = tmp_path / "p.policy.yaml"
    policy.write_text("format_version: 1\npolicy: {id: p}\ncategories: [{id: c}]\n"
                      "retention:\n  - {id: k, categories: [c], duration: P99999999999D}\n")
    run = run_cli(["validate", str(policy)])
    assert run.status == 1, run.err
    assert f"{policy}:5:40: error RET008 " in run.out
