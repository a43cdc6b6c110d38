"""Findings as JSON, for scripts and CI."""

from __future__ import annotations

import json
from typing import Any

from app.validation.finding import Finding
from app.validation.reporters import counts


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    return {
        "code": finding.code,
        "severity": str(finding.severity),
        "message": finding.message,
        "path": finding.where,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "hint": finding.hint or None,
    }


def render(findings: list[Finding], unreadable: list[dict[str, Any]] | None = None) -> str:
    """``{"findings": [...], "summary": {...}, "unreadable": [...]}`` as indented JSON."""
    data = {
        "findings": [finding_dict(f) for f in findings],
        "summary": counts(findings),
        "unreadable": unreadable or [],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
