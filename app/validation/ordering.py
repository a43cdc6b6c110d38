"""Sorting problems by a table column, and the row changes between two sorted lists.

The changes let the table keep selection and scrolling, and the GUI thread do little work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Literal

from app.validation.finding import RANK, Severity

if TYPE_CHECKING:
    from app.validation.problems import Problem

SEVERITY, CODE, MESSAGE, LOCATION = range(4)

SortKey = Callable[["Problem"], tuple]


def sort_key(column: int) -> SortKey:
    """The key that orders problems by ``column``; ties go in document order."""
    if column == CODE:
        return lambda p: (p.finding.code, p.finding.severity.rank, p.key)
    if column == MESSAGE:
        return lambda p: (p.finding.message.lower(), p.finding.severity.rank, p.key)
    if column == LOCATION:
        return lambda p: (p.key, p.finding.severity.rank)
    return lambda p: (RANK[p.finding.severity], p.key)


@dataclass(frozen=True, slots=True)
class Step:
    """Remove ``count`` rows at ``row``, or insert ``new[start:start + count]`` at ``row``."""

    kind: Literal["remove", "insert"]
    row: int
    count: int
    start: int = 0


def row_steps(old: list[Problem], new: list[Problem], key: SortKey,
              descending: bool = False) -> list[Step]:
    """Removals and insertions, applied in order, that turn ``old`` into ``new``.

    Both lists must be sorted by ``key`` (reversed when ``descending``). Rows equal in both
    stay where they are; the walk is a merge, linear in the length of the lists.
    """
    steps: list[Step] = []
    i = j = row = 0

    def add(kind: Literal["remove", "insert"], start: int) -> None:
        last = steps[-1] if steps else None
        if last is not None and last.kind == kind and kind == "remove" and last.row == row:
            steps[-1] = Step(kind, row, last.count + 1)
        elif last is not None and last.kind == kind and kind == "insert" and (
                last.row + last.count == row and last.start + last.count == start):
            steps[-1] = Step(kind, last.row, last.count + 1, last.start)
        else:
            steps.append(Step(kind, row, 1, start))

    while i < len(old) or j < len(new):
        if i < len(old) and j < len(new) and (old[i] is new[j] or old[i] == new[j]):
            i, j, row = i + 1, j + 1, row + 1
            continue
        if j >= len(new):
            take_old = True
        elif i >= len(old):
            take_old = False
        else:
            a, b = key(old[i]), key(new[j])
            take_old = (a > b if descending else a < b) or a == b
        if take_old:
            add("remove", i)
            i += 1
        else:
            add("insert", j)
            j, row = j + 1, row + 1
    return steps


@dataclass(frozen=True)
class Prepared:
    """Problems sorted, and the steps from the rows shown before, worked out in the worker."""

    base: list[Problem]
    """The row list the steps start from (the table's, when the run began)."""
    column: int
    descending: bool
    problems: list[Problem]
    steps: list[Step]


def prepare(base: list[Problem], problems: list[Problem], column: int,
            descending: bool) -> Prepared:
    """Sort ``problems`` by ``column`` and work out the steps from ``base`` to them."""
    key = sort_key(column)
    if column == SEVERITY:  # the usual order: in C, by document order, then by severity
        buckets: dict[Severity, list[Problem]] = {s: [] for s in sorted(
            RANK, key=RANK.__getitem__, reverse=descending)}
        for p in sorted(problems, key=attrgetter("key"), reverse=descending):
            buckets[p.finding.severity].append(p)
        ordered = [p for bucket in buckets.values() for p in bucket]
    else:
        ordered = sorted(problems, key=key, reverse=descending)
    return Prepared(base, column, descending, ordered, row_steps(base, ordered, key, descending))
