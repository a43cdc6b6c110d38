"""Reporters turn findings into text, JSON or SARIF."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.domain.i18n import translate
from app.validation.finding import Finding, Severity, severity_count


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each severity: ``{"error": n, "warning": n, "info": n}``."""
    found = Counter(f.severity for f in findings)
    return {str(s): found.get(s, 0) for s in Severity}


def summary_line(findings: list[Finding], files: int) -> str:
    """``2 errors, 1 warning, 0 notes in 1 file``."""
    found = Counter(f.severity for f in findings)
    in_files = translate("findings", "%n file", None, files) if files == 1 else \
        translate("findings", "%n files", None, files)
    return translate("findings", "{errors}, {warnings}, {notes} in {files}").format(
        errors=severity_count(Severity.ERROR, found[Severity.ERROR]),
        warnings=severity_count(Severity.WARNING, found[Severity.WARNING]),
        notes=severity_count(Severity.INFO, found[Severity.INFO]), files=in_files)
