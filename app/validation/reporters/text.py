"""Compiler-style text: ``file:line:col: severity CODE message``.

File names, messages and hints may quote user text, so each is escaped for the terminal
(:func:`~app.domain.terminal_text.terminal_safe`): one finding is always one line.
"""

from __future__ import annotations

from app.domain.terminal_text import terminal_safe
from app.validation.finding import Finding


def format_finding(finding: Finding) -> str:
    """One line for one finding (with the hint after a dash when there is one)."""
    where = terminal_safe(finding.file) if finding.file else "<policy>"
    if finding.line is not None:
        where += f":{finding.line}:{finding.column or 1}"
    text = f"{where}: {finding.severity} {finding.code} {terminal_safe(finding.message)}"
    if finding.path:
        text += f" [{terminal_safe(finding.where)}]"
    if finding.hint:
        text += f" - {terminal_safe(finding.hint)}"
    return text


def render(findings: list[Finding]) -> str:
    """All findings, one per line."""
    return "".join(format_finding(f) + "\n" for f in findings)
