"""Findings sort as the document reads: by path (flat key), then severity, then code."""

from __future__ import annotations

import itertools
import random

from app.validation.finding import Finding, Severity, finding_key, path_key

PATHS = [(), ("policy",), ("policy", "title"), ("rules",), ("rules", 2), ("rules", 2, "purposes"),
         ("rules", 2, "purposes", 0), ("rules", 2, "purposes", 10), ("rules", 10),
         ("rules", 10, "categories"), ("rules", "x"), ("purposes", 0, "legal_basis"),
         ("purposes", 0, "legal_bases", 1, "regions"), ("rules", 2, 0), ("rules", 2, "")]


def _nested(path: tuple[str | int, ...]) -> tuple:
    """The order the key must give: step by step, an index before a name, a path first."""
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)


def test_the_flat_path_key_orders_paths_as_step_by_step_comparison_does() -> None:
    for a, b in itertools.product(PATHS, repeat=2):
        assert (path_key(a) < path_key(b)) == (_nested(a) < _nested(b)), (a, b)
        assert (path_key(a) == path_key(b)) == (a == b), (a, b)


def test_findings_sort_by_path_then_severity_then_code() -> None:
    rng = random.Random(5)
    findings = [Finding(rng.choice(["RUL001", "INT003", "GOV011"]), rng.choice(list(Severity)),
                        "m", rng.choice(PATHS)) for _ in range(300)]
    expected = sorted(findings, key=lambda f: (_nested(f.path), f.severity.rank, f.code))
    assert sorted(findings, key=finding_key) == expected
