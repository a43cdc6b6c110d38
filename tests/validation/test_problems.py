"""Problems, their counts and their ordering (Qt-free): the row steps that keep a sorted table
current."""

from __future__ import annotations

import random

from app.domain.enums import ConsentMechanism, LegalBasis
from app.domain.path_words import location_words
from app.paths import EXAMPLES
from app.storage.loader import load_file
from app.validation.finding import Finding, Severity, path_key
from app.validation.ordering import (
    CODE,
    LOCATION,
    MESSAGE,
    SEVERITY,
    prepare,
    row_steps,
    sort_key,
)
from app.validation.problems import Job, Problem, count_text, run_job


def problem(code: str, severity: Severity, path: tuple, message: str = "",
            item_id: str | None = None, line: int | None = None) -> Problem:
    finding = Finding(code, severity, message or f"{code} at {path}", path,
                      line=line, column=1 if line else None)
    section = str(path[0]) if path and path[0] != "policy" else "policy"
    return Problem(finding, section, item_id, (path_key(path), code, finding.message))


SAMPLE = [
    problem("STR003", Severity.ERROR, ("rules", 0, "purposes", 0), item_id="r0", line=12),
    problem("TRN001", Severity.INFO, ("categories", 1, "description"), item_id="c1"),
    problem("RET001", Severity.WARNING, ("rules", 2), item_id="r2"),
    problem("GOV002", Severity.WARNING, ("policy", "next_review")),
    problem("STR001", Severity.ERROR, ("categories", 3, "id"), item_id="c3"),
]


def test_row_steps_turn_one_sorted_list_into_another() -> None:
    rng = random.Random(5)
    pool = [problem(f"STR{n % 7:03d}", list(Severity)[n % 3], ("rules", n % 11, "purposes", n),
                    item_id=f"r{n % 11}") for n in range(60)]
    for column in (SEVERITY, CODE, MESSAGE, LOCATION):
        key = sort_key(column)
        for descending in (False, True):
            for _ in range(40):
                old = sorted(rng.sample(pool, rng.randrange(0, 40)), key=key, reverse=descending)
                new = sorted(rng.sample(pool, rng.randrange(0, 40)), key=key, reverse=descending)
                rows = list(old)
                for step in row_steps(old, new, key, descending):
                    if step.kind == "remove":
                        del rows[step.row:step.row + step.count]
                    else:
                        rows[step.row:step.row] = new[step.start:step.start + step.count]
                assert rows == new


def test_prepare_orders_as_the_column_key_does() -> None:
    """The quick severity ordering (by place, then bucketed) equals a sort by the column key."""
    rng = random.Random(9)
    pool = [problem(f"STR{n % 5:03d}", rng.choice(list(Severity)),
                    ("rules", rng.randrange(9), "purposes", rng.randrange(3)),
                    message=rng.choice(["b", "a", "C"]), item_id=f"r{n}") for n in range(80)]
    pool += pool[:10]  # equal problems keep their order too
    for column in (SEVERITY, CODE, MESSAGE, LOCATION):
        for descending in (False, True):
            for _ in range(20):
                shuffled = rng.sample(pool, len(pool))
                expected = sorted(shuffled, key=sort_key(column), reverse=descending)
                got = prepare([], shuffled, column, descending).problems
                assert [id(p) for p in got] == [id(p) for p in expected]


def test_count_text() -> None:
    assert count_text(dict.fromkeys(Severity, 0)) == "No problems"
    counts = {Severity.ERROR: 2, Severity.WARNING: 5, Severity.INFO: 1}
    assert count_text(counts) == "2 errors · 5 warnings · 1 note"
    counts = {Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 3}
    assert count_text(counts) == "1 error · 0 warnings · 3 notes"


def test_a_problem_says_where_in_words_item_name_first() -> None:
    loaded = load_file(EXAMPLES / "northwind-outfitters.policy.yaml")
    policy = loaded.policy.model_copy(deep=True)
    purpose = policy.purposes[0]
    policy.purposes[0] = purpose.model_copy(update={"legal_basis": LegalBasis.CONSENT,
                                                    "consent": ConsentMechanism.NONE})
    policy.rules[1] = policy.rules[1].model_copy(update={"purposes": ["no_such_purpose"]})
    result = run_job(Job(policy, None, 1))
    places = {p.finding.code: location_words(p.finding.path, policy) for p in result.problems}
    assert places["LEG003"] == f"Purpose “{purpose.name}” ({purpose.id}), consent"
    rule = policy.rules[1].id
    assert places["STR003"] == f"Use rule '{rule}', purposes entry 1"
    metadata = Problem(Finding("GOV002", Severity.WARNING, "m", ("policy", "next_review")),
                       "policy", None)
    assert location_words(metadata.finding.path, policy) == "The policy details, next review"
    assert location_words((), policy) == "The whole policy"
    assert location_words(("rules",), policy) == "The use rules section"
    for problem in result.problems:  # never a raw path such as rules[3].purposes[0]
        words = location_words(problem.finding.path, policy)
        assert "[" not in words, words
