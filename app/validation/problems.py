"""What one validation run produces, and the work it does (Qt-free, runs in a worker thread)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.models import Policy
from app.domain.sections import METADATA, SECTION_KEYS
from app.storage.source_map import SourceMap, SourcePath
from app.validation.finding import Finding, Severity, path_key, severity_count
from app.validation.ordering import SEVERITY, Prepared, prepare
from app.validation.runner import run_checks

Validate = Callable[..., list[Finding]]
"""``validate(policy, declared_digest=...)``, normally :func:`app.validation.runner.run_checks`."""

class _Labels(dict[Severity, str]):
    """Severity labels, marked in English and translated when looked up."""

    def __getitem__(self, severity: Severity) -> str:
        return translate("findings", super().__getitem__(severity))


SEVERITY_LABELS = _Labels({Severity.ERROR: QT_TRANSLATE_NOOP("findings", "Error"),
                           Severity.WARNING: QT_TRANSLATE_NOOP("findings", "Warning"),
                           Severity.INFO: QT_TRANSLATE_NOOP("findings", "Note")})
"""The word for each severity in the problems table, in the current language."""
COUNT_WORDS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"),
               Severity.INFO: ("note", "notes")}


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding plus the navigator item it belongs to."""

    finding: Finding
    section: str
    """The navigator section: a policy section, or ``"policy"`` for the metadata and the file."""
    item_id: str | None
    """The id of the item the finding is in, or None for a whole section or the metadata."""
    key: tuple = field(default=(), compare=False, repr=False)
    """Document order (path, code, message): sorts problems the same way in every run."""

    @property
    def position(self) -> str:
        """``line:column`` when the finding was placed in the file, else ``""``."""
        f = self.finding
        return f"{f.line}:{f.column}" if f.line is not None else ""

    @property
    def location(self) -> str:
        """The path in the file, or ``The whole policy`` (the panel words it from the policy)."""
        return self.finding.where or translate("findings", "The whole policy")


@dataclass
class Job:
    """One validation to run: a snapshot of one revision of one document."""

    snapshot: Policy
    document: object
    """The live document the snapshot was taken from (compared by identity, never read)."""
    revision: int
    source_map: SourceMap | None = None
    """The file the document was opened from, to give findings a line and column there."""
    file: str | None = None
    file_index: dict[str, dict[str, int]] | None = None
    """Position in the file of each item id, per section (set with :attr:`source_map`)."""
    declared_digest: str | None = None
    shown: list[Problem] | None = None
    """The rows the table shows now, to sort and compare the new problems with off the GUI."""
    column: int = SEVERITY
    descending: bool = False
    known: dict[int, tuple[Finding, Problem]] | None = None
    """The previous run's problems by the identity of their finding: an incremental run hands
    back the very findings of the checks it did not rerun, whose problems need no new work."""


@dataclass
class Result:
    """The problems of one revision, in document order."""

    document: object
    revision: int
    problems: list[Problem] = field(default_factory=list)
    error: str = ""
    """Set when the checks themselves failed (a bug): the message to show."""
    elapsed_ms: float = 0.0
    prepared: Prepared | None = None
    """The problems sorted as the table was, with the row changes from what it showed."""
    known: dict[int, tuple[Finding, Problem]] = field(default_factory=dict, repr=False)
    """This run's problems by the identity of their finding (see :attr:`Job.known`)."""
    _counts: dict[Severity, int] | None = field(default=None, repr=False)

    def counts(self) -> dict[Severity, int]:
        """How many problems of each severity (counted once, in the worker)."""
        if self._counts is None:
            found = dict.fromkeys(Severity, 0)
            for problem in self.problems:
                found[problem.finding.severity] += 1
            self._counts = found
        return dict(self._counts)


def run_job(job: Job, validate: Validate = run_checks) -> Result:
    """Validate the snapshot and attach navigator targets and file positions (worker side)."""
    start = time.perf_counter()
    result = Result(job.document, job.revision)
    try:
        findings = validate(job.snapshot, declared_digest=job.declared_digest)
        known, kept = job.known or {}, result.known
        problems = []
        for finding in findings:
            entry = known.get(id(finding))
            if entry is None or entry[0] is not finding:
                entry = (finding, _problem(finding, job))
            kept[id(finding)] = entry
            problems.append(entry[1])
        result.problems = problems
        if job.shown is not None and not job.known:
            # Reuse the shown rows' objects where nothing changed: the table compares them
            # faster, and the GUI thread frees only the few that went away.
            same = {problem: problem for problem in job.shown}
            result.problems = [same.get(problem, problem) for problem in result.problems]
        if job.shown is not None:
            result.prepared = prepare(job.shown, result.problems, job.column, job.descending)
        result.counts()
    except Exception as exc:  # a failing check must not take the window down
        result.error = f"{type(exc).__name__}: {exc}"
    result.elapsed_ms = (time.perf_counter() - start) * 1000
    return result


def _problem(finding: Finding, job: Job) -> Problem:
    section, item_id = target(job.snapshot, finding.path)
    if job.source_map is not None and job.file_index is not None:
        position = file_position(finding.path, item_id, job.source_map, job.file_index)
        if position is not None:
            finding = finding.at(job.file, *position)
    return Problem(finding, section, item_id, (path_key(finding.path), finding.code,
                                               finding.message))


def file_position(path: SourcePath, item_id: str | None, source_map: SourceMap,
                  file_index: dict[str, dict[str, int]]) -> tuple[int, int] | None:
    """Where ``path`` of the edited document stands in the file it was opened from.

    Items are found in the file by id, so positions survive edits elsewhere; an item added
    since opening has no position. Parts of an item that the file lacks fall back to the
    nearest enclosing part.
    """
    if path and path[0] in file_index and len(path) > 1 and isinstance(path[1], int):
        index = file_index[str(path[0])].get(item_id or "")
        if index is None:
            return None
        path = (path[0], index, *path[2:])
    return source_map.position(path)


def file_index(policy: Policy) -> dict[str, dict[str, int]]:
    """Position of the first item with each id, per section (of the policy as loaded)."""
    found: dict[str, dict[str, int]] = {}
    for section in SECTION_KEYS:
        table = found[section] = {}
        for index, item in enumerate(getattr(policy, section)):
            table.setdefault(item.id, index)
    return found


def target(policy: Policy, path: tuple[str | int, ...]) -> tuple[str, str | None]:
    """(navigator section, item id) for a document path: ``("rules", 3, ...)`` -> the rule's id."""
    if not path or path[0] not in SECTION_KEYS:
        return METADATA, None
    section = str(path[0])
    items = getattr(policy, section)
    if len(path) > 1 and isinstance(path[1], int) and 0 <= path[1] < len(items):
        return section, items[path[1]].id
    return section, None


def count_text(counts: dict[Severity, int]) -> str:
    """``"2 errors · 5 warnings · 1 note"``, or ``"No problems"``."""
    if not any(counts.values()):
        return translate("findings", "No problems")
    return " · ".join(severity_count(severity, counts.get(severity, 0)) for severity in Severity)
