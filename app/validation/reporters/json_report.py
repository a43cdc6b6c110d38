"""Findings as JSON, for scripts and CI."""

from __future__ import annotations

import json
from typing import Any

from app.validation.finding import Finding
from app.validation.reporters import counts


def file_text(file: str | None) -> str | None:
    r"""A file name JSON can hold, or None.

    Bytes of a name that are not UTF-8 (surrogate-escaped by the file system) are written as
    ``\xff`` escapes instead of failing the whole report.
    """
    if file is None:
        return None
    return file.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    return {
        "code": finding.code,
        "severity": str(finding.severity),
        "message": finding.message,
        "path": finding.where,
        "file": file_text(finding.file),
        "line": finding.line,
        "column": finding.column,
        "hint": finding.hint or None,
    }


def render(findings: list[Finding], unreadable: list[dict[str, Any]] | None = None) -> str:
    """``{"findings": [...], "summary": {...}, "unreadable": [...]}`` as indented JSON."""
    data = {
        "findings": [finding_dict(f) for f in findings],
        "summary": counts(findings),
        "unreadable": [{**entry, "file": file_text(entry.get("file"))}
                       for entry in unreadable or []],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
