"""SARIF 2.1.0 output, suitable for code-scanning upload."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app import __version__
from app.domain.i18n import translate
from app.validation.catalogue import FAMILIES, Check, all_checks
from app.validation.finding import Finding, Severity
from app.validation.reference import DOCUMENTATION_URL, help_uri

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(check: Check, docs_url: str) -> dict[str, Any]:
    """A reportingDescriptor: the check's documentation, its default level and family.

    The texts are in the current language; the rule's name, family and tags, which tools
    match on, stay English.
    """
    family = FAMILIES[check.code[:3]]
    fix = translate("check reference", "How to fix: {fix}").format(fix=check.fix)
    fix_markdown = translate("check reference", "**How to fix:** {fix}").format(fix=check.fix)
    return {
        "id": check.code,
        "name": "".join(word.capitalize() for word in check.title_source.split()),
        "shortDescription": {"text": check.title},
        "fullDescription": {"text": check.why},
        "help": {"text": f"{check.why} {fix}",
                 "markdown": f"{check.why}\n\n{fix_markdown}"},
        "helpUri": help_uri(check.code, docs_url),
        "defaultConfiguration": {"level": _LEVEL[check.severity]},
        "properties": {"family": family, "familyCode": check.code[:3],
                       "severity": str(check.severity),
                       "tags": ["privacy", "policy", family.lower()]},
    }


def _uri(file: str, base: Path) -> str:
    """The file as a URI reference: relative to ``base`` when inside it, else a file URI.

    Percent-encoded from the file name's bytes, so spaces, ``#`` or bytes that are not UTF-8
    (a name undecodable on this system) still make a valid URI.
    """
    path = Path(file)
    try:
        relative = path.resolve().relative_to(base.resolve())
        return quote(os.fsencode(relative.as_posix()))
    except ValueError:
        return path.resolve().as_uri()


def _result(finding: Finding, index: int, base: Path, occurrence: int) -> dict[str, Any]:
    location: dict[str, Any] = {
        "logicalLocations": [{"fullyQualifiedName": finding.where or "policy", "kind": "member"}]
    }
    if finding.file:
        physical: dict[str, Any] = {
            "artifactLocation": {"uri": _uri(finding.file, base), "uriBaseId": "%SRCROOT%"}
        }
        if finding.line is not None:
            physical["region"] = {"startLine": finding.line, "startColumn": finding.column or 1}
        location["physicalLocation"] = physical
    # the check, the place and which of that check's findings there it is: not the message,
    # which is in the reader's language (a runner in another locale must not make every
    # finding look new to a code-scanning tool)
    fingerprint = hashlib.sha256(
        f"{finding.code}|{finding.file or ''}|{finding.where}|{occurrence}".encode(
            "utf-8", "surrogateescape")
    ).hexdigest()
    text = finding.message + (f" ({finding.hint})" if finding.hint else "")
    return {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {"policyStudioFinding/v2": fingerprint},
    }


def _numbered(findings: list[Finding]) -> list[tuple[Finding, int]]:
    """Each finding with how many of the same check at the same place came before it."""
    seen: dict[tuple[str, str | None, str], int] = {}
    numbered = []
    for finding in findings:
        key = (finding.code, finding.file, finding.where)
        numbered.append((finding, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return numbered


def _invocation(unreadable: list[dict[str, Any]], base: Path) -> dict[str, Any]:
    """Whether every file could be read; each one that could not, as an error notification."""
    notes = []
    for problem in unreadable:
        note: dict[str, Any] = {"level": "error", "message": {"text": problem["message"]}}
        if problem.get("file"):
            physical: dict[str, Any] = {"artifactLocation": {
                "uri": _uri(problem["file"], base), "uriBaseId": "%SRCROOT%"}}
            if problem.get("line"):
                physical["region"] = {"startLine": problem["line"],
                                      "startColumn": problem.get("column") or 1}
            note["locations"] = [{"physicalLocation": physical}]
        notes.append(note)
    return {"executionSuccessful": not unreadable, "toolExecutionNotifications": notes}


def render(findings: list[Finding], base: Path | None = None,
           unreadable: list[dict[str, Any]] | None = None,
           docs_url: str = DOCUMENTATION_URL) -> str:
    """A SARIF log with one run; artefact URIs are relative to ``base`` (default: cwd).

    ``unreadable``: the files that could not be read (``file``, ``line``, ``column``,
    ``message``), reported as the invocation's notifications. ``docs_url``: where the check
    reference is published (the rules' help URIs point into it).
    """
    base = base or Path(os.getcwd())
    checks = all_checks()
    index = {c.code: i for i, c in enumerate(checks)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "Policy Studio",
                "informationUri": docs_url,
                "semanticVersion": __version__,
                "version": __version__,
                "rules": [_rule(c, docs_url) for c in checks],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base.resolve().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "invocations": [_invocation(unreadable or [], base)],
            "results": [_result(f, index[f.code], base, n) for f, n in _numbered(findings)],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
