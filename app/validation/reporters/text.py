"""Compiler-style text: ``file:line:col: severity CODE message``."""

from __future__ import annotations

from app.validation.finding import Finding


def format_finding(finding: Finding) -> str:
    """One line for one finding (with the hint after a dash when there is one)."""
    where = finding.file or "<policy>"
    if finding.line is not None:
        where += f":{finding.line}:{finding.column or 1}"
    text = f"{where}: {finding.severity} {finding.code} {finding.message}"
    if finding.path:
        text += f" [{finding.where}]"
    if finding.hint:
        text += f" - {finding.hint}"
    return text


def render(findings: list[Finding]) -> str:
    """All findings, one per line."""
    return "".join(format_finding(f) + "\n" for f in findings)
