"""Reporters turn findings into text, JSON or SARIF."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.validation.finding import Finding, Severity


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each severity: ``{"error": n, "warning": n, "info": n}``."""
    found = Counter(f.severity for f in findings)
    return {str(s): found.get(s, 0) for s in Severity}


def summary_line(findings: list[Finding], files: int) -> str:
    """``2 errors, 1 warning, 0 notes in 1 file``."""
    c = counts(findings)

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    return (f"{plural(c['error'], 'error')}, {plural(c['warning'], 'warning')}, "
            f"{plural(c['info'], 'note')} in {plural(files, 'file')}")
